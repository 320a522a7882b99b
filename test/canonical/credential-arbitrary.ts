/**
 * Shared material of the canonicalisation differential tests (`differential.test.ts`,
 * `fixtures-differential.test.ts`): the reference they compare against, and fast-check arbitraries.
 *
 * - {@link referenceCanonize}: jsonld.js canonize as `test/helpers/canonize.ts` does it.
 *
 * - {@link obCredential}: varied, valid JSON-LD Open Badges 3.0 credentials that use only the pinned
 *   contexts (VCDM 2.0 + OB 3.0.3, sometimes the OB extensions, Data Integrity v2 or microcredentials
 *   contexts) and only terms those contexts define, with the type each type-scoped term needs.
 *   jsonld.js safe mode accepts every one of them.
 * - {@link dataIntegrityProofConfig}: the proof-options document an eddsa-rdfc-2022 proof hashes.
 * - {@link hostileVariant}: a generated credential with one edit that jsonld.js safe mode rejects, or
 *   that is valid JSON-LD but outside what credentials normally use (inline contexts, keywords as
 *   keys, blank node ids, JSON literals, ...).
 *
 * Every value is plain JSON data (objects, arrays, strings, finite numbers, booleans, null), except
 * that `-0` may occur as a number.
 */
import fc from 'fast-check'
import jsonld from 'jsonld'
import { createDocumentLoader, type DocumentLoader } from '../../src/loader/index.js'
import { canonize } from '../helpers/canonize.js'

/** JSON data as the generators build it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject
/** A JSON object. */
export interface JsonObject { [key: string]: JsonValue }

export const VC_V2 = 'https://www.w3.org/ns/credentials/v2'
export const OB_V303 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
export const OB_EXTENSIONS = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'
export const DATA_INTEGRITY_V2 = 'https://w3id.org/security/data-integrity/v2'
export const MICROCREDENTIALS_V1 = 'https://w3id.org/microcredentials/v1'

/** Which optional contexts a generated document lists after VCDM 2.0 and OB 3.0.3. */
interface ContextChoice { extensions: boolean; dataIntegrity: boolean; microcredentials: boolean }

/** The `@context` array of a document with the given optional contexts. */
function contextArray(choice: ContextChoice): string[] {
  return [
    VC_V2,
    OB_V303,
    ...(choice.extensions ? [OB_EXTENSIONS] : []),
    ...(choice.microcredentials ? [MICROCREDENTIALS_V1] : []),
    ...(choice.dataIntegrity ? [DATA_INTEGRITY_V2] : []),
  ]
}

const contextChoice: fc.Arbitrary<ContextChoice> = fc.record({
  extensions: fc.boolean(),
  dataIntegrity: fc.oneof({ arbitrary: fc.constant(false), weight: 3 }, { arbitrary: fc.constant(true), weight: 1 }),
  microcredentials: fc.oneof({ arbitrary: fc.constant(false), weight: 4 }, { arbitrary: fc.constant(true), weight: 1 }),
})

/** The offline loader with the pinned contexts, shared by the reference calls. */
const pinnedLoader = createDocumentLoader()

/**
 * The reference canonical N-Quads: jsonld.js canonize (RDFC-1.0, safe mode) with the pinned-context
 * loader, via `test/helpers/canonize.ts`. Documents with `@direction` are canonicalised with
 * `rdfDirection: 'i18n-datatype'`, as the eddsa-rdfc-2022 cryptosuite (and so the library) does; the
 * helper leaves it unset, where safe mode refuses every `@direction`.
 */
export async function referenceCanonize(doc: object, documentLoader: DocumentLoader = pinnedLoader): Promise<string> {
  if (!JSON.stringify(doc).includes('"@direction"')) return canonize(doc, documentLoader)
  const options = { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader, rdfDirection: 'i18n-datatype' }
  return (await jsonld.canonize(doc as jsonld.JsonLdDocument, options as unknown as jsonld.Options.Normalize)) as unknown as string
}

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** `arb` in `percent`% of the runs, otherwise undefined (the key is left out). Shrinks to absent. */
function maybe<T>(arb: fc.Arbitrary<T>, percent = 40): fc.Arbitrary<T | undefined> {
  return fc.oneof({ arbitrary: fc.constant(undefined), weight: 100 - percent }, { arbitrary: arb, weight: percent })
}

/**
 * An object from a record of arbitraries; keys whose value is undefined are left out. A plain object
 * (`Object.prototype`, as `JSON.parse` makes them), not fast-check's null-prototype record.
 */
function object(fields: Record<string, fc.Arbitrary<JsonValue | undefined>>): fc.Arbitrary<JsonObject> {
  return fc.record(fields).map((record) => {
    const out: JsonObject = {}
    for (const [key, value] of Object.entries(record)) if (value !== undefined) out[key] = value
    return out
  })
}

/** Sometimes a single value, sometimes an array of one. */
function oneOrArray<T extends JsonValue>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | T[]> {
  return fc.oneof(arb, arb.map((v) => [v]))
}

