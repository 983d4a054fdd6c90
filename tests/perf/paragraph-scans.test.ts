/**
 * What a paragraph's passages ask of the whole paragraph is read once per
 * paragraph, not once per passage: twice the line costs at most 2.2 times
 * the characters the built-ins read (countScans: a scan of the paragraph
 * per mark or per word is quadratic there, and one block to countWork).
 */
import {beforeAll, describe, expect, it} from 'vitest'
// @ts-expect-error: the bench's generator is JavaScript, without types.
import {longDocument} from '../../bench/corpus.js'
import {quotationIndex, quotedPart, quotedPartIn} from '../../src/analysis/duplicate-block/context.js'
import {overlapFinder, sentencesAround} from '../../src/analysis/duplicate-block/find.js'
import {lint} from '../../src/engine/lint.js'
import {builtinRules} from '../../src/rules/index.js'
import {embeddedPosts} from '../../src/text/embedded-posts.js'
import {balanceParagraph} from '../../src/text/quotation-marks.js'
import {countScans, countWork, startCounting} from '../support/work.js'

const MAX_GROWTH = 2.2

/** A line of `times` sentences holding brackets, guillemets, quotation marks, a key combination and a code span. */
function marked(times: number): string {
  const sentence = 'Le maire (divers gauche) a dit « nous verrons » puis a tapé Ctrl-] et `git log (court)` devant "ses" adjoints ; » Suite » Page. '
  return sentence.repeat(times)
}

/** A line of prose with an embedded post's signature every `every` sentences. */
function posted(times: number): string {
  let text = ''
  for (let index = 0; index < times; index++) {
    text += index % 20 === 10 ? 'On ne lâche rien, a écrit la ministre. — Anne Martin (@annemartin) 4 novembre 2018 ' : 'Le conseil municipal a voté le budget de la ville mardi soir. '
  }
  return text
}

/** Every word's [start, end) in `text`. */
function wordsOf(text: string): Array<[number, number]> {
  return [...text.matchAll(/\p{L}+/gu)].map((match) => [match.index, match.index + match[0].length])
}

