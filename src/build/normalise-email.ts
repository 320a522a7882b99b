/**
 * Email normalisation before hashing.
 *
 * @module build
 */

/**
 * Normalises an email address the way `buildCredential` does before hashing it: surrounding white space
 * removed and the whole address lower-cased. (The OB 3.0 spec does not say to lower-case; this library
 * does, so `Jan@Example.org` and `jan@example.org` match. A verifier that checks a recipient must apply
 * the same normalisation.)
 *
 * @example
 * ```ts
 * normaliseEmail('  Jan.Jansen@Example.ORG ') // 'jan.jansen@example.org'
 * ```
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase()
}
