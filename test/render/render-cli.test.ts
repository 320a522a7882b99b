/** `mcred render` as a command function (src/cli/commands/render.ts), without the built CLI. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { render } from '../../src/cli/commands/render.js'
import { CliError } from '../../src/cli/io.js'
import { renderBadgeSvg, renderCredentialHtml } from '../../src/render/index.js'
import { minimalBadge } from '../helpers/credentials.js'
import { exampleCredential, RED_PIXEL_PNG } from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'mcred-render-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const credentialFile = join(dir, 'cred.json')
const credential = exampleCredential('mbo-zorg-microcredential')
writeFileSync(credentialFile, JSON.stringify(credential, null, 2))

async function usageError(run: Promise<number>, message: RegExp): Promise<void> {
  const error = await run.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(CliError)
  expect((error as CliError).exitCode).toBe(2)
  expect((error as CliError).message).toMatch(message)
}

describe('mcred render', () => {
  it('--out page.html writes the credential page, --out badge.svg the badge (Dutch by default)', async () => {
    expect(await render(credentialFile, { out: join(dir, 'page.html') })).toBe(0)
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toBe(renderCredentialHtml(credential))
    expect(await render(credentialFile, { out: join(dir, 'out', 'badge.svg') })).toBe(0)
    expect(readFileSync(join(dir, 'out', 'badge.svg'), 'utf8')).toBe(`${renderBadgeSvg(credential)}\n`)
    expect(await render(credentialFile, { out: join(dir, 'PAGE.HTM') })).toBe(0)
  })

  it('--lang en labels in English', async () => {
    await render(credentialFile, { out: join(dir, 'en.html'), lang: 'en' })
    expect(readFileSync(join(dir, 'en.html'), 'utf8')).toBe(renderCredentialHtml(credential, { lang: 'en' }))
  })

  it('--image puts a PNG, JPEG or SVG file in the emblem', async () => {
    const png = join(dir, 'logo.png')
    writeFileSync(png, Buffer.from(RED_PIXEL_PNG.split(',')[1] as string, 'base64'))
    await render(credentialFile, { out: join(dir, 'logo-badge.svg'), image: png })
    expect(readFileSync(join(dir, 'logo-badge.svg'), 'utf8')).toContain(`<image href="${RED_PIXEL_PNG}"`)
    const svg = join(dir, 'logo.svg')
    writeFileSync(svg, '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>')
    await render(credentialFile, { out: join(dir, 'svg-badge.svg'), image: svg })
    expect(readFileSync(join(dir, 'svg-badge.svg'), 'utf8')).toContain('<image href="data:image/svg+xml;base64,')
    const gif = join(dir, 'logo.gif')
    writeFileSync(gif, 'GIF89a....')
    await usageError(render(credentialFile, { out: join(dir, 'x.svg'), image: gif }), /not a PNG, JPEG or SVG image/)
  })

  it('usage errors: no --out, another extension, another language, not JSON, not an object, missing file', async () => {
    await usageError(render(credentialFile, {}), /give --out page\.html .* or --out badge\.svg/)
    await usageError(render(credentialFile, { out: join(dir, 'badge.png') }), /must end in \.html .* or \.svg/)
    await usageError(render(credentialFile, { out: join(dir, 'page') }), /must end in \.html/)
    await usageError(render(credentialFile, { out: join(dir, 'page.html'), lang: 'de' }), /--lang must be nl or en/)
    const notJson = join(dir, 'broken.json')
    writeFileSync(notJson, '{ not json')
    await usageError(render(notJson, { out: join(dir, 'page.html') }), /not valid JSON/)
    const array = join(dir, 'array.json')
    writeFileSync(array, JSON.stringify([minimalBadge('did:example:a')]))
    await usageError(render(array, { out: join(dir, 'page.html') }), /must be a JSON object/)
    await usageError(render(join(dir, 'missing.json'), { out: join(dir, 'page.html') }), /cannot read file/)
  })

  it('a spec is drawn as a badge but refused for a page (build it first)', async () => {
    const spec = join(dir, 'spec.json')
    writeFileSync(spec, readFileSync(new URL('../../examples/mbo-zorg-microcredential.spec.json', import.meta.url)))
    expect(await render(spec, { out: join(dir, 'spec-badge.svg') })).toBe(0)
    expect(readFileSync(join(dir, 'spec-badge.svg'), 'utf8')).toBe(`${renderBadgeSvg(credential)}\n`)
    await usageError(render(spec, { out: join(dir, 'spec.html') }), /spec\.json: .*build the credential first.*\[ERR_INVALID_ARGUMENT\]/)
  })
})
