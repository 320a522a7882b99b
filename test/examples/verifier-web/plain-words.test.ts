/**
 * The plain words of the verifier page (examples/verifier-web/src/plain-words.ts): every check and every
 * error code the verifier can report has words in English and Dutch, skipped reasons are explained, and
 * an unknown code falls back to the verifier's message.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkLines, checkName, errorWords, skippedWords } from '../../../examples/verifier-web/src/plain-words.js'
import type { Lang } from '../../../examples/verifier-web/src/lang.js'
import { verifyCredential, type CheckResult } from '../../../src/verify/index.js'
import { ROOT } from '../../helpers/fixtures.js'
import { signedBadge } from '../verifier-web-helpers.js'

const LANGS: Lang[] = ['en', 'nl']

/** The codes of `VerificationErrorCode`, read from its declaration so that a new code without words fails here. */
function declaredCodes(): string[] {
  const source = readFileSync(join(ROOT, 'src/verify/types.ts'), 'utf8')
  const declaration = /export type VerificationErrorCode =([\s\S]*?)\n\n/.exec(source)?.[1] ?? ''
  return [...declaration.matchAll(/\|\s*'([A-Z_]+)'/g)].map((m) => m[1] as string)
}

/** The literal reasons the credential verifier gives for skipping a check, read from src/verify. */
function skipReasons(): string[] {
  const dir = join(ROOT, 'src/verify')
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('presentation') && !f.includes('verify-presentation'))
  const text = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n')
  const set = [...text.matchAll(/skipped\.set\('\w+', '([^']+)'\)/g)].map((m) => m[1] as string)
  const rest = [...text.matchAll(/skipRest\(ctx, \[[^\]]*\], '([^']+)'/g)].map((m) => m[1] as string)
  return [...new Set([...set, ...rest])]
}

describe('plain words of the verifier page', () => {
  it('names every check of a real verification, differently in English and Dutch, with words for passing', async () => {
    const { checks } = await verifyCredential(await signedBadge())
    expect(checks).toHaveLength(10)
    for (const check of checks) {
      expect(checkName(check.id, 'en')).not.toBe(check.id)
      expect(checkName(check.id, 'nl')).not.toBe(checkName(check.id, 'en'))
      const passed: CheckResult = { id: check.id, status: 'passed' }
      for (const lang of LANGS) expect(checkLines(passed, lang)[0]).toMatch(new RegExp(`^${checkName(check.id, lang)}: \\S`))
      expect(checkLines(passed, 'nl')).not.toEqual(checkLines(passed, 'en'))
    }
  })

  it('has English and Dutch words for every VerificationErrorCode, followed by the code', () => {
    const codes = declaredCodes()
    expect(codes.length).toBeGreaterThan(20)
    for (const code of codes) {
      const error = { code, message: 'the verifier message' }
      for (const lang of LANGS) {
        expect(errorWords(error, lang), `${code} ${lang}`).toMatch(new RegExp(`^(?!the verifier message).+ \\(${code}\\)$`))
      }
      expect(errorWords(error, 'nl'), code).not.toBe(errorWords(error, 'en'))
    }
  })

  it('falls back to the message for an unknown code, also for a code named like an Object property', () => {
    expect(errorWords({ code: 'SOMETHING_NEW', message: 'a new problem' }, 'en')).toBe('a new problem (SOMETHING_NEW)')
    expect(errorWords({ code: '__proto__', message: 'odd' }, 'nl')).toBe('odd (__proto__)')
    expect(errorWords({ code: 'constructor', message: 'odd' }, 'en')).toBe('odd (constructor)')
    expect(checkName('toString', 'en')).toBe('toString')
  })

  it('explains every literal skip reason of the credential verifier, and shows an unknown one as written', () => {
    const reasons = skipReasons()
    expect(reasons).toEqual(expect.arrayContaining(['no credentialStatus', 'no expected recipient given', 'no embedded endorsements']))
    for (const reason of reasons) {
      for (const lang of LANGS) expect(skippedWords(reason, lang), reason).not.toContain(reason)
    }
    expect(skippedWords('a reason from the future', 'en')).toBe('not checked: a reason from the future')
    expect(skippedWords('a reason from the future', 'nl')).toBe('niet gecontroleerd: a reason from the future')
    expect(skippedWords(undefined, 'en')).toBe('not checked')
  })

  it('gives a failed check one line per error', () => {
    const check: CheckResult = {
      id: 'proof', status: 'failed', errors: [
        { check: 'proof', code: 'CRYPTOGRAPHIC_SECURITY_ERROR', message: 'signature does not match the signed data' },
        { check: 'proof', code: 'UNKNOWN_THING', message: 'a second problem' },
      ],
    }
    expect(checkLines(check, 'en')).toEqual([
      'Signature: the credential was changed after it was signed (CRYPTOGRAPHIC_SECURITY_ERROR)',
      'Signature: a second problem (UNKNOWN_THING)',
    ])
    expect(checkLines(check, 'nl')[0]).toBe('Handtekening: de credential is na het ondertekenen veranderd (CRYPTOGRAPHIC_SECURITY_ERROR)')
    expect(checkLines({ id: 'proof', status: 'failed' }, 'en')).toEqual(['Signature: failed'])
  })
})
