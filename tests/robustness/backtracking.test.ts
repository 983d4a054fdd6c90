/**
 * No catastrophic backtracking. Every regular expression literal of src/ is
 * found with the TypeScript parser (so a new one is covered the day it is
 * written) and run over adversarial inputs of 100 KB; then the whole engine
 * lints each input, which runs the expressions built at run time (`new
 * RegExp`) and chrono-node's. The time bound is generous: it only catches
 * exponential (or badly quadratic) behaviour, not slowness.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {ROOT} from '../support/cli.js'

const SIZE = 100 * 1024
const BOUND_MS = 5000

/** Runs of what the rules look at, each ended by a character that makes anchored patterns fail late. */
const UNITS = [
  ' ', '\t ', '\u00a0', '"', "'", '’', '«', '« « ', '»', '“”', '0', '12 ', '1 000 ', '3,5 ', 'a', 'é', 'a-a-', 'M. ', 'Mr. Mr ',
  'M M. ', '.', '. ', '!?', ' ;', ' :', '\n', '\r\n', '\r', '\n\n', 'le le ', 'the ', 'lundi ', 'mercredi 30 ', 'Oct. ', '&#',
  '&amp;', '<!-- ', '-- ', '# ', '> ', '* ', '[', '](', '`', '\\', 'Aa', 'ÉTAT ', "l'", 'x\u0301', '😀'
]
/** Ends the run with what no pattern expects, so that anchored and lookahead patterns fail as late as possible. */
const ENDING = '!x'
/** The inputs the whole engine lints: the runs the brief of issue 8 names, and Markdown's own. */
const ENGINE_UNITS = [' ', '"', "'", '’', '0', '« « ', 'a-a-', 'M. ', 'a', 'le le ', 'mercredi 30 ', '\r\n', '> ', '&#']

/**
 * Quadratic, not exponential, on a long run: allowed where the text they see
 * is short by construction, and run on 10 KB instead (still enough to expose
 * exponential backtracking, which shows at a few dozen characters).
 */
const BOUNDED: Record<string, string> = {
  '/[\\s,)）]+$/u': 'src/dates/extract.ts trims the text of one chrono match, a few dozen characters'
}

function adversarial(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size - ENDING.length) + ENDING
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })
}

interface Literal {
  where: string
  literal: string
  regex: RegExp
}

/** Every regular expression literal of src/, with its file and line. */
function regexLiterals(): Literal[] {
  const found: Literal[] = []
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source)
        const slash = text.lastIndexOf('/')
        const {line} = source.getLineAndCharacterOfPosition(node.getStart(source))
        found.push({where: `${path.relative(ROOT, file)}:${line + 1} ${text}`, literal: text, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1))})
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return found
}

const literals = regexLiterals()

describe('regular expressions on adversarial 100 KB inputs', () => {
  it('finds the literals of src/ (the extraction itself works)', () => {
    expect(literals.length).toBeGreaterThan(50)
    expect(literals.some(({where}) => where.startsWith('src/analysis/abbreviation.ts'))).toBe(true)
  })

  it('allows a quadratic pattern only where it is still in the code', () => {
    for (const literal of Object.keys(BOUNDED)) expect(literals.map((found) => found.literal)).toContain(literal)
  })

  it.each(literals.map((found) => [found.where, found] as const))('%s', (_where, {literal, regex}) => {
    // Global, so that every start position of the input is tried, as matchAll and replace do.
    const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`)
    const size = BOUNDED[literal] ? SIZE / 10 : SIZE
    const slow: string[] = []
    for (const unit of UNITS) {
      const input = adversarial(unit, size)
      const started = performance.now()
      for (const _match of input.matchAll(global)) {
        // Consuming the matches is the work.
      }
      const elapsed = performance.now() - started
      if (elapsed > BOUND_MS) slow.push(`${JSON.stringify(unit)}: ${Math.round(elapsed)} ms`)
    }
    expect(slow).toEqual([])
  })
})

describe('the engine on adversarial 100 KB inputs', () => {
  it.each(ENGINE_UNITS.map((unit, index) => [unit, index % 2 === 0 ? 'draft.txt' : 'draft.md'] as const))('%j as %s', async (unit, file) => {
    const input = adversarial(unit)
    const started = performance.now()
    const result = await lint(input, {path: file, lang: unit.length % 2 === 0 ? 'fr' : 'en'})
    const elapsed = performance.now() - started
    expect(result.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
    // Every rule at once on a loaded machine; 100 KB of « mercredi 30 » takes about 16 s (chrono), far from exponential.
    expect(elapsed).toBeLessThan(BOUND_MS * 6)
  })
})
