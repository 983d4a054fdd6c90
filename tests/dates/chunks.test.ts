import {describe, expect, it} from 'vitest'
import {sentenceChunks} from '../../src/dates/extract.js'
import {lint} from '../../src/index.js'

describe('dates in very long paragraphs', () => {
  it('cuts a long paragraph into whole sentences that cover it exactly', () => {
    const text = 'Le ministre est arrivé à Tunis. '.repeat(400) + 'x'.repeat(9000)
    const chunks = sentenceChunks(text)
    expect(chunks.length).toBeGreaterThan(3)
    expect(chunks[0]![0]).toBe(0)
    expect(chunks.at(-1)![1]).toBe(text.length)
    for (let index = 1; index < chunks.length; index++) expect(chunks[index]![0]).toBe(chunks[index - 1]![1])
    // Whole sentences: every chunk but those of the unbroken run ends after a full stop.
    expect(text.slice(chunks[0]![0], chunks[0]![1]).endsWith('.')).toBe(true)
  })

  it('still finds a wrong weekday far into a paragraph of 60,000 characters, in French and English', async () => {
    const french = 'Le ministre est arrivé à Tunis pour des entretiens. '.repeat(1200) + 'Il a signé l’accord mercredi 30 octobre 2020 à Rabat.'
    const english = 'The minister arrived in Tunis for talks on security. '.repeat(1200) + 'He signed the deal on Wednesday, Oct. 30, 2020, in Rabat.'
    const [fr, en] = await Promise.all([lint(french, {path: 'a.txt', lang: 'fr'}), lint(english, {path: 'b.txt', lang: 'en'})])
    expect(fr.messages.filter((message) => message.ruleId === 'date-weekday').map((message) => message.actual)).toEqual(['mercredi 30 octobre 2020'])
    expect(en.messages.filter((message) => message.ruleId === 'date-weekday').map((message) => message.actual)).toEqual(['Wednesday, Oct. 30, 2020'])
  })
})
