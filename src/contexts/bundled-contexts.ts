/**
 * The bundled, pinned JSON-LD contexts, keyed by URL. Files live in the package's `contexts/` folder;
 * `contexts/manifest.json` pins each file by SHA-256 and names its origin.
 *
 * @module contexts
 */
import c0 from '../../contexts/credentials-v2.json' with { type: 'json' }
import c1 from '../../contexts/credentials-v1.json' with { type: 'json' }
import c2 from '../../contexts/ob-v3p0-context-3.0.0.json' with { type: 'json' }
import c3 from '../../contexts/ob-v3p0-context-3.0.1.json' with { type: 'json' }
import c4 from '../../contexts/ob-v3p0-context-3.0.2.json' with { type: 'json' }
import c5 from '../../contexts/ob-v3p0-context-3.0.3.json' with { type: 'json' }
import c6 from '../../contexts/ob-v3p0-extensions.json' with { type: 'json' }
import c7 from '../../contexts/data-integrity-v1.json' with { type: 'json' }
import c8 from '../../contexts/data-integrity-v2.json' with { type: 'json' }
import c9 from '../../contexts/multikey-v1.json' with { type: 'json' }
import c10 from '../../contexts/jwk-v1.json' with { type: 'json' }
import c11 from '../../contexts/ed25519-2020-v1.json' with { type: 'json' }
import c12 from '../../contexts/did-v1.json' with { type: 'json' }
import c13 from '../../contexts/security-v1.json' with { type: 'json' }
import c14 from '../../contexts/security-v2.json' with { type: 'json' }
import c15 from '../../contexts/microcredentials-v1.json' with { type: 'json' }
import c16 from '../../contexts/credentials-undefined-terms-v2.json' with { type: 'json' }

/** A JSON-LD context document as bundled. */
export type ContextDocument = Readonly<Record<string, unknown>>

/**
 * Returns a fresh map from context URL to its pinned document. The opt-in undefined-terms context is
 * not included; see {@link optInContexts}.
 *
 * @example
 * ```ts
 * const map = bundledContexts()
 * map.has('https://www.w3.org/ns/credentials/v2') // true
 * ```
 */
export function bundledContexts(): Map<string, ContextDocument> {
  return new Map<string, ContextDocument>([
    ['https://www.w3.org/ns/credentials/v2', c0],
    ['https://www.w3.org/2018/credentials/v1', c1],
    ['https://purl.imsglobal.org/spec/ob/v3p0/context.json', c2],
    ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', c3],
    ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', c4],
    ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', c5],
    ['https://purl.imsglobal.org/spec/ob/v3p0/extensions.json', c6],
    ['https://w3id.org/security/data-integrity/v1', c7],
    ['https://w3id.org/security/data-integrity/v2', c8],
    ['https://w3id.org/security/multikey/v1', c9],
    ['https://w3id.org/security/jwk/v1', c10],
    ['https://w3id.org/security/suites/ed25519-2020/v1', c11],
    ['https://www.w3.org/ns/did/v1', c12],
    ['https://w3id.org/security/v1', c13],
    ['https://w3id.org/security/v2', c14],
    ['https://w3id.org/microcredentials/v1', c15],
  ])
}

/**
 * Contexts that are bundled but served only when the caller allows them (they define `@vocab`).
 *
 * @example
 * ```ts
 * optInContexts().has('https://www.w3.org/ns/credentials/undefined-terms/v2') // true
 * ```
 */
export function optInContexts(): Map<string, ContextDocument> {
  return new Map<string, ContextDocument>([
    ['https://www.w3.org/ns/credentials/undefined-terms/v2', c16],
  ])
}
