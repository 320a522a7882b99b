/**
 * Dutch learning-outcome verbs by Bloom level (revised taxonomy: onthouden, begrijpen, toepassen,
 * analyseren, evalueren, creëren), and the vague verbs LO-VERB flags.
 *
 * Each entry lists the forms a learning outcome uses: the infinitive (`analyseren`, also the plural
 * "studenten analyseren"), the stem (`analyseer`, omitted where the stem is a common noun such as
 * `ontwerp`, `plan`, `gebruik`) and stem+t (`analyseert`). Separable verbs name their `particle` and
 * add the joined forms (`toepassen`, `toepast`, `toe te passen`) and the split forms (`pas toe`,
 * `past toe`, `passen toe`), in which the particle may come later in the sentence
 * ("Past comfortbevorderende interventies toe"). Vague entries carry the Bloom level they usually aim
 * at, which picks the observable alternatives LO-VERB suggests. Diacritics are optional when matching.
 *
 * @module quality
 */
import type { BloomLevel, VerbEntry } from './find-verbs.js'

/**
 * Observable Dutch action verbs, grouped by Bloom level (each verb in one level).
 *
 * @example
 * ```ts
 * NL_VERBS.find((v) => v.lemma === 'toepassen')?.forms // ['toepassen', 'toepast', 'toe te passen', 'pas toe', 'past toe', 'passen toe']
 * ```
 */
