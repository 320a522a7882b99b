/**
 * EU controlled vocabularies (ELM v3) used by micro-credentials: EQF, the Dutch NQF subset, assessment
 * types, modes of learning, credit systems, supervision and identity verification, and the other
 * Europass lists of the micro-credential subset. VOC-EU checks `http://data.europa.eu/snb/...` URIs
 * against these lists.
 *
 * Generated from `shared/fixtures/eu/elm-v3-controlled-vocabularies-micro-credential-subset.json`, whose
 * `_source` is: european-commission-empl/European-Learning-Model (archived), xsd/loq/cv/*.xsd and
 * xsd/ams/cv/*.xsd, HEAD 9d7c5d2; labels as published in those XSD enumerations.
 * URIs and labels are copied unchanged, in the fixture's order, so the library does not read the fixture
 * at run time; when the fixture changes, regenerate this file from it rather than editing entries by hand.
 *
 * @module quality
 */

/** One concept of an EU vocabulary. */
export interface EuConcept {
  uri: string
  label: string
}

/** One EU controlled vocabulary. */
export interface EuVocabulary {
  /** The fixture's key for the list. */
  key: string
  /** A readable name, used in messages. */
  name: string
  /** The concept scheme URI. */
  scheme: string
  /** The URI prefix every concept of the list shares. */
  base: string
  /** A caveat about the list, when the fixture carries one. */
  note?: string
  concepts: readonly EuConcept[]
}

/**
 * The fixture the vocabularies were generated from, and its origin.
 *
 * @example
 * ```ts
 * EU_VOCABULARY_SOURCE.fixture // 'shared/fixtures/eu/elm-v3-controlled-vocabularies-micro-credential-subset.json'
 * ```
 */
export const EU_VOCABULARY_SOURCE = {
  fixture: 'shared/fixtures/eu/elm-v3-controlled-vocabularies-micro-credential-subset.json',
  origin: 'european-commission-empl/European-Learning-Model (archived), xsd/loq/cv/*.xsd and xsd/ams/cv/*.xsd, HEAD 9d7c5d2; labels as published in those XSD enumerations',
} as const

/**
 * The EU vocabularies of the micro-credential subset.
 *
 * @example
 * ```ts
 * EU_VOCABULARIES.find((v) => v.key === 'eqf')?.concepts.map((c) => c.uri) // ['http://data.europa.eu/snb/eqf/1', ...]
 * ```
 */
