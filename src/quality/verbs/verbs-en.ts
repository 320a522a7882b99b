/**
 * English learning-outcome verbs by Bloom level (revised taxonomy: remember, understand, apply,
 * analyse, evaluate, create), and the vague verbs LO-VERB flags.
 *
 * Each entry lists the base form ("The learner can apply", imperative "Apply"), the third person
 * ("Applies") and the -ing form ("Applying"); British and American spellings share one entry.
 * Phrasal verbs ("carry out") are contiguous phrases. Vague entries carry the Bloom level they usually
 * aim at, which picks the observable alternatives LO-VERB suggests. Note that Bloom's "understand" level
 * has observable verbs (explain, describe, summarise) although "understand" itself is vague.
 *
 * @module quality
 */
import type { BloomLevel, VerbEntry } from './find-verbs.js'

/**
 * Observable English action verbs, grouped by Bloom level (each verb in one level).
 *
 * @example
 * ```ts
 * EN_VERBS.find((v) => v.lemma === 'analyse')?.level // 'analyse'
 * ```
 */
export const EN_VERBS: readonly VerbEntry[] = [
  // remember
  { lemma: 'define', level: 'remember', forms: ['define', 'defines', 'defining'] },
  { lemma: 'list', level: 'remember', forms: ['list', 'lists', 'listing'] },
  { lemma: 'name', level: 'remember', forms: ['name', 'names', 'naming'] },
  { lemma: 'recall', level: 'remember', forms: ['recall', 'recalls', 'recalling'] },
  { lemma: 'recognise', level: 'remember', forms: ['recognise', 'recognises', 'recognising', 'recognize', 'recognizes', 'recognizing'] },
  { lemma: 'identify', level: 'remember', forms: ['identify', 'identifies', 'identifying'] },
  { lemma: 'state', level: 'remember', forms: ['state', 'states', 'stating'] },
  { lemma: 'label', level: 'remember', forms: ['label', 'labels', 'labelling', 'labeling'] },
  { lemma: 'reproduce', level: 'remember', forms: ['reproduce', 'reproduces', 'reproducing'] },
  { lemma: 'repeat', level: 'remember', forms: ['repeat', 'repeats', 'repeating'] },
  { lemma: 'quote', level: 'remember', forms: ['quote', 'quotes', 'quoting'] },
  { lemma: 'cite', level: 'remember', forms: ['cite', 'cites', 'citing'] },
  { lemma: 'locate', level: 'remember', forms: ['locate', 'locates', 'locating'] },
  { lemma: 'retrieve', level: 'remember', forms: ['retrieve', 'retrieves', 'retrieving'] },
  { lemma: 'enumerate', level: 'remember', forms: ['enumerate', 'enumerates', 'enumerating'] },
  // understand
  { lemma: 'explain', level: 'understand', forms: ['explain', 'explains', 'explaining'] },
  { lemma: 'describe', level: 'understand', forms: ['describe', 'describes', 'describing'] },
  { lemma: 'summarise', level: 'understand', forms: ['summarise', 'summarises', 'summarising', 'summarize', 'summarizes', 'summarizing'] },
  { lemma: 'interpret', level: 'understand', forms: ['interpret', 'interprets', 'interpreting'] },
  { lemma: 'classify', level: 'understand', forms: ['classify', 'classifies', 'classifying'] },
  { lemma: 'discuss', level: 'understand', forms: ['discuss', 'discusses', 'discussing'] },
  { lemma: 'illustrate', level: 'understand', forms: ['illustrate', 'illustrates', 'illustrating'] },
  { lemma: 'paraphrase', level: 'understand', forms: ['paraphrase', 'paraphrases', 'paraphrasing'] },
  { lemma: 'clarify', level: 'understand', forms: ['clarify', 'clarifies', 'clarifying'] },
  { lemma: 'report', level: 'understand', forms: ['report', 'reports', 'reporting'] },
  { lemma: 'predict', level: 'understand', forms: ['predict', 'predicts', 'predicting'] },
  { lemma: 'infer', level: 'understand', forms: ['infer', 'infers', 'inferring'] },
  { lemma: 'exemplify', level: 'understand', forms: ['exemplify', 'exemplifies', 'exemplifying'] },
  { lemma: 'outline', level: 'understand', forms: ['outline', 'outlines', 'outlining'] },
  { lemma: 'restate', level: 'understand', forms: ['restate', 'restates', 'restating'] },
  // apply
  { lemma: 'apply', level: 'apply', forms: ['apply', 'applies', 'applying'] },
  { lemma: 'use', level: 'apply', forms: ['use', 'uses', 'using'] },
  { lemma: 'demonstrate', level: 'apply', forms: ['demonstrate', 'demonstrates', 'demonstrating'] },
  { lemma: 'carry out', level: 'apply', forms: ['carry out', 'carries out', 'carrying out'] },
  { lemma: 'execute', level: 'apply', forms: ['execute', 'executes', 'executing'] },
  { lemma: 'implement', level: 'apply', forms: ['implement', 'implements', 'implementing'] },
  { lemma: 'perform', level: 'apply', forms: ['perform', 'performs', 'performing'] },
  { lemma: 'solve', level: 'apply', forms: ['solve', 'solves', 'solving'] },
  { lemma: 'calculate', level: 'apply', forms: ['calculate', 'calculates', 'calculating'] },
  { lemma: 'operate', level: 'apply', forms: ['operate', 'operates', 'operating'] },
  { lemma: 'compute', level: 'apply', forms: ['compute', 'computes', 'computing'] },
  { lemma: 'practise', level: 'apply', forms: ['practise', 'practises', 'practising', 'practicing'] },
  { lemma: 'administer', level: 'apply', forms: ['administer', 'administers', 'administering'] },
  { lemma: 'conduct', level: 'apply', forms: ['conduct', 'conducts', 'conducting'] },
  { lemma: 'prepare', level: 'apply', forms: ['prepare', 'prepares', 'preparing'] },
  { lemma: 'employ', level: 'apply', forms: ['employ', 'employs', 'employing'] },
  { lemma: 'measure', level: 'apply', forms: ['measure', 'measures', 'measuring'] },
  { lemma: 'communicate', level: 'apply', forms: ['communicate', 'communicates', 'communicating'] },
  { lemma: 'collaborate', level: 'apply', forms: ['collaborate', 'collaborates', 'collaborating'] },
  { lemma: 'document', level: 'apply', forms: ['document', 'documents', 'documenting'] },
  { lemma: 'handle', level: 'apply', forms: ['handle', 'handles', 'handling'] },
  { lemma: 'present', level: 'apply', forms: ['present', 'presents', 'presenting'] },
  { lemma: 'deliver', level: 'apply', forms: ['deliver', 'delivers', 'delivering'] },
  { lemma: 'provide', level: 'apply', forms: ['provide', 'provides', 'providing'] },
  { lemma: 'install', level: 'apply', forms: ['install', 'installs', 'installing'] },
  { lemma: 'configure', level: 'apply', forms: ['configure', 'configures', 'configuring'] },
  { lemma: 'maintain', level: 'apply', forms: ['maintain', 'maintains', 'maintaining'] },
  // analyse
  { lemma: 'analyse', level: 'analyse', forms: ['analyse', 'analyses', 'analysing', 'analyze', 'analyzes', 'analyzing'] },
  { lemma: 'differentiate', level: 'analyse', forms: ['differentiate', 'differentiates', 'differentiating'] },
  { lemma: 'distinguish', level: 'analyse', forms: ['distinguish', 'distinguishes', 'distinguishing'] },
  { lemma: 'examine', level: 'analyse', forms: ['examine', 'examines', 'examining'] },
  { lemma: 'compare', level: 'analyse', forms: ['compare', 'compares', 'comparing'] },
  { lemma: 'contrast', level: 'analyse', forms: ['contrast', 'contrasts', 'contrasting'] },
  { lemma: 'investigate', level: 'analyse', forms: ['investigate', 'investigates', 'investigating'] },
  { lemma: 'categorise', level: 'analyse', forms: ['categorise', 'categorises', 'categorising', 'categorize', 'categorizes', 'categorizing'] },
  { lemma: 'diagnose', level: 'analyse', forms: ['diagnose', 'diagnoses', 'diagnosing'] },
  { lemma: 'break down', level: 'analyse', forms: ['break down', 'breaks down', 'breaking down'] },
  { lemma: 'relate', level: 'analyse', forms: ['relate', 'relates', 'relating'] },
  { lemma: 'correlate', level: 'analyse', forms: ['correlate', 'correlates', 'correlating'] },
  { lemma: 'detect', level: 'analyse', forms: ['detect', 'detects', 'detecting'] },
  { lemma: 'structure', level: 'analyse', forms: ['structure', 'structures', 'structuring'] },
  { lemma: 'deconstruct', level: 'analyse', forms: ['deconstruct', 'deconstructs', 'deconstructing'] },
  { lemma: 'inspect', level: 'analyse', forms: ['inspect', 'inspects', 'inspecting'] },
  { lemma: 'research', level: 'analyse', forms: ['research', 'researches', 'researching'] },
  { lemma: 'explore', level: 'analyse', forms: ['explore', 'explores', 'exploring'] },
  // evaluate
  { lemma: 'evaluate', level: 'evaluate', forms: ['evaluate', 'evaluates', 'evaluating'] },
  { lemma: 'assess', level: 'evaluate', forms: ['assess', 'assesses', 'assessing'] },
  { lemma: 'judge', level: 'evaluate', forms: ['judge', 'judges', 'judging'] },
  { lemma: 'critique', level: 'evaluate', forms: ['critique', 'critiques', 'critiquing'] },
  { lemma: 'justify', level: 'evaluate', forms: ['justify', 'justifies', 'justifying'] },
  { lemma: 'argue', level: 'evaluate', forms: ['argue', 'argues', 'arguing'] },
  { lemma: 'defend', level: 'evaluate', forms: ['defend', 'defends', 'defending'] },
  { lemma: 'appraise', level: 'evaluate', forms: ['appraise', 'appraises', 'appraising'] },
  { lemma: 'recommend', level: 'evaluate', forms: ['recommend', 'recommends', 'recommending'] },
  { lemma: 'prioritise', level: 'evaluate', forms: ['prioritise', 'prioritises', 'prioritising', 'prioritize', 'prioritizes', 'prioritizing'] },
  { lemma: 'select', level: 'evaluate', forms: ['select', 'selects', 'selecting'] },
  { lemma: 'choose', level: 'evaluate', forms: ['choose', 'chooses', 'choosing'] },
  { lemma: 'weigh', level: 'evaluate', forms: ['weigh', 'weighs', 'weighing'] },
  { lemma: 'check', level: 'evaluate', forms: ['check', 'checks', 'checking'] },
  { lemma: 'monitor', level: 'evaluate', forms: ['monitor', 'monitors', 'monitoring'] },
  { lemma: 'test', level: 'evaluate', forms: ['test', 'tests', 'testing'] },
  { lemma: 'verify', level: 'evaluate', forms: ['verify', 'verifies', 'verifying'] },
  { lemma: 'validate', level: 'evaluate', forms: ['validate', 'validates', 'validating'] },
  { lemma: 'reflect', level: 'evaluate', forms: ['reflect', 'reflects', 'reflecting'] },
  { lemma: 'conclude', level: 'evaluate', forms: ['conclude', 'concludes', 'concluding'] },
  { lemma: 'decide', level: 'evaluate', forms: ['decide', 'decides', 'deciding'] },
  { lemma: 'review', level: 'evaluate', forms: ['review', 'reviews', 'reviewing'] },
  { lemma: 'criticise', level: 'evaluate', forms: ['criticise', 'criticises', 'criticising', 'criticize', 'criticizes', 'criticizing'] },
  { lemma: 'rank', level: 'evaluate', forms: ['rank', 'ranks', 'ranking'] },
  // create
  { lemma: 'create', level: 'create', forms: ['create', 'creates', 'creating'] },
  { lemma: 'design', level: 'create', forms: ['design', 'designs', 'designing'] },
  { lemma: 'develop', level: 'create', forms: ['develop', 'develops', 'developing'] },
  { lemma: 'formulate', level: 'create', forms: ['formulate', 'formulates', 'formulating'] },
  { lemma: 'construct', level: 'create', forms: ['construct', 'constructs', 'constructing'] },
  { lemma: 'compose', level: 'create', forms: ['compose', 'composes', 'composing'] },
  { lemma: 'produce', level: 'create', forms: ['produce', 'produces', 'producing'] },
  { lemma: 'plan', level: 'create', forms: ['plan', 'plans', 'planning'] },
  { lemma: 'generate', level: 'create', forms: ['generate', 'generates', 'generating'] },
  { lemma: 'devise', level: 'create', forms: ['devise', 'devises', 'devising'] },
  { lemma: 'build', level: 'create', forms: ['build', 'builds', 'building'] },
  { lemma: 'write', level: 'create', forms: ['write', 'writes', 'writing'] },
  { lemma: 'draft', level: 'create', forms: ['draft', 'drafts', 'drafting'] },
  { lemma: 'propose', level: 'create', forms: ['propose', 'proposes', 'proposing'] },
  { lemma: 'invent', level: 'create', forms: ['invent', 'invents', 'inventing'] },
  { lemma: 'integrate', level: 'create', forms: ['integrate', 'integrates', 'integrating'] },
  { lemma: 'combine', level: 'create', forms: ['combine', 'combines', 'combining'] },
  { lemma: 'adapt', level: 'create', forms: ['adapt', 'adapts', 'adapting'] },
  { lemma: 'modify', level: 'create', forms: ['modify', 'modifies', 'modifying'] },
  { lemma: 'program', level: 'create', forms: ['program', 'programs', 'programming'] },
  { lemma: 'assemble', level: 'create', forms: ['assemble', 'assembles', 'assembling'] },
  { lemma: 'organise', level: 'create', forms: ['organise', 'organises', 'organising', 'organize', 'organizes', 'organizing'] },
  { lemma: 'set up', level: 'create', forms: ['set up', 'sets up', 'setting up'] },
  { lemma: 'draw up', level: 'create', forms: ['draw up', 'draws up', 'drawing up'] },
]

