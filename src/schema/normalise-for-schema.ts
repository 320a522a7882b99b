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
 * Wraps single values in arrays where the schema asked for an array (`type: 'array'` errors), in place
 * on a deep copy. Returns the JSON pointers it changed.
 */
export function wrapSingleValues(doc: unknown, errors: readonly ErrorObject[]): string[] {
  const changed: string[] = []
  for (const e of errors) {
    if (e.keyword !== 'type' || (e.params as { type?: unknown }).type !== 'array') continue
    const keys = e.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    const last = keys.pop()
    if (last === undefined) continue
    let parent: unknown = doc
    for (const k of keys) parent = (parent as Record<string, unknown> | undefined)?.[k]
    if (typeof parent !== 'object' || parent === null) continue
    const holder = parent as Record<string, unknown>
    if (holder[last] !== undefined && !Array.isArray(holder[last])) {
      holder[last] = [holder[last]]
      changed.push(e.instancePath)
    }
  }
  return changed
}