export const EU_VOCABULARIES: readonly EuVocabulary[] = [
  {
    key: 'eqf',
    name: 'EQF levels',
    scheme: 'http://data.europa.eu/snb/eqf/25831c2',
    base: 'http://data.europa.eu/snb/eqf/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/eqf/1', label: 'Level 1' },
      { uri: 'http://data.europa.eu/snb/eqf/2', label: 'Level 2' },
      { uri: 'http://data.europa.eu/snb/eqf/3', label: 'Level 3' },
      { uri: 'http://data.europa.eu/snb/eqf/4', label: 'Level 4' },
      { uri: 'http://data.europa.eu/snb/eqf/5', label: 'Level 5' },
      { uri: 'http://data.europa.eu/snb/eqf/6', label: 'Level 6' },
      { uri: 'http://data.europa.eu/snb/eqf/7', label: 'Level 7' },
      { uri: 'http://data.europa.eu/snb/eqf/8', label: 'Level 8' },
    ],
  },
  {
    key: 'europass-learning-assessment-types',
    name: 'Europass learning assessment types',
    scheme: 'http://data.europa.eu/snb/assessment/25831c2',
    base: 'http://data.europa.eu/snb/assessment/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/assessment/19a2e5e671', label: 'peer assessment' },
      { uri: 'http://data.europa.eu/snb/assessment/2939dae15f', label: 'marked assignment' },
      { uri: 'http://data.europa.eu/snb/assessment/3484bd7e51', label: 'continuous evaluation' },
      { uri: 'http://data.europa.eu/snb/assessment/4f03b91c0e', label: 'portfolio' },
      { uri: 'http://data.europa.eu/snb/assessment/56539a6507', label: 'group performance' },
      { uri: 'http://data.europa.eu/snb/assessment/6a4db9f11d', label: 'practical assessment' },
      { uri: 'http://data.europa.eu/snb/assessment/6e6cb2cc78', label: 'written examination' },
      { uri: 'http://data.europa.eu/snb/assessment/7331eb4762', label: 'level of attendance' },
      { uri: 'http://data.europa.eu/snb/assessment/795dac4096', label: 'project work' },
      { uri: 'http://data.europa.eu/snb/assessment/812e3b0ae1', label: 'peer review' },
      { uri: 'http://data.europa.eu/snb/assessment/b1b68f6735', label: 'quiz' },
      { uri: 'http://data.europa.eu/snb/assessment/c4256a2726', label: 'problem based learning' },
      { uri: 'http://data.europa.eu/snb/assessment/d30284d7df', label: 'oral examination' },
      { uri: 'http://data.europa.eu/snb/assessment/de4d165a6c', label: 'artefact assessment' },
    ],
  },
  {
    key: 'europass-modes',
    name: 'Europass modes of learning and assessment',
    scheme: 'http://data.europa.eu/snb/learning-assessment/25831c2',
    base: 'http://data.europa.eu/snb/learning-assessment/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/learning-assessment/729f3bed4b', label: 'Workbased' },
      { uri: 'http://data.europa.eu/snb/learning-assessment/7813801c77', label: 'Project based' },
      { uri: 'http://data.europa.eu/snb/learning-assessment/9191af2ed9', label: 'Presential' },
      { uri: 'http://data.europa.eu/snb/learning-assessment/920fbb3cbe', label: 'Online' },
      { uri: 'http://data.europa.eu/snb/learning-assessment/e92d221e4d', label: 'Blended' },
      { uri: 'http://data.europa.eu/snb/learning-assessment/ed4c557045', label: 'Research-Lab based' },
    ],
  },
  {
    key: 'credit-points',
    name: 'credit systems',
    scheme: 'http://data.europa.eu/snb/education-credit/25831c2',
    base: 'http://data.europa.eu/snb/education-credit/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/education-credit/60b314e826', label: 'European credit system for vocational education and training' },
      { uri: 'http://data.europa.eu/snb/education-credit/6fcec5c5af', label: 'European Credit Transfer System' },
    ],
  },
  {
    key: 'europass-learning-setting-types',
    name: 'Europass learning setting types',
    scheme: 'http://data.europa.eu/snb/learning-setting/25831c2',
    base: 'http://data.europa.eu/snb/learning-setting/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/learning-setting/6fd4685715', label: 'formal learning' },
      { uri: 'http://data.europa.eu/snb/learning-setting/e207a81fc7', label: 'non-formal learning' },
    ],
  },
  {
    key: 'europass-learning-opportunity-types',
    name: 'Europass learning opportunity types',
    scheme: 'http://data.europa.eu/snb/learning-opportunity/25831c2',
    base: 'http://data.europa.eu/snb/learning-opportunity/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/learning-opportunity/05053c1cbe', label: 'Course' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/0f7dac46ca', label: 'Programme module' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/11252a5207', label: 'Mentoring' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/17744a2647', label: 'MOOC' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/63f9f6180c', label: 'Apprenticeship' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/65a4cf5de2', label: 'Study visit' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/74a4a268e8', label: 'Short learning programme' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/77b99de990', label: 'Internship' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/79343569f3', label: 'Educational programme' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/7e1ac538db', label: 'Class' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/8b965da2d4', label: 'Service learning' },
      { uri: 'http://data.europa.eu/snb/learning-opportunity/b2434ca358', label: 'Thesis' },
    ],
  },
  {
    key: 'europass-learning-activity-types',
    name: 'Europass learning activity types',
    scheme: 'http://data.europa.eu/snb/learning-activity/25831c2',
    base: 'http://data.europa.eu/snb/learning-activity/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/learning-activity/3c8bd58d62', label: 'lab / simulation / practice coursework' },
      { uri: 'http://data.europa.eu/snb/learning-activity/4357e0e681', label: 'job experience' },
      { uri: 'http://data.europa.eu/snb/learning-activity/59eaf34fab', label: 'volunteering' },
      { uri: 'http://data.europa.eu/snb/learning-activity/a7e556215a', label: 'research' },
      { uri: 'http://data.europa.eu/snb/learning-activity/b660f5dcea', label: 'self-motivated study' },
      { uri: 'http://data.europa.eu/snb/learning-activity/bf2e3a7bae', label: 'e-learning coursework' },
      { uri: 'http://data.europa.eu/snb/learning-activity/bf5588ff84', label: 'internship' },
      { uri: 'http://data.europa.eu/snb/learning-activity/d46a826a39', label: 'apprenticeship' },
      { uri: 'http://data.europa.eu/snb/learning-activity/efff75e10a', label: 'workshop, seminar or conference' },
      { uri: 'http://data.europa.eu/snb/learning-activity/fd33e234ae', label: 'educational programme' },
      { uri: 'http://data.europa.eu/snb/learning-activity/ff436ea7c9', label: 'classroom coursework' },
    ],
  },
  {
    key: 'europass-accreditation-types',
    name: 'Europass accreditation types',
    scheme: 'http://data.europa.eu/snb/accreditation/25831c2',
    base: 'http://data.europa.eu/snb/accreditation/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/accreditation/003293d2ce', label: 'Institutional License' },
      { uri: 'http://data.europa.eu/snb/accreditation/820101cba6', label: 'Program Quality Assurance' },
      { uri: 'http://data.europa.eu/snb/accreditation/bb4618238e', label: 'Institutional Quality Assurance' },
      { uri: 'http://data.europa.eu/snb/accreditation/e57dddfcf3', label: 'Program License' },
    ],
  },
  {
    key: 'europass-credential-types',
    name: 'Europass credential types',
    scheme: 'http://data.europa.eu/snb/credential/25831c2',
    base: 'http://data.europa.eu/snb/credential/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/credential/48b514e72a', label: 'Learning Activity' },
      { uri: 'http://data.europa.eu/snb/credential/6cf8e68c43', label: 'Qualification Award' },
      { uri: 'http://data.europa.eu/snb/credential/6dff8a0f87', label: 'Diploma Supplement' },
      { uri: 'http://data.europa.eu/snb/credential/bdc47cb449', label: 'Learning Entitlement' },
      { uri: 'http://data.europa.eu/snb/credential/e34929035b', label: 'Generic' },
    ],
  },
  {
    key: 'skill-types',
    name: 'skill types',
    scheme: 'http://data.europa.eu/snb/skill-type/25831c2',
    base: 'http://data.europa.eu/snb/skill-type/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/skill-type/knowledge', label: 'knowledge' },
      { uri: 'http://data.europa.eu/snb/skill-type/skill', label: 'skill' },
    ],
  },
  {
    key: 'skill-reuse-levels',
    name: 'skill reuse levels',
    scheme: 'http://data.europa.eu/snb/skill-reuse-level/25831c2',
    base: 'http://data.europa.eu/snb/skill-reuse-level/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/skill-reuse-level/cross-sector', label: 'cross-sector skills and competences' },
      { uri: 'http://data.europa.eu/snb/skill-reuse-level/occupation-specific', label: 'occupation specific skills and competences' },
      { uri: 'http://data.europa.eu/snb/skill-reuse-level/sector-specific', label: 'sector specific skills and competences' },
      { uri: 'http://data.europa.eu/snb/skill-reuse-level/transversal', label: 'transversal skills and competences' },
    ],
  },
  {
    key: 'europass-learning-schedule-types',
    name: 'Europass learning schedule types',
    scheme: 'http://data.europa.eu/snb/learning-schedule/25831c2',
    base: 'http://data.europa.eu/snb/learning-schedule/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/learning-schedule/67395e6b5a', label: 'Part time light' },
      { uri: 'http://data.europa.eu/snb/learning-schedule/72a0ab92fa', label: 'Full time' },
      { uri: 'http://data.europa.eu/snb/learning-schedule/f230bae523', label: 'Part time intensive' },
    ],
  },
  {
    key: 'europass-target-groups',
    name: 'Europass target groups',
    scheme: 'http://data.europa.eu/snb/target-group/25831c2',
    base: 'http://data.europa.eu/snb/target-group/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/target-group/022beab85a', label: 'High Achievers' },
      { uri: 'http://data.europa.eu/snb/target-group/0247b300b0', label: 'Non-Native Speakers' },
      { uri: 'http://data.europa.eu/snb/target-group/05f11c859b', label: 'Persons requiring employment retraining' },
      { uri: 'http://data.europa.eu/snb/target-group/1599531db0', label: 'Persons in tertiary education (EQF 6)' },
      { uri: 'http://data.europa.eu/snb/target-group/1cfca7f767', label: 'Persons who have completed primary education' },
      { uri: 'http://data.europa.eu/snb/target-group/46806e0244', label: 'Persons in secondary/compulsory education' },
      { uri: 'http://data.europa.eu/snb/target-group/527a6f97eb', label: 'Persons who have completed tertiary education (EQF 7)' },
      { uri: 'http://data.europa.eu/snb/target-group/5b1417fd15', label: 'Persons in primary education' },
      { uri: 'http://data.europa.eu/snb/target-group/5e56931138', label: 'Persons with 0-3 years work experience' },
      { uri: 'http://data.europa.eu/snb/target-group/808b99d38f', label: 'Persons who have completed tertiary education (EQF 8)' },
      { uri: 'http://data.europa.eu/snb/target-group/919082b88b', label: 'Persons who have completed secondary/compulsory education' },
      { uri: 'http://data.europa.eu/snb/target-group/acb7f20f25', label: 'Persons in tertiary education (EQF 7)' },
      { uri: 'http://data.europa.eu/snb/target-group/b0bf4f9fe9', label: 'Persons in tertiary education (EQF 8)' },
      { uri: 'http://data.europa.eu/snb/target-group/c900d8ecb1', label: 'Migrants' },
      { uri: 'http://data.europa.eu/snb/target-group/cbedf28444', label: 'Persons with 3-10 years work experience' },
      { uri: 'http://data.europa.eu/snb/target-group/d45b47b458', label: 'Persons with 10+ years work experience' },
      { uri: 'http://data.europa.eu/snb/target-group/de9cd193ce', label: 'Persons with a learning disability' },
      { uri: 'http://data.europa.eu/snb/target-group/e3782a33ab', label: 'Native Speakers' },
      { uri: 'http://data.europa.eu/snb/target-group/e7627913ad', label: 'Persons who have completed tertiary education (EQF 6)' },
      { uri: 'http://data.europa.eu/snb/target-group/fd1279fd9f', label: 'Low Achievers' },
    ],
  },
  {
    key: 'europass-learning-entitlement-types',
    name: 'Europass learning entitlement types',
    scheme: 'http://data.europa.eu/snb/entitlement/25831c2',
    base: 'http://data.europa.eu/snb/entitlement/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/entitlement/52f62180c2', label: 'occupation' },
      { uri: 'http://data.europa.eu/snb/entitlement/64aad92881', label: 'learning opportunity' },
      { uri: 'http://data.europa.eu/snb/entitlement/bebd32e8e6', label: 'membership' },
    ],
  },
  {
    key: 'europass-content-encoding-types',
    name: 'Europass content encoding types',
    scheme: 'http://data.europa.eu/snb/encoding/25831c2',
    base: 'http://data.europa.eu/snb/encoding/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/encoding/6146cde7dd', label: 'base64' },
    ],
  },
  {
    key: 'nqf-netherlands-subset',
    name: 'NQF (Netherlands subset)',
    scheme: 'http://data.europa.eu/snb/qdr/25831c2',
    base: 'http://data.europa.eu/snb/qdr/',
    concepts: [
      { uri: 'http://data.europa.eu/snb/qdr/c_5c66dcbc', label: 'Dutch National Qualifications Framework' },
      { uri: 'http://data.europa.eu/snb/qdr/c_1711a061', label: 'NLQF Level 6' },
      { uri: 'http://data.europa.eu/snb/qdr/c_18c9e9fe', label: 'NLQF Level 5' },
      { uri: 'http://data.europa.eu/snb/qdr/c_2835a50f', label: 'NLQF Level 8' },
      { uri: 'http://data.europa.eu/snb/qdr/c_3e11a3fd', label: 'NLQF Level 1' },
      { uri: 'http://data.europa.eu/snb/qdr/c_478359fc', label: 'NLQF Level 7' },
      { uri: 'http://data.europa.eu/snb/qdr/c_b42dd23b', label: 'NLQF Entry Level' },
      { uri: 'http://data.europa.eu/snb/qdr/c_c2700f4e', label: 'NLQF Level 4+' },
      { uri: 'http://data.europa.eu/snb/qdr/c_c749fa23', label: 'NLQF Level 2' },
      { uri: 'http://data.europa.eu/snb/qdr/c_f97cdbb5', label: 'NLQF Level 3' },
      { uri: 'http://data.europa.eu/snb/qdr/c_ff656b33', label: 'NLQF Level 4' },
    ],
  },
  {
    key: 'supervision-verification',
    name: 'supervision and identity verification',
    scheme: 'http://data.europa.eu/snb/supervision-verification/25831c2',
    base: 'http://data.europa.eu/snb/supervision-verification/',
    note: 'not in the ELM XSD; from EDC code and test data, to be verified against EU Vocabularies',
    concepts: [
      { uri: 'http://data.europa.eu/snb/supervision-verification/c598449d64', label: 'Unsupervised without ID verification (notation nosupnoid)' },
      { uri: 'http://data.europa.eu/snb/supervision-verification/70be69aaf9', label: 'Supervised with ID verification' },
      { uri: 'http://data.europa.eu/snb/supervision-verification/44314532f9', label: '(label inconsistent in EDC test data: "ID Verification"/"No ID Verification")' },
    ],
  },
]