/** An array of `item`, sometimes with its first entry repeated (a deep copy, as JSON would have it). */
function arrayWithDuplicates<T extends JsonValue>(item: fc.Arbitrary<T>, maxLength: number, minLength = 0): fc.Arbitrary<T[]> {
  return fc.tuple(fc.array(item, { minLength, maxLength }), fc.oneof({ arbitrary: fc.constant(0), weight: 4 }, { arbitrary: fc.integer({ min: 1, max: 2 }), weight: 1 }))
    .map(([items, copies]) => (items.length === 0 ? items : [...items, ...Array.from({ length: copies }, () => structuredClone(items[0] as T))]))
}

/** A `type` value: the term, sometimes in an array, sometimes twice. */
function typeValue(...terms: [string, ...string[]]): fc.Arbitrary<string | string[]> {
  const [first] = terms
  // Fresh arrays each time: no array is shared between two places of a document.
  const fresh = (make: () => string | string[]): fc.Arbitrary<string | string[]> => fc.constant(null).map(make)
  return fc.oneof(
    { arbitrary: fresh(() => (terms.length === 1 ? first : [...terms])), weight: 3 },
    { arbitrary: fresh(() => [...terms]), weight: 3 },
    { arbitrary: fresh(() => [...terms, first]), weight: 1 },
    { arbitrary: fresh(() => [...terms].reverse()), weight: 1 },
  )
}

// --- strings ---------------------------------------------------------------------------------

/** Hand-picked strings: N-Quads escapes, control characters, astral and combining characters, RTL text. */
const SPECIAL_STRINGS = [
  '', ' ', 'Zorg & Welzijn', 'Café "De Zorg"', "Verpleegkundige 'thuis'", 'Back\\slash', 'Ends with backslash \\', '\\n is not a newline', '\\u0041 stays as is',
  'Line 1\nLine 2', 'CR\r\nLF', 'lone \r', 'Tab\tteken', '\b backspace \f form feed', '\u0000 NUL', '\u0001\u0002\u0003\u0004\u0005\u0006\u0007',
  '\u000b\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f', 'DEL \u007f', '\u0080\u009f C1 controls',
  '😀 emoji', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛', '𠀀𠀁 CJK extension B', '👩🏽‍🎓 ZWJ sequence', '🇳🇱 flag', 'e\u0301 combining acute', 'A\u030a\u0327 stacked marks', 'Ĳsselmeer', 'Ÿpsilon',
  'שלום עולם', 'مرحبا بالعالم', 'mixed עברית and English', '\u202eRLO override\u202c', 'mark\u200f\u200e', 'zero\u200bwidth', '\ufeffBOM', 'a\u2028b\u2029c',
  '"quoted"', '""', '\\"', '<b>html</b>', '<https://example.org/>', '_:b0', '_:c14n0', 'urn:uuid:4b1f6a0c-0b5e-4c8e-9d1e-000000000001', '@id', '@value',
  'true', 'false', '42', '-0', '1e21', 'null', ' leading and trailing ', '\uffff\ufffe', 'NL-nl', '日本語テキスト', 'Ελληνικά', 'Русский',
]

/** Characters strings are built from when they are generated character by character. */
const TRICKY_CHARS = [
  'a', 'Z', '0', ' ', '"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u00a0', 'é', 'e\u0301', '\u0301',
  '😀', '𝔘', '𠀀', 'ש', 'ع', '\u200f', '\u202e', '\u2028', '<', '>', '{', '}', '|', '^', '`', '_', ':', '#', '@',
]

/** Literal text: hand-picked, any code points (controls included), graphemes, or tricky characters. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 24 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...TRICKY_CHARS), maxLength: 16 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }), weight: 2 },
)

/** Language tags jsonld.js accepts (it lower-cases them), in several casings. */
const languageTag = fc.constantFrom('nl', 'en', 'en-GB', 'NL', 'nl-NL', 'en-gb', 'EN-GB', 'de', 'fr-BE', 'fy', 'zh-Hant-TW', 'ar', 'he', 'x-klingon', 'sgn-BE-FR')

/** `{ "@value": text, "@language": tag }`. */
const languageString: fc.Arbitrary<JsonObject> = object({ '@value': text, '@language': languageTag })

/** A human-readable value: a string, a language-tagged value object, a plain value object, or several. */
const displayText: fc.Arbitrary<JsonValue> = fc.oneof(
  { arbitrary: text, weight: 8 },
  { arbitrary: languageString, weight: 3 },
  { arbitrary: text.map((v): JsonObject => ({ '@value': v })), weight: 1 },
  { arbitrary: arrayWithDuplicates(languageString, 3, 1), weight: 2 },
  { arbitrary: fc.array(fc.oneof(text, languageString), { minLength: 0, maxLength: 3 }), weight: 1 },
)

// --- numbers, booleans, dates ------------------------------------------------------------------

/** Numbers with interesting RDF forms: integers, doubles (canonical `1.0E0` form), `-0`, big and tiny values. */
export const number: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 3 },
  {
    arbitrary: fc.constantFrom(0, -0, 0.1, 0.5, 1.5, -2.5, 42.0, 100, 1e21, 1e20, 123456789012345680000, 1.5e-7, -1e-7, 1 / 3, 2 / 3, 9007199254740991, 9007199254740993,
      2 ** 53, 2 ** 64, -(2 ** 63), 1e300, -1e300, 5e-324, 1.7976931348623157e308, 0.000001, 1e-6, 123.456, 4.35, 240, 60, 7.5),
    weight: 3,
  },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
)

