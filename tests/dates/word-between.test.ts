import {describe, expect, it} from 'vitest'
import {messages} from './helpers.js'

async function found(text: string, lang: 'fr' | 'en') {
  const found = await messages(text, lang, 'date-weekday')
  return found.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    return [text.slice(place.start.offset, place.end.offset), message.reason, message.expected![0]]
  })
}

// 10 June 2014 was a Tuesday, 23 July 2014 a Wednesday, 2 October 2014 a Thursday, 7 October 2014 a Tuesday.
describe('a weekday written apart from its date', () => {
  it.each([
    ['La réunion a eu lieu mercredi, le 10 juin 2014 à Lyon.', 'fr', 'mercredi, le 10 juin 2014', 'Le 10 juin 2014 est un mardi, pas un mercredi', 'mardi 10 juin 2014'],
    ['La fête a eu lieu lundi le 23 juillet 2014 à Lyon.', 'fr', 'lundi le 23 juillet 2014', 'Le 23 juillet 2014 est un mercredi, pas un lundi', 'mercredi 23 juillet 2014'],
    ['La fête a eu lieu le 2 octobre 2014 (mercredi) à Lyon.', 'fr', '2 octobre 2014 (mercredi)', 'Le 2 octobre 2014 est un jeudi, pas un mercredi', '2 octobre 2014 (jeudi)'],
    ['La fête a eu lieu le 2 octobre 2014 (mer.) à Lyon.', 'fr', '2 octobre 2014 (mer.)', 'Le 2 octobre 2014 est un jeudi, pas un mercredi', '2 octobre 2014 (jeudi)'],
    ['The fair opened Oct. 2, 2014 (Wednesday) in Leeds.', 'en', 'Oct. 2, 2014 (Wednesday)', 'October 2, 2014 is a Thursday, not a Wednesday', 'Oct. 2, 2014 (Thursday)'],
    ['The fair opened 2014-10-02(Wed) in Leeds.', 'en', '2014-10-02(Wed)', 'October 2, 2014 is a Thursday, not a Wednesday', '2 October 2014 (Thursday)'],
    ['The fair opened Mo, 7 October 2014 in Leeds.', 'en', 'Mo, 7 October 2014', 'October 7, 2014 is a Tuesday, not a Monday', 'Tuesday 7 October 2014'],
    // 30 September 2014 was a Tuesday, 3 October 2014 a Friday.
    ['Le marché a eu lieu mer. 30 sept. 2014 à Lyon.', 'fr', 'mer. 30 sept. 2014', 'Le 30 septembre 2014 est un mardi, pas un mercredi', 'mardi 30 sept. 2014'],
    ['The fair opened Thurs., Oct. 3, 2014 in Leeds.', 'en', 'Thurs., Oct. 3, 2014', 'October 3, 2014 is a Friday, not a Thursday', 'Friday, Oct. 3, 2014'],
    ['The fair opened Wednesday, the 2nd of October 2014 in Leeds.', 'en', 'Wednesday, the 2nd of October 2014', 'October 2, 2014 is a Thursday, not a Wednesday', 'Thursday 2 October 2014']
  ] as const)('%s', async (text, lang, words, reason, first) => {
    expect(await found(text, lang)).toEqual([[words, reason, first]])
  })

  it.each([
    ['La réunion a eu lieu mardi, le 10 juin 2014 à Lyon.', 'fr'],
    ['La fête a eu lieu mercredi le 23 juillet 2014 à Lyon.', 'fr'],
    ['La fête a eu lieu le 2 octobre 2014 (jeudi) à Lyon.', 'fr'],
    ['La fête a eu lieu le 2 octobre 2014 (AFP) à Lyon.', 'fr'],
    ['The fair opened Oct. 2, 2014 (Thursday) in Leeds.', 'en'],
    ['The fair opened 2014-10-02(Thu) in Leeds.', 'en'],
    ['The fair opened Tu, 7 October 2014 in Leeds.', 'en'],
    ['Filed by MO, 7 October 2014, in Leeds.', 'en'],
    ['The fair opened Oct. 2, 2014 (Reuters) in Leeds.', 'en']
  ] as const)('silent: %s', async (text, lang) => {
    expect(await found(text, lang)).toEqual([])
  })
})
