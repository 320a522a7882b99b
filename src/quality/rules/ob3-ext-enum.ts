import type { CodeRule, RuleHit } from '../rule.js'
import { show, toon } from './core-readers.js'

/** The OB 3.0 values of each extensible enumeration (1EdTech AchievementCredential schema, OB 3.0). */
const IDENTIFIER_TYPES = ['name', 'sourcedId', 'systemId', 'productId', 'userName', 'accountId', 'emailAddress', 'nationalIdentityNumber', 'isbn', 'issn', 'lisSourcedId', 'oneRosterSourcedId', 'sisSourcedId', 'ltiContextId', 'ltiDeploymentId', 'ltiToolId', 'ltiPlatformId', 'ltiUserId', 'identifier']
const ENUMS: Readonly<Record<string, readonly string[]>> = {
  achievementType: ['Achievement', 'ApprenticeshipCertificate', 'Assessment', 'Assignment', 'AssociateDegree', 'Award', 'Badge', 'BachelorDegree', 'Certificate', 'CertificateOfCompletion', 'Certification', 'CommunityService', 'Competency', 'Course', 'CoCurricular', 'Degree', 'Diploma', 'DoctoralDegree', 'Fieldwork', 'GeneralEducationDevelopment', 'JourneymanCertificate', 'LearningProgram', 'License', 'Membership', 'ProfessionalDoctorate', 'QualityAssuranceCredential', 'MasterCertificate', 'MasterDegree', 'MicroCredential', 'ResearchDoctorate', 'SecondarySchoolDiploma'],
  targetType: ['ceasn:Competency', 'ceterms:Credential', 'CFItem', 'CFRubric', 'CFRubricCriterion', 'CFRubricCriterionLevel', 'CTDL'],
  identifierType: IDENTIFIER_TYPES,
  identityType: IDENTIFIER_TYPES,
  resultType: ['GradePointAverage', 'LetterGrade', 'Percent', 'PerformanceLevel', 'PredictedScore', 'RawScore', 'Result', 'RubricCriterion', 'RubricCriterionLevel', 'RubricScore', 'ScaledScore', 'Status'],
}
const EXTENSION = /^ext:[A-Za-z0-9.\-_]+$/
const MAX_DEPTH = 32

/** Checks one enum value; `undefined` when it is an OB 3.0 value or a well-formed `ext:` value. */
function checkValue(key: string, value: unknown, path: string): RuleHit | undefined {
  if (typeof value === 'string' && ((ENUMS[key] ?? []).includes(value) || EXTENSION.test(value))) return undefined
  return {
    path,
    message: {
      en: `${key} ${show(value)} is neither an Open Badges 3.0 value nor an extension value: use a listed value or prefix your own with "ext:" (letters, digits, ".", "-", "_" only)`,
      nl: `${key} ${toon(value)} is geen Open Badges 3.0-waarde en geen extensiewaarde: gebruik een bestaande waarde of begin een eigen waarde met "ext:" (alleen letters, cijfers, ".", "-", "_")`,
    },
  }
}

/** Walks the credential and checks every extensible enum property it meets. */
function walk(node: unknown, path: string, depth: number, seen: WeakSet<object>, hits: RuleHit[]): void {
  if (typeof node !== 'object' || node === null || depth > MAX_DEPTH || seen.has(node)) return
  seen.add(node)
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1, seen, hits))
    return
  }
  for (const [key, value] of Object.entries(node)) {
    const at = /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
    if (key in ENUMS) {
      const hit = checkValue(key, value, at)
      if (hit) hits.push(hit)
    } else {
      walk(value, at, depth + 1, seen, hits)
    }
  }
}

/**
 * OB3-EXT-ENUM: values of OB 3.0's extensible enumerations (`achievementType`, `alignment.targetType`,
 * `identifierType`, `identityType`, `resultType`) are OB 3.0 values or match `^ext:[A-Za-z0-9.\-_]+$`,
 * wherever they occur in the credential.
 *
 * @example
 * ```ts
 * evaluateQuality(cred, { profile: 'eu' }).findings.filter((f) => f.rule === 'OB3-EXT-ENUM')
 * // achievementType "Microcredential" → error at $.credentialSubject.achievement.achievementType
 * ```
 */
export const ob3ExtEnum: CodeRule = {
  kind: 'code',
  id: 'OB3-EXT-ENUM',
  severity: 'error',
  sets: ['ob3'],
  title: {
    en: 'Values of extensible enumerations (achievementType, alignment targetType, identifierType, resultType) are Open Badges 3.0 values or extension values of the form ext:Name.',
    nl: 'Waarden van uitbreidbare opsommingen (achievementType, targetType van een alignment, identifierType, resultType) zijn Open Badges 3.0-waarden of extensiewaarden van de vorm ext:Naam.',
  },
  source: 'Open Badges 3.0 (EnumExt)',
  check({ credential }): RuleHit[] {
    const hits: RuleHit[] = []
    walk(credential, '$', 0, new WeakSet(), hits)
    return hits
  },
}