/** A date-time string as the contexts type it (xsd:dateTime): with and without fractions and offsets. */
export const dateTime: fc.Arbitrary<string> = fc.tuple(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true }),
  fc.constantFrom('Z', 'millis', '+01:00', '-05:30', 'bare'),
).map(([date, form]) => {
  const iso = date.toISOString()
  if (form === 'millis') return iso
  const seconds = iso.replace(/\.\d{3}Z$/, '')
  return form === 'Z' ? `${seconds}Z` : form === 'bare' ? seconds : `${seconds}${form}`
})

/** A date (xsd:date terms): a date, or a date-time as the OB examples write `activityStartDate`. */
const date: fc.Arbitrary<string> = fc.oneof(dateTime.map((s) => s.slice(0, 10)), dateTime)

/** A numeric value, or the same as a string (both are fine for JSON-LD). */
const numberOrString: fc.Arbitrary<number | string> = fc.oneof(number, number.map(String), text)

// --- identifiers -------------------------------------------------------------------------------

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const base58 = (min: number, max: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...BASE58), minLength: min, maxLength: max })
const pathSegment = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_.~'), minLength: 1, maxLength: 10 })

const uuidIri = fc.uuid().map((u) => `urn:uuid:${u}`)
const httpsIri = fc.tuple(
  fc.constantFrom('https://example.edu', 'https://school.example.nl', 'https://1edtech.edu', 'http://example.com', 'https://xn--bcher-kva.example', 'https://example.org:8443'),
  fc.array(pathSegment, { maxLength: 3 }),
  maybe(pathSegment.map((q) => `?q=${q}&x=1`), 15),
  maybe(pathSegment.map((f) => `#${f}`), 15),
).map(([host, segments, query, fragment]) => `${host}/${segments.join('/')}${query ?? ''}${fragment ?? ''}`)
export const didKey = base58(44, 44).map((k) => `did:key:z6Mk${k}`)
const didIri = fc.oneof(didKey, pathSegment.map((s) => `did:example:${s}`), fc.constantFrom('did:web:school.example.nl', 'did:web:example.org%3A8443:issuers:1'))
/** Absolute IRIs that need N-Quads IRI escapes or are otherwise unusual, but that jsonld.js accepts. */
const oddIri = fc.constantFrom(
  'https://example.org/a{b}|c^d`e', 'https://example.org/ünïcödé/😀', 'https://example.org/<angle>', 'https://example.org/q?x="y"&z=\\w', 'tag:example.org,2024:badge',
  'mailto:student@example.nl', 'https://example.org/%20pct%E2%82%AC', 'HTTPS://EXAMPLE.ORG/UPPER', 'urn:isbn:9780306406157', 'https://example.org/#', 'urn:x:',
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'https://example.org/עברית', 'x:y',
)

/** An absolute IRI for a node id. */
export const iri: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: uuidIri, weight: 4 },
  { arbitrary: httpsIri, weight: 4 },
  { arbitrary: didIri, weight: 3 },
  { arbitrary: oddIri, weight: 1 },
)

/** A did:key verification method URL (`did:key:z…#z…`). */
export const verificationMethod: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: didKey.map((did) => `${did}#${did.slice('did:key:'.length)}`), weight: 3 },
  { arbitrary: httpsIri.map((u) => `${u.replace(/#.*$/, '')}#key-1`), weight: 1 },
)

const proofValue = base58(86, 88).map((s) => `z${s}`)

// ---------------------------------------------------------------------------------------------
// OB 3.0 objects (terms from ob-v3p0-context-3.0.3.json, vc v2 and data-integrity v2)
// ---------------------------------------------------------------------------------------------

/** An `image`: an IRI, or an Image object with or without id. */
const image: fc.Arbitrary<JsonValue> = fc.oneof(
  iri,
  object({ id: iri, type: typeValue('Image'), caption: maybe(displayText) }),
  object({ id: maybe(iri, 60), type: typeValue('Image'), caption: displayText }),
)

/** IdentifierEntry (otherIdentifier). */
const identifierEntry = object({
  type: typeValue('IdentifierEntry'),
  identifier: fc.oneof(text, fc.constantFrom('12345678', '30RK', 'BRIN:00AA', 'urn:schac:home:example.nl')),
  identifierType: fc.constantFrom('sourcedId', 'systemId', 'productId', 'userName', 'accountId', 'emailAddress', 'nationalIdentityNumber', 'isbn', 'issn', 'lisSourcedId',
    'oneRosterSourcedId', 'sisSourcedId', 'ltiContextId', 'ltiDeploymentId', 'ltiToolId', 'ltiPlatformId', 'ltiUserId', 'identifier', 'ext:BRIN'),
})

const geoCoordinates = object({ type: typeValue('GeoCoordinates'), latitude: number, longitude: number })

/** Address (Profile.address); at least the type and one field. */
const address = object({
  type: typeValue('Address'),
  addressCountry: fc.oneof(text, fc.constant('Nederland')),
  addressCountryCode: maybe(fc.constantFrom('NL', 'BE', 'DE', 'nl')),
  addressLocality: maybe(text),
  addressRegion: maybe(text),
  postalCode: maybe(fc.constantFrom('1234 AB', '9712CP', '')),
  streetAddress: maybe(text),
  postOfficeBoxNumber: maybe(fc.oneof(text, number.map(String))),
  geo: maybe(geoCoordinates, 20),
})

