import type { CodeRule, Message, RuleHit } from '../rule.js'
import { alignments, asString } from '../rule-helpers.js'
import { BLOOM_LEVELS, findVerbs, guessLanguage, type BloomLevel, type VerbLanguage, type VerbMatch } from '../verbs/find-verbs.js'
import { EN_SUGGESTED_VERBS } from '../verbs/verbs-en.js'
import { NL_SUGGESTED_VERBS } from '../verbs/verbs-nl.js'

/** Bloom level names in English and Dutch, for messages. */
const LEVEL_NAMES: Readonly<Record<BloomLevel, Message>> = {
  remember: { en: 'remember', nl: 'onthouden' },
  understand: { en: 'understand', nl: 'begrijpen' },
  apply: { en: 'apply', nl: 'toepassen' },
  analyse: { en: 'analyse', nl: 'analyseren' },
  evaluate: { en: 'evaluate', nl: 'evalueren' },
  create: { en: 'create', nl: 'creëren' },
}

/** The level next to `level`: one up, or one down from the top. */
function nearbyLevel(level: BloomLevel): BloomLevel {
  const i = BLOOM_LEVELS.indexOf(level)
  return BLOOM_LEVELS[i + 1] ?? BLOOM_LEVELS[i - 1] ?? level
}

/**
 * Observable verbs to suggest, in the outcome's language: three of `level` and one of the level next
 * to it, as an English and a Dutch phrase.
 *
 * @example
 * ```ts
 * suggestVerbs('understand', 'nl').en // 'uitleggen, beschrijven, toelichten (understand) or toepassen (apply)'
 * ```
 */
export function suggestVerbs(level: BloomLevel, language: VerbLanguage): Message {
  const lists = language === 'nl' ? NL_SUGGESTED_VERBS : EN_SUGGESTED_VERBS
  const near = nearbyLevel(level)
  const main = lists[level].join(', ')
  const extra = lists[near][0] ?? ''
  return {
    en: `${main} (${LEVEL_NAMES[level].en}) or ${extra} (${LEVEL_NAMES[near].en})`,
    nl: `${main} (niveau ${LEVEL_NAMES[level].nl}) of ${extra} (niveau ${LEVEL_NAMES[near].nl})`,
  }
}

/** `'begrijpt' (begrijpen)`, or `'begrijpen'` when the text is the lemma. */
function quoteVerb(m: VerbMatch): string {
  const text = m.text.toLowerCase()
  return text === m.lemma ? `'${m.lemma}'` : `'${text}' (${m.lemma})`
}

/**
 * What LO-VERB says about one learning outcome: a message when it uses a vague verb or has no
 * observable action verb, else `undefined`.
 *
 * @example
 * ```ts
 * lintOutcome('De student begrijpt de basis van communicatie')?.en
 * // "'begrijpt' (begrijpen) is vague: use an observable verb such as uitleggen, beschrijven, toelichten (understand) or toepassen (apply)"
 * lintOutcome('Past aseptische technieken toe bij wondverzorging') // undefined
 * ```
 */
export function lintOutcome(text: string): Message | undefined {
  const matches = findVerbs(text)
  const language = guessLanguage(text, matches)
  const vague = matches.filter((m) => m.vague)
  const first = vague[0]
  if (first) {
    const seen = [...new Set(vague.map(quoteVerb))]
    const s = suggestVerbs(first.level, first.language)
    const plural = seen.length > 1
    return {
      en: `${seen.join(', ')} ${plural ? 'are' : 'is'} vague: use an observable verb such as ${s.en}`,
      nl: `${seen.join(', ')} ${plural ? 'zijn' : 'is'} vaag: gebruik een observeerbaar werkwoord zoals ${s.nl}`,
    }
  }
  if (matches.length === 0) {
    const s = suggestVerbs('apply', language)
    return {
      en: `no observable action verb found: describe what the learner does, with a verb such as ${s.en}`,
      nl: `geen observeerbaar handelingswerkwoord gevonden: beschrijf wat de lerende doet, met een werkwoord zoals ${s.nl}`,
    }
  }
  return undefined
}

/**
 * LO-VERB: each learning outcome (`alignment[]` with `targetType: 'ext:LearningOutcome'`) contains an
 * observable action verb from the Dutch or English Bloom lists; vague verbs (know, understand, kennen,
 * weten, begrijpen, ...) are flagged with observable alternatives. Empty outcomes are EU-M6's concern.
 */
export const loVerb: CodeRule = {
  kind: 'code',
  id: 'LO-VERB',
  severity: 'warning',
  sets: ['lo'],
  title: {
    en: 'Each learning outcome contains an observable action verb (Bloom: remember, understand, apply, analyse, evaluate, create); vague verbs such as know, understand, kennen, weten or begrijpen are flagged.',
    nl: 'Elke leeruitkomst bevat een observeerbaar handelingswerkwoord (Bloom: onthouden, begrijpen, toepassen, analyseren, evalueren, creëren); vage werkwoorden zoals kennen, weten, begrijpen, know of understand worden gemeld.',
  },
  source: 'Bologna learning outcomes guidance, Bloom (revised taxonomy)',
  check({ achievement }): RuleHit[] {
    const hits: RuleHit[] = []
    for (const { alignment, path } of alignments(achievement, 'ext:LearningOutcome')) {
      const text = asString(alignment.targetName)
      if (text === undefined || text.trim() === '') continue
      const message = lintOutcome(text)
      if (message) hits.push({ path: `${path}.targetName`, message })
    }
    return hits
  },
}
