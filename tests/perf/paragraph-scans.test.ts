/**
 * What a paragraph's passages ask of the whole paragraph is read once per
 * paragraph, not once per passage: twice the line costs at most 2.2 times
 * the characters the built-ins read (countScans: a scan of the paragraph
 * per mark or per word is quadratic there, and one block to countWork).
 */
import {beforeAll, describe, expect, it} from 'vitest'
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
})