export const NL_VERBS: readonly VerbEntry[] = [
  // remember
  { lemma: 'benoemen', level: 'remember', forms: ['benoemen', 'benoem', 'benoemt'] },
  { lemma: 'noemen', level: 'remember', forms: ['noemen', 'noem', 'noemt'] },
  { lemma: 'opnoemen', level: 'remember', particle: 'op', forms: ['opnoemen', 'opnoemt', 'op te noemen', 'noem op', 'noemt op', 'noemen op'] },
  { lemma: 'opsommen', level: 'remember', particle: 'op', forms: ['opsommen', 'opsomt', 'op te sommen', 'som op', 'somt op', 'sommen op'] },
  { lemma: 'definiëren', level: 'remember', forms: ['definiëren', 'definieer', 'definieert'] },
  { lemma: 'herkennen', level: 'remember', forms: ['herkennen', 'herken', 'herkent'] },
  { lemma: 'herhalen', level: 'remember', forms: ['herhalen', 'herhaal', 'herhaalt'] },
  { lemma: 'reproduceren', level: 'remember', forms: ['reproduceren', 'reproduceer', 'reproduceert'] },
  { lemma: 'citeren', level: 'remember', forms: ['citeren', 'citeer', 'citeert'] },
  { lemma: 'aanwijzen', level: 'remember', particle: 'aan', forms: ['aanwijzen', 'aanwijst', 'aan te wijzen', 'wijs aan', 'wijst aan', 'wijzen aan'] },
  { lemma: 'aangeven', level: 'remember', particle: 'aan', forms: ['aangeven', 'aangeeft', 'aan te geven', 'geef aan', 'geeft aan', 'geven aan'] },
  { lemma: 'vermelden', level: 'remember', forms: ['vermelden', 'vermeld', 'vermeldt'] },
  { lemma: 'weergeven', level: 'remember', particle: 'weer', forms: ['weergeven', 'weergeeft', 'weer te geven', 'geef weer', 'geeft weer', 'geven weer'] },
  { lemma: 'identificeren', level: 'remember', forms: ['identificeren', 'identificeer', 'identificeert'] },
  { lemma: 'opzoeken', level: 'remember', particle: 'op', forms: ['opzoeken', 'opzoekt', 'op te zoeken', 'zoek op', 'zoekt op', 'zoeken op'] },
  { lemma: 'noteren', level: 'remember', forms: ['noteren', 'noteer', 'noteert'] },
  // understand
  { lemma: 'uitleggen', level: 'understand', particle: 'uit', forms: ['uitleggen', 'uitlegt', 'uit te leggen', 'leg uit', 'legt uit', 'leggen uit'] },
  { lemma: 'beschrijven', level: 'understand', forms: ['beschrijven', 'beschrijf', 'beschrijft'] },
  { lemma: 'toelichten', level: 'understand', particle: 'toe', forms: ['toelichten', 'toelicht', 'toe te lichten', 'licht toe', 'lichten toe'] },
  { lemma: 'verklaren', level: 'understand', forms: ['verklaren', 'verklaar', 'verklaart'] },
  { lemma: 'samenvatten', level: 'understand', particle: 'samen', forms: ['samenvatten', 'samenvat', 'samen te vatten', 'vat samen', 'vatten samen'] },
  { lemma: 'interpreteren', level: 'understand', forms: ['interpreteren', 'interpreteer', 'interpreteert'] },
  { lemma: 'omschrijven', level: 'understand', forms: ['omschrijven', 'omschrijf', 'omschrijft'] },
  { lemma: 'classificeren', level: 'understand', forms: ['classificeren', 'classificeer', 'classificeert'] },
  { lemma: 'illustreren', level: 'understand', forms: ['illustreren', 'illustreer', 'illustreert'] },
  { lemma: 'parafraseren', level: 'understand', forms: ['parafraseren', 'parafraseer', 'parafraseert'] },
  { lemma: 'bespreken', level: 'understand', forms: ['bespreken', 'bespreek', 'bespreekt'] },
  { lemma: 'rapporteren', level: 'understand', forms: ['rapporteren', 'rapporteer', 'rapporteert'] },
  { lemma: 'voorspellen', level: 'understand', forms: ['voorspellen', 'voorspel', 'voorspelt'] },
  { lemma: 'afleiden', level: 'understand', particle: 'af', forms: ['afleiden', 'afleidt', 'af te leiden', 'leid af', 'leidt af', 'leiden af'] },
  { lemma: 'verduidelijken', level: 'understand', forms: ['verduidelijken', 'verduidelijk', 'verduidelijkt'] },
  { lemma: 'uiteenzetten', level: 'understand', particle: 'uiteen', forms: ['uiteenzetten', 'uiteenzet', 'uiteen te zetten', 'zet uiteen', 'zetten uiteen'] },
  // apply
  { lemma: 'toepassen', level: 'apply', particle: 'toe', forms: ['toepassen', 'toepast', 'toe te passen', 'pas toe', 'past toe', 'passen toe'] },
  { lemma: 'gebruiken', level: 'apply', forms: ['gebruiken', 'gebruikt'] },
  { lemma: 'uitvoeren', level: 'apply', particle: 'uit', forms: ['uitvoeren', 'uitvoert', 'uit te voeren', 'voer uit', 'voert uit', 'voeren uit'] },
  { lemma: 'berekenen', level: 'apply', forms: ['berekenen', 'bereken', 'berekent'] },
  { lemma: 'demonstreren', level: 'apply', forms: ['demonstreren', 'demonstreer', 'demonstreert'] },
  { lemma: 'oplossen', level: 'apply', particle: 'op', forms: ['oplossen', 'oplost', 'op te lossen', 'los op', 'lost op', 'lossen op'] },
  { lemma: 'hanteren', level: 'apply', forms: ['hanteren', 'hanteer', 'hanteert'] },
  { lemma: 'implementeren', level: 'apply', forms: ['implementeren', 'implementeer', 'implementeert'] },
  { lemma: 'uitwerken', level: 'apply', particle: 'uit', forms: ['uitwerken', 'uitwerkt', 'uit te werken', 'werk uit', 'werkt uit', 'werken uit'] },
  { lemma: 'bedienen', level: 'apply', forms: ['bedienen', 'bedien', 'bedient'] },
  { lemma: 'verlenen', level: 'apply', forms: ['verlenen', 'verleen', 'verleent'] },
  { lemma: 'verzorgen', level: 'apply', forms: ['verzorgen', 'verzorg', 'verzorgt'] },
  { lemma: 'verplegen', level: 'apply', forms: ['verplegen', 'verpleeg', 'verpleegt'] },
  { lemma: 'toedienen', level: 'apply', particle: 'toe', forms: ['toedienen', 'toedient', 'toe te dienen', 'dien toe', 'dient toe', 'dienen toe'] },
  { lemma: 'handelen', level: 'apply', forms: ['handelen', 'handel', 'handelt'] },
  { lemma: 'communiceren', level: 'apply', forms: ['communiceren', 'communiceer', 'communiceert'] },
  { lemma: 'samenwerken', level: 'apply', particle: 'samen', forms: ['samenwerken', 'samenwerkt', 'samen te werken', 'werk samen', 'werkt samen', 'werken samen'] },
  { lemma: 'afstemmen', level: 'apply', particle: 'af', forms: ['afstemmen', 'afstemt', 'af te stemmen', 'stem af', 'stemt af', 'stemmen af'] },
  { lemma: 'vastleggen', level: 'apply', particle: 'vast', forms: ['vastleggen', 'vastlegt', 'vast te leggen', 'leg vast', 'legt vast', 'leggen vast'] },
  { lemma: 'documenteren', level: 'apply', forms: ['documenteren', 'documenteer', 'documenteert'] },
  { lemma: 'registreren', level: 'apply', forms: ['registreren', 'registreer', 'registreert'] },
  { lemma: 'meten', level: 'apply', forms: ['meten', 'meet'] },
  { lemma: 'observeren', level: 'apply', forms: ['observeren', 'observeer', 'observeert'] },
  { lemma: 'voorbereiden', level: 'apply', particle: 'voor', forms: ['voorbereiden', 'voorbereidt', 'voor te bereiden', 'bereid voor', 'bereidt voor', 'bereiden voor'] },
  { lemma: 'inzetten', level: 'apply', particle: 'in', forms: ['inzetten', 'inzet', 'in te zetten', 'zet in', 'zetten in'] },
  { lemma: 'opschonen', level: 'apply', particle: 'op', forms: ['opschonen', 'opschoont', 'op te schonen', 'schoon op', 'schoont op', 'schonen op'] },
  { lemma: 'verwerken', level: 'apply', forms: ['verwerken', 'verwerk', 'verwerkt'] },
  { lemma: 'begeleiden', level: 'apply', forms: ['begeleiden', 'begeleid', 'begeleidt'] },
  { lemma: 'informeren', level: 'apply', forms: ['informeren', 'informeer', 'informeert'] },
  { lemma: 'instrueren', level: 'apply', forms: ['instrueren', 'instrueer', 'instrueert'] },
  { lemma: 'presenteren', level: 'apply', forms: ['presenteren', 'presenteer', 'presenteert'] },
  { lemma: 'assisteren', level: 'apply', forms: ['assisteren', 'assisteer', 'assisteert'] },
  { lemma: 'ondersteunen', level: 'apply', forms: ['ondersteunen', 'ondersteun', 'ondersteunt'] },
  { lemma: 'installeren', level: 'apply', forms: ['installeren', 'installeer', 'installeert'] },
  { lemma: 'overdragen', level: 'apply', particle: 'over', forms: ['overdragen', 'overdraagt', 'over te dragen', 'draag over', 'draagt over', 'dragen over'] },
  { lemma: 'bijstellen', level: 'apply', particle: 'bij', forms: ['bijstellen', 'bijstelt', 'bij te stellen', 'stel bij', 'stelt bij', 'stellen bij'] },
  { lemma: 'voeren', level: 'apply', forms: ['voeren', 'voer', 'voert'] },
  // analyse
  { lemma: 'analyseren', level: 'analyse', forms: ['analyseren', 'analyseer', 'analyseert'] },
  { lemma: 'onderscheiden', level: 'analyse', forms: ['onderscheiden', 'onderscheid', 'onderscheidt'] },
  { lemma: 'vergelijken', level: 'analyse', forms: ['vergelijken', 'vergelijk', 'vergelijkt'] },
  { lemma: 'ordenen', level: 'analyse', forms: ['ordenen', 'orden', 'ordent'] },
  { lemma: 'structureren', level: 'analyse', forms: ['structureren', 'structureer', 'structureert'] },
  { lemma: 'onderzoeken', level: 'analyse', forms: ['onderzoeken', 'onderzoekt'] },
  { lemma: 'categoriseren', level: 'analyse', forms: ['categoriseren', 'categoriseer', 'categoriseert'] },
  { lemma: 'ontleden', level: 'analyse', forms: ['ontleden', 'ontleed', 'ontleedt'] },
  { lemma: 'relateren', level: 'analyse', forms: ['relateren', 'relateer', 'relateert'] },
  { lemma: 'signaleren', level: 'analyse', forms: ['signaleren', 'signaleer', 'signaleert'] },
  { lemma: 'in kaart brengen', level: 'analyse', particle: 'in kaart', forms: ['in kaart brengen', 'in kaart brengt', 'in kaart te brengen', 'breng in kaart', 'brengt in kaart', 'brengen in kaart'] },
  { lemma: 'diagnosticeren', level: 'analyse', forms: ['diagnosticeren', 'diagnosticeer', 'diagnosticeert'] },
  { lemma: 'vaststellen', level: 'analyse', particle: 'vast', forms: ['vaststellen', 'vaststelt', 'vast te stellen', 'stel vast', 'stelt vast', 'stellen vast'] },
  { lemma: 'indelen', level: 'analyse', particle: 'in', forms: ['indelen', 'indeelt', 'in te delen', 'deel in', 'deelt in', 'delen in'] },
  { lemma: 'uitzoeken', level: 'analyse', particle: 'uit', forms: ['uitzoeken', 'uitzoekt', 'uit te zoeken', 'zoek uit', 'zoekt uit', 'zoeken uit'] },
  { lemma: 'inventariseren', level: 'analyse', forms: ['inventariseren', 'inventariseer', 'inventariseert'] },
  { lemma: 'differentiëren', level: 'analyse', forms: ['differentiëren', 'differentieer', 'differentieert'] },
  { lemma: 'opsporen', level: 'analyse', particle: 'op', forms: ['opsporen', 'opspoort', 'op te sporen', 'spoor op', 'spoort op', 'sporen op'] },
  // evaluate
  { lemma: 'beoordelen', level: 'evaluate', forms: ['beoordelen', 'beoordeel', 'beoordeelt'] },
  { lemma: 'evalueren', level: 'evaluate', forms: ['evalueren', 'evalueer', 'evalueert'] },
  { lemma: 'beargumenteren', level: 'evaluate', forms: ['beargumenteren', 'beargumenteer', 'beargumenteert'] },
  { lemma: 'verdedigen', level: 'evaluate', forms: ['verdedigen', 'verdedig', 'verdedigt'] },
  { lemma: 'toetsen', level: 'evaluate', forms: ['toetsen', 'toetst'] },
  { lemma: 'kiezen', level: 'evaluate', forms: ['kiezen', 'kies', 'kiest'] },
  { lemma: 'prioriteren', level: 'evaluate', forms: ['prioriteren', 'prioriteer', 'prioriteert'] },
  { lemma: 'onderbouwen', level: 'evaluate', forms: ['onderbouwen', 'onderbouw', 'onderbouwt'] },
  { lemma: 'aanbevelen', level: 'evaluate', particle: 'aan', forms: ['aanbevelen', 'aanbeveelt', 'aan te bevelen', 'beveel aan', 'beveelt aan', 'bevelen aan'] },
  { lemma: 'controleren', level: 'evaluate', forms: ['controleren', 'controleer', 'controleert'] },
  { lemma: 'concluderen', level: 'evaluate', forms: ['concluderen', 'concludeer', 'concludeert'] },
  { lemma: 'reflecteren', level: 'evaluate', forms: ['reflecteren', 'reflecteer', 'reflecteert'] },
  { lemma: 'afwegen', level: 'evaluate', particle: 'af', forms: ['afwegen', 'afweegt', 'af te wegen', 'weeg af', 'weegt af', 'wegen af'] },
  { lemma: 'verantwoorden', level: 'evaluate', forms: ['verantwoorden', 'verantwoord', 'verantwoordt'] },
  { lemma: 'adviseren', level: 'evaluate', forms: ['adviseren', 'adviseer', 'adviseert'] },
  { lemma: 'bekritiseren', level: 'evaluate', forms: ['bekritiseren', 'bekritiseer', 'bekritiseert'] },
  { lemma: 'rechtvaardigen', level: 'evaluate', forms: ['rechtvaardigen', 'rechtvaardig', 'rechtvaardigt'] },
  { lemma: 'inschatten', level: 'evaluate', particle: 'in', forms: ['inschatten', 'inschat', 'in te schatten', 'schat in', 'schatten in'] },
  { lemma: 'bepalen', level: 'evaluate', forms: ['bepalen', 'bepaal', 'bepaalt'] },
  { lemma: 'selecteren', level: 'evaluate', forms: ['selecteren', 'selecteer', 'selecteert'] },
  { lemma: 'monitoren', level: 'evaluate', forms: ['monitoren', 'monitor', 'monitort'] },
  { lemma: 'valideren', level: 'evaluate', forms: ['valideren', 'valideer', 'valideert'] },
  { lemma: 'testen', level: 'evaluate', forms: ['testen', 'test'] },
  { lemma: 'beslissen', level: 'evaluate', forms: ['beslissen', 'beslis', 'beslist'] },
  // create
  { lemma: 'ontwerpen', level: 'create', forms: ['ontwerpen', 'ontwerpt'] },
  { lemma: 'ontwikkelen', level: 'create', forms: ['ontwikkelen', 'ontwikkel', 'ontwikkelt'] },
  { lemma: 'creëren', level: 'create', forms: ['creëren', 'creëer', 'creëert'] },
  { lemma: 'samenstellen', level: 'create', particle: 'samen', forms: ['samenstellen', 'samenstelt', 'samen te stellen', 'stel samen', 'stelt samen', 'stellen samen'] },
  { lemma: 'opstellen', level: 'create', particle: 'op', forms: ['opstellen', 'opstelt', 'op te stellen', 'stel op', 'stelt op', 'stellen op'] },
  { lemma: 'formuleren', level: 'create', forms: ['formuleren', 'formuleer', 'formuleert'] },
  { lemma: 'plannen', level: 'create', forms: ['plannen', 'plant'] },
  { lemma: 'produceren', level: 'create', forms: ['produceren', 'produceer', 'produceert'] },
  { lemma: 'bedenken', level: 'create', forms: ['bedenken', 'bedenk', 'bedenkt'] },
  { lemma: 'construeren', level: 'create', forms: ['construeren', 'construeer', 'construeert'] },
  { lemma: 'genereren', level: 'create', forms: ['genereren', 'genereer', 'genereert'] },
  { lemma: 'maken', level: 'create', forms: ['maken', 'maak', 'maakt'] },
  { lemma: 'schrijven', level: 'create', forms: ['schrijven', 'schrijf', 'schrijft'] },
  { lemma: 'organiseren', level: 'create', forms: ['organiseren', 'organiseer', 'organiseert'] },
  { lemma: 'combineren', level: 'create', forms: ['combineren', 'combineer', 'combineert'] },
  { lemma: 'integreren', level: 'create', forms: ['integreren', 'integreer', 'integreert'] },
  { lemma: 'realiseren', level: 'create', forms: ['realiseren', 'realiseer', 'realiseert'] },
  { lemma: 'componeren', level: 'create', forms: ['componeren', 'componeer', 'componeert'] },
  { lemma: 'opzetten', level: 'create', particle: 'op', forms: ['opzetten', 'opzet', 'op te zetten', 'zet op', 'zetten op'] },
  { lemma: 'aanpassen', level: 'create', particle: 'aan', forms: ['aanpassen', 'aanpast', 'aan te passen', 'pas aan', 'past aan', 'passen aan'] },
  { lemma: 'vormgeven', level: 'create', particle: 'vorm', forms: ['vormgeven', 'vormgeeft', 'vorm te geven', 'geef vorm', 'geeft vorm', 'geven vorm'] },
  { lemma: 'programmeren', level: 'create', forms: ['programmeren', 'programmeer', 'programmeert'] },
  { lemma: 'bouwen', level: 'create', forms: ['bouwen', 'bouw', 'bouwt'] },
]

