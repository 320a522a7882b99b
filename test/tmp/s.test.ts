import { test, expect } from 'vitest'
import { createOb3SchemaValidator } from '../../src/schema/validate-ob3-schema.js'
import fs from 'node:fs'
test('x', () => {
  const v = createOb3SchemaValidator()
  const dir = '/work/shared/fixtures/ob-spec-examples/'
  for (const f of fs.readdirSync(dir)) {
    const d = JSON.parse(fs.readFileSync(dir + f, 'utf8'))
    const t = JSON.stringify(d.type ?? '')
    if (!t.includes('OpenBadgeCredential') && !t.includes('AchievementCredential')) continue
    const r = v(d)
    console.log(f, r.findings.length, r.normalised, r.findings.slice(0,2).map(x=>x.path+' '+x.message))
  }
})
