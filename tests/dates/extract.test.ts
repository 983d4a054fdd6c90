import {describe, expect, test} from 'vitest'
import {calendarWords, mayContainDates} from '../../src/dates/chrono.js'
import {mentionsOf} from './helpers.js'

describe('date extraction (French)', () => {
  test.each([
    ['Le ministre a signé, vendredi 2 octobre, un accord.', [{kind: 'date', text: 'vendredi 2 octobre', stated: {weekday: 5, day: 2, month: 10}}]],
    ['Il est arrivé le jeudi 1er octobre.', [{kind: 'date', text: 'jeudi 1er octobre', stated: {weekday: 4, day: 1, month: 10}}]],
    ['Signé mercredi 30 octobre 2020.', [{kind: 'date', text: 'mercredi 30 octobre 2020', stated: {weekday: 3, day: 30, month: 10, year: 2020}}]],
    ['Retour prévu lundi 4 janvier.', [{kind: 'date', text: 'lundi 4 janvier', stated: {weekday: 1, day: 4, month: 1}}]],
    [
      'Le salon se tient du lundi 12 au jeudi 15 juin 2023.',
      [
        {kind: 'date', text: 'lundi 12', stated: {weekday: 1, day: 12, month: 6, year: 2023}},
        {kind: 'date', text: 'jeudi 15 juin 2023', stated: {weekday: 4, day: 15, month: 6, year: 2023}}
      ]
    ],
    [
      'Grève lundi 12 et mardi 13 juin.',
      [
        {kind: 'date', text: 'lundi 12', stated: {weekday: 1, day: 12, month: 6}},
        {kind: 'date', text: 'mardi 13 juin', stated: {weekday: 2, day: 13, month: 6}}
      ]
    ],
    ['Réunion mardi 31 avril 2021.', [{kind: 'date', text: 'mardi 31 avril 2021', stated: {weekday: 2, day: 31, month: 4, year: 2021}}]],
    ['Né le 29 février 2021.', [{kind: 'date', text: '29 février 2021', stated: {day: 29, month: 2, year: 2021}}]],
    ['Il a effectué jeudi une visite.', [{kind: 'weekday', text: 'jeudi', stated: {weekday: 4}}]],
    ['Il est venu mardi dernier.', [{kind: 'weekday', text: 'mardi dernier', stated: {weekday: 2}}]],
    ['Un accident, le vendredi 13.', [{kind: 'weekday-day', text: 'vendredi 13', stated: {weekday: 5, day: 13}}]],
    ['Ce vendredi 13e, rien.', [{kind: 'weekday-day', text: 'Ce vendredi 13e', stated: {weekday: 5, day: 13}}]],
    // Near misses: a weekday glued to a letter or a digit, a time, a percentage.
    ['Le code xvendredi 13 et 3lundi 12 ne sont pas des jours.', []],
    // … where only the weekday is read.
    [
      'Rendez-vous vendredi 13 h, ou lundi 12 %.',
      [
        {kind: 'weekday', text: 'vendredi', stated: {weekday: 5}},
        {kind: 'weekday', text: 'lundi', stated: {weekday: 1}}
      ]
    ]
  ])('%s', async (text, expected) => {
    expect(await mentionsOf(text, 'fr')).toEqual(expected)
  })

  test.each([
    'Un accord de coopération militaire de dix ans.',
    'Une première visite depuis 2006.',
    'Dans 10 ans, la région aura changé.',
    'Il a pris la mer à 10 h.',
    'Il a 20 ans.',
    // Scores, times, phone numbers and casual words name no date of their own.
    'Le PSG a gagné 3-1 en mai.',
    'Rendez-vous à 14 h 30 ou à 10.30.',
    'Appelez le 06-12-34-56-78 ou le 06.31.22.11.00.',
    'Hier, aujourd’hui, demain, la veille.'
  ])('not a date: %s', async (text) => {
    expect(await mentionsOf(text, 'fr')).toEqual([])
  })
})

