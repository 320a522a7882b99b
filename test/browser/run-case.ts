/**
 * One verification case, runnable in Node and in the browser alike: the global setup runs every case
 * in Node and hands the cases with their Node reports to the browser tests, which run them again in
 * Chromium and compare. Everything here is plain data (structured-clone safe) and imports only the
 * verify entry's sources.
 */
import { createStatusChecker } from '../../src/status/create-status-checker.js'
import { verifyCredential, verifyPresentation, type ExpectedRecipient, type JwtAlgorithm, type VerifyLimits } from '../../src/verify/index.js'

/** The input as it travels between Node and the browser. */
export type CaseInput = { json: unknown } | { text: string } | { base64: string }

/** The serialisable options of a case. */
export interface CaseOptions {
  now: string
  documents?: Record<string, unknown>
  /** Status list credentials (by URL) for a status checker made the same way on both sides. */
  statusDocuments?: Record<string, unknown>
  expectedRecipient?: ExpectedRecipient
  jwtAlgorithms?: JwtAlgorithm[]
  limits?: Partial<VerifyLimits>
  expect?: 'open-badge' | 'endorsement'
  /** Set for presentations (verifyPresentation). */
  challenge?: string
  domain?: string
}

/** A case: what to verify, how, and what it must yield in both runtimes. */
export interface VerifyCase {
  name: string
  input: CaseInput
  options: CaseOptions
  /** `verified`, or a `check:CODE` the errors must hold (so parity alone cannot pass a broken verifier). */
  want: 'verified' | `${string}:${string}` | 'any'
}

/** What is compared between the runtimes: the verdict, every check's status and every error and warning code. */
export interface CaseReport {
  verified: boolean
  checks: string[]
  errors: string[]
  warnings: string[]
  /** Per enclosed credential, for presentations. */
  credentials?: CaseReport[]
}

/** Bytes from base64 without Buffer (runs in browsers). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text)
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

function inputOf(input: CaseInput): unknown {
  if ('json' in input) return structuredClone(input.json)
  if ('text' in input) return input.text
  return fromBase64(input.base64)
}

interface Reportable {
  verified: boolean
  checks: Array<{ id: string; status: string }>
  errors: Array<{ check: string; code: string }>
  warnings: Array<{ check: string; code: string }>
}

function report(r: Reportable): CaseReport {
  return {
    verified: r.verified,
    checks: r.checks.map((c) => `${c.id}:${c.status}`),
    errors: r.errors.map((e) => `${e.check}:${e.code}`),
    warnings: r.warnings.map((e) => `${e.check}:${e.code}`),
  }
}

/** Runs one case with the library's verify entry and reports it. */
export async function runCase(c: VerifyCase): Promise<CaseReport> {
  const { now, statusDocuments, challenge, domain, ...rest } = c.options
  const statusChecker = statusDocuments ? createStatusChecker({ documents: statusDocuments, now: () => new Date(now) }) : undefined
  const options = { ...rest, now, ...(statusChecker ? { statusChecker } : {}) }
  if (challenge !== undefined && domain !== undefined) {
    const r = await verifyPresentation(inputOf(c.input), { ...options, challenge, domain })
    return { ...report(r), credentials: r.credentials.map(report) }
  }
  return report(await verifyCredential(inputOf(c.input), options))
}
