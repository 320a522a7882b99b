// The README's example, runnable: `npm run build && node examples/issue-and-verify.mjs`
import { readFile } from 'node:fs/promises'
import { buildCredential, verifyCredential } from 'microcredentials'
import { issueCredential } from 'microcredentials/issue'
import { createSigner, generateKeyPair } from 'microcredentials/keys'

const spec = JSON.parse(await readFile(new URL('./mbo-zorg-microcredential.spec.json', import.meta.url), 'utf8'))
const keyPair = await generateKeyPair() // a did:key issuer; institutions use did:web
const credential = buildCredential(spec, { issuerId: keyPair.controller })
const signed = await issueCredential(credential, createSigner(keyPair)) // eddsa-rdfc-2022

const result = await verifyCredential(signed) // offline: pinned contexts, did:key resolved locally
console.log(result.verified) // true
for (const check of result.checks) console.log(check.id, check.status)