describe('date extraction (English)', () => {
  test.each([
    ['He signed on Friday, Oct. 2, 2020.', [{kind: 'date', text: 'Friday, Oct. 2, 2020', stated: {weekday: 5, day: 2, month: 10, year: 2020}}]],
    ['He was in Tunis on Wednesday, Sept. 30.', [{kind: 'date', text: 'Wednesday, Sept. 30', stated: {weekday: 3, day: 30, month: 9}}]],
    // Two digits after a comma are the next figure of a list, not a year: news copy writes years in four.
    [
      'Seven cases in the week ending Nov. 7, 11 in the week ending Nov. 14.',
      [
        {kind: 'date', text: 'Nov. 7', stated: {day: 7, month: 11}},
        {kind: 'date', text: 'Nov. 14', stated: {day: 14, month: 11}}
      ]
    ],
    ['The show opens Friday 26 July.', [{kind: 'date', text: 'Friday 26 July', stated: {weekday: 5, day: 26, month: 7}}]],
    ['He flew to Algiers on Thursday.', [{kind: 'weekday', text: 'Thursday', stated: {weekday: 4}}]],
    ['Polls close Sunday 11 August 2024.', [{kind: 'date', text: 'Sunday 11 August 2024', stated: {weekday: 0, day: 11, month: 8, year: 2024}}]],
    ['The invoice is dated Feb. 30.', [{kind: 'date', text: 'Feb. 30', stated: {day: 30, month: 2}}]],
    ['It happened (Friday the 13th).', [{kind: 'weekday-day', text: 'Friday the 13th', stated: {weekday: 5, day: 13}}]],
    ['Codes xFriday 13 and 3Monday 12 name no day.', []],
    [
      'Come Friday 12:30 or Monday 12 pm.',
      [
        {kind: 'weekday', text: 'Friday', stated: {weekday: 5}},
        {kind: 'weekday', text: 'Monday', stated: {weekday: 1}}
      ]
    ],
    [
      'The fair runs from Monday, June 12 to Thursday, June 15, 2023.',
      [
        {kind: 'date', text: 'Monday, June 12', stated: {weekday: 1, day: 12, month: 6, year: 2023}},
        {kind: 'date', text: 'Thursday, June 15, 2023', stated: {weekday: 4, day: 15, month: 6, year: 2023}}
      ]
    ],
    [
      'Strikes on Monday 12 and Tuesday 13 June.',
      [
        {kind: 'date', text: 'Monday 12', stated: {weekday: 1, day: 12, month: 6}},
        {kind: 'date', text: 'Tuesday 13 June', stated: {weekday: 2, day: 13, month: 6}}
      ]
    ]
  ])('%s', async (text, expected) => {
    expect(await mentionsOf(text, 'en')).toEqual(expected)
  })

  test.each([
    'The plan runs for 10 years.',
    'In 10 years the region will have changed.',
    'The first visit since 2006.',
    'He sat down at 10.',
    'It may be late.',
    'They won 7–4 in May.',
    'The meeting starts at 2:30 p.m.',
    'Call 06-12-34-56-78 or 06.31.22.11.00.',
    'Yesterday, today, tonight, by the end of the month.'
  ])(
    'not a date: %s',
    async (text) => {
      expect(await mentionsOf(text, 'en')).toEqual([])
    }
  )
})

describe('pre-check before loading chrono-node', () => {
  test('texts without weekday or month names skip the parser', () => {
    expect(mayContainDates('Le Royaume est un acteur de la stabilité régionale.')).toBe(false)
    expect(mayContainDates('The agreement covers ten years of cooperation.')).toBe(false)
    expect(mayContainDates('Il est venu jeudi.')).toBe(true)
    expect(mayContainDates('Signed on Oct. 2.')).toBe(true)
  })

  const words = (text: string) => {
    const found = calendarWords(text)
    const result: string[] = []
    for (let index = 0; index < found.length; index += 2) result.push(text.slice(found[index], found[index + 1]))
    return result
  }

  test('finds every weekday, month and numeric date, in French and English', () => {
    expect(words('Le Mardi 4 juin, puis le 12/06 et le 2024-06-14 ; sept. et Déc aussi.')).toEqual(['Mardi', 'juin', '2/0', '4-0', '6-1', 'sept', 'Déc'])
    expect(words('On Tuesday, June 4, then 6.12 and 2024 6 14; Sept. and DEC too.')).toEqual(['Tuesday', 'June', '6.1', '2024 6 14', 'Sept', 'DEC'])
  })

  test('near misses: names inside words, after a letter, digit or underscore, or before a letter', () => {
    // « marché », « amardi », « lundis », « demain », "Saturn", "monitor", "Jason", "x_may", "3mai".
    expect(words('Le marché, amardi, des lundis, demain, 3mai, x_mai.')).toEqual([])
    expect(words('Saturn, the monitor, Jason, Sunny days, x_may, 3may.')).toEqual([])
    // A letter with an accent counts as a letter, before and after: « émai », « maï ».
    expect(words('émai maï décembreé')).toEqual([])
    expect(words('(mai) «mardi» "Monday"')).toEqual(['mai', 'mardi', 'Monday'])
  })

  test('capitals that lower-case to more than one character, or that only match case-insensitively (« İ », « ſ »)', () => {
    // « İ » lower-cases to two characters: positions must still be those of the text.
    expect(words('İstanbul, İZMİR : lundi 4 MAI, puis JEUDİ.')).toEqual(['lundi', 'MAI'])
    expect(words('From İzmir on SUNDAY, May 5.')).toEqual(['SUNDAY', 'May'])
    // The long s matches "s" case-insensitively, as chrono's own (Unicode) patterns of ours read it.
    expect(words('Open ſunday and ſept.')).toEqual(['ſunday', 'ſept'])
    expect(words('Ouvert ſamedi, fermé ſam.')).toEqual(['ſamedi', 'ſam'])
  })
})
