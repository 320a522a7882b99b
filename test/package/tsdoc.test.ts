import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Every public export (everything reachable from the package's entry barrels) must carry TSDoc
// with an `@example` block.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const barrels = ['src/index.ts', 'src/verify/index.ts', 'src/issue/index.ts', 'src/keys/index.ts', 'src/status/index.ts', 'src/store/index.ts', 'src/batch/index.ts', 'src/render/index.ts', 'src/edubadges/index.ts']

function loadProgram(): ts.Program {
  const configPath = join(root, 'tsconfig.json')
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path))
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'))
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, undefined, configPath)
  return ts.createProgram({
    rootNames: barrels.map((b) => join(root, b)),
    options: { ...parsed.options, noEmit: true, skipLibCheck: true },
  })
}

function hasExampleTag(node: ts.Node): boolean {
  return ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'example')
}

/** `const X = …` keeps its JSDoc on the variable statement, not the declaration. */
function declarationHasExample(decl: ts.Declaration): boolean {
  if (hasExampleTag(decl)) return true
  if (ts.isVariableDeclaration(decl)) {
    const statement = decl.parent.parent
    if (ts.isVariableStatement(statement) && hasExampleTag(statement)) return true
  }
  return false
}

function missingExamples(): { checked: number; missing: string[] } {
  const program = loadProgram()
  const checker = program.getTypeChecker()
  const missing = new Set<string>()
  const checked = new Set<ts.Symbol>()
  for (const barrel of barrels) {
    const source = program.getSourceFile(join(root, barrel))
    if (!source) throw new Error(`barrel not in program: ${barrel}`)
    const moduleSymbol = checker.getSymbolAtLocation(source)
    if (!moduleSymbol) throw new Error(`barrel is not a module: ${barrel}`)
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      checked.add(symbol)
      const declarations = symbol.declarations ?? []
      if (declarations.length === 0) {
        missing.add(`${barrel}:${exported.name} (no declaration)`)
        continue
      }
      // Overloads and merged declarations: one documented declaration suffices.
      if (declarations.some(declarationHasExample)) continue
      const file = relative(root, declarations[0]!.getSourceFile().fileName).split('\\').join('/')
      missing.add(`${file}:${exported.name}`)
    }
  }
  return { checked: checked.size, missing: [...missing].sort() }
}

describe('TSDoc on public exports', () => {
  it('every export reachable from the package barrels has an @example', () => {
    const { checked, missing } = missingExamples()
    // Guard against a vacuous pass (e.g. the barrels stop resolving): the package has well over 100 exports.
    expect(checked).toBeGreaterThan(100)
    expect(missing, `exports without an @example block:\n${missing.join('\n')}`).toEqual([])
  })
})
