// findDoubledWords, rewritten to read the block's token numbers, against the
// implementation it replaced (tests/analysis/reference), on generated text
// full of repeats, negations, apostrophes and case changes.
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {findDoubledWords, maySameKey} from '../../src/analysis/doubled-words.js'
import {parserFor} from '../../src/parse/parsers.js'
import {parsePlainText} from '../../src/parse/plain.js'
import {findDoubledWords as referenceDoubledWords} from './reference/doubled-words.js'
import {wordKey} from '../../src/text/words.js'

const WORDS = [
  'le', 'Le', 'LE', 'la', 'les', 'de', 'the', 'The', 'THE', 'that', 'had', 'nous', 'Nous', 'vous', 'ne', 'Ne', 'NE', 'n’a', "n'a", 'N’a', 'n`est', 'n´est', 'nʼa',
  'pas', 'Pas', 'plus', 'jamais', 'rien', 'guère', 'point', 'personne', 'à', 'ou', 'moins', 'ni', 'en', 'au', 'grand', 'que', 'qu’il', 'mais', 'et', 'un', 'une',
  'moindre', 'tard', 'd’un', 'l’État', "l'État", 'L’ÉTAT', 'État', 'état', 'ÉTAT', 'Walla', 'Duran', 'Bora', '10', 'x1', 'İstanbul', 'i̇stanbul', 'Straße',
  'STRASSE', 'ǅungla', 'ǆungla', 'naïve', 'NAÏVE', 'ne-', 'an', 'Na', 'a', 'A', 'I', 'priori', 'De', 'Gaulle'
]
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', ' — ', ' (', ') ', '\u00A0', '  ', ' « ', ' » ', '\n', ' ; ', '-']

/** Negations with a particle to repeat, as the rule sees them. */
const NEGATIONS = ['ne viendra pas ', 'n’a rien vu ni rien ', 'n’a pas manqué ', "n'est plus ", 'ne dit jamais ', 'ne sait rien ', 'N’a point ']

const piece = fc.oneof(
  {weight: 3, arbitrary: fc.constantFrom(...WORDS)},
  {weight: 2, arbitrary: fc.constantFrom(...SEPARATORS)},
  {weight: 1, arbitrary: fc.constantFrom(...NEGATIONS)}
)
const text = fc.array(piece, {maxLength: 60}).map((pieces) => pieces.join(''))

describe('findDoubledWords against the previous implementation', () => {
  it('finds the same repeats and negations on generated paragraphs, in French and English', () => {
    fc.assert(
      fc.property(fc.array(text, {minLength: 1, maxLength: 4}), fc.constantFrom('fr' as const, 'en' as const), fc.subarray(['le', 'pas']), (paragraphs, lang, allow) => {
        const source = paragraphs.join('\n\n')
        const {blocks} = parsePlainText(new VFile(source), source, parserFor(lang))
        for (const block of blocks) expect(findDoubledWords(block, lang, new Set(allow))).toEqual(referenceDoubledWords(block, lang, new Set(allow)))
      }),
      {numRuns: 1500}
    )
  })

  it('finds both kinds on these paragraphs (the comparison is not vacuous)', () => {
    const kinds = new Set<string>()
    for (const sample of fc.sample(text, {numRuns: 500, seed: 3})) {
      const {blocks} = parsePlainText(new VFile(sample), sample, parserFor('fr'))
      for (const block of blocks) for (const found of referenceDoubledWords(block, 'fr')) kinds.add(found.kind)
    }
    expect([...kinds].sort()).toEqual(['negation', 'repeat'])
  })
})

describe('maySameKey', () => {
  it('never says no to two words whose keys are equal, and says no to different ASCII words', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WORDS, 'LA', 'La', 'a`b', "a'b", 'a’b', 'A´B'), fc.constantFrom(...WORDS, 'LA', 'La', 'a`b', "a'b", 'a’b', 'A´B'), (a, b) => {
        const text = `${a} ${b}`
        const answer = maySameKey(text, 0, a.length, a.length + 1, text.length)
        if (wordKey(a) === wordKey(b)) expect(answer).toBe(true)
        else if (/^[\x00-\x7f]*$/.test(text)) expect(answer).toBe(false)
      }),
      {numRuns: 3000}
    )
  })
})
