/**
 * Whether a sentence is a correction notice (« Dans une précédente version,
 * nous indiquions… ») is decided once per sentence, not once per date it
 * holds: a listing of thousands of dates in one sentence ran the notice
 * expression over the whole sentence for each of them (quadratic).
 */
import {describe, expect, it, vi} from 'vitest'
import {lint} from '../../src/index.js'

const calls = vi.hoisted(() => ({count: 0}))

vi.mock('../../src/dates/corrections.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/dates/corrections.js')>()
  return {
    ...original,
    isCorrectionSentence: (sentence: string) => {
      calls.count++
      return original.isCorrectionSentence(sentence)
    }
  }
})

describe('correction notices', () => {
  for (const [lang, listing] of [
    ['en', `The council met on ${Array.from({length: 40}, (_, index) => `Oct. ${(index % 28) + 1}, 2020`).join(', ')}.`],
    ['fr', `Le conseil s’est réuni les ${Array.from({length: 40}, (_, index) => `${(index % 28) + 1} octobre 2020`).join(', ')}.`]
  ] as const) {
    it(`${lang}: are looked for once in a sentence that lists 40 dates`, async () => {
      calls.count = 0
      await lint(listing, {path: 'listing.txt', lang, referenceDate: new Date(Date.UTC(2020, 10, 1))})
      expect(calls.count).toBe(1)
    })
  }
})
