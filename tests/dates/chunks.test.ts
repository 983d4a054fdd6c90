import {describe, expect, it} from 'vitest'
import {dateParser} from '../../src/dates/chrono.js'
import {dateChunks} from '../../src/dates/chunks.js'
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

describe('the sentences chrono reads (dateChunks)', () => {
  const pieces = (text: string) => dateChunks(text).map(([from, to]) => text.slice(from, to))

  it('skips the sentences that name no day, in French and English', () => {
    expect(pieces('Le ministre est arrivé à Tunis. Il a signé l’accord mercredi 30 octobre. La presse était là.')).toEqual([' Il a signé l’accord mercredi 30 octobre.'])
    expect(pieces('The minister arrived in Tunis. He signed the deal on Wednesday, Oct. 30. The press was there.')).toEqual([' He signed the deal on Wednesday, Oct. 30.'])
    expect(pieces('Le ministre est arrivé à Tunis ; la presse était là.')).toEqual([])
    expect(pieces('No day is named here! Nor here? Nor here.')).toEqual([])
  })

  it('merges sentences that follow one another, and keeps apart those that do not', () => {
    expect(pieces('Lundi, grève. Mardi, reprise. Rien ensuite. Jeudi 4 octobre, vote.')).toEqual(['Lundi, grève. Mardi, reprise.', ' Jeudi 4 octobre, vote.'])
    // A full name before a full stop ends the date: the next sentence is not read.
    expect(pieces('Il est venu jeudi. Rien ensuite. Puis le 4 octobre. Rien ensuite.')).toEqual(['Il est venu jeudi.', ' Puis le 4 octobre.'])
    expect(pieces('Strike on Monday; back on Tuesday! Nothing then. Vote on Thursday, June 4?')).toEqual(['Strike on Monday; back on Tuesday!', ' Vote on Thursday, June 4?'])
  })

  it('never cuts after a weekday or month, nor before a number (near misses of a sentence end)', () => {
    // "Oct." and « sept. » are abbreviations, "Sun." a weekday: the date goes on after them.
    expect(pieces('He left. He signed on Oct. 2, 2020, in Rabat. He left.')).toEqual([' He signed on Oct. 2, 2020, in Rabat.'])
    expect(pieces('Il est parti. Signé le 30 sept. 2020 à Rabat. Il est parti.')).toEqual([' Signé le 30 sept. 2020 à Rabat.'])
    expect(pieces('He left. Open Sun. March 3. He left.')).toEqual([' Open Sun. March 3.'])
    expect(pieces('He left. Due Oct. first, or so. He left.')).toEqual([' Due Oct. first, or so.'])
    // « juin. » may be chrono's abbreviation: the sentence after it is read too (nothing is lost, a little more is read).
    expect(pieces('Il est parti. Vote le 4 juin. Puis rien. Rien.')).toEqual([' Vote le 4 juin. Puis rien.'])
    expect(pieces('He left. Signed Sept.  30. He left.')).toEqual([' Signed Sept.  30.'])
    // A number after a stop may belong to the sentence before: « 2020. 12 » is not cut.
    expect(pieces('Il est parti. Vote le 12/03. 2020. Fin.')).toEqual([' Vote le 12/03. 2020.'])
    // Not a cut: no space after the stop, or a word that merely starts like a month (« marché »).
    expect(pieces('Le marché. Le 12.03.2024 à Rabat.Fin. Puis rien.')).toEqual([' Le 12.03.2024 à Rabat.Fin.'])
    expect(pieces('Le marché ferme. Il pleut.')).toEqual([])
  })

  it('cuts a run longer than CHUNK characters with no sentence end, keeping only what names a day', () => {
    const text = 'mot '.repeat(3000) + 'lundi 4 mai ' + 'mot '.repeat(3000)
    const found = pieces(text)
    expect(found.length).toBe(1)
    expect(found[0]!.length).toBeLessThanOrEqual(4000)
    expect(found[0]).toContain('lundi 4 mai')
  })
})

/** Sentences with dates, near dates and no dates, French and English, to be joined at random. */
const SENTENCES = {
  fr: [
    'Le ministre a signé, vendredi 2 octobre, un accord',
    'Le salon se tient du lundi 12 au jeudi 15 juin 2023',
    'Grève lundi 12 et mardi 13 juin',
    'Il est venu mardi dernier, puis jeudi',
    'Un accident, le vendredi 13',
    'Le PSG a gagné 3-1 mardi 4 juin 2024',
    'Rendez-vous à 14 h 30 ou à 10.30',
    'Appelez le 06-12-34-56-78',
    'Il y a 3 jours, dans 10 ans, depuis 2006',
    'Signé le 30 sept',
    '2020',
    '12 personnes sont mortes le 12/03/2024',
    'Le marché de la mer est ouvert',
    'Réunion mardi 31 avril 2021 et le 1er mai',
    'La veille, hier, aujourd’hui',
    'Elle partira samedi',
    'Du 3 au 5 mars',
    'Il a 20 ans'
  ],
  en: [
    'He signed on Friday, Oct',
    '2, 2020, in Rabat',
    'The fair runs from Monday, June 12 to Thursday, June 15, 2023',
    'Strikes on Monday 12 and Tuesday 13 June',
    'He flew to Algiers on Thursday',
    'They won 7–4 on Tuesday, June 4, 2024',
    'The meeting starts at 2:30 p.m',
    'Open Sun',
    'March 3',
    'Two days after Oct. 2 he resigned',
    'In 10 years the region will change',
    'Next week, last month, the end of the month',
    'Filed 2024-03-12 and 2024 3 12',
    'He sat down at 10',
    'It may be late',
    'Polls close Sunday 11 August 2024',
    'The invoice is dated Feb. 30',
    'Sept'
  ]
}

describe('chrono reads the same dates in the chunks as in the whole paragraph', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`on 300 random paragraphs (${lang})`, async () => {
      const parser = await dateParser(lang)
      const reference = new Date(Date.UTC(2000, 0, 1, 12))
      const describe = (result: {index: number; text: string; start: {tags(): Set<string>; isCertain(key: string): boolean; get(key: string): number | null}}, offset = 0) =>
        `${offset + result.index} ${result.text} ${[...result.start.tags()].sort().join(',')} ${['weekday', 'day', 'month', 'year'].map((key) => (result.start.isCertain(key as never) ? result.start.get(key as never) : '-')).join('/')}`
      let state = lang === 'fr' ? 7 : 11
      const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
      const stops = ['. ', '.  ', '; ', '! ', '? ', ', ', ' ', '.\n', '. (', '. « ', '.) ']
      for (let run = 0; run < 300; run++) {
        let text = ''
        const count = 1 + Math.floor(next() * 8)
        for (let index = 0; index < count; index++) {
          text += SENTENCES[lang][Math.floor(next() * SENTENCES[lang].length)]! + stops[Math.floor(next() * stops.length)]!
        }
        const whole = parser.parse(text, reference).map((result) => describe(result))
        const chunked = dateChunks(text).flatMap(([from, to]) => parser.parse(text.slice(from, to), reference).map((result) => describe(result, from)))
        expect(chunked, text).toEqual(whole)
      }
    })
  }
})
