import type { ErrorObject } from 'ajv'
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../contexts/urls.js'

/**
 * Brings a VCDM 1.1 credential into the VCDM 2.0 shape the 1EdTech schema checks: first context v2,
 * `issuanceDate` → `validFrom`, `expirationDate` → `validUntil`. Returns a copy.
 */
export function upgradeVcdm11(doc: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...doc }
  const ctx = copy['@context']
  if (Array.isArray(ctx) && ctx[0] === VC_V1_CONTEXT) copy['@context'] = [VC_V2_CONTEXT, ...ctx.slice(1)]
  if (copy.validFrom === undefined && copy.issuanceDate !== undefined) copy.validFrom = copy.issuanceDate
  if (copy.validUntil === undefined && copy.expirationDate !== undefined) copy.validUntil = copy.expirationDate
  delete copy.issuanceDate
  delete copy.expirationDate
  return copy
}

/**
 * Reconciles JSON-LD's equivalent shapes with the plain schema, in place on a deep copy: wraps a single
 * value in an array where the schema asked for an array, and unwraps a one-element array of a string
 * where it asked for a string (JSON-LD treats `"x"` and `["x"]` alike). Returns the JSON pointers changed.
 */
export function wrapSingleValues(doc: unknown, errors: readonly ErrorObject[]): string[] {
  const changed: string[] = []
  for (const e of errors) {
    const wanted = (e.params as { type?: unknown }).type
    if (e.keyword !== 'type' || (wanted !== 'array' && wanted !== 'string')) continue
    const keys = e.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    const last = keys.pop()
    if (last === undefined) continue
    let parent: unknown = doc
    for (const k of keys) parent = (parent as Record<string, unknown> | undefined)?.[k]
    if (typeof parent !== 'object' || parent === null) continue
    const holder = parent as Record<string, unknown>
    const value = holder[last]
    if (wanted === 'array' && value !== undefined && !Array.isArray(value)) {
      holder[last] = [value]
      changed.push(e.instancePath)
    } else if (wanted === 'string' && Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') {
      holder[last] = value[0]
      changed.push(e.instancePath)
    }
  }
  return changed
}
