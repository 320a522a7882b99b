/**
 * Internal: what a badge shows, from the facts of a credential.
 *
 * @module render
 */
import { QUALITY_FRAMEWORKS } from '../model/quality-frameworks.js'
import type { CredentialView } from './credential-view.js'
import { imageDataUrlProblem } from './image-data-url.js'

/** The facts drawn on a badge (raw strings; the drawing sanitises and escapes them). */
export interface BadgeFacts {
  name: string
  issuerName: string
  /** What the issuer colour is derived from. */
  colourSeed: string
  microcredential: boolean
  /** `mbo`, `hbo`, `wo`, `hbo/wo` or another short sector name; `undefined` when unknown. */
  sector?: string
  /** The names of the quality agreements, in order. */
  frameworks: string[]
  /** A checked image data URL, or `undefined` for the generated emblem. */
  image?: string
}

/** True when `input` is a `MicrocredentialSpec` rather than a credential. */
export function isSpec(input: Record<string, unknown>): boolean {
  return 'achievement' in input && 'recipient' in input && !('credentialSubject' in input) && !('@context' in input)
}

const KNOWN_SECTORS = ['mbo', 'hbo', 'wo']

/** The sector to show: the `sector` term, else the one the pilot quality agreement implies. */
function sectorOf(view: CredentialView): string | undefined {
  const sector = view.sector?.trim()
  if (sector !== undefined && KNOWN_SECTORS.includes(sector.toLowerCase())) return sector.toLowerCase()
  if (sector !== undefined && Array.from(sector).length <= 8) return sector
  const urls = view.qualityAgreements.map((q) => q.url)
  const codes = view.qualityAgreements.map((q) => q.code)
  if (urls.includes(QUALITY_FRAMEWORKS['mbo-pilot'].url) || codes.includes('mbo-pilot')) return 'mbo'
  if (urls.includes(QUALITY_FRAMEWORKS['hbo-wo-pilot'].url) || codes.includes('hbo-wo-pilot')) return 'hbo/wo'
  return undefined
}

/** The facts of a badge; `image` is the caller's checked image, which wins over the credential's. */
export function badgeFacts(view: CredentialView, image: string | undefined): BadgeFacts {
  const candidates = [image, view.achievementImageDataUrlCandidate, view.issuer.imageDataUrlCandidate]
  const chosen = candidates.find((c) => c !== undefined && imageDataUrlProblem(c) === undefined)
  const issuerName = view.issuer.name ?? view.faculty?.name ?? ''
  return {
    name: view.achievementName ?? view.title ?? '',
    issuerName,
    colourSeed: view.issuer.name ?? view.issuer.id ?? '',
    microcredential: view.microcredential,
    sector: view.microcredential ? sectorOf(view) : undefined,
    frameworks: view.microcredential ? view.qualityAgreements.flatMap((q) => (q.name === undefined ? [] : [q.name])) : [],
    image: chosen,
  }
}
