/** Turns an ajv instance path (`/a/0/b`) or a key list into a JSON path (`$.a[0].b`). */
export function toJsonPath(pointerOrKeys: string | ReadonlyArray<string | number>): string {
  const keys = typeof pointerOrKeys === 'string'
    ? pointerOrKeys.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
    : pointerOrKeys
  let path = '$'
  for (const key of keys) {
    if (typeof key === 'number' || /^\d+$/.test(key)) path += `[${key}]`
    else if (/^[A-Za-z_$@][\w$@-]*$/.test(key)) path += `.${key}`
    else path += `[${JSON.stringify(key)}]`
  }
  return path
}
