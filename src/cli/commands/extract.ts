import { extractCredential, type ExtractedCredential } from '../../render/index.js'
import { explain, json, readBytes, writeOut } from '../io.js'

/** Options of `mcred extract`. */
export interface ExtractCliOptions {
  /** Write the credential here instead of stdout. */
  out?: string
  /** Machine output: `{ "format": "png" | "svg", "credential": … }`. */
  json?: boolean
}

/**
 * `mcred extract`: takes the credential out of a baked PNG or SVG badge (OB 3.0 §5.3) and prints it:
 * the credential JSON, or the VC-JWT's compact JWS on one line (with `--json`: the format and the
 * credential as one JSON object). Nothing is verified: run `mcred verify` on the output. Exit 2 when
 * the file is not an image, is broken, or carries no (or more than one) credential.
 */
export async function extract(imagePath: string, options: ExtractCliOptions = {}): Promise<number> {
  const bytes = await readBytes(imagePath)
  let extracted: ExtractedCredential
  try {
    extracted = extractCredential(bytes)
  } catch (e) {
    throw explain(imagePath, e)
  }
  const { format, credential } = extracted
  const text = options.json ? json({ format, credential }) : typeof credential === 'string' ? credential : json(credential)
  await writeOut(options.out, text)
  return 0
}