/** Profile (issuer, creator, source, parentOrg); `depth` bounds parentOrg nesting. */
function profile(depth: number, idRequired: boolean, id: fc.Arbitrary<string> = iri): fc.Arbitrary<JsonObject> {
  return object({
    id: idRequired ? id : maybe(id, 70),
    type: typeValue('Profile'),
    name: maybe(displayText, 85),
    description: maybe(displayText, 25),
    url: maybe(fc.oneof(httpsIri, text), 30),
    email: maybe(fc.constantFrom('info@example.nl', 'student@example.edu', ''), 20),
    phone: maybe(fc.constantFrom('+31 20 123 4567', '1-222-333-4444'), 15),
    address: maybe(address, 20),
    otherIdentifier: maybe(arrayWithDuplicates(identifierEntry, 3), 25),
    image: maybe(image, 20),
    official: maybe(fc.oneof(text, fc.boolean()), 10),
    givenName: maybe(displayText, 10),
    familyName: maybe(displayText, 10),
    familyNamePrefix: maybe(fc.constantFrom('van', 'de', 'van der', "in 't"), 10),
    additionalName: maybe(text, 5),
    honorificPrefix: maybe(text, 5),
    honorificSuffix: maybe(text, 5),
    patronymicName: maybe(text, 5),
    dateOfBirth: maybe(date, 10),
    parentOrg: depth > 0 ? maybe(profile(depth - 1, false), 20) : fc.constant(undefined),
  })
}

/** Alignment. */
const alignment = object({
  type: typeValue('Alignment'),
  targetName: displayText,
  targetUrl: fc.oneof(httpsIri, oddIri),
  targetDescription: maybe(displayText, 40),
  targetCode: maybe(fc.oneof(text, fc.constantFrom('degree', 'ESCO-326809fc'))),
  targetFramework: maybe(text),
  targetType: maybe(fc.constantFrom('ceasn:Competency', 'ceterms:Credential', 'CFItem', 'CFRubric', 'CFRubricCriterion', 'CFRubricCriterionLevel', 'CTDL', 'ext:ESCO')),
})

const alignments = arrayWithDuplicates(alignment, 3)

/** RubricCriterionLevel (ResultDescription.rubricCriterionLevel, a @set). */
const rubricCriterionLevel = object({
  id: iri,
  type: typeValue('RubricCriterionLevel'),
  name: displayText,
  description: maybe(displayText),
  level: maybe(text),
  points: maybe(numberOrString),
  alignment: maybe(alignments, 20),
})

/** ResultDescription; `allowedValue` is the context's only `@list` term (arrays, one string, empty lists). */
const resultDescription = object({
  id: iri,
  type: typeValue('ResultDescription'),
  name: displayText,
  resultType: fc.constantFrom('GradePointAverage', 'LetterGrade', 'Percent', 'PerformanceLevel', 'PredictedScore', 'RawScore', 'Result', 'RubricCriterion', 'RubricCriterionLevel',
    'RubricScore', 'ScaledScore', 'Status', 'ext:Grade'),
  allowedValue: maybe(fc.oneof(arrayWithDuplicates(fc.oneof(text, fc.constantFrom('A', 'B', 'C', 'voldoende', 'goed'), number), 5), text), 50),
  requiredLevel: maybe(iri, 25),
  requiredValue: maybe(numberOrString, 25),
  rubricCriterionLevel: maybe(arrayWithDuplicates(rubricCriterionLevel, 3), 40),
  valueMax: maybe(numberOrString, 25),
  valueMin: maybe(numberOrString, 25),
  alignment: maybe(alignments, 15),
})

/** Result (AchievementSubject.result); `resultDescription` and `achievedLevel` are xsd:anyURI literals here. */
const result = object({
  type: typeValue('Result'),
  resultDescription: maybe(iri, 60),
  achievedLevel: maybe(iri, 30),
  status: maybe(fc.constantFrom('Completed', 'Enrolled', 'Failed', 'InProgress', 'OnHold', 'Provisional', 'Withdrew')),
  value: maybe(numberOrString, 60),
  alignment: maybe(alignments, 15),
})

/** IdentityObject (AchievementSubject.identifier); `hashed` is xsd:boolean-typed. */
const identityObject = object({
  type: typeValue('IdentityObject'),
  identityHash: fc.oneof(text, base58(20, 40).map((h) => `sha256$${h}`), fc.constant('student@example.nl')),
  identityType: fc.constantFrom('emailAddress', 'studentId', 'name', 'sourcedId', 'ext:eduID', 'identifier'),
  hashed: fc.oneof({ arbitrary: fc.boolean(), weight: 5 }, { arbitrary: fc.constantFrom('true', 'false', 'TRUE', '1'), weight: 1 }),
  salt: maybe(text, 50),
})

/** Evidence. */
const evidence = object({
  id: maybe(iri, 60),
  type: typeValue('Evidence'),
  name: maybe(displayText, 60),
  description: maybe(displayText),
  narrative: maybe(displayText),
  genre: maybe(fc.constantFrom('Research', 'Portfolio', 'Assessment')),
  audience: maybe(text, 20),
})

/** Related (Achievement.related). */
const related = object({ id: iri, type: typeValue('Related'), version: maybe(text), inLanguage: maybe(languageTag) })

