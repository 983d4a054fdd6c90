import {describe, expect, it} from 'vitest'
import {messages} from './helpers.js'

/** The date-weekday findings of a text: the words found, the message, the corrections offered. */
async function found(text: string, lang: 'fr' | 'en', rules?: Record<string, any>) {
  const found = await messages(text, lang, 'date-weekday', {rules})
  return found.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    return [text.slice(place.start.offset, place.end.offset), message.reason, message.expected]
  })
}

describe('numeric dates written after a weekday', () => {
  it.each([
    // 28 August 2014 was a Thursday.
    ['Vendredi 28/08/2014, le conseil a voté le budget.', 'fr', 'Vendredi 28/08/2014', 'Le 28 août 2014 est un jeudi, pas un vendredi', ['Jeudi 28/08/2014', 'Vendredi 29/08/2014', 'Vendredi 22/08/2014']],
    ['Le salon ouvre vendredi 28-8-2014 à la mairie.', 'fr', 'vendredi 28-8-2014', 'Le 28 août 2014 est un jeudi, pas un vendredi', ['jeudi 28-8-2014', 'vendredi 29-8-2014', 'vendredi 22-8-2014']],
    ['Le salon a ouvert vendredi 2014/08/28 à la mairie.', 'fr', 'vendredi 2014/08/28', 'Le 28 août 2014 est un jeudi, pas un vendredi', ['jeudi 2014/08/28', 'vendredi 2014/08/29', 'vendredi 2014/08/22']],
    ['Le salon a ouvert vendredi 28.08.14 à la mairie.', 'fr', 'vendredi 28.08.14', 'Le 28 août 2014 est un jeudi, pas un vendredi', ['jeudi 28.08.14', 'vendredi 29.08.14', 'vendredi 22.08.14']],
    ['Réunion du bureau : ven. 28/08/2014.', 'fr', 'ven. 28/08/2014', 'Le 28 août 2014 est un jeudi, pas un vendredi', ['jeudi 28/08/2014', 'vendredi 29/08/2014', 'vendredi 22/08/2014']],
    // 31 October 2014 was a Friday: 31/10 reads only day first, 10/31 only month first.
    ['The council met on Monday, 31/10/2014 in Leeds.', 'en', 'Monday, 31/10/2014', 'October 31, 2014 is a Friday, not a Monday', ['Friday, 31/10/2014', 'Monday, 27/10/2014']],
    ['The council met on Monday, 10/31/2014 in Boston.', 'en', 'Monday, 10/31/2014', 'October 31, 2014 is a Friday, not a Monday', ['Friday, 10/31/2014', 'Monday, 10/27/2014']],
    ['The board votes on Tuesday, 12/16/2026 in Boston.', 'en', 'Tuesday, 12/16/2026', 'December 16, 2026 is a Wednesday, not a Tuesday', ['Wednesday, 12/16/2026', 'Tuesday, 12/15/2026', 'Tuesday, 12/22/2026']],
    // Both orders read 10/12/2026 (October 12, a Monday; December 10, a Thursday): a Tuesday fits neither, and both are said.
    ['The board votes on Tuesday, 10/12/2026 in Boston.', 'en', 'Tuesday, 10/12/2026', 'October 12, 2026 is a Monday, not a Tuesday; read day/month, December 10, 2026 is a Thursday', ['Monday, 10/12/2026', 'Tuesday, 10/13/2026', 'Tuesday, 10/06/2026']]
  ] as const)('%s', async (text, lang, words, reason, expected) => {
    expect(await found(text, lang)).toEqual([[words, reason, expected]])
  })

  it.each([
    // Right in the order the language reads.
    ['Jeudi 28/08/2014, le conseil a voté le budget.', 'fr'],
    ['Le salon a ouvert jeudi 2014-08-28 à la mairie.', 'fr'],
    ['Le salon a ouvert jeudi 28.08.14 à la mairie.', 'fr'],
    ['The council met on Friday, 31/10/2014 in Leeds.', 'en'],
    ['The council met on Friday, 10/31/2014 in Boston.', 'en'],
    ['The board votes on Wednesday, 12/16/2026 in Boston.', 'en'],
    // Both orders read 10/12/2026: a Monday fits the first, a Thursday the second.
    ['The board votes on Monday, 10/12/2026 in Boston.', 'en'],
    ['The board votes on Thursday, 10/12/2026 in Leeds.', 'en'],
    // Digits that are no date, even next to a weekday.
    ['Vendredi, les 4/5 des électeurs ont voté.', 'fr'],
    ['Le club a gagné 2-1 vendredi soir.', 'fr'],
    ['Vendredi 2-1 pour Lens, samedi 3-0 pour Metz.', 'fr'],
    ['Rendez-vous vendredi à 20h30 au gymnase.', 'fr'],
    ['Appelez vendredi 06-12-34-56-78 avant midi.', 'fr'],
    ['La version 2.10.3 sort vendredi.', 'fr'],
    ['ISBN 978-2-07-036822-8, paru vendredi.', 'fr'],
    ['Vendredi, le total des points, 28/08, a été affiché.', 'fr'],
    ['Samedi 14 : 28/08 aux tirs, 31/08 aux rebonds.', 'fr'],
    ['The team won 2-1 on Friday night.', 'en'],
    ['Friday 3-1, Saturday 2-2.', 'en'],
    ['Four in 5 voters, or 4/5, turned out on Friday.', 'en'],
    ['Version 2.10.3 ships Friday 10.30 a.m.', 'en'],
    ['Call Friday 555-12-34-56 before noon.', 'en']
  ] as const)('silent: %s', async (text, lang) => {
    expect(await found(text, lang)).toEqual([])
  })

  it('reads the order the dateOrder option gives', async () => {
    // Month first, 10/12/2026 is October 12, a Monday; day first, December 10, a Thursday.
    const text = 'The board votes on Monday, 10/12/2026 in Leeds.'
    expect(await found(text, 'en', {'date-weekday': ['error', {dateOrder: 'mdy'}]})).toEqual([])
    expect(await found(text, 'en', {'date-weekday': ['error', {dateOrder: 'dmy'}]})).toEqual([
      ['Monday, 10/12/2026', 'December 10, 2026 is a Thursday, not a Monday', ['Thursday, 10/12/2026', 'Monday, 07/12/2026', 'Monday, 14/12/2026']]
    ])
    const french = 'Le bureau se réunit lundi 10/12/2026 à la mairie.'
    expect(await found(french, 'fr')).toEqual([['lundi 10/12/2026', 'Le 10 décembre 2026 est un jeudi, pas un lundi', ['jeudi 10/12/2026', 'lundi 07/12/2026', 'lundi 14/12/2026']]])
    expect(await found(french, 'fr', {'date-weekday': ['error', {dateOrder: 'mdy'}]})).toEqual([])
  })
})
