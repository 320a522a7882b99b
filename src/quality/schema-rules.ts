import type { SchemaRule } from './rule.js'

/**
 * The catalogue entries of the rules expressed as JSON Schema (`schemas/quality/*.schema.json`).
 * Every `x-rule` id used in those files has an entry here (a test checks both directions).
 */
export const SCHEMA_RULES: readonly SchemaRule[] = [
  // EU Council Recommendation (2022) Annex I: schemas/quality/eu-annex-i.schema.json
  {
    kind: 'schema',
    id: 'EU-M1',
    severity: 'error',
    sets: ['eu'],
    title: {
      en: 'The learner is identified: the credential subject has an id or at least one identifier.',
      nl: 'De lerende is geïdentificeerd: het credential subject heeft een id of ten minste één identifier.',
    },
    source: 'EU Council Recommendation 2022, Annex I (identification of the learner)',
    schema: 'eu-annex-i.schema.json',
  },
  {
    kind: 'schema',
    id: 'EU-M2',
    severity: 'error',
    sets: ['eu'],
    title: {
      en: 'The microcredential has a title: the achievement name is not empty.',
      nl: 'De microcredential heeft een titel: de naam van de achievement is niet leeg.',
    },
    source: 'EU Council Recommendation 2022, Annex I (title)',
    schema: 'eu-annex-i.schema.json',
  },
  {
    kind: 'schema',
    id: 'EU-M3',
    severity: 'error',
    sets: ['eu'],
    title: {
      en: "The issuer's country is given as a two-letter ISO 3166-1 code (issuer.address.addressCountryCode).",
      nl: 'Het land van de uitgever is opgegeven als ISO 3166-1-code van twee letters (issuer.address.addressCountryCode).',
    },
    source: 'EU Council Recommendation 2022, Annex I (country of the issuer)',
    schema: 'eu-annex-i.schema.json',
  },
  {
    kind: 'schema',
    id: 'EU-M4',
    severity: 'error',
    sets: ['eu'],
    title: {
      en: 'The awarding body is named: the issuer is a profile with a non-empty name.',
      nl: 'De uitgevende instelling heeft een naam: de issuer is een profiel met een naam die niet leeg is.',
    },
    source: 'EU Council Recommendation 2022, Annex I (awarding body)',
    schema: 'eu-annex-i.schema.json',
  },
  {
    kind: 'schema',
    id: 'EU-M6',
    severity: 'error',
    sets: ['eu'],
    title: {
      en: 'The microcredential states at least one learning outcome, and no learning outcome is empty.',
      nl: 'De microcredential vermeldt ten minste één leeruitkomst, en geen enkele leeruitkomst is leeg.',
    },
    source: 'EU Council Recommendation 2022, Annex I (learning outcomes)',
    schema: 'eu-annex-i.schema.json',
  },
  {
    kind: 'schema',
    id: 'EU-M7',
    severity: 'error',
    sets: ['eu'],
    title: {
      en: 'The notional workload is stated and greater than 0 (ECTS, creditsAvailable, SBU or hours).',
      nl: 'De studielast is vermeld en groter dan 0 (ECTS, creditsAvailable, SBU of uren).',
    },
    source: 'EU Council Recommendation 2022, Annex I (notional workload)',
    schema: 'eu-annex-i.schema.json',
  },
  {
    kind: 'schema',
    id: 'EU-M11',
    severity: 'error',
    sets: ['eu'],
    title: {
      en: 'The type of quality assurance is stated: a quality assurance alignment with a name and an http(s) link.',
      nl: 'Het type kwaliteitsborging is vermeld: een kwaliteitsborging-alignment met een naam en een http(s)-link.',
    },
    source: 'EU Council Recommendation 2022, Annex I (type of quality assurance)',
    schema: 'eu-annex-i.schema.json',
  },
  // Dutch pilots, common rules: schemas/quality/nl-common.schema.json
  {
    kind: 'schema',
    id: 'NL-COUNTRY',
    severity: 'warning',
    sets: ['nl'],
    title: {
      en: 'A Dutch pilot issuer has country code NL.',
      nl: 'Een uitgever in de Nederlandse pilots heeft landcode NL.',
    },
    source: 'Dutch microcredential pilots (scope)',
    schema: 'nl-common.schema.json',
  },
  {
    kind: 'schema',
    id: 'NL-LANGUAGE',
    severity: 'error',
    sets: ['nl'],
    title: {
      en: 'The language of instruction (inLanguage) is stated as a BCP 47 language tag.',
      nl: 'De onderwijstaal (inLanguage) is vermeld als BCP 47-taalcode.',
    },
    source: 'edubadges (language of instruction)',
    schema: 'nl-common.schema.json',
  },
  {
    kind: 'schema',
    id: 'NL-PROGRAMME-CODE',
    severity: 'warning',
    sets: ['nl'],
    title: {
      en: 'A programme code, when given, is a 5-digit CROHO or CREBO code or a RIO programme code.',
      nl: 'Een opleidingscode is, als die er is, een CROHO- of CREBO-code van 5 cijfers of een RIO-opleidingscode.',
    },
    source: 'DUO (CROHO, CREBO, RIO)',
    schema: 'nl-common.schema.json',
  },
  // mbo pilot quality framework: schemas/quality/mbo-pilot.schema.json
  {
    kind: 'schema',
    id: 'MBO-SBU',
    severity: 'error',
    sets: ['mbo'],
    title: {
      en: 'The mbo workload is stated as a whole number of SBU.',
      nl: 'De mbo-studielast is vermeld als geheel aantal SBU.',
    },
    source: 'mbo pilot quality framework 2024-2025',
    schema: 'mbo-pilot.schema.json',
  },
  {
    kind: 'schema',
    id: 'MBO-SBU-MIN',
    severity: 'error',
    sets: ['mbo'],
    title: {
      en: 'The mbo workload is at least 80 SBU.',
      nl: 'De mbo-studielast is ten minste 80 SBU.',
    },
    source: 'mbo pilot (relaxed minimum, edubadges since December 2024)',
    schema: 'mbo-pilot.schema.json',
  },
  {
    kind: 'schema',
    id: 'MBO-SBU-STEP',
    severity: 'warning',
    sets: ['mbo'],
    title: {
      en: 'The mbo workload is a multiple of 80 SBU.',
      nl: 'De mbo-studielast is een veelvoud van 80 SBU.',
    },
    source: 'mbo pilot (steps of 80 SBU)',
    schema: 'mbo-pilot.schema.json',
  },
  {
    kind: 'schema',
    id: 'MBO-SBU-240',
    severity: 'info',
    sets: ['mbo'],
    title: {
      en: 'A workload below 240 SBU gets a note: point 12 of the mbo framework still says 240 SBU, the pilot allows 80.',
      nl: 'Bij een studielast onder 240 SBU volgt een opmerking: punt 12 van het mbo-kader noemt nog 240 SBU, de pilot staat 80 toe.',
    },
    source: 'mbo pilot quality framework 2024-2025, point 12',
    schema: 'mbo-pilot.schema.json',
  },
  {
    kind: 'schema',
    id: 'MBO-LEVEL',
    severity: 'warning',
    sets: ['mbo'],
    title: {
      en: 'The EQF level is 1 to 4 and the NLQF level 1 to 4, 4+ or entry.',
      nl: 'Het EQF-niveau is 1 tot en met 4 en het NLQF-niveau 1 tot en met 4, 4+ of entry.',
    },
    source: 'mbo levels (NLQF)',
    schema: 'mbo-pilot.schema.json',
  },
  {
    kind: 'schema',
    id: 'MBO-QA',
    severity: 'warning',
    sets: ['mbo'],
    title: {
      en: 'The quality agreement is the mbo pilot quality framework.',
      nl: 'De kwaliteitsafspraak is het kwaliteitskader van de mbo-pilot.',
    },
    source: 'mbo pilot quality framework 2024-2025',
    schema: 'mbo-pilot.schema.json',
  },
  // hbo/wo pilot quality framework: schemas/quality/ho-pilot.schema.json
  {
    kind: 'schema',
    id: 'HO-ECTS',
    severity: 'error',
    sets: ['ho'],
    title: {
      en: 'The hbo/wo workload is stated in ECTS (ECTS or creditsAvailable, as a number).',
      nl: 'De hbo/wo-studielast is vermeld in EC (ECTS of creditsAvailable, als getal).',
    },
    source: 'hbo/wo quality framework Microcredentials voor Professionals',
    schema: 'ho-pilot.schema.json',
  },
  {
    kind: 'schema',
    id: 'HO-ECTS-STEP',
    severity: 'warning',
    sets: ['ho'],
    title: {
      en: 'The ECTS workload is a multiple of 0.5.',
      nl: 'De studielast in EC is een veelvoud van 0,5.',
    },
    source: 'edubadges (steps of 0.5 EC)',
    schema: 'ho-pilot.schema.json',
  },
  {
    kind: 'schema',
    id: 'HO-LEVEL',
    severity: 'warning',
    sets: ['ho'],
    title: {
      en: 'The EQF level is 5 to 8.',
      nl: 'Het EQF-niveau is 5 tot en met 8.',
    },
    source: 'hbo/wo quality framework (EQF 5-8)',
    schema: 'ho-pilot.schema.json',
  },
  {
    kind: 'schema',
    id: 'HO-QA',
    severity: 'warning',
    sets: ['ho'],
    title: {
      en: 'The quality agreement is the hbo/wo pilot quality framework.',
      nl: 'De kwaliteitsafspraak is het kwaliteitskader van de hbo/wo-pilot.',
    },
    source: 'hbo/wo quality framework Microcredentials voor Professionals',
    schema: 'ho-pilot.schema.json',
  },
  {
    kind: 'schema',
    id: 'HO-PREREQ',
    severity: 'warning',
    sets: ['ho'],
    title: {
      en: 'The target group or the entry requirements are stated.',
      nl: 'De doelgroep of de toelatingseisen zijn vermeld.',
    },
    source: 'hbo/wo quality framework (condition 3); EU Annex I optional element (prerequisites)',
    schema: 'ho-pilot.schema.json',
  },
  // Learning outcomes: schemas/quality/learning-outcomes.schema.json
  {
    kind: 'schema',
    id: 'LO-ESCO',
    severity: 'error',
    sets: ['lo'],
    title: {
      en: 'ESCO links are ESCO skill or occupation URIs (http://data.europa.eu/esco/skill|occupation/<uuid>).',
      nl: 'ESCO-links zijn URI\'s van een ESCO-vaardigheid of -beroep (http://data.europa.eu/esco/skill|occupation/<uuid>).',
    },
    source: 'ESCO',
    schema: 'learning-outcomes.schema.json',
  },
]
