import { extname } from 'node:path'
import { renderBadgeSvg, renderCredentialHtml, type RenderLanguage } from '../../render/index.js'
import { CliError, explain, readBytes, readJson, writeOut } from '../io.js'

/** Options of `mcred render`. */
export interface RenderCliOptions {
  /** `page.html` (or `.htm`) for the credential page, `badge.svg` for the badge. */
  out?: string
  /** `nl` (default) or `en`. */
  lang?: string
  /** The institution's image (PNG, JPEG or SVG file) for the badge. */
  image?: string
}

/** What the output file's extension asks for. */
function outputKind(out: string | undefined): 'html' | 'svg' {
  if (out === undefined || out === '') throw new CliError('give --out page.html (the credential page) or --out badge.svg (the badge)')
  const ext = extname(out).toLowerCase()
  if (ext === '.html' || ext === '.htm') return 'html'
  if (ext === '.svg') return 'svg'
  throw new CliError(`--out ${out}: the file name must end in .html (the credential page) or .svg (the badge)`)
}

/** The image file as a data URL, by its content (PNG, JPEG or SVG). */
async function imageDataUrl(path: string): Promise<string> {
  const bytes = await readBytes(path)
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart()
  const type = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 ? 'image/png'
    : bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff ? 'image/jpeg'
      : head.startsWith('<') && /<svg[\s>]/.test(new TextDecoder().decode(bytes.subarray(0, 65536))) ? 'image/svg+xml'
        : undefined
  if (type === undefined) throw new CliError(`${path}: not a PNG, JPEG or SVG image`)
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`
}

/**
 * `mcred render`: a credential file (JSON) as the credential page (`--out page.html`) or as the badge
 * with the microcredential watermark (`--out badge.svg`), labelled in Dutch or English. The page shows
 * what the credential says and that it was not verified here (run `mcred verify` for that).
 */
export async function render(credentialPath: string, options: RenderCliOptions): Promise<number> {
  const kind = outputKind(options.out)
  const lang = (options.lang ?? 'nl') as RenderLanguage
  if (lang !== 'nl' && lang !== 'en') throw new CliError('--lang must be nl or en')
  const credential = await readJson(credentialPath)
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) {
    throw new CliError(`${credentialPath}: must be a JSON object (an OB 3.0 credential)`)
  }
  const image = options.image === undefined ? undefined : await imageDataUrl(options.image)
  let text: string
  try {
    text = kind === 'html'
      ? renderCredentialHtml(credential as Record<string, unknown>, { lang, ...(image === undefined ? {} : { image }) })
      : renderBadgeSvg(credential as Record<string, unknown>, { lang, ...(image === undefined ? {} : { image }) })
  } catch (e) {
    throw explain(credentialPath, e)
  }
  await writeOut(options.out, text)
  return 0
}
