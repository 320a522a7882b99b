/**
 * Building DOM safely: elements with a class and text content only. Text from a credential is always
 * set as `textContent`, never parsed as HTML.
 *
 * @module verifier-web
 */

/**
 * A new element with an optional class and children (strings become text nodes).
 *
 * @example
 * ```ts
 * const line = el('li', 'check failed', 'Signature: ', el('code', undefined, 'CRYPTOGRAPHIC_SECURITY_ERROR'))
 * ```
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (className !== undefined) element.className = className
  element.append(...children)
  return element
}

/** The element with `id`, of the expected type; throws when index.html and the script disagree. */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id)
  if (!(element instanceof type)) throw new Error(`index.html has no <${type.name}> #${id}`)
  return element
}

