import {describe, expect, it} from 'vitest'
import {figuresReplaced, figureTokens, isTypoOf} from '../../src/analysis/duplicate-block/figures.js'
import {scanWords} from '../../src/analysis/duplicate-block/words.js'
import type {Lang} from '../../src/types.js'

const tokens = (text: string, lang: Lang) => figureTokens(text, scanWords(text), lang)
const differ = (a: string, b: string, lang: Lang) => figuresReplaced(tokens(a, lang), tokens(b, lang))

describe('figureTokens', () => {
  it('keeps the figures and the words next to them, nothing else', () => {
    expect(tokens('Lyon beat Nantes 3-1 on Saturday.', 'en')).toEqual(['#1', '#3', 'nantes', 'on'])
    expect(tokens('Lyon a battu Nantes 3-1 samedi.', 'fr')).toEqual(['#1', '#3', 'nantes', 'samedi'])
  })

  it('reads numbers in letters of the document’s language, not articles', () => {
    expect(tokens('Two new bus routes, one for the north.', 'en')).toEqual(['#two', 'new'])
    expect(tokens('Deux nouvelles lignes, une pour le nord.', 'fr')).toEqual(['#deux', 'nouvelles'])
    // "seize" is an English verb, « seize » a French number.
    expect(tokens('Police seize drugs.', 'en')).toEqual([])
    expect(tokens('Il en reste seize.', 'fr')).toEqual(['#seize', 'reste'])
  })

  it('joins the digit groups of one number', () => {
    expect(tokens('Elle obtient 12 345 voix.', 'fr')).toEqual(['#12345', 'obtient', 'voix'])
    expect(tokens('Elle obtient 12\u202f345 voix.', 'fr')).toEqual(tokens('Elle obtient 12345 voix.', 'fr'))
    expect(tokens('A crowd of 32 000 fans.', 'en')).toEqual(['#32000', 'fans', 'of'])
    // Two numbers side by side are not one: the second has no three digits.
    expect(tokens('Scores 12 34 today.', 'en')).toEqual(['#12', '#34', 'scores', 'today'])
  })

  it('is empty without figures', () => {
    expect(tokens('Le conseil municipal a voté le budget.', 'fr')).toEqual([])
  })
})

describe('figuresReplaced', () => {
  it('tells figures changed', () => {
    expect(differ('12 people were killed.', '14 people were killed.', 'en')).toBe(true)
    expect(differ('12 personnes ont été tuées.', '14 personnes ont été tuées.', 'fr')).toBe(true)
    expect(differ('Two new routes.', 'Three new routes.', 'en')).toBe(true)
    expect(differ('Lyon a battu Nantes 3-1 samedi.', 'Lille a battu Nantes 2-0 dimanche.', 'fr')).toBe(true)
  })

  it('tells the word standing with a figure changed', () => {
    expect(differ('12 soldiers were killed.', '12 civilians were killed.', 'en')).toBe(true)
    expect(differ('3 millions d’euros.', '3 milliards d’euros.', 'fr')).toBe(true)
  })

  it('does not tell a figure only added or removed', () => {
    expect(differ('Prices rose in March.', 'Prices rose 3% in March.', 'en')).toBe(false)
    expect(differ('It takes effect on June 22. Reached by phone, he declined.', 'Reached by phone, he declined.', 'en')).toBe(false)
    expect(differ('Le 12 mars, l’opposition a dénoncé la hausse.', 'L’opposition a dénoncé la hausse.', 'fr')).toBe(false)
  })

  it('does not tell the same figures, or a typo fixed next to them', () => {
    expect(differ('12 people were killed, police said.', '12 people were killed, the police said.', 'en')).toBe(false)
    expect(differ('12 peolpe were killed.', '12 people were killed.', 'en')).toBe(false)
    expect(differ('12 persones ont été tuées.', '12 personnes ont été tuées.', 'fr')).toBe(false)
    expect(differ('Elle obtient 12 345 voix.', 'Elle obtient 12345 voix.', 'fr')).toBe(false)
  })

  it('never takes a figure for a typo of another', () => {
    expect(differ('In 2020 it rose.', 'In 2021 it rose.', 'en')).toBe(true)
  })
})

describe('isTypoOf', () => {
  it('accepts one letter added, removed, replaced, or two swapped', () => {
    expect(['peolpe', 'peple', 'peoople', 'pebple'].map((typo) => isTypoOf(typo, 'people'))).toEqual([true, true, true, true])
  })

  it('refuses two edits, short words and the same word', () => {
    expect(isTypoOf('hausse', 'baisse')).toBe(false)
    expect(isTypoOf('millions', 'milliards')).toBe(false)
    expect(isTypoOf('de', 'du')).toBe(false)
    expect(isTypoOf('people', 'people')).toBe(false)
  })
})

