#!/usr/bin/env node
/**
 * `mcred`: the command line over the public API. Exit codes: 0 ok, 1 negative verdict, 2 usage or I/O error.
 *
 * @module cli
 */
import { Command, CommanderError, Option } from 'commander'
import { CliError } from './io.js'
import { batch } from './commands/batch.js'
import { build } from './commands/build.js'
import { demo } from './commands/demo.js'
import { endorse } from './commands/endorse.js'
import { issue } from './commands/issue.js'
import { present } from './commands/present.js'
import { bake } from './commands/bake.js'
import { render } from './commands/render.js'
import { importEdubadgesCli } from './commands/import-edubadges.js'
import { extract } from './commands/extract.js'
import { keygen, KEYGEN_TYPE_HELP } from './commands/keygen.js'
import { changeStatus } from './commands/status/change.js'
import { publishStatus } from './commands/status/publish.js'
import { showLists, showStatus } from './commands/status/show.js'
import { validate } from './commands/validate.js'
import { verify } from './commands/verify.js'

const collect = (value: string, previous: string[]): string[] => [...previous, value]
const storeOption = (): Option => new Option('--store <location>', 'issuance store: a SQLite file path or a postgres:// URL').env('MCRED_STORE')

function program(): Command {
  const p = new Command('mcred').description('Issue, validate and verify Dutch microcredentials as Open Badges 3.0 credentials, offline.')
  p.exitOverride().showHelpAfterError()
  p.command('keygen').description('generate a signing key (Ed25519 default; P-256 or RSA for VC-JWT); prints the issuer id (did:key or did:jwk)')
    .option('--out <file>', 'key file to write (secret included): Multikey JSON for Ed25519, JsonWebKey JSON for P-256/RSA', 'key.json')
    .option('--type <type>', KEYGEN_TYPE_HELP, 'ed25519')
    .option('--controller <id>', 'issuer id that controls the key (e.g. did:web:school.nl); default: its did:key or did:jwk')
    .option('--force', 'replace an existing key file').option('--json', 'machine output')
    .action((o) => run(() => keygen(o)))
  p.command('build <spec>').description('build an unsigned OB 3.0 credential from a microcredential spec')
    .option('--out <file>', 'write here instead of stdout').option('--issuer <id>', 'issuer id when the spec has none')
    .option('--key <file>', 'take the issuer id from this key file')
    .action((spec, o) => run(() => build(spec, o)))
  p.command('issue <input>').description('sign a spec or an unsigned credential; with --store, record it and give it a status list entry')
    .requiredOption('--key <file>', 'key file from mcred keygen')
    .option('--format <format>', 'eddsa-rdfc-2022 (default), Ed25519Signature2020, or vc-jwt (a compact JWS, one line)').option('--out <file>', 'write here instead of stdout')
    .option('--alg <alg>', 'with --format vc-jwt: EdDSA (Ed25519 key), ES256 (P-256 key) or RS256 (RSA key); default: the key\'s')
    .option('--jwt-form <form>', 'with --format vc-jwt: vcdm2 (default: payload = credential + claims) or vc-claim (VCDM 1.1 vc claim)')
    .option('--profile <profile>', 'quality profile to pass: ob3, eu, mbo, hbo, wo or auto (default: auto for microcredentials)')
    .option('--override <reason>', 'issue despite quality errors, for this reason (the overridden findings go to stderr)')
    .addOption(storeOption())
    .option('--idempotency-key <key>', 'with --store: issue once per key; a retry returns the stored credential')
    .option('--status-url <url>', 'with --store, first use: where the status lists will be hosted (list n at <url>/n)')
    .option('--status-purpose <purpose>', 'with --store, first use: revocation (default, final) or suspension (reversible)')
    .option('--actor <name>', 'who issues, for the audit log (default: your user name)')
    .action((input, o) => run(() => issue(input, o)))
  p.command('endorse').description('endorse an achievement, profile or credential (by id) as the key\'s owner: a signed OB 3.0 EndorsementCredential to embed in its endorsement list')
    .requiredOption('--key <file>', 'key file of the endorsing organisation (mcred keygen)')
    .requiredOption('--subject <id>', 'id (URL, URN or DID) of what is endorsed, e.g. the achievement id')
    .option('--endorser-name <name>', 'name of the endorsing organisation')
    .option('--endorser <file>', 'the endorsing organisation as JSON, like a spec\'s issuer (name, url, identifiers, address)')
    .option('--comment <text>', 'the endorsement text').option('--name <text>', 'name of the endorsement (default: "Endorsement by <endorser>")')
    .option('--valid-until <date>', 'YYYY-MM-DD or ISO date-time the endorsement ends').option('--out <file>', 'write here instead of stdout')
    .action((o) => run(() => endorse(o)))
  p.command('batch').description('issue one credential per learner of a CSV or JSON Lines export into a folder; a rerun issues only what is missing. Exit 0 all issued, 1 some rows failed, 2 usage or unreadable input')
    .option('--spec <file>', 'microcredential spec: the achievement and issuer every learner gets')
    .option('--learners <file>', 'learners: .csv (header with learner_id, email, eduid, given_name, family_name, grade, awarded_date, evidence_url, idempotency_key) or .jsonl')
    .option('--key <file>', 'key file from mcred keygen').option('--out <dir>', 'folder for the credential files (one per learner) and summary.json')
    .addOption(storeOption())
    .option('--status-url <url>', 'with --store, first use: where the status lists will be hosted (list n at <url>/n)')
    .option('--status-purpose <purpose>', 'with --store, first use: revocation (default, final) or suspension (reversible)')
    .option('--format <format>', 'eddsa-rdfc-2022 (default) or Ed25519Signature2020')
    .option('--learners-format <format>', 'csv or jsonl (default: from the file extension)')
    .option('--profile <profile>', 'quality profile to pass: ob3, eu, mbo, hbo, wo or auto (default: auto)')
    .option('--concurrency <n>', 'signing worker threads (default: the number of cores)')
    .option('--actor <name>', 'with --store: who issues, for the audit log (default: your user name)')
    .option('--json', 'one JSON line per row on stdout (no progress display)')
    .action((o) => run(() => batch(o)))
  p.command('validate <credential>').description('validate a credential; exit 1 when it has errors')
    .option('--profile <profile>', 'ob3, eu, mbo, hbo, wo or auto', 'auto').option('--json', 'machine output').option('--lang <lang>', 'en or nl', 'en')
    .action((file, o) => run(() => validate(file, o)))
  p.command('verify <credential>').description('verify a credential (JSON, VC-JWT, or baked in a PNG/SVG badge) or a presentation offline; exit 1 when not verified')
    .option('--now <iso>', 'check validity at this time').option('--json', 'machine output')
    .option('--document <url=file>', 'serve a controller document, DID document, JWKS or status list offline (repeatable)', collect, [])
    .option('--endorsement', 'the file is an EndorsementCredential (default: an Open Badge is expected)')
    .option('--challenge <nonce>', 'for a presentation: the challenge you sent the holder')
    .option('--domain <domain>', 'for a presentation: your domain, as you sent it')
    .action((file, o) => run(() => verify(file, o)))
  p.command('present <credentials...>').description('as holder, wrap credential files (JSON or VC-JWT) in a presentation for one verifier and sign it')
    .requiredOption('--key <file>', 'the holder\'s key file (mcred keygen); its controller becomes the holder')
    .requiredOption('--challenge <nonce>', 'the nonce the verifier sent you')
    .requiredOption('--domain <domain>', 'the verifier\'s domain (e.g. werkgever.example.nl)')
    .option('--format <format>', 'eddsa-rdfc-2022 (default, Ed25519 key) or vc-jwt (any key type)')
    .option('--out <file>', 'write here instead of stdout')
    .action((files, o) => run(() => present(files, o)))
  p.command('import-edubadges <file>').description('read an edubadges OB 2.0 badge class, assertion or issuer (or an eduCredentials OB 3.0 credential) into a microcredential spec; notes go to stderr. Exit 0 complete, 1 the spec still needs completing (it is written), 2 usage or I/O error')
    .option('--out <file>', 'write the spec here instead of stdout')
    .option('--issuer <file>', 'the OB 2.0 issuer JSON a badge class names by URL')
    .option('--badge-class <file>', 'the OB 2.0 badge class JSON an assertion names by URL')
    .option('--json', 'machine output: { spec, report, complete } on stdout')
    .action((file, o) => run(() => importEdubadgesCli(file, o)))
  p.command('render <credential>').description('render a credential as a self-contained HTML page (--out page.html) or its badge with the microcredential watermark (--out badge.svg)')
    .requiredOption('--out <file>', 'page.html (or .htm) for the credential page, badge.svg for the badge')
    .option('--lang <lang>', 'label language: nl (default) or en')
    .option('--image <file>', "the institution's image (PNG, JPEG or SVG) for the badge")
    .action((credential, o) => run(() => render(credential, o)))
  p.command('bake <credential>').description('embed a credential (JSON file or VC-JWT file) in a PNG or SVG badge image (Open Badges 3.0 baking); a credential baked in before is replaced')
    .requiredOption('--image <file>', 'the badge image: PNG or SVG (told by content)')
    .requiredOption('--out <file>', 'where to write the baked image (.png or .svg, like the image)')
    .action((credential, o) => run(() => bake(credential, o)))
  p.command('extract <image>').description('print the credential baked into a PNG or SVG badge (the JSON, or the VC-JWT line); nothing is verified: run mcred verify on the image')
    .option('--out <file>', 'write here instead of stdout').option('--json', 'machine output: {"format": "png"|"svg", "credential": …}')
    .action((image, o) => run(() => extract(image, o)))
  addStatusCommands(p)
  p.command('demo').description('issue the mbo example with a fresh key through an embedded store, verify it offline with its status list, show a revocation, write the outputs to a folder')
    .option('--out <dir>', 'output folder', 'mcred-demo').option('--json', 'machine output')
    .action((o) => run(() => demo(o)))
  return p
}