/**
 * Dutch verbs and phrases that describe an inner state rather than observable behaviour. `weten` followed
 * by `te` + a verb ("weet adequaat te handelen") is an auxiliary, not a vague verb.
 *
 * @example
 * ```ts
 * NL_VAGUE_VERBS.map((v) => v.lemma).includes('begrijpen') // true
 * ```
 */
export const NL_VAGUE_VERBS: readonly VerbEntry[] = [
  { lemma: 'kennen', level: 'remember', vague: true, forms: ['kennen', 'ken', 'kent'] },
  { lemma: 'weten', level: 'remember', vague: true, auxiliaryBefore: 'te', forms: ['weten', 'weet'] },
  { lemma: 'begrijpen', level: 'understand', vague: true, forms: ['begrijpen', 'begrijp', 'begrijpt'] },
  { lemma: 'snappen', level: 'understand', vague: true, forms: ['snappen', 'snap', 'snapt'] },
  { lemma: 'beseffen', level: 'understand', vague: true, forms: ['beseffen', 'besef', 'beseft'] },
  { lemma: 'leren', level: 'apply', vague: true, forms: ['leren', 'leer', 'leert'] },
  { lemma: 'beheersen', level: 'apply', vague: true, forms: ['beheersen', 'beheers', 'beheerst'] },
  { lemma: 'inzien', level: 'understand', vague: true, forms: ['inzien', 'inziet', 'in te zien'] },
  { lemma: 'bekend zijn met', level: 'understand', vague: true, forms: ['bekend met', 'bekend te zijn met'] },
  { lemma: 'vertrouwd zijn met', level: 'understand', vague: true, forms: ['vertrouwd met', 'vertrouwd te zijn met'] },
  { lemma: 'zich bewust zijn van', level: 'understand', vague: true, forms: ['bewust van', 'bewust te zijn van'] },
  { lemma: 'kennis hebben van', level: 'remember', vague: true, forms: ['heeft kennis van', 'hebben kennis van', 'kennis hebben van', 'kennis heeft van', 'kennis te hebben van'] },
  { lemma: 'inzicht hebben in', level: 'understand', vague: true, forms: ['heeft inzicht in', 'hebben inzicht in', 'inzicht hebben in', 'inzicht heeft in', 'inzicht te hebben in', 'krijgt inzicht in', 'verwerft inzicht in'] },
  { lemma: 'begrip hebben van', level: 'understand', vague: true, forms: ['heeft begrip van', 'hebben begrip van', 'begrip hebben van', 'heeft begrip voor', 'hebben begrip voor'] },
]

/**
 * Observable Dutch verbs LO-VERB suggests for each Bloom level, most common first.
 *
 * @example
 * ```ts
 * NL_SUGGESTED_VERBS.understand // ['uitleggen', 'beschrijven', 'toelichten']
 * ```
 */
export const NL_SUGGESTED_VERBS: Readonly<Record<BloomLevel, readonly string[]>> = {
  remember: ['benoemen', 'opsommen', 'definiëren'],
  understand: ['uitleggen', 'beschrijven', 'toelichten'],
  apply: ['toepassen', 'uitvoeren', 'gebruiken'],
  analyse: ['analyseren', 'vergelijken', 'onderscheiden'],
  evaluate: ['beoordelen', 'beargumenteren', 'evalueren'],
  create: ['ontwerpen', 'ontwikkelen', 'opstellen'],
}
