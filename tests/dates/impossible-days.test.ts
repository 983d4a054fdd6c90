import {describe, expect, it} from 'vitest'
import {messages} from './helpers.js'

async function found(text: string, lang: 'fr' | 'en') {
  const found = await messages(text, lang, 'date-weekday')
  return found.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    return [text.slice(place.start.offset, place.end.offset), message.reason]
  })
}

describe('days above 31', () => {
  it.each([
    ['La séance est fixée au 32 mars.', 'fr', '32 mars', 'Le 32 mars n’existe pas : mars n’a que 31 jours'],
    ['Le conseil s’est réuni le 40-02-2011 en mairie.', 'fr', '40-02-2011', 'Le 40 février n’existe pas : février n’a jamais plus de 29 jours'],
    ['Le conseil s’est réuni lundi 35 mai 2014.', 'fr', 'lundi 35 mai 2014', 'Le 35 mai n’existe pas : mai n’a que 31 jours'],
    ['The hearing is set for March 32.', 'en', 'March 32', 'March 32 does not exist: March has only 31 days'],
    ['The council met on Oct. 34, 2014 in Leeds.', 'en', 'Oct. 34, 2014', 'October 34 does not exist: October has only 31 days'],
    ['The council met on 10/34/2014 in Boston.', 'en', '10/34/2014', 'October 34 does not exist: October has only 31 days']
  ] as const)('%s', async (text, lang, words, reason) => {
    expect(await found(text, lang)).toEqual([[words, reason]])
  })

  it.each([
    ['En mars 32 personnes ont été arrêtées.', 'fr'],
    ['Il reste 45 mai… pardon, 45 mais.', 'fr'],
    ['Le score final, 40-02, a surpris.', 'fr'],
    ['Le dossier 40-02-2011 a été classé.', 'fr'],
    ['In March 32 people were arrested.', 'en'],
    ['By May 40 percent had voted.', 'en'],
    ['Case 40/02/2011 was closed on Friday.', 'en']
  ] as const)('silent: %s', async (text, lang) => {
    expect(await found(text, lang)).toEqual([])
  })
})
