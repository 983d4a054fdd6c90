// The rewritten inconsistent-spelling analysis against the implementation it
// replaced (tests/analysis/reference), on generated documents made of words
// that do have variants: accents, capitals, one-letter slips, hyphens.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findSpellingVariants} from '../../src/analysis/spelling.js'
import {wordTokens} from '../../src/analysis/spelling-tokens.js'
import {findSpellingVariants as referenceVariants} from './reference/spelling.js'
import {wordTokens as referenceTokens} from './reference/spelling-tokens.js'

const WORDS = [
  'État', 'Etat', 'ETAT', 'état', 'etat', 'sécurité', 'securite', 'Sécurité', 'SÉCURITÉ', 'Delorme', 'Delorne', 'Delomre', 'Delormes', 'Loudyi', 'Loudiy',
  'Jean', 'Paul', 'Jean-Paul', 'Jeanpaul', 'JEAN-PAUL', 'e-mail', 'email', 'E-mail', 'Email', 'Sahel', 'SAHEL', 'sahel', 're-sign', 'resign', 'Michel', 'Michael',
  'Michaël', 'Gonzales', 'Gonzalez', 'Kowalski', 'Kowalsky', 'porte-parole', 'porte‑parole', 'Défense', 'défense', 'Hassan', 'Hassen', 'Colombia', 'Columbia',
  'marché', 'marche', 'évènement', 'événement', 'Noël', 'Noel', 'A', 'À', 'taches', 'tâches', 'Ete\u0301', 'Été', 'Ete', 'Africain', 'Africaine', 'Marie', 'Mario',
  'follow-up', 'followup', 'Saint-Denis', 'Saint', 'Denis', 'Saintdenis', 'Etat-major', 'État-major', 'Élysée', 'Elysee', 'ELYSEE', 'le', 'la', 'de', 'et',
  'the', 'and', 'M', 'Dr', 'Mr', 'l', 'd', 'N', 'Daw', 'Ğazi', 'Gazi', '𝐀𝐁c', 'İstanbul', 'Istanbul', 'a-b-c', 'x', 'Fréderic', 'Frederic', 'Frédéric',
  'Rabat', 'Rabta', 'Ribat', 'Rabbat', 'Sahil', 'Tunis', 'Tunus', 'régime', 'regime', 'Régime', 'evenement',
  'delorme', 'hassan', 'rabat', 'jean', 'paul', 'jeanpaul'
]
const SEPARATORS = [' ', ' ', ' ', ' ', '. ', ', ', ' « ', ' » ', ' “', '” ', '-', ' — ', '’', "'", '\u00A0', '  ', '! ', ': ', ' (', ') ', '…', 'M. ', '\n', ' 12 ']
/** Whole stretches that exercise the heading, dateline and foreign-quotation rules. */
const STRETCHES = [
  'RABAT, 2 octobre — ',
  'WASHINGTON — ',
  'LE SAHEL EN GUERRE POUR L’ÉTAT',
  '« We are ready and we will stay ready for the Sahel » ',
  '« Nous sommes prêts et la Sécurité est là » ',
  '“The Etat and the Delorne are here with them” '
]

/** Each document draws from a few words of the list, so that they repeat and their variants meet. */
const paragraphs = fc.subarray(WORDS, {minLength: 2, maxLength: 12}).chain((words) => {
  const word = fc.constantFrom(...words)
  // Quotations in the other language, holding words of the document: whether they count changes findings.
  const english = fc.tuple(word, word).map(([a, b]) => `« We are ready and ${a} we will stay with the ${b} » `)
  const french = fc.tuple(word, word).map(([a, b]) => `“Nous sommes prêts et ${a} nous restons avec les ${b}” `)
  const piece = fc.oneof(
    {weight: 6, arbitrary: word},
    {weight: 4, arbitrary: fc.constantFrom(...SEPARATORS)},
    {weight: 1, arbitrary: fc.constantFrom(...STRETCHES)},
    {weight: 1, arbitrary: fc.oneof(english, french)}
  )
  const paragraph = fc.array(piece, {maxLength: 60}).map((pieces) => pieces.join(''))
  return fc.array(paragraph, {minLength: 1, maxLength: 8})
})
const documents = fc.record({
  texts: paragraphs,
  lang: fc.constantFrom('fr' as const, 'en' as const, 'und' as const),
  distinct: fc.subarray(['delorne', 'Hassen', 'sécurité', 'Jean-Paul'])
})

describe('findSpellingVariants against the previous implementation', () => {
  it('finds the same variants, in the same order, on generated documents', () => {
    fc.assert(
      fc.property(documents, ({texts, lang, distinct}) => {
        expect(findSpellingVariants(texts, lang, {distinct})).toEqual(referenceVariants(texts, lang, {distinct}))
      }),
      {numRuns: 3000}
    )
  })

  it('finds variants at all on these documents (the comparison is not vacuous)', () => {
    const samples = fc.sample(documents, {numRuns: 2000, seed: 7})
    const kinds = new Set(samples.flatMap(({texts, lang}) => referenceVariants(texts, lang).map((variant) => variant.kind)))
    expect([...kinds].sort()).toEqual(['accent', 'case', 'hyphen', 'name'])
  })

  it('leaves out a quotation in another language whose only word that matters is a name’s lower case', () => {
    // Counted, « delorme » would make Delorme a common noun with a capital, and Delorne no slip of it.
    const texts = ['Le juge Delorme a parlé, puis le juge Delorme est parti.', 'Selon le juge Delorne, rien ne change.', '« We are ready and delorme we will stay with the team » a-t-il dit.']
    const found = findSpellingVariants(texts, 'fr')
    expect(found.map((variant) => variant.actual)).toEqual(['Delorne'])
    expect(found).toEqual(referenceVariants(texts, 'fr'))
  })

  it('reads the same tokens', () => {
    fc.assert(
      fc.property(documents, ({texts, lang}) => {
        expect(wordTokens(texts, lang)).toEqual(referenceTokens(texts, lang))
      }),
      {numRuns: 500}
    )
  })
})