function addStatusCommands(p: Command): void {
  const status = p.command('status').description('revoke, suspend or reinstate issued credentials; publish their status lists')
  for (const [action, what] of [['revoke', 'revoke for good'], ['suspend', 'suspend (suspension stores only)'], ['reinstate', 'reinstate a suspended credential']] as const) {
    status.command(`${action} <credential-id>`).description(`${what}; prints the new state`)
      .addOption(storeOption()).option('--reason <text>', 'why, for the audit log').option('--actor <name>', 'who decides, for the audit log (default: your user name)')
      .option('--json', 'machine output')
      .action((id, o) => run(() => changeStatus(action, id, o)))
  }
  status.command('publish').description('sign the status lists and write the files to host at their URLs')
    .addOption(storeOption()).requiredOption('--key <file>', 'the key the credentials were issued with')
    .option('--out <file>', 'write the one list (or the --list one) here').option('--out-dir <dir>', 'write every list to DIR/<last URL segment>.json')
    .option('--list <url>', 'publish only this list').option('--valid-for <duration>', 'validity of the published list: 7d (default), 48h, 3600s')
    .option('--now <iso>', 'publication time (default: now)').option('--actor <name>', 'who publishes, for the audit log (default: your user name)')
    .option('--json', 'machine output')
    .action((o) => run(() => publishStatus(o)))
  status.command('show <credential-id>').description('the record of an issued credential and its audit events')
    .addOption(storeOption()).option('--json', 'machine output')
    .action((id, o) => run(() => showStatus(id, o)))
  status.command('lists').description('the status lists: entries allocated, last publication, valid until')
    .addOption(storeOption()).option('--json', 'machine output')
    .action((o) => run(() => showLists(o)))
}

async function run(action: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await action()
  } catch (e) {
    const code = e instanceof CliError ? e.exitCode : 2
    process.stderr.write(`mcred: ${(e as Error).message}\n`)
    process.exitCode = code
  }
}

try {
  await program().parseAsync(process.argv)
} catch (e) {
  if (e instanceof CommanderError) process.exitCode = e.exitCode === 0 ? 0 : 2
  else {
    process.stderr.write(`mcred: ${(e as Error).message}\n`)
    process.exitCode = 2
  }
}
