import type { CodeRule, Message, RuleHit } from '../rule.js'
import { asObject } from '../rule-helpers.js'
import { EU_VOCABULARIES, type EuVocabulary } from '../vocab/eu-vocabularies.js'

/** The prefix of the EU vocabulary URIs (`snb` = the Europass/ELM vocabularies). */
export const EU_SNB_PREFIX = 'http://data.europa.eu/snb/'

let members: ReadonlySet<string> | undefined

/** Every scheme and concept URI of the bundled lists (built on first use). */
function memberUris(): ReadonlySet<string> {
  return (members ??= new Set(EU_VOCABULARIES.flatMap((v) => [v.scheme, ...v.concepts.map((c) => c.uri)])))
}

/**
 * Checks one EU vocabulary URI: `undefined` when it is a concept (or the scheme) of a known list, else
 * a message naming the URI and the list it should belong to (or saying that no published list has it).
 *
 * @example
 * ```ts
 * checkEuUri('http://data.europa.eu/snb/eqf/4') // undefined
 * checkEuUri('http://data.europa.eu/snb/eqf/9')?.en // 'http://data.europa.eu/snb/eqf/9 is not in the EU vocabulary "EQF levels" (...)'
 * ```
 */
export function checkEuUri(uri: string): Message | undefined {
  if (memberUris().has(uri)) return undefined
  const list: EuVocabulary | undefined = EU_VOCABULARIES.find((v) => uri.startsWith(v.base))
  if (list) {
    return {
      en: `${uri} is not in the EU vocabulary "${list.name}" (${list.scheme}); use one of its ${list.concepts.length} published concepts`,
      nl: `${uri} staat niet in de EU-vocabulaire "${list.name}" (${list.scheme}); gebruik een van de ${list.concepts.length} gepubliceerde concepten`,
    }
  }
  return {
    en: `${uri} is not a published EU vocabulary URI: no known EU vocabulary (EQF, NQF, assessment types, modes of learning, credit systems, ...) has this base`,
    nl: `${uri} is geen gepubliceerde EU-vocabulaire-URI: geen bekende EU-vocabulaire (EQF, NQF, toetsvormen, leervormen, studiepuntsystemen, ...) heeft deze basis`,
  }
}

/** JSON path of a property: dot notation for plain names, brackets otherwise. */
function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
}

/**
 * The EU vocabulary URIs a credential uses, with their JSON paths: every string under
 * `credentialSubject.achievement`, and every alignment `targetUrl` anywhere, that starts with
 * `http://data.europa.eu/snb/`.
 *
 * @example
 * ```ts
 * euVocabularyUris(credential) // [{ uri: 'http://data.europa.eu/snb/eqf/4', path: '$.credentialSubject.achievement.alignment[4].targetUrl' }, ...]
 * ```
 */
export function euVocabularyUris(credential: Record<string, unknown>): Array<{ uri: string; path: string }> {
  const out: Array<{ uri: string; path: string }> = []
  const seen = new Set<unknown>()
  const walk = (value: unknown, path: string, inAchievement: boolean, isTargetUrl: boolean): void => {
    if (typeof value === 'string') {
      if ((inAchievement || isTargetUrl) && value.startsWith(EU_SNB_PREFIX)) out.push({ uri: value, path })
      return
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`, inAchievement, false))
      return
    }
    const atSubject = path === '$.credentialSubject'
    for (const [key, child] of Object.entries(value)) {
      const inAlignment = /\.alignment\[\d+\]$/.test(path)
      walk(child, childPath(path, key), inAchievement || (atSubject && key === 'achievement'), inAlignment && key === 'targetUrl')
    }
  }
  walk(asObject(credential) ?? {}, '$', false, false)
  return out
}

/**
 * VOC-EU: every EU vocabulary URI the credential uses (EQF, NQF, assessment type, mode of learning,
 * credit system, supervision, ...) is a member of the published list under its base; a URI under an
 * unknown `snb` base is not a published EU vocabulary.
 */
export const vocEu: CodeRule = {
  kind: 'code',
  id: 'VOC-EU',
  severity: 'error',
  sets: ['eu'],
  title: {
    en: 'EU vocabulary URIs used in the credential (EQF, NQF, mode of learning, assessment type, credit system, ...) are members of the published ELM v3 lists.',
    nl: 'EU-vocabulaire-URI\'s in de credential (EQF, NQF, leervorm, toetsvorm, studiepuntsysteem, ...) komen voor in de gepubliceerde ELM v3-lijsten.',
  },
  source: 'ELM v3 controlled vocabularies',
  check({ credential }): RuleHit[] {
    const hits: RuleHit[] = []
    for (const { uri, path } of euVocabularyUris(credential)) {
      const message = checkEuUri(uri)
      if (message) hits.push({ path, message })
    }
    return hits
  },
}
