import { expect } from 'vitest'
import { BakeError } from '../../src/bake/index.js'

/** Calls `fn`, expects a BakeError, returns it. */
export function bakeError(fn: () => unknown): BakeError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(BakeError)
    return e as BakeError
  }
  throw new Error('expected a BakeError')
}