/** Criteria: the term is @type @id, so an object with a narrative and/or id. */
const criteria = fc.oneof(
  object({ narrative: displayText }),
  object({ id: iri, narrative: maybe(displayText, 50) }),
)

/** A DataIntegrityProof as signed credentials carry it. */
const proof: fc.Arbitrary<JsonObject> = object({
  type: fc.constant('DataIntegrityProof'),
  cryptosuite: fc.constant('eddsa-rdfc-2022'),
  created: dateTime,
  verificationMethod,
  proofPurpose: fc.constant('assertionMethod'),
  proofValue,
})

/** An EndorsementCredential (with a proof array most of the time), sometimes with its own @context. */
const endorsementCredential: fc.Arbitrary<JsonObject> = object({
  '@context': maybe(fc.constant(null).map(() => [VC_V2, OB_V303]), 40),
  id: iri,
  type: fc.oneof(typeValue('VerifiableCredential', 'EndorsementCredential')),
  name: displayText,
  description: maybe(displayText, 20),
  issuer: fc.oneof(iri, profile(0, true)),
  validFrom: dateTime,
  validUntil: maybe(dateTime, 30),
  credentialSubject: object({ id: iri, type: typeValue('EndorsementSubject'), endorsementComment: maybe(displayText, 70) }),
  proof: maybe(fc.oneof(fc.array(proof, { minLength: 1, maxLength: 2 }), proof), 80),
})

/** `endorsement` (a @set of EndorsementCredentials), present in about `percent`% of the places it may be. */
const endorsements = (percent: number): fc.Arbitrary<JsonValue[] | undefined> => maybe(fc.array(endorsementCredential, { minLength: 1, maxLength: 2 }), percent)

/** Terms of the microcredentials context's EducredentialAchievement type (when that context is listed). */
const educredentialFields = {
  assessmentType: maybe(fc.array(fc.constantFrom('Testing', 'Application of a skill', 'Portfolio'), { maxLength: 2 })),
  participationType: maybe(fc.constantFrom('Online', 'Blended', 'Onsite')),
  identityChecked: maybe(fc.oneof(fc.boolean(), fc.constant('true'))),
  levelVerified: maybe(fc.boolean()),
  ECTS: maybe(number),
  SBU: maybe(number),
  sector: maybe(fc.constantFrom('mbo', 'hbo', 'wo')),
  stackableTowards: maybe(fc.array(iri, { maxLength: 2 }), 20),
}

/** Achievement; with `educredential` also typed EducredentialAchievement with some of its terms. */
function achievement(educredential: boolean, creatorId: fc.Arbitrary<string>): fc.Arbitrary<JsonObject> {
  return object({
    id: maybe(iri, 92),
    type: educredential ? typeValue('Achievement', 'EducredentialAchievement') : typeValue('Achievement'),
    name: displayText,
    description: maybe(displayText, 80),
    criteria: maybe(criteria, 80),
    image: maybe(image, 30),
    achievementType: maybe(fc.constantFrom('Badge', 'Certificate', 'Course', 'Degree', 'MicroCredential', 'ext:Microcredential', 'Competency')),
    alignment: maybe(alignments, 35),
    creator: maybe(profile(2, false, creatorId), 50),
    creditsAvailable: maybe(fc.oneof(number, number.map(String)), 25),
    fieldOfStudy: maybe(text, 20),
    humanCode: maybe(text, 20),
    otherIdentifier: maybe(arrayWithDuplicates(identifierEntry, 2), 15),
    related: maybe(fc.array(related, { maxLength: 2 }), 10),
    resultDescription: maybe(arrayWithDuplicates(resultDescription, 2), 25),
    specialization: maybe(text, 10),
    tag: maybe(arrayWithDuplicates(text, 4), 30),
    version: maybe(text, 10),
    inLanguage: maybe(languageTag, 25),
    endorsement: endorsements(3),
    ...(educredential ? educredentialFields : {}),
  })
}

/** AchievementSubject: with or without id. */
function achievementSubject(educredential: boolean, creatorId: fc.Arbitrary<string>): fc.Arbitrary<JsonObject> {
  return object({
    id: maybe(iri, 75),
    type: typeValue('AchievementSubject'),
    achievement: achievement(educredential, creatorId),
    identifier: maybe(arrayWithDuplicates(identityObject, 2), 30),
    result: maybe(arrayWithDuplicates(result, 3), 25),
    activityStartDate: maybe(date, 20),
    activityEndDate: maybe(date, 20),
    creditsEarned: maybe(fc.oneof(number, number.map(String)), 20),
    licenseNumber: maybe(text, 10),
    role: maybe(text, 10),
    term: maybe(text, 10),
    source: maybe(profile(0, false), 10),
    image: maybe(image, 10),
    name: maybe(displayText, 10),
  })
}

