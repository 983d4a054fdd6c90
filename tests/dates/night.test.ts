import {describe, expect, it} from 'vitest'
import {messages} from './helpers.js'

async function found(text: string, lang: 'fr' | 'en') {
  const found = await messages(text, lang, 'date-weekday')
  return found.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    return [text.slice(place.start.offset, place.end.offset), message.reason, message.expected]
  })
}

describe('a night from one weekday into the next', () => {
  it.each([
    ['Le toit s’est effondré dans la nuit de jeudi à mardi.', 'fr', 'jeudi à mardi', 'Une nuit va d’un jour au lendemain : mardi ne suit pas jeudi', ['jeudi à vendredi', 'lundi à mardi']],
    ['Les pompiers sont intervenus la nuit du samedi au samedi.', 'fr', 'samedi au samedi', 'Une nuit va d’un jour au lendemain : samedi ne suit pas samedi', ['samedi au dimanche', 'vendredi au samedi']],
    ['The roof fell in overnight Thursday into Tuesday.', 'en', 'Thursday into Tuesday', 'A night runs from one day into the next: Tuesday does not follow Thursday', ['Thursday into Friday', 'Monday into Tuesday']],
    ['Crews worked through the night of Sunday to Sunday.', 'en', 'Sunday to Sunday', 'A night runs from one day into the next: Sunday does not follow Sunday', ['Sunday to Monday', 'Saturday to Sunday']]
  ] as const)('%s', async (text, lang, words, reason, expected) => {
    expect(await found(text, lang)).toEqual([[words, reason, expected]])
  })

  it.each([
    ['Le toit s’est effondré dans la nuit de jeudi à vendredi.', 'fr'],
    ['Les pompiers sont intervenus la nuit de dimanche à lundi.', 'fr'],
    ['Le festival dure de jeudi à mardi.', 'fr'],
    ['Ouvert de nuit, de jeudi à mardi.', 'fr'],
    ['The roof fell in overnight Saturday into Sunday.', 'en'],
    ['The fair runs from Thursday to Tuesday.', 'en'],
    ['Night buses run Thursday to Tuesday.', 'en']
  ] as const)('silent: %s', async (text, lang) => {
    expect(await found(text, lang)).toEqual([])
  })
})
