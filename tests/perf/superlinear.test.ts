/**
 * No rule is superlinear in the length of a paragraph or of a line: each
 * rule alone lints one paragraph (hard-wrapped) and one line of n characters
 * of generated news prose, French and English, then the same prose twice
 * over (2n; for duplicate-block, 2n characters of fresh prose), and the work
 * counted (blocks executed, tests/support/work.ts; never time) for 2n is at
 * most 2.2 times that for n. A rule that compared every word with every
 * other, or scanned back to the paragraph's start from each word, would give
 * about 4.
 *
 * countWork counts a built-in (a regular expression's match, `includes`, a
 * `splice`) as one block, whatever the length of what it reads: a rule that
 * ran `text.includes('`')` over the whole paragraph for each mark, or the
 * parser splicing a list of every token of the paragraph for each merge,
 * looked linear to it while a 5 MB line took 85 s. The second part counts
 * what the built-ins read and move (countScans) for one line of fresh prose
 * of 40,000 and 80,000 characters, each rule alone: at most 2.2 times.
 */
import {beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: the bench's generator is JavaScript, without types.
import {longDocument} from '../../bench/corpus.js'
import {lint} from '../../src/engine/lint.js'
import {builtinRules} from '../../src/rules/index.js'
import {countScans, countWork, startCounting} from '../support/work.js'

/** Characters of the shorter text: long enough for a paragraph's work to outweigh a document's fixed costs. */
const N = 12_000
const MAX_GROWTH = 2.2
const TODAY = new Date('2026-12-07')

/** The first `size` characters of generated prose, cut at a space, `times` over, as one line. */
function oneLine(lang: 'fr' | 'en', size: number, times = 1): string {
  const prose = (longDocument(size * 1.2, lang) as string).replace(/\s*\n\s*/g, ' ')
  const cut = `${prose.slice(0, prose.lastIndexOf(' ', size))}.`
  return `${Array.from({length: times}, () => cut).join(' ')}\n`
}

/** The same prose hard-wrapped at 72 columns: one paragraph of many lines. */
function wrapped(text: string): string {
  return text.trim().replace(/(.{30,72})(?: |$)/g, '$1\n')
}

const SHAPES = {line: oneLine, paragraph: (lang: 'fr' | 'en', size: number, times = 1) => wrapped(oneLine(lang, size, times))}

function onlyRule(id: string): Record<string, 'off'> {
  return Object.fromEntries(builtinRules.filter((rule) => rule.meta.id !== id).map((rule) => [rule.meta.id, 'off']))
}

describe('work for twice the paragraph or line', () => {
  // On before the first lint, so that every function the rules run is compiled with counters.
  beforeAll(() => startCounting())
  const cases = builtinRules.flatMap((rule) => (['fr', 'en'] as const).flatMap((lang) => (['paragraph', 'line'] as const).map((shape) => [rule.meta.id, lang, shape] as const)))

  it.each(cases)('%s, %s, one %s: at most 2.2×', {timeout: 120_000}, async (id, lang, shape) => {
    const lintOnly = (text: string) => lint(text, {path: 'draft.txt', lang, today: TODAY, rules: onlyRule(id)})
    const small = SHAPES[shape](lang, N)
    // The same prose twice over: every kind of phrase as dense as in the shorter text (a longer
    // stretch of generated prose brings kinds of findings the shorter has none of, a step and not a
    // slope). For duplicate-block a text twice over is one long finding: there, twice the fresh prose.
    const large = id === 'duplicate-block' ? SHAPES[shape](lang, 2 * N) : SHAPES[shape](lang, N, 2)
    // Loaded and compiled once before counting: lexicons, chrono-node's parsers.
    await lintOnly(small)
    const once = await countWork(() => lintOnly(small))
    const twice = await countWork(() => lintOnly(large))
    expect(once).toBeGreaterThan(0)
    expect(twice / once).toBeLessThanOrEqual(MAX_GROWTH)
  })

  it('the shapes are what they say: one paragraph, one line, twice as long', () => {
    for (const lang of ['fr', 'en'] as const) {
      const line = oneLine(lang, N, 2)
      expect(line.indexOf('\n')).toBe(line.length - 1)
      expect(line.length).toBeGreaterThan(2 * N - 200)
      expect(line.length).toBeLessThanOrEqual(2 * N + 2)
      const paragraph = wrapped(line)
      expect(paragraph).not.toMatch(/\n\s*\n/)
      expect(paragraph.split('\n').every((row) => row.length <= 73)).toBe(true)
    }
  })

  it('counts what a quadratic loop does as quadratic (the counter is no constant)', async () => {
    const pairs = (words: string[]) => {
      let same = 0
      for (const a of words) for (const b of words) if (a === b) same++
      return same
    }
    const words = oneLine('fr', N).split(' ')
    const once = await countWork(() => pairs(words.slice(0, 500)))
    const twice = await countWork(() => pairs(words.slice(0, 1000)))
    expect(twice / once).toBeGreaterThan(3.5)
  })
})

describe('characters read by the built-ins for twice the line', () => {
  /** Characters of the shorter line: what a rule reads per passage must outweigh what it reads per paragraph. */
  const SCAN_N = 40_000
  const cases = builtinRules.flatMap((rule) => (['fr', 'en'] as const).map((lang) => [rule.meta.id, lang] as const))

  it.each(cases)('%s, %s: at most 2.2×', {timeout: 120_000}, async (id, lang) => {
    const lintOnly = (text: string) => lint(text, {path: 'draft.txt', lang, today: TODAY, rules: onlyRule(id)})
    const [small, large] = [oneLine(lang, SCAN_N), oneLine(lang, 2 * SCAN_N)]
    await lintOnly(small)
    const once = await countScans(() => lintOnly(small))
    const twice = await countScans(() => lintOnly(large))
    expect(once).toBeGreaterThan(SCAN_N)
    expect(twice / once).toBeLessThanOrEqual(MAX_GROWTH)
  })
})
