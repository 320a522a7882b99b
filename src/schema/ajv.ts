import { Ajv2019 } from 'ajv/dist/2019.js'
import * as ajvFormats from 'ajv-formats'

// ajv-formats is CommonJS: under NodeNext its plugin sits on `.default`.
const addFormats = ajvFormats.default as unknown as (ajv: Ajv2019) => void

/** The ajv instance type used across the schema layer. */
export type AjvInstance = Ajv2019

/** Creates an ajv (draft 2019-09) instance with formats, all errors, strict off for 1EdTech's schemas. */
export function createAjv(): AjvInstance {
  const ajv = new Ajv2019({ allErrors: true, strict: false, validateFormats: true })
  addFormats(ajv)
  return ajv
}