/** credentialSchema / credentialStatus / refreshService, with the extensions context's types when it is listed. */
function vcServices(extensions: boolean): Record<string, fc.Arbitrary<JsonValue | undefined>> {
  const jsonSchema = object({ id: httpsIri, type: fc.constant('JsonSchema') })
  const schema1EdTech = object({ id: httpsIri, type: fc.constant('1EdTechJsonSchemaValidator2019') })
  const bitstring = object({
    id: maybe(httpsIri.map((u) => `${u.replace(/#.*$/, '')}#94567`), 70),
    type: fc.constant('BitstringStatusListEntry'),
    statusPurpose: fc.constantFrom('revocation', 'suspension'),
    statusListIndex: fc.nat({ max: 131071 }).map(String),
    statusListCredential: httpsIri,
  })
  return {
    credentialSchema: maybe(oneOrArray(extensions ? fc.oneof(schema1EdTech, jsonSchema) : jsonSchema), 30),
    credentialStatus: maybe(extensions ? fc.oneof(bitstring, object({ id: httpsIri, type: fc.constant('1EdTechRevocationList') })) : bitstring, 25),
    refreshService: extensions ? maybe(object({ id: httpsIri, type: fc.constant('1EdTechCredentialRefresh') }), 15) : fc.constant(undefined),
  }
}

/**
 * A valid JSON-LD Open Badges 3.0 credential (unsigned): contexts VCDM 2.0 + OB 3.0.3 (+ sometimes the
 * OB extensions, microcredentials and Data Integrity v2 contexts); names and descriptions as strings,
 * language-tagged values or arrays of them; nested profiles, alignments, results, result descriptions
 * (with the `@list` term `allowedValue`), evidence, identity objects, duplicated array entries, empty
 * arrays, optional fields missing, and sometimes endorsements that carry DataIntegrityProof arrays.
 */
export function obCredential(): fc.Arbitrary<JsonObject> {
  return contextChoice.chain((choice) => {
    // The issuer id, reused for the achievement creator in some runs (the same node described twice).
    return iri.chain((issuerId) => object({
      '@context': fc.constant(null).map(() => contextArray(choice)),
      id: maybe(iri, 85),
      type: fc.oneof(typeValue('VerifiableCredential', 'OpenBadgeCredential'), typeValue('VerifiableCredential', 'AchievementCredential'),
        typeValue('VerifiableCredential', 'OpenBadgeCredential', 'AchievementCredential')),
      name: maybe(displayText, 80),
      description: maybe(displayText, 40),
      image: maybe(image, 25),
      issuer: fc.oneof({ arbitrary: fc.constant(issuerId), weight: 1 }, { arbitrary: profile(2, true, fc.constant(issuerId)), weight: 3 }),
      validFrom: maybe(dateTime, 85),
      validUntil: maybe(dateTime, 25),
      awardedDate: maybe(dateTime, 25),
      credentialSubject: achievementSubject(choice.microcredentials, fc.oneof(fc.constant(issuerId), iri)),
      evidence: maybe(fc.oneof(arrayWithDuplicates(evidence, 3), evidence), 25),
      endorsement: endorsements(5),
      ...vcServices(choice.extensions),
    }))
  })
}

/**
 * The proof options an eddsa-rdfc-2022 proof hashes: `{ '@context', type, cryptosuite, created,
 * verificationMethod, proofPurpose }` with the contexts of a credential, sometimes with the optional
 * DataIntegrityProof terms (id, expires, domain, challenge, nonce, previousProof).
 */
export function dataIntegrityProofConfig(): fc.Arbitrary<JsonObject> {
  return contextChoice.chain((choice) => object({
    '@context': fc.constant(null).map(() => contextArray(choice)),
    id: maybe(uuidIri, 5),
    type: fc.constant('DataIntegrityProof'),
    cryptosuite: fc.constant('eddsa-rdfc-2022'),
    created: dateTime,
    expires: maybe(dateTime, 5),
    verificationMethod,
    proofPurpose: fc.oneof({ arbitrary: fc.constant('assertionMethod'), weight: 9 }, { arbitrary: fc.constant('authentication'), weight: 1 }),
    domain: maybe(fc.constantFrom('example.nl', 'https://verifier.example'), 5),
    challenge: maybe(text, 5),
    nonce: maybe(base58(8, 16), 5),
    previousProof: maybe(oneOrArray(uuidIri), 5),
  }))
}

// ---------------------------------------------------------------------------------------------
// Hostile variants
// ---------------------------------------------------------------------------------------------

/** A hostile input and the edit that made it (for failure messages). */
export interface HostileInput {
  edit: string
  input: JsonObject
}

/** A node object inside `root` (root included) that an edit may change: not a value object, not a @context. */
function nodeObjects(root: JsonObject): JsonObject[] {
  const out: JsonObject[] = []
  const visit = (value: JsonValue, key: string | null): void => {
    if (key === '@context' || value === null || typeof value !== 'object') return
    if (Array.isArray(value)) {
      for (const v of value) visit(v, key)
      return
    }
    if ('@value' in value) return
    out.push(value)
    for (const [k, v] of Object.entries(value)) visit(v, k)
  }
  visit(root, null)
  return out
}

