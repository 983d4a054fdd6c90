import {describe, expect, it} from 'vitest'
import {calendarOf, julianWeekdayOf} from '../../src/dates/calendar.js'
import {messages} from './helpers.js'

async function found(text: string, lang: 'fr' | 'en', rules?: Record<string, any>) {
  const found = await messages(text, lang, 'date-weekday', rules ? {rules} : {})
  return found.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    return [text.slice(place.start.offset, place.end.offset), message.reason, message.expected]
  })
}

const BRITISH = {'date-weekday': ['error', {gregorianFrom: '1752-09-14'}]}

describe('the Julian calendar before the switch', () => {
  // Weekdays of history books: 13 October 1307 a Friday, 12 October 1492 a Friday, 14 October 1066 a Saturday,
  // 4 October 1582 a Thursday, 2 September 1752 (British) a Wednesday.
  it.each([
    [{year: 1307, month: 10, day: 13}, 5],
    [{year: 1492, month: 10, day: 12}, 5],
    [{year: 1066, month: 10, day: 14}, 6],
    [{year: 1582, month: 10, day: 4}, 4],
    [{year: 1752, month: 9, day: 2}, 3]
  ])('%o is weekday %i', (date, weekday) => {
    expect(julianWeekdayOf(date)).toBe(weekday)
  })

  it.each([
    [{year: 1582, month: 10, day: 4}, 'julian'],
    [{year: 1582, month: 10, day: 5}, 'gap'],
    [{year: 1582, month: 10, day: 14}, 'gap'],
    [{year: 1582, month: 10, day: 15}, 'gregorian']
  ] as const)('%o is %s', (date, calendar) => {
    expect(calendarOf(date)).toBe(calendar)
  })

  it.each([
    ['Les templiers du royaume furent arrêtés à l’aube du vendredi 13 octobre 1307.', 'fr'],
    ['La flotte toucha terre le vendredi 12 octobre 1492 au matin.', 'fr'],
    ['Le jeudi 4 octobre 1582 fut suivi, en Italie, du vendredi 15 octobre 1582.', 'fr'],
    ['Le registre date du samedi 29 février 1500.', 'fr'],
    ['Le mardi 10 octobre 1582 n’a jamais existé à Rome.', 'fr'],
    ['The knights were seized at dawn on Friday, October 13, 1307.', 'en'],
    ['The battle was fought on Saturday, October 14, 1066, near the coast.', 'en'],
    ['In Spain, Thursday, October 4, 1582, was followed by Friday, October 15, 1582.', 'en']
  ] as const)('silent: %s', async (text, lang) => {
    expect(await found(text, lang)).toEqual([])
  })

  it.each([
    [
      'Les templiers furent arrêtés le jeudi 13 octobre 1307.',
      'fr',
      'jeudi 13 octobre 1307',
      'Le 13 octobre 1307 est un vendredi, pas un jeudi',
      ['vendredi 13 octobre 1307', 'jeudi 12 octobre 1307', 'jeudi 19 octobre 1307']
    ],
    [
      'À Rome, le mercredi 4 octobre 1582 fut le dernier jour julien.',
      'fr',
      'mercredi 4 octobre 1582',
      'Le 4 octobre 1582 est un jeudi, pas un mercredi',
      ['jeudi 4 octobre 1582', 'mercredi 3 octobre 1582', 'mercredi 4 juillet 1582']
    ],
    [
      'Le calendrier nouveau commença le jeudi 15 octobre 1582.',
      'fr',
      'jeudi 15 octobre 1582',
      'Le 15 octobre 1582 est un vendredi, pas un jeudi',
      ['vendredi 15 octobre 1582', 'jeudi 21 octobre 1582']
    ],
    [
      'The knights were seized on Thursday, October 13, 1307.',
      'en',
      'Thursday, October 13, 1307',
      'October 13, 1307 is a Friday, not a Thursday',
      ['Friday, October 13, 1307', 'Thursday, October 12, 1307', 'Thursday, October 19, 1307']
    ],
    [
      'The new calendar began on Thursday, October 15, 1582.',
      'en',
      'Thursday, October 15, 1582',
      'October 15, 1582 is a Friday, not a Thursday',
      ['Friday, October 15, 1582', 'Thursday, October 21, 1582']
    ]
  ] as const)('%s', async (text, lang, words, reason, expected) => {
    const result = await found(text, lang)
    expect(result.map(([w, r]) => [w, r])).toEqual([[words, reason]])
    expect([...(result[0]![2] as string[])].sort()).toEqual([...expected].sort())
  })
})

