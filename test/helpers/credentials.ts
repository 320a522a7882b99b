import { createSigner, generateKeyPair, type Ed25519KeyPair, type Signer } from '../../src/keys/index.js'

/** A fixed seed so test keys are deterministic (public test material, never a default). */
export const TEST_SEED = Uint8Array.from({ length: 32 }, (_, i) => i + 1)

/** A deterministic test key and its signer. */
export async function testKey(seed: Uint8Array = TEST_SEED): Promise<{ keyPair: Ed25519KeyPair; signer: Signer }> {
  const keyPair = await generateKeyPair({ seed })
  return { keyPair, signer: createSigner(keyPair) }
}

/** A minimal valid OB 3.0 credential issued by `issuerId`. */
export function minimalBadge(issuerId: string): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: 'urn:uuid:2f5b8c7e-8a4e-4a51-9f0e-6f2d8f1d2b11',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuerId, type: ['Profile'], name: 'ROC Voorbeeld' },
    validFrom: '2025-09-01T00:00:00Z',
    name: 'Basiszorg',
    credentialSubject: {
      id: 'did:example:learner-1',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://example.nl/achievements/basiszorg',
        type: ['Achievement'],
        name: 'Basiszorg',
        description: 'Basiszorg in de thuiszorg.',
        criteria: { narrative: 'Praktijkopdracht met beoordeling door de werkplek.' },
      },
    },
  }
}

/** Checks at 2026-01-01. */
export const NOW = '2026-01-01T00:00:00Z'
