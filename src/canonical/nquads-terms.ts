/**
 * Internal: RDF terms written as canonical N-Quads (RDFC-1.0 §4.1 / rdf-canonize): IRIs in angle
 * brackets, literals with ECHAR/UCHAR escapes, blank nodes as `_:label`; and the JSON-LD 1.1
 * "object to RDF" rules for native JSON values.
 *
 * @module canonical
 */

export const RDF_TYPE = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>'
export const RDF_FIRST = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#first>'
export const RDF_REST = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>'
export const RDF_NIL = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil>'
const XSD = 'http://www.w3.org/2001/XMLSchema#'
const XSD_STRING = `${XSD}string`
const XSD_BOOLEAN = `${XSD}boolean`
const XSD_INTEGER = `${XSD}integer`
const XSD_DOUBLE = `${XSD}double`

/** Absolute IRI or blank node identifier, as jsonld.js decides (`url.isAbsolute`). */
const ABSOLUTE = /^([A-Za-z][A-Za-z0-9+-.]*|_):[^\s]*$/

/** True when jsonld.js treats `value` as an absolute IRI (or a blank node identifier). */
export function isAbsolute(value: string): boolean {
  return ABSOLUTE.test(value)
}

// Literal escapes: \b \t \n \f \r \" \\ as ECHAR, other C0 controls and DEL as \uXXXX.
const LITERAL_ESCAPE = /[\u0000-\u001F\u007F"\\]/
const LITERAL_ESCAPES = new RegExp(LITERAL_ESCAPE.source, 'g')
const ECHAR: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' }
// IRI escapes: controls, space and <>"{}|^`\ as \uXXXX.
const IRI_ESCAPE = /[\u0000-\u0020<>"{}|^`\\]/
const IRI_ESCAPES = new RegExp(IRI_ESCAPE.source, 'g')

function uchar(c: string): string {
  return `\\u${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`
}

/** An IRI term: `<iri>`. */
export function iriTerm(iri: string): string {
  return `<${IRI_ESCAPE.test(iri) ? iri.replace(IRI_ESCAPES, uchar) : iri}>`
}

/** A literal term with a datatype IRI (plain `xsd:string` literals carry none) or a language tag. */
export function literalTerm(lexical: string, datatype: string, language?: string): string {
  const body = LITERAL_ESCAPE.test(lexical) ? lexical.replace(LITERAL_ESCAPES, (c) => ECHAR[c] ?? uchar(c)) : lexical
  if (language !== undefined) return `"${body}"@${language}`
  return datatype === XSD_STRING ? `"${body}"` : `"${body}"^^${iriTerm(datatype)}`
}

/** jsonld.js's test for a number written as a double: it has a `.` or is at least 1e21. */
function isDouble(value: number): boolean {
  return String(value).includes('.') || Math.abs(value) >= 1e21
}

/**
 * The literal for a native JSON value with an optional coerced datatype, by the JSON-LD 1.1
 * "Object to RDF Conversion" as jsonld.js implements it (booleans, doubles in canonical `1.5E0` form,
 * integers via `toFixed(0)`, strings).
 */
export function nativeLiteral(value: string | number | boolean, datatype: string | null): string {
  if (typeof value === 'boolean') return literalTerm(String(value), datatype ?? XSD_BOOLEAN)
  if ((typeof value === 'number' && isDouble(value)) || datatype === XSD_DOUBLE) {
    const n = typeof value === 'number' ? value : Number.parseFloat(value)
    return literalTerm(n.toExponential(15).replace(/(\d)0*e\+?/, '$1E'), datatype ?? XSD_DOUBLE)
  }
  if (typeof value === 'number') return literalTerm(value.toFixed(0), datatype ?? XSD_INTEGER)
  return literalTerm(value, datatype ?? XSD_STRING)
}