describe('the gregorianFrom option', () => {
  it.each([
    ['The colony woke on Wednesday, September 2, 1752, to a new calendar.', 'en'],
    ['The colony woke on Thursday, September 14, 1752, to a new calendar.', 'en'],
    ['À Londres, le mercredi 2 septembre 1752 fut le dernier jour julien.', 'fr']
  ] as const)('silent with 1752-09-14: %s', async (text, lang) => {
    expect(await found(text, lang, BRITISH)).toEqual([])
  })

  it('reads the same date in the Gregorian calendar by default', async () => {
    const text = 'The colony woke on Wednesday, September 2, 1752, to a new calendar.'
    expect((await found(text, 'en')).map(([w, r]) => [w, r])).toEqual([['Wednesday, September 2, 1752', 'September 2, 1752 is a Saturday, not a Wednesday']])
  })

  it('reads a Gregorian date before the British switch as Julian', async () => {
    const text = 'The ship sailed on Saturday, September 2, 1752, from Bristol.'
    expect((await found(text, 'en', BRITISH)).map(([w, r]) => [w, r])).toEqual([['Saturday, September 2, 1752', 'September 2, 1752 is a Wednesday, not a Saturday']])
  })

  it('rejects a date that is not YYYY-MM-DD', async () => {
    await expect(found('Le lundi 3 mars 1600.', 'fr', {'date-weekday': ['error', {gregorianFrom: '14/09/1752'}]})).rejects.toThrow()
  })
})

describe('dates before Christ', () => {
  it.each([
    ['César tomba le vendredi 15 mars 44 av. J.-C. au Sénat.', 'fr'],
    ['Le mardi 1er janvier 1000 avant J.-C., rien ne se passa.', 'fr'],
    ['Le mardi 1er janvier 1000 av. J.-C., rien ne se passa.', 'fr'],
    ['Caesar fell on Friday, March 15, 44 BC, in the Senate.', 'en'],
    ['On Tuesday, January 1, 1000 BCE, nothing happened.', 'en'],
    ['On Tuesday, January 1, 1000 B.C., nothing happened.', 'en']
  ] as const)('silent: %s', async (text, lang) => {
    expect(await found(text, lang)).toEqual([])
  })

  it.each([
    ['Le mardi 1er janvier 1000, après J.-C., rien.', 'fr', 'mardi 1er janvier 1000'],
    ['On Tuesday, January 1, 1000 AD, nothing happened.', 'en', 'Tuesday, January 1, 1000 AD']
  ] as const)('still checked (1 January 1000 was a Monday): %s', async (text, lang, words) => {
    expect((await found(text, lang)).map(([w]) => w)).toEqual([words])
  })
})

describe('fromJulianDayNumber', () => {
  it.each([
    [{year: 1307, month: 10, day: 13}],
    [{year: 1500, month: 2, day: 29}],
    [{year: 1752, month: 9, day: 2}],
    [{year: 1, month: 1, day: 1}]
  ])('reads back %o', async (date) => {
    const {fromJulianDayNumber, julianDayNumber} = await import('../../src/dates/calendar.js')
    expect(fromJulianDayNumber(julianDayNumber(date))).toEqual(date)
  })
})
