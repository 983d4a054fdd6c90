// maySameKey, the quick test findDoubledWords runs before comparing two
// words' keys, against the keys themselves (wordKey), on generated pairs of
// words with apostrophes, accents and case changes.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {maySameKey} from '../../src/analysis/doubled-word.js'
import {wordKey} from '../../src/text/words.js'

const WORDS = [
  'le', 'Le', 'LE', 'la', 'les', 'de', 'the', 'The', 'THE', 'that', 'had', 'nous', 'Nous', 'vous', 'ne', 'Ne', 'NE', 'n’a', "n'a", 'N’a', 'n`est', 'n´est', 'nʼa',
  'pas', 'Pas', 'plus', 'jamais', 'rien', 'guère', 'point', 'personne', 'à', 'ou', 'moins', 'ni', 'en', 'au', 'grand', 'que', 'qu’il', 'mais', 'et', 'un', 'une',
  'moindre', 'tard', 'd’un', 'l’État', "l'État", 'L’ÉTAT', 'État', 'état', 'ÉTAT', 'Walla', 'Duran', 'Bora', '10', 'x1', 'İstanbul', 'i̇stanbul', 'Straße',
  'STRASSE', 'ǅungla', 'ǆungla', 'naïve', 'NAÏVE', 'ne-', 'an', 'Na', 'a', 'A', 'I', 'priori', 'De', 'Gaulle'
]
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
