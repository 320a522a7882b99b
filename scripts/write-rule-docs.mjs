// Writes docs/quality/<profile>.md from the rule definitions (run after `npm run build`).
import { mkdirSync, writeFileSync } from 'node:fs'
import { renderRuleDocs } from '../dist/index.js'

mkdirSync(new URL('../docs/quality/', import.meta.url), { recursive: true })
for (const profile of ['ob3', 'eu', 'mbo', 'hbo', 'wo']) {
  writeFileSync(new URL(`../docs/quality/${profile}.md`, import.meta.url), renderRuleDocs(profile))
}
