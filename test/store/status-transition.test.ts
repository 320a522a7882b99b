/**
 * Unit tests of the status transition rules (nextState, bitIsSet).
 */
import { describe, expect, it } from 'vitest'
import { StoreError } from '../../src/errors/errors.js'
import type { CredentialState, IssuanceRecord, StatusAction, StatusPurpose } from '../../src/model/issuance-store.js'
import { bitIsSet, nextState } from '../../src/store/status-transition.js'

function record(statusPurpose: StatusPurpose, state: CredentialState): IssuanceRecord {
  return {
    credentialId: 'urn:uuid:transition-1',
    sha256: '00'.repeat(32),
    credentialJson: '{}',
    statusListCredential: 'https://school.example.nl/status/1',
    statusListIndex: 7,
    statusPurpose,
    state,
    issuedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    actor: 'test',
  }
}

function refusal(purpose: StatusPurpose, state: CredentialState, action: StatusAction): StoreError {
  try {
    nextState(record(purpose, state), action)
  } catch (error) {
    expect(error).toBeInstanceOf(StoreError)
    expect((error as StoreError).code).toBe('ERR_STATUS_TRANSITION')
    return error as StoreError
  }
  throw new Error(`${action} of a ${state} credential on a ${purpose} list was allowed`)
}

describe('nextState on a revocation list', () => {
  it('revoke: active -> revoked; revoked -> nothing to do', () => {
    expect(nextState(record('revocation', 'active'), 'revoke')).toBe('revoked')
    expect(nextState(record('revocation', 'revoked'), 'revoke')).toBeUndefined()
  })

  it.each([
    ['active', 'suspend'], ['active', 'reinstate'], ['revoked', 'suspend'], ['revoked', 'reinstate'],
  ] as const)('%s + %s is refused, naming the credential and list', (state, action) => {
    const error = refusal('revocation', state, action)
    expect(error.message).toContain('urn:uuid:transition-1')
    expect(error.message).toContain('revocation list')
    expect(error.message).toContain('https://school.example.nl/status/1')
  })
})

describe('nextState on a suspension list', () => {
  it.each([
    ['active', 'suspend', 'suspended'],
    ['active', 'revoke', 'revoked'],
    ['active', 'reinstate', undefined],
    ['suspended', 'reinstate', 'active'],
    ['suspended', 'revoke', 'revoked'],
    ['suspended', 'suspend', undefined],
    ['revoked', 'revoke', undefined],
  ] as const)('%s + %s -> %s', (state, action, expected) => {
    expect(nextState(record('suspension', state), action)).toBe(expected)
  })

  it.each([['suspend'], ['reinstate']] as const)('revoked + %s is refused: revocation is final', (action) => {
    const error = refusal('suspension', 'revoked', action)
    expect(error.message).toContain('urn:uuid:transition-1')
    expect(error.message).toContain('final')
  })
})

describe('nextState with an unknown action', () => {
  it('is refused with ERR_STATUS_TRANSITION naming the action', () => {
    const error = refusal('suspension', 'active', 'delete' as StatusAction)
    expect(error.message).toContain('"delete"')
  })
})

describe('bitIsSet', () => {
  it('is set for revoked and suspended, not for active', () => {
    expect(bitIsSet('active')).toBe(false)
    expect(bitIsSet('suspended')).toBe(true)
    expect(bitIsSet('revoked')).toBe(true)
  })
})
