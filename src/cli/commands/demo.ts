import { join, resolve } from 'node:path'
import { buildCredential, type MicrocredentialSpec } from '../../index.js'
import { issueCredentialWithReport, type SignedCredential } from '../../issue/index.js'
import { createSigner, exportKeyPair, generateKeyPair, type Signer } from '../../keys/index.js'
import { bakeSvg, renderBadgeSvg, renderCredentialHtml } from '../../render/index.js'
import { publishStatusList, revokeCredential, type IssuanceStore, type PublishedStatusList } from '../../store/index.js'
import { createStatusChecker, verifyCredential, type VerificationResult } from '../../verify/index.js'
import { formatVerification } from '../format-verification.js'
import { json, readJson, writeFiles, type OutputFile } from '../io.js'
import { packageRoot } from '../package-root.js'
import { storeFailure } from '../store-location.js'
import { freshDemoStore } from './demo-store.js'
import { fileName } from './status/publish.js'

const ACTOR = 'mcred demo'

/** What the demo did, for the summary and the files. */
interface DemoRun {
  signed: SignedCredential
  index: number
  result: VerificationResult
  tampered: SignedCredential
  tamperedResult: VerificationResult
  revoked: SignedCredential
  revokedIndex: number
  revokedResult: VerificationResult
  stillResult: VerificationResult
  list: PublishedStatusList
}

/**
 * `mcred demo`: issues the bundled mbo example with a fresh did:key through a fresh embedded store
 * (`issuance.db` in the folder), publishes its status list, verifies the credential offline with it,
 * verifies a tampered copy, then revokes a second copy, republishes and shows it REVOKED. Writes
 * everything to a folder it names, with the credential page and the watermark badge with the credential
 * baked in; a second run in the same folder starts again from scratch.
 */
export async function demo(options: { out?: string; json?: boolean }): Promise<number> {
  const dir = resolve(options.out ?? 'mcred-demo')
  const spec = (await readJson(join(packageRoot(), 'examples', 'mbo-zorg-microcredential.spec.json'))) as MicrocredentialSpec
  const keyPair = await generateKeyPair()
  const storePath = join(dir, 'issuance.db')
  const store = await freshDemoStore(storePath)
  let run: DemoRun
  try {
    run = await runDemo(store, createSigner(keyPair), () => buildCredential(spec, { issuerId: keyPair.controller }))
  } catch (e) {
    throw storeFailure(storePath, e)
  } finally {
    await store.close().catch(() => undefined)
  }
  const listFile = join('status', fileName(run.list.url))
  await writeFiles(outputs(dir, run, listFile, [
    { path: join(dir, 'key.json'), text: json(exportKeyPair(keyPair, { includeSecret: true })), mode: 0o600 },
    { path: join(dir, 'spec.json'), text: json(spec) },
  ]))
  const ok = run.result.verified && !run.tamperedResult.verified && codes(run.revokedResult).includes('REVOKED') && run.stillResult.verified
  process.stdout.write(options.json ? `${json(summary(dir, keyPair.controller, run, listFile))}\n` : report(dir, keyPair.controller, run, listFile))
  return ok ? 0 : 1
}

async function runDemo(store: IssuanceStore, signer: Signer, build: () => ReturnType<typeof buildCredential>): Promise<DemoRun> {
  const issue = async (idempotencyKey: string) => (await issueCredentialWithReport(build(), signer, { store, idempotencyKey, actor: ACTOR })).credential
  const signed = await issue('demo-credential')
  const url = entryOf(signed).statusListCredential
  let list = await publishStatusList(store, signer, { url, actor: ACTOR })
  let statusChecker = createStatusChecker({ documents: { [url]: list.credential } })
  const result = await verifyCredential(signed, { statusChecker })
  const tampered = { ...signed, name: `${String(signed.name)} (edited)` }
  const tamperedResult = await verifyCredential(tampered, { statusChecker })

  const revoked = await issue('demo-revoked-credential')
  await revokeCredential(store, String(revoked.id), { actor: ACTOR, reason: 'demo: shows revocation' })
  list = await publishStatusList(store, signer, { url, actor: ACTOR })
  statusChecker = createStatusChecker({ documents: { [url]: list.credential } })
  const revokedResult = await verifyCredential(revoked, { statusChecker })
  const stillResult = await verifyCredential(signed, { statusChecker })
  return {
    signed, index: entryOf(signed).statusListIndex, result, tampered, tamperedResult,
    revoked, revokedIndex: entryOf(revoked).statusListIndex, revokedResult, stillResult, list,
  }
}

