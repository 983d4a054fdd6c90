// What duplicate-block compares, written plainly: the words WORD matches in
// the original text (so each keeps its range), each folded and lower-cased,
// and between them the punctuation, white space dropped. The rule reads the
// same words and hashes them in one pass without building these strings
// (scanWords, src/analysis/duplicate-block/words.ts); tests/duplicates/words.test.ts
// holds it to this definition on generated text.
import {hash32, shinglesOfHashes} from '../../src/analysis/duplicate-block/similarity-index.js'
import {foldTypography, normaliseWord, pushGapTokens, WORD} from '../../src/text/normalise.js'

export interface ComparableText {
  /** The words of the text, normalised. */
  keys: string[]
  /** Range [starts[i], ends[i]) of word i in the text. */
  starts: number[]
  ends: number[]
  /**
   * The text reduced to what a reader compares: normalised words and
   * punctuation marks, one space between tokens whatever the original
   * spacing, so that «déjà» and « déjà », `l’Etat` and `l'Etat`, `A ;` and
   * `a;` are equal. A run of `mask` characters (masked inline code) is one token.
   */
  key: string
}

export function comparableText(text: string, mask = '\uFFFC'): ComparableText {
  const keys: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const tokens: string[] = []
  let cursor = 0
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    pushGapTokens(foldTypography(text.slice(cursor, start)), mask, tokens)
    const key = normaliseWord(match[0])
    tokens.push(key)
    keys.push(key)
    starts.push(start)
    cursor = start + match[0].length
    ends.push(cursor)
  }
  pushGapTokens(foldTypography(text.slice(cursor)), mask, tokens)
  return {keys, starts, ends, key: tokens.join(' ')}
}

/** See `ComparableText.key`. */
export function comparisonKey(text: string, mask?: string): string {
  return comparableText(text, mask).key
}

/** Sorted, distinct hashes of the word bigrams of `words`, as the index makes them from word hashes. */
export function shinglesOf(words: readonly string[], from = 0, to = words.length): number[] {
  return shinglesOfHashes(Int32Array.from(words, (word) => hash32(word)), from, to)
}