/** Sets an own enumerable property, also for `__proto__` (which plain assignment would not create). */
function setOwn(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Renames `from` to `to` in place, keeping the value. */
function rename(target: JsonObject, from: string, to: string): void {
  if (!(from in target)) return
  const value = target[from] as JsonValue
  delete target[from]
  setOwn(target, to, value)
}

type Edit = (node: JsonObject, root: JsonObject, pick: number) => JsonObject | void

const pickFrom = <T>(items: readonly T[], pick: number): T => items[pick % items.length] as T

/** Keys no pinned context defines, including prototype names a lookup table could trip over. */
const UNKNOWN_KEYS = ['fooBar', 'Name', 'Description', 'ID', 'Type', 'credentialsubject', 'nam', 'alignment_', ' name', 'name ', 'constructor', '__proto__', 'toString',
  'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__defineGetter__', '@foo', '@Context', '']
/** Relative or malformed ids (safe mode: relative @id reference / invalid @id). */
const RELATIVE_IDS: JsonValue[] = ['foo', '', './x', '#frag', 'foo/bar', '../up', '?q=1', 'https://exa mple.org/x', ' urn:uuid:1', 'urn:uuid:1 ', 'constructor', '__proto__', '@id',
  '@type', '@foo', 42, true, null, ['urn:uuid:1'], { id: 'urn:uuid:1' }]
/** Types no pinned context defines (relative @type), prototype names, keywords, and non-strings. */
const BAD_TYPES: JsonValue[] = ['FooType', 'openbadgecredential', 'constructor', 'toString', '__proto__', '@json', '@id', '@none', '_:b0', '', 5, null, [null], { '@id': 'x' },
  ['Achievement', 'Unknown']]
/** Valid JSON-LD that is unusual in credentials. */
const VALID_ODDITIES: Array<[string, Edit]> = [
  ['blank node id', (n, _r, p) => { n.id = pickFrom(['_:b1', '_:b0', '_:c14n0', '_:x y'], p) }],
  ['@id keyword key', (n) => rename(n, 'id', '@id')],
  ['@type keyword key', (n) => rename(n, 'type', '@type')],
  ['full IRI property', (n, _r, p) => { setOwn(n, pickFrom(['https://schema.org/name', 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#narrative', 'http://example.org/p'], p), 'x') }],
  ['undefined prefix (absolute IRI key)', (n) => { setOwn(n, 'ex:foo', 'bar') }],
  ['full IRI type', (n) => { n.type = [...(Array.isArray(n.type) ? n.type : n.type === undefined ? [] : [n.type]), 'https://example.org/CustomType'] }],
  ['inline context with prefix', (n) => { n['@context'] = { ex: 'https://example.org/ns#' }; n['ex:extra'] = 'value' }],
  ['inline context with @vocab', (n) => { n['@context'] = { '@vocab': 'https://example.org/vocab#' }; n.customTerm = 'value' }],
  ['inline context with @base', (n) => { n['@context'] = { '@base': 'https://example.org/base/' }; n.id = 'relative' }],
  ['inline context with @language', (n) => { n['@context'] = { '@language': 'nl' }; n.description = 'Tekst' }],
  ['inline context with a JSON literal term', (n) => { n['@context'] = { data: { '@id': 'https://example.org/data', '@type': '@json' } }; n.data = { b: [1, 'x', null], a: true } }],
  ['inline context URL array', (n) => { n['@context'] = [VC_V2, OB_V303] }],
  ['@json value object', (n) => { n.description = { '@value': { z: 1, a: [0.5, 'é'] }, '@type': '@json' } }],
  ['typed value object', (n, _r, p) => { n.description = { '@value': '2024-01-01', '@type': pickFrom(['http://www.w3.org/2001/XMLSchema#date', 'xsd:date', 'https://example.org/dt'], p) } }],
  ['@graph key', (n) => { n['@graph'] = [{ id: 'urn:uuid:00000000-0000-4000-8000-000000000001', name: 'in a named graph' }] }],
  ['@reverse key', (n) => { n['@reverse'] = { 'https://schema.org/knows': { id: 'urn:uuid:00000000-0000-4000-8000-000000000002' } } }],
  ['@nest key', (n) => { n['@nest'] = { name: 'nested name' } }],
  ['@included key', (n) => { n['@included'] = [{ id: 'urn:uuid:00000000-0000-4000-8000-000000000003', name: 'included' }] }],
  ['@index key', (n) => { n['@index'] = 'idx' }],
  ['explicit @list', (n) => { n.tag = { '@list': ['a', 'b', 'a'] } }],
  ['explicit @set', (n) => { n.tag = { '@set': ['a', 'b'] } }],
  ['nested array', (n) => { n.tag = [['a', 'b'], 'c'] }],
  ['empty nested object', (n) => { n.description = {} }],
  ['lone surrogate', (n) => { n.name = 'x\ud800y\udc00' }],
  ['proof on the credential', (_n, r) => { r.proof = [{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', created: '2025-01-01T00:00:00Z', verificationMethod: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', proofPurpose: 'assertionMethod', proofValue: 'z5C5b4uPsGMx' }] }],
  ['context order swapped', (_n, r) => { r['@context'] = [OB_V303, VC_V2] }],
  ['context listed twice', (_n, r) => { r['@context'] = [VC_V2, OB_V303, OB_V303] }],
  ['string @context', (_n, r) => { r['@context'] = VC_V2 }],
  ['older OB context', (_n, r) => { r['@context'] = [VC_V2, 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json'] }],
  ['non-string value under an @id term', (n) => { n.image = 5 }],
]
/** Edits jsonld.js safe mode (or its syntax checks, or the offline loader) refuses. */
const REJECTED: Array<[string, Edit]> = [
  ['unknown term', (n, _r, p) => { setOwn(n, pickFrom(UNKNOWN_KEYS, p), 'x') }],
  ['unknown term holding an object', (n, _r, p) => { setOwn(n, pickFrom(UNKNOWN_KEYS, p), { id: 'urn:uuid:00000000-0000-4000-8000-000000000004' }) }],
  ['relative or malformed id', (n, _r, p) => { n.id = pickFrom(RELATIVE_IDS, p) }],
  ['unknown or malformed type', (n, _r, p) => { n.type = pickFrom(BAD_TYPES, p) }],
  ['relative IRI under an @id term', (n, _r, p) => { n.image = pickFrom(['foo.png', '', 'constructor', '#x'], p) }],
  ['null @value', (n, _r, p) => { n.description = pickFrom<JsonObject>([{ '@value': null }, { '@value': null, '@language': 'nl' }], p) }],
  ['invalid language tag', (n, _r, p) => { n.name = { '@value': 'x', '@language': pickFrom(['en us', '', 'nl_NL', '123456789', 'toolongtag1', '-nl', 5], p) } }],
  ['@direction (no rdfDirection)', (n) => { n.name = { '@value': 'مرحبا', '@language': 'ar', '@direction': 'rtl' } }],
  ['value object with an extra key', (n, _r, p) => { n.name = { '@value': 'x', [pickFrom(['foo', 'id', '@id', '@context'], p)]: 'y' } }],
  ['value object with @type and @language', (n) => { n.name = { '@value': 'x', '@type': 'https://example.org/t', '@language': 'nl' } }],
  ['value object with a relative datatype', (n) => { n.name = { '@value': 'x', '@type': 'foo' } }],
  ['value object with @type @id', (n) => { n.name = { '@value': 'x', '@type': '@id' } }],
  ['@value holding an object', (n) => { n.name = { '@value': { a: 1 } } }],
  ['object with only @language', (n) => { n.name = { '@language': 'nl' } }],
  ['only id at the top', (_n, r) => ({ '@context': r['@context'] as JsonValue, id: 'urn:uuid:00000000-0000-4000-8000-000000000005' })],
  ['empty document', (_n, r) => ({ '@context': r['@context'] as JsonValue })],
  ['proof with only an id (graph container)', (_n, r) => { r.proof = { id: 'urn:uuid:00000000-0000-4000-8000-000000000006' } }],
  ['empty proof (graph container)', (_n, r) => { r.proof = [{}] }],
  ['proof holding a string', (_n, r) => { r.proof = 'z5C5b4uPsGMx' }],
  ['@graph holding an empty object', (_n, r) => { r['@graph'] = [{}] }],
  ['@graph holding a scalar', (_n, r) => { r['@graph'] = ['free-floating'] }],
  ['@reverse holding a string', (n) => { n['@reverse'] = 'x' }],
  ['@reverse with an unknown term', (n) => { n['@reverse'] = { unknownTerm: { id: 'urn:uuid:00000000-0000-4000-8000-000000000007' } } }],
  ['@nest holding a string', (n) => { n['@nest'] = 'x' }],
  ['inline context redefining a protected term', (n) => { n['@context'] = { name: 'https://example.org/name' }; n.name = 'x' }],
  ['inline null context', (n) => { n['@context'] = null }],
  ['inline context with a relative term', (n) => { n['@context'] = { foo: 'relative' }; n.foo = 'x' }],
  ['unpinned context', (_n, r) => { r['@context'] = [VC_V2, OB_V303, 'https://example.org/unpinned-context.jsonld'] }],
  ['only the VCDM context', (_n, r) => { r['@context'] = [VC_V2] }],
  ['VCDM 1.1 context', (_n, r) => { r['@context'] = ['https://www.w3.org/2018/credentials/v1', OB_V303] }],
  ['relative IRI as a @vocab value', (n, _r, p) => { n.proofPurpose = pickFrom(['notAPurpose', 'constructor', '__proto__'], p) }],
]

/**
 * A generated credential with one edit at a random node: valid-but-unusual JSON-LD (blank node ids,
 * inline contexts, keywords as keys, JSON literals, nested arrays, a proof on the credential, ...),
 * or input jsonld.js safe mode rejects (unknown terms incl. prototype names, relative ids and types,
 * null `@value`, invalid language tags, `@direction`, an empty or id-only top-level or graph object,
 * protected-term redefinition, unpinned contexts, ...). About a third of the runs apply two edits.
 */
export function hostileVariant(): fc.Arbitrary<HostileInput> {
  const edits = [...VALID_ODDITIES, ...REJECTED]
  const step = fc.tuple(fc.nat({ max: edits.length - 1 }), fc.nat(), fc.nat())
  return fc.tuple(obCredential(), fc.oneof({ arbitrary: fc.array(step, { minLength: 1, maxLength: 1 }), weight: 2 }, { arbitrary: fc.array(step, { minLength: 2, maxLength: 2 }), weight: 1 }))
    .map(([credential, steps]) => {
      // The generated value may be reused while shrinking: edit a copy.
      let input = structuredClone(credential)
      const names: string[] = []
      for (const [which, where, pick] of steps) {
        const [name, edit] = edits[which] as [string, Edit]
        const nodes = nodeObjects(input)
        const replaced = edit(pickFrom(nodes, where), input, pick)
        if (replaced) input = replaced
        names.push(name)
      }
      return { edit: names.join(' + '), input }
    })
}