function entryOf(credential: SignedCredential): { statusListCredential: string; statusListIndex: number } {
  const entry = credential.credentialStatus as { statusListCredential: string; statusListIndex: string }
  return { statusListCredential: entry.statusListCredential, statusListIndex: Number(entry.statusListIndex) }
}

function outputs(dir: string, run: DemoRun, listFile: string, first: OutputFile[]): OutputFile[] {
  return [
    ...first,
    { path: join(dir, 'credential.json'), text: json(run.signed) },
    { path: join(dir, 'verification.json'), text: json(run.result) },
    { path: join(dir, 'verification.txt'), text: formatVerification('credential.json', run.result) },
    { path: join(dir, 'tampered-credential.json'), text: json(run.tampered) },
    { path: join(dir, 'tampered-verification.txt'), text: formatVerification('tampered-credential.json', run.tamperedResult) },
    { path: join(dir, 'revoked-credential.json'), text: json(run.revoked) },
    { path: join(dir, 'revoked-verification.txt'), text: formatVerification('revoked-credential.json', run.revokedResult) },
    { path: join(dir, listFile), text: run.list.json },
    { path: join(dir, 'credential.html'), text: renderCredentialHtml(run.signed, { verification: run.result }) },
    { path: join(dir, 'badge.svg'), text: bakeSvg(renderBadgeSvg(run.signed), run.signed) },
  ]
}

function codes(result: VerificationResult): string[] {
  return result.errors.map((e) => e.code)
}

function summary(dir: string, issuer: string, run: DemoRun, listFile: string): Record<string, unknown> {
  return {
    folder: dir, issuer, credential: join(dir, 'credential.json'), verified: run.result.verified, tamperedVerified: run.tamperedResult.verified,
    store: join(dir, 'issuance.db'), statusList: { url: run.list.url, file: join(dir, listFile) },
    page: join(dir, 'credential.html'), bakedBadge: join(dir, 'badge.svg'),
    revokedCredential: join(dir, 'revoked-credential.json'), revokedVerified: run.revokedResult.verified, revokedCodes: codes(run.revokedResult),
    verifiedAfterRevocation: run.stillResult.verified,
  }
}

function report(dir: string, issuer: string, run: DemoRun, listFile: string): string {
  const verdict = (r: VerificationResult) => (r.verified ? 'VERIFIED' : `NOT VERIFIED (${codes(r).join(', ')})`)
  return [
    `Issued "${String(run.signed.name)}" (mbo microcredential) as ${issuer}`,
    `Recorded in the embedded store issuance.db: status list ${run.list.url}, index ${run.index}; list published to ${listFile}`,
    formatVerification('credential.json', run.result),
    `A tampered copy (name edited): ${run.tamperedResult.verified ? 'VERIFIED (unexpected!)' : `NOT VERIFIED (${codes(run.tamperedResult)[0]})`}`,
    `Revocation: a second copy (revoked-credential.json, index ${run.revokedIndex}) was revoked and the list republished:`,
    `  revoked-credential.json: ${verdict(run.revokedResult)}`,
    `  credential.json: ${verdict(run.stillResult)}`,
    `Outputs written to ${dir}: key.json (secret, test only), spec.json, credential.json, verification.json/.txt, tampered-*, revoked-*,`,
    `  credential.html (the credential page, quality agreements under it), badge.svg (the watermark badge with the credential baked in),`,
    `  issuance.db (the store; a new one each run), ${listFile} (the status list to host at ${run.list.url})`,
    `Try: mcred verify ${join(dir, 'revoked-credential.json')} --document ${run.list.url}=${join(dir, listFile)}`,
    '',
  ].join('\n')
}
