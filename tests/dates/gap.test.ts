import {describe, expect, test} from 'vitest'
import {formatGap} from '../../src/dates/format.js'
import {messages} from './helpers.js'

describe('distances between dates, as a newsroom writes them', () => {
  test.each([
    [1, '1 jour', '1 day'],
    [6, '6 jours', '6 days'],
    [28, '4 semaines', '4 weeks'],
    [59, '59 jours', '59 days'],
    [60, 'environ 2 mois', 'about 2 months'],
    [334, 'environ 11 mois', 'about 11 months'],
    // From a year on, years: months only while they still say something.
    [365, 'environ un an', 'about a year'],
    [400, 'environ un an et 1 mois', 'about a year and 1 month'],
    [545, 'environ un an et 6 mois', 'about a year and 6 months'],
    [730, 'environ 2 ans', 'about 2 years'],
    [33_150, 'environ 91 ans', 'about 91 years']
  ])('%i days: « %s », "%s"', (days, french, english) => {
    expect(formatGap('fr', days)).toBe(french)
    expect(formatGap('en', days)).toBe(english)
  })
})

describe('date-timeline gives long distances in years', () => {
  test('a date told after another but decades before it', async () => {
    // 3 March 1936 was a Tuesday: only the order is wrong.
    const french = await messages('Le sommet s’est ouvert lundi 7 décembre 2026. Puis, le mardi 3 mars 1936, le traité fut signé.', 'fr', 'date-timeline')
    expect(french.map(String)).toEqual([
      '1:56-1:73: « mardi 3 mars 1936 » (3 mars 1936) est raconté après « lundi 7 décembre 2026 » (7 décembre 2026) mais le précède d’environ 91 ans'
    ])
    const english = await messages('The summit opened on Monday, Dec. 7, 2026. Then, on Tuesday, March 3, 1936, the treaty was signed.', 'en', 'date-timeline')
    expect(english.map(String)).toEqual([
      '1:53-1:75: "Tuesday, March 3, 1936" (March 3, 1936) is told after "Monday, Dec. 7, 2026" (December 7, 2026) but comes about 91 years before it'
    ])
  })

  test('a wrong weekday a year and a half after the story', async () => {
    const published = new Date(Date.UTC(2026, 11, 4))
    const french = await messages(
      'Le procès s’est ouvert lundi 2 juin 2025 et le verdict est tombé mardi 3 juin 2025. Le juge avait été nommé mercredi 4 juin 2025. L’appel est fixé au lundi 1er décembre.',
      'fr',
      'date-timeline',
      {referenceDate: published}
    )
    expect(french.map(String)).toEqual([
      expect.stringMatching(/^1:151-1:169: « lundi 1er décembre » \(1er décembre 2026\) tombe environ un an et 6 mois après tous les autres événements du récit \(du 2 au 4 juin 2025\)/)
    ])
    const english = await messages(
      'The trial opened on Monday, June 2, 2025, and the verdict came on Tuesday, June 3, 2025. The judge was appointed on Wednesday, June 4, 2025. The appeal is set for Monday, Dec. 1.',
      'en',
      'date-timeline',
      {referenceDate: published}
    )
    expect(english.map(String)).toEqual([
      expect.stringMatching(/^1:164-1:178: "Monday, Dec. 1" \(December 1, 2026\) falls about a year and 6 months after every other event of the story \(June 2–4, 2025\)/)
    ])
  })

  test('near miss: distances under a year keep their days, weeks or months', async () => {
    expect(
      (await messages('Le conseil s’est réuni lundi 1er juillet 2024 et a voté mardi 2 juillet. Le précédent incident remontait au lundi 2 mars.', 'fr', 'date-timeline')).map(String)
    ).toEqual([expect.stringMatching(/tombe environ 4 mois avant/)])
    expect(
      (await messages('Il est arrivé lundi 5 octobre 2020. Puis, le mardi 29 septembre, il a signé.', 'fr', 'date-timeline')).map(String)
    ).toEqual([expect.stringMatching(/mais le précède de 6 jours$/)])
  })
})
