import { bakePng, bakeSvg } from '../../render/index.js'
import { CliError, explain, readBytes, readCredentialFile, writeBytesOut } from '../io.js'

/** Options of `mcred bake`. */
export interface BakeCliOptions {
  /** The badge image: a PNG or an SVG (told by content). */
  image: string
  /** Where to write the baked image. */
  out: string
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/**
 * `mcred bake`: embeds a credential (a JSON file, or a VC-JWT file holding the compact JWS) in a PNG
 * or SVG badge image (OB 3.0 §5.3) and writes the baked image to `--out`. A credential baked into the
 * image before is replaced.
 */
export async function bake(credentialPath: string, options: BakeCliOptions): Promise<number> {
  if (!options.out) throw new CliError('give --out FILE: where to write the baked image')
  const credential = await readCredentialFile(credentialPath)
  const image = await readBytes(options.image)
  const isPng = PNG_SIGNATURE.every((b, i) => image[i] === b)
  const wanted = /\.(png|svg)$/i.exec(options.out)?.[1]?.toLowerCase()
  if (wanted !== undefined && wanted !== (isPng ? 'png' : 'svg')) {
    throw new CliError(`${options.image} is ${isPng ? 'a PNG' : 'not a PNG'}, but --out ${options.out} names a .${wanted} file`)
  }
  let baked: Uint8Array
  try {
    baked = isPng ? bakePng(image, credential) : new TextEncoder().encode(bakeSvg(svgText(options.image, image), credential))
  } catch (e) {
    throw explain(options.image, e)
  }
  await writeBytesOut(options.out, baked)
  return 0
}

function svgText(path: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(`${path}: not a PNG or SVG image (no PNG signature, and not UTF-8 text)`)
  }
}
