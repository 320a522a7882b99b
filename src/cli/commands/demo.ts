import { resolve, join } from 'node:path'
import { buildCredential, type MicrocredentialSpec } from '../../index.js'
import { issueCredential } from '../../issue/index.js'
import { createSigner, exportKeyPair, generateKeyPair } from '../../keys/index.js'
import { verifyCredential } from '../../verify/index.js'
import { formatVerification } from '../format-verification.js'
import { json, readJson, writeOut } from '../io.js'
import { packageRoot } from '../package-root.js'

/**
 * `mcred demo`: issues the bundled mbo example with a fresh did:key, verifies it offline, verifies a
 * tampered copy, and writes everything to a folder it names.
 */
export async function demo(options: { out?: string; json?: boolean }): Promise<number> {
  const dir = resolve(options.out ?? 'mcred-demo')
  const spec = (await readJson(join(packageRoot(), 'examples', 'mbo-zorg-microcredential.spec.json'))) as MicrocredentialSpec
  const keyPair = await generateKeyPair()
  const credential = buildCredential(spec, { issuerId: keyPair.controller })
  const signed = await issueCredential(credential, createSigner(keyPair))
  const result = await verifyCredential(signed)
  const tampered = { ...signed, name: `${String(signed.name)} (edited)` }
  const tamperedResult = await verifyCredential(tampered)
  await writeOut(join(dir, 'key.json'), json(exportKeyPair(keyPair, { includeSecret: true })), 0o600)
  await writeOut(join(dir, 'spec.json'), json(spec))
  await writeOut(join(dir, 'credential.json'), json(signed))
  await writeOut(join(dir, 'verification.json'), json(result))
  await writeOut(join(dir, 'verification.txt'), formatVerification('credential.json', result))
  await writeOut(join(dir, 'tampered-credential.json'), json(tampered))
  await writeOut(join(dir, 'tampered-verification.txt'), formatVerification('tampered-credential.json', tamperedResult))
  const summary = { folder: dir, issuer: keyPair.controller, credential: join(dir, 'credential.json'), verified: result.verified, tamperedVerified: tamperedResult.verified }
  process.stdout.write(options.json ? `${json(summary)}\n` : [
    `Issued "${String(signed.name)}" (mbo microcredential) as ${keyPair.controller}`,
    formatVerification('credential.json', result),
    `A tampered copy (name edited): ${tamperedResult.verified ? 'VERIFIED (unexpected!)' : `NOT VERIFIED (${tamperedResult.errors[0]?.code})`}`,
    `Outputs written to ${dir}: key.json (secret, test only), spec.json, credential.json, verification.json/.txt, tampered-*`,
    '',
  ].join('\n'))
  return result.verified && !tamperedResult.verified ? 0 : 1
}
