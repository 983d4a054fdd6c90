import {describe, expect, test} from 'vitest'
import {quotationSpans, yearsTold} from '../../src/dates/paragraph-years.js'
import {analysisOf, messages} from './helpers.js'

const published = new Date(Date.UTC(2026, 11, 4))

/** Both date rules' findings, `line:column-line:column: reason rule`. */
async function reported(text: string, lang: 'fr' | 'en', referenceDate: Date | undefined = published) {
  const found = [...(await messages(text, lang, 'date-weekday', {referenceDate})), ...(await messages(text, lang, 'date-timeline', {referenceDate}))]
  return found.map((message) => `${String(message)} ${message.ruleId}`)
}

/** Each dated mention and the date it was read as. */
async function readAs(text: string, lang: 'fr' | 'en', referenceDate: Date | undefined = published) {
  const analysis = await analysisOf(text, lang, referenceDate)
  return analysis.resolved.map((entry) => `${entry.mention.text} ${entry.date.year}`)
}

describe('a year told earlier in the paragraph', () => {
  const may1968 = {
    fr: (weekday: string) => `En mai 1968, elle occupe l’Odéon. Le ${weekday} 13 mai, elle lit des poèmes.`,
    en: (weekday: string) => `In May 1968, students occupied the theatre. On ${weekday}, May 13, she read poems outside.`
  }

  test('gives its year to a date whose weekday agrees with it (French)', async () => {
    expect(await reported(may1968.fr('lundi'), 'fr')).toEqual([])
    expect(await readAs(may1968.fr('lundi'), 'fr')).toEqual(['lundi 13 mai 1968'])
    const profile = 'En 1990, il rejoint le club de Lens. Le jeudi 4 octobre, il joue son premier match.'
    expect(await reported(profile, 'fr')).toEqual([])
    expect(await readAs(profile, 'fr')).toEqual(['jeudi 4 octobre 1990'])
  })

  test('gives its year to a date whose weekday agrees with it (English)', async () => {
    expect(await reported(may1968.en('Monday'), 'en')).toEqual([])
    expect(await readAs(may1968.en('Monday'), 'en')).toEqual(['Monday, May 13 1968'])
    const profile = 'In 1975, she joined the Royal Court. On Tuesday, June 3, she played her first lead.'
    expect(await reported(profile, 'en')).toEqual([])
    expect(await readAs(profile, 'en')).toEqual(['Tuesday, June 3 1975'])
  })

  test('the true error next to it is still reported, in the year of the present (French)', async () => {
    expect(await reported(may1968.fr('mardi'), 'fr')).toEqual([
      '1:38-1:50: Le 13 mai 2026 est un mercredi, pas un mardi ; année de la date de publication (2026-12-04) date-weekday'
    ])
  })

  test('the true error next to it is still reported, in the year of the present (English)', async () => {
    expect(await reported(may1968.en('Tuesday'), 'en')).toEqual([
      '1:48-1:63: May 13, 2026 is a Wednesday, not a Tuesday; year of the publication date (2026-12-04) date-weekday'
    ])
  })

  test('does not move a date whose weekday agrees with the story’s present', async () => {
    expect(await readAs('En 1990, il rejoint le club. Il a été limogé le lundi 30 novembre.', 'fr')).toEqual(['lundi 30 novembre 2026'])
    expect(await readAs('In 1990, he joined the club. He was sacked on Monday, November 30.', 'en')).toEqual(['Monday, November 30 2026'])
  })

  // Near misses: each of these numbers would make the weekday agree if it were read as the date's year.
  test('a number that is not a year, a title or a quotation gives no year (French)', async () => {
    for (const text of [
      'Quelque 1968 manifestants occupent l’Odéon. Le lundi 13 mai, elle lit des poèmes.',
      'Elle tourne dans le film 1917. Le dimanche 13 mai, elle lit des poèmes.',
      '« En mai 1968, on a tout changé », dit-elle. Le lundi 13 mai, elle lit des poèmes.',
      'Le cortège part à 1930 h. Le mardi 13 mai, elle lit des poèmes.'
    ]) {
      expect((await messages(text, 'fr', 'date-weekday', {referenceDate: published})).map(String), text).toEqual([
        expect.stringMatching(/^1:\d+-1:\d+: Le 13 mai 2026 est un mercredi, pas un (?:lundi|mardi|dimanche) ;/)
      ])
    }
  })

  test('a number that is not a year, a title or a quotation gives no year (English)', async () => {
    for (const text of [
      'Some 1968 students occupied the theatre. On Monday, May 13, she read poems outside.',
      'She starred in the film 1917. On Sunday, May 13, she read poems outside.',
      '"In May 1968 we changed everything," she said. On Monday, May 13, she read poems outside.',
      'The march set off at 1930 GMT. On Tuesday, May 13, she read poems outside.'
    ]) {
      expect((await messages(text, 'en', 'date-weekday', {referenceDate: published})).map(String), text).toEqual([
        expect.stringMatching(/^1:\d+-1:\d+: May 13, 2026 is a Wednesday, not a (?:Monday|Tuesday|Sunday);/)
      ])
    }
  })

  test('a year of another paragraph gives none', async () => {
    expect(await reported('En mai 1968, elle occupe l’Odéon.\n\nLe lundi 13 mai, elle lit des poèmes.', 'fr')).toEqual([
      '3:4-3:16: Le 13 mai 2026 est un mercredi, pas un lundi ; année de la date de publication (2026-12-04) date-weekday'
    ])
    expect(await reported('In May 1968, students occupied the theatre.\n\nOn Monday, May 13, she read poems outside.', 'en')).toEqual([
      '3:4-3:18: May 13, 2026 is a Wednesday, not a Monday; year of the publication date (2026-12-04) date-weekday'
    ])
  })
})

describe('yearsTold', () => {
  test('reads years after a month, a season or a word of time, outside quotations', () => {
    const text =
      'En mai 1968, puis à l’été 1975 et en 1990 (depuis 2006, since 2007), « en 1999 », le film 1917, 1 500 manifestants, in May of 1985, 2,000 people at 1930 GMT, in 1930 GMT.'
    expect(yearsTold(text).map((told) => told.year)).toEqual([1968, 1975, 1990, 1985])
  })

  test('quotation spans pair their marks and run to the end when unclosed', () => {
    expect(quotationSpans('a « b « c » d » e “f” "g" « h')).toEqual([
      [2, 15],
      [18, 21],
      [22, 25],
      [26, 29]
    ])
  })
})
