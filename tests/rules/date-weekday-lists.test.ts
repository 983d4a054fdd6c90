import {describe, expect, test} from 'vitest'
import {weekdayLists} from '../../src/dates/lists.js'
import {analysisOf, messages} from '../dates/helpers.js'

// Checked with `date -d`: 2026-12-01 is a Tuesday, 12-02 a Wednesday, 12-03 a Thursday,
// 12-05 a Saturday, 12-06 a Sunday, 12-07 a Monday, 12-11 a Friday.
const published = new Date(Date.UTC(2026, 11, 4))

async function reported(text: string, lang: 'fr' | 'en', referenceDate?: Date) {
  return (await messages(text, lang, 'date-weekday', {referenceDate})).map((message) => [String(message), message.expected])
}

/** Each dated event of the text: its words and the date it was read as. */
async function events(text: string, lang: 'fr' | 'en', referenceDate?: Date) {
  const analysis = await analysisOf(text, lang, referenceDate)
  return analysis.events.map((event) => `${event.mention.text} ${event.date.year}-${event.date.month}-${event.date.day}`)
}

describe('weekdays listed before their days are paired by position', () => {
  test.each([
    ['fr', 'Le conseil s’est réuni mardi et mercredi 1er et 2 décembre 2026.', ['mardi 2026-12-1', 'mercredi 2026-12-2']],
    ['fr', 'Les négociations ont repris mardi et mercredi (1er et 2 décembre).', ['mardi 2026-12-1', 'mercredi 2026-12-2']],
    ['fr', 'Le marché ouvre les samedi et dimanche 5 et 6 décembre.', ['samedi 2026-12-5', 'dimanche 2026-12-6']],
    ['en', 'On Tuesday and Wednesday, December 1 and 2, 2026, the council met.', ['Tuesday 2026-12-1', 'Wednesday 2026-12-2']],
    ['en', 'The fair runs Saturday and Sunday (Dec. 5–6) in Lyon.', ['Saturday 2026-12-5', 'Sunday 2026-12-6']],
    ['en', 'The fair runs Saturday and Sunday, Dec. 5-6, 2026.', ['Saturday 2026-12-5', 'Sunday 2026-12-6']],
    ['en', 'Hearings are set for Monday, Tuesday and Wednesday, Dec. 7, 8 and 9.', ['Monday 2026-12-7', 'Tuesday 2026-12-8', 'Wednesday 2026-12-9']]
  ] as const)('%s: %s', async (lang, text, expected) => {
    expect(await events(text, lang, published)).toEqual(expected)
    expect(await reported(text, lang, published)).toEqual([])
    // Without a publication date, the year is the one the pairs agree with.
    expect(await reported(text, lang)).toEqual([])
  })

  test('a wrong pair is reported on its own weekday, corrected to the weekday of its day', async () => {
    // Tuesday 1 and Wednesday 2: « jeudi » is the wrong one.
    expect(await reported('Le conseil s’est réuni mardi et jeudi 1er et 2 décembre 2026.', 'fr')).toEqual([
      ['1:33-1:38: Le 2 décembre 2026 est un mercredi, pas un jeudi', ['mercredi']]
    ])
    expect(await reported('The council met on Tuesday and Thursday, December 1 and 2, 2026.', 'en')).toEqual([
      ['1:32-1:40: December 2, 2026 is a Wednesday, not a Thursday', ['Wednesday']]
    ])
    // 2 and 3 December are a Wednesday and a Thursday: both pairs are wrong, each on its weekday.
    expect(await reported('Le conseil s’est réuni mardi et mercredi 2 et 3 décembre 2026.', 'fr')).toEqual([
      ['1:24-1:29: Le 2 décembre 2026 est un mercredi, pas un mardi', ['mercredi']],
      ['1:33-1:41: Le 3 décembre 2026 est un jeudi, pas un mercredi', ['jeudi']]
    ])
    expect(await reported('The council met on Tuesday and Wednesday, Dec. 2 and 3, 2026.', 'en')).toEqual([
      ['1:20-1:27: December 2, 2026 is a Wednesday, not a Tuesday', ['Wednesday']],
      ['1:32-1:41: December 3, 2026 is a Thursday, not a Wednesday', ['Thursday']]
    ])
  })

  test('the lists interleaved, as chrono already reads them, are unchanged', async () => {
    expect(await events('Le salon a lieu les samedi 5 et dimanche 6 décembre.', 'fr', published)).toEqual(['samedi 5 2026-12-5', 'dimanche 6 décembre 2026-12-6'])
    expect(await events('La grève dure du lundi 7 au vendredi 11 décembre.', 'fr', published)).toEqual(['lundi 7 2026-12-7', 'vendredi 11 décembre 2026-12-11'])
    expect(await events('The strike runs from Monday, Dec. 7, to Friday, Dec. 11.', 'en', published)).toEqual(['Monday, Dec. 7 2026-12-7', 'Friday, Dec. 11 2026-12-11'])
    for (const [text, lang] of [
      ['Le salon a lieu les samedi 5 et dimanche 6 décembre.', 'fr'],
      ['La grève dure du lundi 7 au vendredi 11 décembre.', 'fr'],
      ['The strike runs from Monday, Dec. 7, to Friday, Dec. 11.', 'en']
    ] as const) {
      expect(await reported(text, lang, published)).toEqual([])
    }
    // And their true errors are still reported.
    expect(await reported('La grève dure du lundi 7 au jeudi 11 décembre 2026.', 'fr')).toEqual([
      ['1:29-1:51: Le 11 décembre 2026 est un vendredi, pas un jeudi', ['jeudi 10 décembre 2026', 'vendredi 11 décembre 2026', 'jeudi 17 décembre 2026']]
    ])
  })
})

describe('near misses: no pairing', () => {
  test('as many weekdays as days, or no month: the text is read as before', async () => {
    // Two weekdays, one date: the second weekday is the date's, the first a weekday of its own.
    expect(await events('Le conseil s’est réuni mardi et mercredi 2 décembre 2026.', 'fr')).toEqual(['mardi 2026-12-1', 'mercredi 2 décembre 2026 2026-12-2'])
    expect(await events('The council met Tuesday and Wednesday, Dec. 2, 2026.', 'en')).toEqual(['Tuesday 2026-12-1', 'Wednesday, Dec. 2, 2026 2026-12-2'])
    expect(weekdayLists('Mardi et mercredi, 12 et 13 % des votants se sont abstenus.', 'fr')).toEqual([])
    expect(weekdayLists('On Monday and Tuesday, 3 and 4 percent of voters stayed home.', 'en')).toEqual([])
    expect(weekdayLists('lundi et mardi 3, 4 et 5 mai', 'fr')).toEqual([])
  })

  test('what the list pairs, and where', () => {
    expect(weekdayLists('Réunions mardi et mercredi 1er et 2 déc. 2026', 'fr')).toEqual([
      {
        start: 9,
        end: 45,
        days: [
          {index: 9, text: 'mardi', stated: {weekday: 2, day: 1, month: 12, year: 2026}},
          {index: 18, text: 'mercredi', stated: {weekday: 3, day: 2, month: 12, year: 2026}}
        ]
      }
    ])
    expect(weekdayLists('Talks on Saturday and Sunday (Dec. 5–6).', 'en').map((list) => list.days.map((day) => [day.text, day.stated.day]))).toEqual([
      [
        ['Saturday', 5],
        ['Sunday', 6]
      ]
    ])
  })
})
