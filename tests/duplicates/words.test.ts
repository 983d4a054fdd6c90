import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {hash32, hash64, SECOND_PRIME, SECOND_SEED} from '../../src/analysis/duplicate-block/similarity-index.js'
import {scanWords} from '../../src/analysis/duplicate-block/words.js'
import {comparableText} from './comparable-text.js'

/** What the scan must give: the strings of `comparableText`, hashed afterwards. */
function expected(text: string) {
  const {keys, starts, ends, key} = comparableText(text)
  return {
    words: keys.length,
    starts: [...starts],
    ends: [...ends],
    hashes: keys.map((word) => hash32(word) | 0),
    checks: keys.map((word) => hash32(word, SECOND_SEED, SECOND_PRIME) | 0),
    key: hash64(key)
  }
}

function scanned(text: string) {
  const words = scanWords(text)
  return {...words, starts: [...words.starts], ends: [...words.ends], hashes: [...words.hashes], checks: [...words.checks]}
}

// Characters of every kind the scan tells apart: Latin letters folded by the
// table, letters and marks it leaves to normaliseWord (ligatures, combining
// accents, İ, ĳ, Greek with its final sigma, astral letters), digits and
// superscripts, every apostrophe and quotation mark, dashes, spaces of
// several widths, invisible characters, the mask, an ellipsis and fullwidth
// forms that fold to several or other characters, lone surrogates.
const ALPHABET = [
  'a', 'B', 'é', 'É', 'ç', 'Œ', 'ß', 'ÿ', 'İ', 'ĳ', 'ǅ', 'ſ', 'ª', 'ﬁ', 'ж', 'Σ', 'σ', 'ب', '北', '\u0301', '𝐀', '😀',
  '7', '²', '½', "'", '‘', '’', 'ʼ', '`', '´', '"', '«', '»', '“', '”', '„', '-', '–', '—', '−',
  ' ', '\u00a0', '\u202f', '\u2009', '\n', '\u00ad', '\u200b', '\ufeff', '\ufffc', '…', '，', 'Ａ', '!', '?', '.', ',', ';', ':', '(', '%', '€', '&',
  '\ud800', '\udc00'
]

describe('scanWords', () => {
  it('gives the ranges of comparableText and the hashes of its strings, on generated text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), {maxLength: 40}), (chars) => {
        const text = chars.join('')
        expect(scanned(text)).toEqual(expected(text))
      }),
      {numRuns: 5000}
    )
  })

  it('agrees on words of French and English copy, typographic or not', () => {
    const words = ['L’État', 'l\'Etat', 'aujourd’hui', 'don\'t', 'déjà', 'DÉJÀ', 'Œuvre', 'naïve', 'ISTANBUL', 'İstanbul', '2 500', '12,5 %', 'e\u0301te\u0301', 'ef\ufb01cace', 'co\u00adopération', 'voir\ufffc\ufffc']
    const separators = [' ', ', ', ' « ', ' » ', '\u00a0: ', ' — ', '… ', '. ', ' “', '” ', ' (', ') ', '\u202f; ', '’ ', ' ‘']
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), {maxLength: 20}), (pairs) => {
        const text = pairs.flat().join('')
        expect(scanned(text)).toEqual(expected(text))
      }),
      {numRuns: 3000}
    )
  })

  it('agrees on paragraphs that need no folding, where comparableText lower-cases the whole text at once', () => {
    const plain = ['a', 'Z', 'é', 'À', 'ç', 'İ', '1', ' ', '\n', '.', ',', ';', '!', '-', "'", '"', '(', ']']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plain), {maxLength: 40}), (chars) => {
        const text = chars.join('')
        expect(scanned(text)).toEqual(expected(text))
      }),
      {numRuns: 2000}
    )
  })

  it('reads a plain paragraph and an empty one', () => {
    for (const text of ['', '   ', 'Le conseil municipal a voté mardi soir le budget de la ville.', '« Nous ne lèverons pas d’impôt nouveau », a-t-il dit.']) {
      expect(scanned(text)).toEqual(expected(text))
    }
  })
})
