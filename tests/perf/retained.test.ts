/**
 * What a lint keeps alive, counted, never measured on the heap (V8's figures
 * move with the collector's schedule): for generated news of n and 2n
 * characters, French and English, the structures a long document keeps to
 * the end of its lint hold a bounded number of objects per paragraph, no
 * closure per paragraph, and a few shared buffers whatever the length, and
 * nothing is kept per word in plain arrays (tests/support/retained.ts).
 * docs/performance.md gives the megabytes these shapes come to.
 */
import {describe, expect, it} from 'vitest'
// @ts-expect-error: the bench's generator is JavaScript, without types.
import {corpus, longDocument} from '../../bench/corpus.js'
import {analyseParagraphs} from '../../src/analysis/duplicate-block/match.js'
import {scratchCapacity} from '../../src/analysis/duplicate-block/scratch.js'
import {columnCapacity, columnGrowths, scanParagraphs} from '../../src/analysis/duplicate-block/words.js'
import {wordTable} from '../../src/analysis/spelling-tokens.js'
import {lint, lintFiles} from '../../src/engine/lint.js'
import {defineRule} from '../../src/rules/define.js'
import {duplicateBlock, FINGERPRINT} from '../../src/rules/duplicate-block.js'
import {builtinRules} from '../../src/rules/index.js'
import type {Block} from '../../src/text/blocks.js'
import {retainedShape} from '../support/retained.js'

const N = 60_000
const TODAY = new Date('2026-12-07')
/** Numbers in each buffer of a document's blocks (src/parse/plain.ts). */
const ARENA_CHUNK = 1 << 16

async function kept(lang: 'fr' | 'en', size: number) {
  const file = await lint(longDocument(size, lang) as string, {path: 'long.txt', lang, today: TODAY})
  const cache = file.data.factlint!.cache
  return {blocks: cache.get('blocks') as Block[], fingerprint: cache.get(FINGERPRINT) as {paragraphs: unknown[]}}
}

describe.each(['fr', 'en'] as const)('what a long document keeps, %s', (lang) => {
  it('blocks: one object per paragraph, no closure, their numbers in a few shared buffers', {timeout: 60_000}, async () => {
    for (const size of [N, 2 * N]) {
      const {blocks} = await kept(lang, size)
      const shape = retainedShape(blocks)
      const numbers = blocks.reduce((sum, block) => sum + block.tokens.length + block.sentences.length, 0)
      expect(blocks.length).toBeGreaterThan(200)
      expect(shape.functions).toBe(0)
      expect(shape.objects).toBe(blocks.length + 1)
      // Two pools (16-bit and 32-bit numbers), each with at most one buffer not full.
      expect(shape.buffers).toBeLessThanOrEqual(2 + Math.ceil(numbers / ARENA_CHUNK))
      // Every paragraph of the generated document is shorter than 65,536 characters: its numbers take 16 bits.
      expect(blocks.every((block) => block.tokens instanceof Uint16Array && block.sentences instanceof Uint16Array)).toBe(true)
    }
  })

  it("duplicate-block's prints: a bounded number of objects per paragraph, three buffers whatever the length", {timeout: 60_000}, async () => {
    const shapes = []
    for (const size of [N, 2 * N]) {
      const {fingerprint} = await kept(lang, size)
      const shape = retainedShape(fingerprint)
      expect(shape.functions).toBe(0)
      expect(shape.buffers).toBeLessThanOrEqual(3)
      expect(shape.objects / fingerprint.paragraphs.length).toBeLessThanOrEqual(8)
      shapes.push(shape)
    }
    expect(shapes[1]!.objects / shapes[0]!.objects).toBeLessThanOrEqual(2.2)
    expect(shapes[1]!.arrayEntries / shapes[0]!.arrayEntries).toBeLessThanOrEqual(2.2)
  })

  it("inconsistent-spelling's word table: five typed columns, nothing per word in plain arrays", () => {
    const texts = (longDocument(N, lang) as string).split('\n').filter((line) => line.trim() !== '')
    const table = wordTable(texts, lang)
    const shape = retainedShape(table, new Set([table.texts]))
    expect(table.form.length).toBeGreaterThan(5_000)
    expect(shape.buffers).toBe(5)
    // The distinct spellings and the quotations: plain arrays sized by those, not by the words.
    expect(shape.arrayEntries).toBe(table.forms.length + table.quotations.length)
  })
})

