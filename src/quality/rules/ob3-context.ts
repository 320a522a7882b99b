import { bundledContexts } from '../../contexts/bundled-contexts.js'
import { OB_V3_CONTEXTS, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../../contexts/urls.js'
import type { CodeRule, RuleHit } from '../rule.js'

/**
 * OB3-CONTEXT: `@context` starts with VC v2 (or v1 for legacy input), then an OB 3.0 context; every
 * context is a pinned URL (so every term is defined by a known context; full safe mode runs when
 * issuing and verifying).
 */
export const ob3Context: CodeRule = {
  kind: 'code',
  id: 'OB3-CONTEXT',
  severity: 'error',
  sets: ['ob3'],
  title: {
    en: '@context starts with the VC v2 context (v1 for legacy input) followed by an Open Badges 3.0 context, and names only known contexts, so that every term is defined.',
    nl: '@context begint met de VC v2-context (v1 bij oudere credentials), gevolgd door een Open Badges 3.0-context, en noemt alleen bekende contexten, zodat elke term gedefinieerd is.',
  },
  source: 'Open Badges 3.0, 1EdTech certification',
  check({ credential }): RuleHit[] {
    const list = Array.isArray(credential['@context']) ? credential['@context'] : [credential['@context']]
    const hits: RuleHit[] = []
    if (list[0] !== VC_V2_CONTEXT && list[0] !== VC_V1_CONTEXT) {
      hits.push({ path: '$["@context"][0]', message: { en: `the first context must be ${VC_V2_CONTEXT}`, nl: `de eerste context moet ${VC_V2_CONTEXT} zijn` } })
    } else if (!(OB_V3_CONTEXTS as readonly unknown[]).includes(list[1])) {
      hits.push({ path: '$["@context"][1]', message: { en: 'the second context must be an Open Badges 3.0 context', nl: 'de tweede context moet een Open Badges 3.0-context zijn' } })
    }
    const known = bundledContexts()
    list.forEach((c, i) => {
      const path = `$["@context"][${i}]`
      if (typeof c !== 'string') hits.push({ path, message: { en: 'inline contexts are not allowed', nl: 'inline contexten zijn niet toegestaan' } })
      else if (!known.has(c)) hits.push({ path, message: { en: `unknown context ${c}: every term must be defined by a pinned context`, nl: `onbekende context ${c}: elke term moet door een vastgelegde context gedefinieerd zijn` } })
    })
    return hits
  },
}
