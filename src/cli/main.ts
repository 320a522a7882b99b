#!/usr/bin/env node
/**
 * `mcred`: the command line over the public API. Exit codes: 0 ok, 1 negative verdict, 2 usage or I/O error.
 *
 * @module cli
 */
import { Command, CommanderError } from 'commander'
import { CliError } from './io.js'
import { build } from './commands/build.js'
import { demo } from './commands/demo.js'
import { issue } from './commands/issue.js'
import { keygen } from './commands/keygen.js'
import { validate } from './commands/validate.js'
import { verify } from './commands/verify.js'

const collect = (value: string, previous: string[]): string[] => [...previous, value]

function program(): Command {
  const p = new Command('mcred').description('Issue, validate and verify Dutch microcredentials as Open Badges 3.0 credentials, offline.')
  p.exitOverride().showHelpAfterError()
  p.command('keygen').description('generate an Ed25519 key; prints the issuer id (did:key)')
    .option('--out <file>', 'key file to write (Multikey JSON, secret included)', 'key.json')
    .option('--controller <id>', 'issuer id that controls the key (e.g. did:web:school.nl); default: its did:key')
    .option('--force', 'replace an existing key file').option('--json', 'machine output')
    .action((o) => run(() => keygen(o)))
  p.command('build <spec>').description('build an unsigned OB 3.0 credential from a microcredential spec')
    .option('--out <file>', 'write here instead of stdout').option('--issuer <id>', 'issuer id when the spec has none')
    .option('--key <file>', 'take the issuer id from this key file')
    .action((spec, o) => run(() => build(spec, o)))
  p.command('issue <input>').description('sign a spec or an unsigned credential')
    .requiredOption('--key <file>', 'key file from mcred keygen')
    .option('--format <format>', 'eddsa-rdfc-2022 (default) or Ed25519Signature2020').option('--out <file>', 'write here instead of stdout')
    .option('--profile <profile>', 'quality profile to pass: ob3, eu, mbo, hbo, wo or auto (default: auto for microcredentials)')
    .option('--override <reason>', 'issue despite quality errors, for this reason (the overridden findings go to stderr)')
    .action((input, o) => run(() => issue(input, o)))
  p.command('validate <credential>').description('validate a credential; exit 1 when it has errors')
    .option('--profile <profile>', 'ob3, eu, mbo, hbo, wo or auto', 'auto').option('--json', 'machine output').option('--lang <lang>', 'en or nl', 'en')
    .action((file, o) => run(() => validate(file, o)))
  p.command('verify <credential>').description('verify a credential offline; exit 1 when not verified')
    .option('--now <iso>', 'check validity at this time').option('--json', 'machine output')
    .option('--document <url=file>', 'serve a controller or DID document offline (repeatable)', collect, [])
    .action((file, o) => run(() => verify(file, o)))
  p.command('demo').description('issue the mbo example with a fresh key, verify it offline, write the outputs to a folder')
    .option('--out <dir>', 'output folder', 'mcred-demo').option('--json', 'machine output')
    .action((o) => run(() => demo(o)))
  return p
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
