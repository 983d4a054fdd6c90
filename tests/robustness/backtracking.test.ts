/**
 * No catastrophic backtracking, and no clock. Every regular expression
 * literal of src/ is found with the TypeScript parser (so a new one is
 * covered the day it is written) and run over adversarial inputs of 100 KB,
 * every match consumed: an exponential pattern never ends there, and the
 * runner's time-out stops it. The patterns src/ assembles with `new RegExp`
 * from lexicon lists are recorded as the compiled modules load and lint
 * (tests/support/record-patterns.mjs) and run the same way over 10 KB,
 * where a cubic pattern already takes many minutes. Then the whole engine lints each input (which
 * runs the expressions built at run time with `new RegExp`, and chrono-node's)
 * at 25 KB and at 50 KB, and the work counted in blocks run
 * (tests/support/work.ts) for twice the input is at most 2.2 times the
 * work for the input: a pattern rescanned from every word, or a rule that
 * looks back to the start of the run, shows there as 4.
 */
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import {beforeAll, describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {ROOT} from '../support/cli.js'
import {countWork, startCounting} from '../support/work.js'

const SIZE = 100 * 1024
/** The engine's inputs: the smaller of the two counted, then twice that. */
const ENGINE_SIZE = 25 * 1024
const MAX_GROWTH = 2.2

/** Runs of what the rules look at, each ended by a character that makes anchored patterns fail late. */
const UNITS = [
  ' ', '\t ', '\u00a0', '"', "'", '’', '«', '« « ', '»', '“”', '0', '12 ', '1 000 ', '3,5 ', 'a', 'é', 'a-a-', 'M. ', 'Mr. Mr ',
  'M M. ', '.', '. ', '!?', ' ;', ' :', '\n', '\r\n', '\r', '\n\n', 'le le ', 'the ', 'lundi ', 'mercredi 30 ', 'Oct. ', '&#',
  '&amp;', '<!-- ', '-- ', '# ', '> ', '* ', '[', '](', '`', '\\', 'Aa', 'ÉTAT ', "l'", 'x\u0301', '😀'
]
/** Ends the run with what no pattern expects, so that anchored and lookahead patterns fail as late as possible. */
const ENDING = '!x'
/** The inputs the whole engine lints: the runs the brief of issue 8 names, and Markdown's own. */
const ENGINE_UNITS = [' ', '"', "'", '’', '0', '« « ', 'a-a-', 'M. ', 'a', 'le le ', 'mercredi 30 ', '\r\n', '> ', '&#', '“a," ']

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
    // Consuming every match is the work; an exponential pattern never gets past its input, and the runner's time-out stops it.
    let swept = 0
    for (const unit of UNITS) {
      for (const _match of adversarial(unit, size).matchAll(global)) {
        // Consuming the matches is the work.
      }
      swept++
    }
    expect(swept).toBe(UNITS.length)
  })
})

/** What src/ builds with `new RegExp` while it loads and lints a French and an English draft. */
interface BuiltPattern {
  where: string
  source: string
  flags: string
}

/**
 * The size the built patterns are swept at. Some are quadratic on a long run
 * of spaces or of one character (`(\S+)\s+days\s+ago`): they read a window of
 * 45 characters or the few words between two figures, and take a second or
 * two here; a cubic pattern (three optional runs of spaces in a row, as
 * arithmetic's « from … to » had until 7 December: 0.77 s on 1 KB of
 * spaces) would take some 13 minutes on one unit, past any run's limit.
 */
const BUILT_SIZE = 10 * 1024

describe('regular expressions built with new RegExp, on adversarial 10 KB inputs', () => {
  const built: BuiltPattern[] = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'tests', 'support', 'record-patterns.mjs')], {cwd: ROOT, encoding: 'utf8'}))

  it('records the patterns built from lexicon lists (the recording itself works)', () => {
    expect(built.length).toBeGreaterThan(100)
    expect(built.some(({where}) => where.startsWith('src/analysis/arithmetic.ts'))).toBe(true)
    expect(built.some(({where}) => where.startsWith('src/dates/'))).toBe(true)
  })

  it.each(built.map((pattern) => [`${pattern.where} /${pattern.source.slice(0, 60)}…/${pattern.flags}`, pattern] as const))('%s', (_where, {source, flags}) => {
    const global = new RegExp(source, flags.includes('g') ? flags : `${flags}g`)
    let swept = 0
    for (const unit of UNITS) {
      for (const _match of adversarial(unit, BUILT_SIZE).matchAll(global)) {
        // Consuming the matches is the work.
      }
      swept++
    }
    expect(swept).toBe(UNITS.length)
  })
})

describe('the engine on adversarial inputs, work counted', () => {
  // On before the first lint, so that every function the engine runs is compiled with counters.
  beforeAll(() => startCounting())

  it.each(ENGINE_UNITS.map((unit, index) => [unit, index % 2 === 0 ? 'draft.txt' : 'draft.md'] as const))('%j as %s: twice the input, at most 2.2 times the work', {timeout: 240_000}, async (unit, file) => {
    const lintOne = (input: string) => lint(input, {path: file, lang: unit.length % 2 === 0 ? 'fr' : 'en', today: new Date('2026-12-07')})
    const small = adversarial(unit, ENGINE_SIZE)
    const large = adversarial(unit, 2 * ENGINE_SIZE)
    // Loaded and compiled once before counting.
    await lintOne(adversarial(unit, 1024))
    let results: Awaited<ReturnType<typeof lint>>[] = []
    const once = await countWork(async () => results.push(await lintOne(small)))
    const twice = await countWork(async () => results.push(await lintOne(large)))
    for (const result of results) expect(result.messages.filter((message) => message.ruleId === 'internal-error')).toEqual([])
    expect(once).toBeGreaterThan(0)
    expect(twice / once).toBeLessThanOrEqual(MAX_GROWTH)
    results = []
  })
})
