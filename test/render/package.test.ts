/**
 * Package rules for src/render: it must run in browsers (no `node:` imports, no Buffer, no process,
 * nothing that writes to the console), import only from its own layer or below, and every export of
 * its barrel (the `microcredentials/render` entry) carries TSDoc with an `@example`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/fixtures.js'

const RENDER = join(ROOT, 'src', 'render')
const sources = readdirSync(RENDER).filter((f) => f.endsWith('.ts')).map((f) => ({ file: f, text: readFileSync(join(RENDER, f), 'utf8') }))

describe('src/render', () => {
  it('has one public operation per file, kebab-case names', () => {
    for (const { file } of sources) expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.ts$/)
  })

  it('runs in browsers: no node: imports, no Buffer, no process, no console, no require', () => {
    for (const { file, text } of sources) {
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')
      expect(code, file).not.toMatch(/from '(node:|fs|path|crypto|os|url|buffer)/)
      expect(code, file).not.toMatch(/\b(Buffer|process|console|require)\b/)
    }
  })

  it('imports only model, errors, lib, findings, types, build, quality, schema, contexts, bake, its own files and markdown-it', () => {
    for (const { file, text } of sources) {
      for (const m of text.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/from '([^']+)'/g)) {
        expect(`${file}: ${m[1]}`).toMatch(/: (\.\/[\w-]+\.js|\.\.\/(model|errors|lib|findings|types|build|quality|schema|contexts|bake)\/[\w/-]+\.js|markdown-it)$/)
      }
    }
  })

  it('every export of the barrel has TSDoc with an @example', () => {
    const barrel = join(RENDER, 'index.ts')
    const program = ts.createProgram({ rootNames: [barrel], options: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, skipLibCheck: true, strict: true } })
    const checker = program.getTypeChecker()
    const source = program.getSourceFile(barrel) as ts.SourceFile
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(source) as ts.Symbol)
    const missing: string[] = []
    for (const exported of exports) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      const documented = (symbol.declarations ?? []).some((d) => ts.getJSDocTags(d).some((t) => t.tagName.text === 'example'))
      if (!documented) missing.push(exported.name)
    }
    expect(exports.map((e) => e.name).sort()).toEqual(['BadgeSvgOptions', 'BakeError', 'BakeErrorCode', 'CredentialHtmlOptions', 'ExtractedCredential', 'RenderLanguage', 'VerificationCheckSummary', 'VerificationSummary', 'bakePng', 'bakeSvg', 'extractCredential', 'renderBadgeSvg', 'renderCredentialHtml'])
    expect(missing).toEqual([])
    expect(ts.getJSDocTags(source.statements[0] as ts.Node).some((t) => t.tagName.text === 'module')).toBe(true)
  })
})