/**
 * English verbs and phrases that describe an inner state rather than observable behaviour.
 *
 * @example
 * ```ts
 * EN_VAGUE_VERBS.map((v) => v.lemma).includes('understand') // true
 * ```
 */
export const EN_VAGUE_VERBS: readonly VerbEntry[] = [
  { lemma: 'know', level: 'remember', vague: true, forms: ['know', 'knows', 'knowing'] },
  { lemma: 'understand', level: 'understand', vague: true, forms: ['understand', 'understands', 'understanding'] },
  { lemma: 'comprehend', level: 'understand', vague: true, forms: ['comprehend', 'comprehends', 'comprehending'] },
  { lemma: 'grasp', level: 'understand', vague: true, forms: ['grasp', 'grasps'] },
  { lemma: 'realise', level: 'understand', vague: true, forms: ['realise', 'realises', 'realize', 'realizes'] },
  { lemma: 'be aware of', level: 'understand', vague: true, forms: ['aware of'] },
  { lemma: 'be familiar with', level: 'understand', vague: true, forms: ['familiar with'] },
  { lemma: 'be acquainted with', level: 'understand', vague: true, forms: ['acquainted with'] },
  { lemma: 'be conscious of', level: 'understand', vague: true, forms: ['conscious of'] },
  { lemma: 'have knowledge of', level: 'remember', vague: true, forms: ['has knowledge of', 'have knowledge of', 'gains knowledge of', 'gain knowledge of'] },
  { lemma: 'appreciate', level: 'evaluate', vague: true, forms: ['appreciate', 'appreciates'] },
  { lemma: 'learn', level: 'apply', vague: true, forms: ['learn', 'learns'] },
]

/**
 * Observable English verbs LO-VERB suggests for each Bloom level, most common first.
 *
 * @example
 * ```ts
 * EN_SUGGESTED_VERBS.understand // ['explain', 'describe', 'summarise']
 * ```
 */
export const EN_SUGGESTED_VERBS: Readonly<Record<BloomLevel, readonly string[]>> = {
  remember: ['define', 'list', 'name'],
  understand: ['explain', 'describe', 'summarise'],
  apply: ['apply', 'use', 'demonstrate'],
  analyse: ['analyse', 'compare', 'distinguish'],
  evaluate: ['assess', 'justify', 'evaluate'],
  create: ['design', 'develop', 'formulate'],
}
