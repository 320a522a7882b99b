/**
 * Strict JSON parsing for untrusted input: rejects duplicate keys and `__proto__` keys, which plain
 * `JSON.parse` accepts silently (the last duplicate wins; verifier and display could see different data).
 */

/** The result of {@link parseStrictJson}. */
export type StrictJsonResult = { ok: true; value: unknown } | { ok: false; message: string }

/**
 * Parses JSON text, refusing duplicate keys in one object and `__proto__` keys anywhere.
 *
 * @example
 * ```ts
 * parseStrictJson('{"a":1,"a":2}') // { ok: false, message: 'duplicate key "a" at $' }
 * ```
 */
export function parseStrictJson(text: string): StrictJsonResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` }
  }
  const problem = scanKeys(text)
  return problem ? { ok: false, message: problem } : { ok: true, value }
}

/** Walks the (already valid) JSON text and checks object keys. */
function scanKeys(text: string): string | undefined {
  const stack: Array<{ keys: Set<string> | null; path: string; index: number; key?: string }> = []
  let expectKey = false
  let i = 0
  while (i < text.length) {
    const ch = text[i] as string
    if (ch === '"') {
      const end = stringEnd(text, i)
      const top = stack[stack.length - 1]
      if (expectKey && top?.keys) {
        const key = JSON.parse(text.slice(i, end + 1)) as string
        if (key === '__proto__') return `forbidden key "__proto__" at ${top.path}`
        if (top.keys.has(key)) return `duplicate key ${JSON.stringify(key)} at ${top.path}`
        top.keys.add(key)
        top.key = key
        expectKey = false
      }
      i = end + 1
      continue
    }
    if (ch === '{' || ch === '[') {
      const parent = stack[stack.length - 1]
      const path = parent ? childPath(parent) : '$'
      stack.push({ keys: ch === '{' ? new Set() : null, path, index: 0 })
      expectKey = ch === '{'
    } else if (ch === '}' || ch === ']') {
      stack.pop()
    } else if (ch === ',') {
      const top = stack[stack.length - 1]
      if (top) {
        top.index++
        expectKey = top.keys !== null
      }
    }
    i++
  }
  return undefined
}

function childPath(parent: { keys: Set<string> | null; path: string; index: number; key?: string }): string {
  return parent.keys ? `${parent.path}.${parent.key ?? ''}` : `${parent.path}[${parent.index}]`
}

function stringEnd(text: string, start: number): number {
  let i = start + 1
  while (i < text.length) {
    const c = text[i]
    if (c === '\\') i += 2
    else if (c === '"') return i
    else i++
  }
  return text.length - 1
}
