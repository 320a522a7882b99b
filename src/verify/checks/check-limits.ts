import { addError, type CheckContext } from '../check-context.js'

/**
 * The `limits` check: input size, nesting depth and value count, before any JSON-LD work.
 * Returns false when a limit is exceeded (later checks are then skipped).
 */
export function checkLimits(ctx: CheckContext, bytes: number): boolean {
  const { maxBytes, maxDepth, maxNodes } = ctx.limits
  if (bytes > maxBytes) {
    addError(ctx, 'limits', 'RESOURCE_LIMIT_EXCEEDED', `input is ${bytes} bytes; the limit is ${maxBytes}`)
    return false
  }
  const counter = { nodes: 0, depthHit: false }
  walk(ctx.credential, 1, maxDepth, maxNodes, counter)
  if (counter.depthHit) addError(ctx, 'limits', 'RESOURCE_LIMIT_EXCEEDED', `nesting deeper than ${maxDepth} levels`)
  else if (counter.nodes > maxNodes) addError(ctx, 'limits', 'RESOURCE_LIMIT_EXCEEDED', `more than ${maxNodes} JSON values`)
  if (bytes < 0 && !counter.depthHit && counter.nodes <= maxNodes) {
    const size = new TextEncoder().encode(JSON.stringify(ctx.credential)).length
    if (size > maxBytes) addError(ctx, 'limits', 'RESOURCE_LIMIT_EXCEEDED', `input is ${size} bytes; the limit is ${maxBytes}`)
  }
  return (ctx.errors.get('limits')?.length ?? 0) === 0
}

function walk(value: unknown, depth: number, maxDepth: number, maxNodes: number, counter: { nodes: number; depthHit: boolean }): void {
  counter.nodes++
  if (counter.depthHit || counter.nodes > maxNodes || typeof value !== 'object' || value === null) return
  if (depth > maxDepth) {
    counter.depthHit = true
    return
  }
  const children = Array.isArray(value) ? value : Object.values(value)
  for (const child of children) walk(child, depth + 1, maxDepth, maxNodes, counter)
}