describe('a paragraph read once, not once per passage', () => {
  // Before the first call, so that every function is compiled with counters.
  beforeAll(() => startCounting())

  /** Work and scans for the large input over those for the small one. */
  const growth = async (run: (text: string) => unknown, small: string, large: string) => {
    run(small)
    return {
      scans: (await countScans(() => run(large))) / (await countScans(() => run(small))),
      work: (await countWork(() => run(large))) / (await countWork(() => run(small)))
    }
  }

  it('balanceParagraph: marks of twice the line', async () => {
    const {scans, work} = await growth((text) => balanceParagraph(text), marked(300), marked(600))
    expect(scans).toBeLessThanOrEqual(MAX_GROWTH)
    expect(work).toBeLessThanOrEqual(MAX_GROWTH)
  })

  it('embedded posts: every word of twice the line asked about', async () => {
    const ask = (text: string) => {
      const posts = embeddedPosts()
      let found = 0
      for (const [start, end] of wordsOf(text)) if (posts.isInEmbeddedPost(text, start, end) || posts.isEmbeddedPost(text, start, end)) found++
      return found
    }
    expect(ask(posted(400))).toBeGreaterThan(0)
    const {scans, work} = await growth(ask, posted(400), posted(800))
    expect(scans).toBeLessThanOrEqual(MAX_GROWTH)
    expect(work).toBeLessThanOrEqual(MAX_GROWTH)
  })

  it('duplicate-block: a line that repeats its own sentences, twice as long', async () => {
    const only = Object.fromEntries(builtinRules.filter((rule) => rule.meta.id !== 'duplicate-block').map((rule) => [rule.meta.id, 'off' as const]))
    /** Fresh prose of `size` characters given three times over, as one line: runs and sentences both grow with it. */
    const repeating = (size: number) => {
      const prose = (longDocument(size * 1.2, 'fr') as string).replace(/\s*\n\s*/g, ' ')
      const cut = `${prose.slice(0, prose.lastIndexOf(' ', size))}.`
      return `${[cut, cut, cut].join(' ')}\n`
    }
    const run = (text: string) => lint(text, {path: 'draft.txt', lang: 'fr', today: new Date('2026-12-07'), rules: only})
    const [small, large] = [repeating(15_000), repeating(30_000)]
    await run(small)
    const once = await countWork(() => run(small))
    const twice = await countWork(() => run(large))
    expect(twice / once).toBeLessThanOrEqual(MAX_GROWTH)
  })

  it('sentencesAround and overlapFinder: as a scan of every sentence and run, in logarithmic time', async () => {
    let state = 11
    const random = (limit: number) => {
      state = (state * 1103515245 + 12345) % 2147483648
      return state % limit
    }
    const sentences = (count: number) => {
      const ranges: Array<[number, number]> = []
      let word = 0
      for (let index = 0; index < count; index++) ranges.push([word, (word += 1 + random(30))])
      return ranges
    }
    const scanAround = (ranges: ReadonlyArray<readonly [number, number]>, from: number, to: number) => {
      let [first, last] = [from, to]
      for (const [start, end] of ranges) if (start < to && from < end) [first, last] = [Math.min(first, start), Math.max(last, end)]
      return [first, last]
    }
    const ranges = sentences(300)
    const words = ranges.at(-1)![1]
    const runs = Array.from({length: 60}, () => {
      const from = random(words)
      return {from, to: from + 1 + random(40)}
    })
    const overlaps = overlapFinder(runs)
    for (let from = 0; from < words + 5; from++) {
      for (const length of [1, 2, 7, 25, 60]) {
        expect(sentencesAround(ranges, from, from + length)).toEqual(scanAround(ranges, from, from + length))
        expect(overlaps(from, from + length)).toBe(runs.some((run) => run.from < from + length && from < run.to))
      }
    }
    expect(sentencesAround([], 3, 5)).toEqual([3, 5])
    expect(overlapFinder([])(3, 5)).toBe(false)
    // Every sentence of a paragraph asked about: twice the sentences, at most 2.2 times the work.
    const askAll = (count: number) => () => {
      const list = sentences(count)
      const finder = overlapFinder(list.map(([from, to]) => ({from, to})))
      for (const [from, to] of list) if (sentencesAround(list, from, to)[0] !== from || !finder(from, to)) throw new Error('not found')
    }
    expect((await countWork(askAll(40_000))) / (await countWork(askAll(20_000)))).toBeLessThanOrEqual(MAX_GROWTH)
  })

  it('quotedPart: as a scan of every word for each quotation, without one', async () => {
    let state = 5
    const random = (limit: number) => {
      state = (state * 1103515245 + 12345) % 2147483648
      return state % limit
    }
    /** `count` words apart, in order, and quotations anywhere (nested, overlapping, empty). */
    const paragraph = (count: number, quotations: number) => {
      const starts = new Int32Array(count)
      const ends = new Int32Array(count)
      let offset = 0
      for (let index = 0; index < count; index++) {
        starts[index] = offset += 1 + random(3)
        ends[index] = offset += 1 + random(9)
      }
      const ranges = Array.from({length: quotations}, (): [number, number] => {
        const start = random(offset + 10)
        return [start, start + random(120)]
      })
      return {words: {starts, ends}, ranges}
    }
    const scan = (words: {starts: Int32Array; ends: Int32Array}, from: number, to: number, ranges: ReadonlyArray<readonly [number, number]>) => {
      let quoted = 0
      let partial = false
      for (const [start, end] of ranges) {
        let inside = 0
        let outside = false
        for (let word = 0; word < words.starts.length; word++) {
          if (words.starts[word]! < start || words.ends[word]! > end) continue
          if (word >= from && word < to) inside++
          else outside = true
        }
        quoted += inside
        if (inside > 0 && outside) partial = true
      }
      return {quoted, partial}
    }
    const {words, ranges} = paragraph(400, 80)
    for (let from = 0; from < 400; from += 3) {
      for (const length of [0, 1, 4, 15, 60]) {
        const to = Math.min(400, from + length)
        expect(quotedPart('', words, from, to, ranges)).toEqual(scan(words, from, to, ranges))
      }
    }
    // Passages of a paragraph asked about in turn, as duplicate-block does: twice the paragraph, twice the
    // work (the questions counted; the index, a sort, is made once per paragraph).
    const askAll = (count: number) => {
      const {words: many, ranges} = paragraph(count, count / 10)
      const quotations = quotationIndex(ranges)
      return () => {
        for (let from = 0; from + 12 <= count; from += 12) quotedPartIn(quotations, many, from, from + 12)
      }
    }
    expect((await countWork(askAll(20_000))) / (await countWork(askAll(10_000)))).toBeLessThanOrEqual(MAX_GROWTH)
  })
})

