import euAnnexI from '../../schemas/quality/eu-annex-i.schema.json' with { type: 'json' }
import hoPilot from '../../schemas/quality/ho-pilot.schema.json' with { type: 'json' }
import learningOutcomes from '../../schemas/quality/learning-outcomes.schema.json' with { type: 'json' }
import mboPilot from '../../schemas/quality/mbo-pilot.schema.json' with { type: 'json' }
import nlCommon from '../../schemas/quality/nl-common.schema.json' with { type: 'json' }
import type { RuleSet } from './rule.js'

/** The JSON Schema of each rule set that has schema rules (files in `schemas/quality/`). */
export const QUALITY_SCHEMAS: Readonly<Partial<Record<RuleSet, object>>> = {
  eu: euAnnexI,
  nl: nlCommon,
  mbo: mboPilot,
  ho: hoPilot,
  lo: learningOutcomes,
}

/** File names of the quality schemas, by rule set. */
export const QUALITY_SCHEMA_FILES: Readonly<Partial<Record<RuleSet, string>>> = {
  eu: 'eu-annex-i.schema.json',
  nl: 'nl-common.schema.json',
  mbo: 'mbo-pilot.schema.json',
  ho: 'ho-pilot.schema.json',
  lo: 'learning-outcomes.schema.json',
}
