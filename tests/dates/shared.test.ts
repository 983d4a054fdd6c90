import {describe, expect, it} from 'vitest'
import {dateParser} from '../../src/dates/chrono.js'
import type {Lang} from '../../src/types.js'
import {messages} from './helpers.js'

/** Calls of chrono's parse while `run` runs. */
async function parseCalls(lang: Lang, run: () => Promise<unknown>): Promise<number> {
  const parser = await dateParser(lang)
  const original = parser.parse
  let calls = 0
  parser.parse = function (this: typeof parser, ...args: Parameters<typeof original>) {
    calls++
    return original.apply(this, args)
  }
  try {
    await run()
  } finally {
    parser.parse = original
  }
  return calls
}

describe('date-weekday and date-timeline share one analysis of the document', () => {
  it('chrono reads each dated sentence once for both rules (French)', async () => {
    const text = 'Le ministre est arrivé à Tunis. Il a signé l’accord le mercredi 30 octobre 2020. La presse était là.\n\nPuis, le jeudi 5 novembre 2020, il est reparti.'
    let weekday: unknown[] = []
    const calls = await parseCalls('fr', async () => {
      weekday = await messages(text, 'fr', 'date-weekday')
    })
    expect(weekday).toHaveLength(1)
    // Two dated sentences, one in each paragraph: two reads, not four. (« le » keeps the first date from
    // being read without chrono, see plainDate.)
    expect(calls).toBe(2)
  })

  it('chrono reads each dated sentence once for both rules (English), and not the sentences without a day', async () => {
    const text = 'The minister arrived in Tunis. He signed the deal on Wednesday, Oct. 30, 2020. The press was there. He left on Thursday, Nov. 5, 2020.'
    const calls = await parseCalls('en', () => messages(text, 'en', 'date-timeline'))
    // The two dated sentences are not next to each other: two reads of one sentence each.
    expect(calls).toBe(2)
  })
})