describe('columns sized once, never grown', () => {
  it("inconsistent-spelling's word table: exactly one entry per word, no copy left over", () => {
    for (const lang of ['fr', 'en'] as const) {
      const texts = (longDocument(N, lang) as string).split('\n').filter((line) => line.trim() !== '')
      const table = wordTable(texts, lang)
      const shape = retainedShape(table, new Set([table.texts]))
      // Five columns of exactly the table's words: 4 + 4 + 4 + 4 + 1 bytes a word.
      expect(shape.bufferBytes).toBe(17 * table.form.length)
    }
  })

  it("duplicate-block's scan: counted before it is written, whatever joins or splits the words", () => {
    const before = columnGrowths()
    const texts = [
      ...(longDocument(N, 'fr') as string).split('\n'),
      "l'homme d’État aujourd'hui l'l'l' ’’a'b'c' 'quoted' rock'n'roll",
      'œuvre ﬁnale, café, naïve, 𝐀𝐁𝐂 mot 𝒙 😀 e\u0301te\u0301 — x\u200by',
      '',
      "'",
      "a'",
      '\ud835'
    ]
    const scans = scanParagraphs(texts)
    const words = scans.reduce((sum, scan) => sum + scan.words, 0)
    expect(words).toBeGreaterThan(5_000)
    expect(columnGrowths()).toBe(before)
    // The document's columns, four buffers at most a few words longer than its words, shared by its paragraphs.
    const shape = retainedShape(scans)
    expect(shape.buffers).toBe(4)
    expect(shape.bufferBytes).toBeLessThanOrEqual(16 * words * 1.25)
    expect(columnCapacity()).toBe(0)
  })
})

describe('analyses dropped as soon as no rule reads them', () => {
  it('a run that keeps no analysis drops the dates after the last date rule, with the same findings', {timeout: 60_000}, async () => {
    const text = longDocument(N, 'fr') as string
    const kept = await lint(text, {path: 'long.txt', today: TODAY})
    let datesDuringDuplicateBlock: string[] | undefined
    const spy = defineRule({
      ...duplicateBlock,
      check(ctx, options) {
        datesDuringDuplicateBlock = [...ctx.file.data.factlint!.cache.keys()].filter((key) => key.startsWith('dates'))
        return duplicateBlock.check(ctx, options)
      }
    })
    const ruleSet = builtinRules.map((rule) => (rule === duplicateBlock ? spy : rule))
    const dropped = await lint(text, {path: 'long.txt', today: TODAY, ruleSet, dropAnalysesEarly: true})
    expect(datesDuringDuplicateBlock).toEqual([])
    expect([...kept.data.factlint!.cache.keys()].some((key) => key.startsWith('dates'))).toBe(true)
    expect(dropped.messages.map(String)).toEqual(kept.messages.map(String))
    expect(dropped.messages.length).toBeGreaterThan(10)
  })
})

describe('nothing sized by the longest document outlives its lint', () => {
  it("lets go of duplicate-block's scan columns once a long document's are copied", () => {
    const paragraphs = Array.from({length: 2_000}, (_, index) => `Le conseil ${index} a voté le budget de la ville pour l'année qui vient, après un long débat. `.repeat(4))
    const analyses = analyseParagraphs(paragraphs)
    expect(analyses.reduce((sum, analysis) => sum + analysis.words, 0)).toBeGreaterThan(100_000)
    expect(columnCapacity()).toBeLessThanOrEqual(1 << 16)
  })

  it("lets go of duplicate-block's scratch tables at the end of a document", async () => {
    const text = Array.from({length: 400}, (_, index) => `Le conseil ${index % 40} a voté le budget de la ville pour l'année qui vient, après un long débat.`).join('\n\n')
    const file = await lint(text, {path: 'repeats.txt', today: TODAY})
    expect(file.messages.some((message) => message.ruleId === 'duplicate-block')).toBe(true)
    expect(scratchCapacity()).toBe(0)
  })

  it('keeps of each file of a run only the fingerprints cross-file duplicates read', {timeout: 60_000}, async () => {
    const drafts = (corpus(60_000) as Array<{path: string; text: string}>).slice(0, 12)
    const files = await lintFiles(drafts, {today: TODAY})
    for (const file of files) expect([...file.data.factlint!.cache.keys()]).toEqual([FINGERPRINT])
  })
})
