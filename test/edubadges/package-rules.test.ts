import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/fixtures.js'

// test/package/tsdoc.test.ts walks the package barrels, which do not list src/edubadges/index.ts yet:
// the same check for the `microcredentials/edubadges` barrel, plus the folder's house rules.

const SRC = join(ROOT, 'src/edubadges')
const files = readdirSync(SRC).filter((f) => f.endsWith('.ts'))

function exportsWithoutExample(): { checked: number; missing: string[] } {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (p) => ts.sys.readFile(p))
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT)
  const program = ts.createProgram({ rootNames: [join(SRC, 'index.ts')], options: { ...parsed.options, noEmit: true, skipLibCheck: true } })
  const checker = program.getTypeChecker()
  const source = program.getSourceFile(join(SRC, 'index.ts'))
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source)
  if (module === undefined) throw new Error('src/edubadges/index.ts is not a module')
  const hasExample = (node: ts.Node): boolean => ts.getJSDocTags(node).some((t) => t.tagName.text === 'example')
  const missing: string[] = []
  const exported = checker.getExportsOfModule(module)
  for (const e of exported) {
    const symbol = e.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(e) : e
    const ok = (symbol.declarations ?? []).some((d) => hasExample(d) || (ts.isVariableDeclaration(d) && hasExample(d.parent.parent)))
    if (!ok) missing.push(e.name)
  }
  return { checked: exported.length, missing }
}

describe('src/edubadges', () => {
  it('every export of the barrel has TSDoc with an @example', () => {
    const { checked, missing } = exportsWithoutExample()
    expect(checked).toBeGreaterThanOrEqual(15)
    expect(missing).toEqual([])
  })

  it('the barrel has module TSDoc', () => {
    expect(readFileSync(join(SRC, 'index.ts'), 'utf8')).toMatch(/^\/\*\*[\s\S]*@module edubadges[\s\S]*?\*\//)
  })

  it('no node: imports, no console output, no `any`', () => {
    for (const file of files) {
      // Code only: TSDoc examples may show console output.
      const text = readFileSync(join(SRC, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
      expect(text, file).not.toMatch(/from ['"]node:/)
      expect(text, file).not.toMatch(/\bconsole\./)
      expect(text, file).not.toMatch(/:\s*any\b|as any\b|<any>/)
    }
  })
})
