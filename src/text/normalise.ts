/**
 * Normalisation for comparing passages: two copies of a paragraph that differ
 * only by typography (case, white space, « » or " ", ’ or ', spaces around
 * punctuation) compare equal. Word boundaries are found on the original text,
 * so every word keeps its place in it. `comparableText` is the definition;
 * duplicate detection reads the same words and hashes without building the
 * strings (`scanWords` in analysis/duplicates-words.ts, tested against it).
 */

import {codePointAt, forEachRun} from './letters.js'

/** Characters invisible in print that editors' tools insert inside words. */
const IGNORABLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
/** Every double quotation mark, French guillemets included, becomes `"`. */
const DOUBLE_QUOTES = /[«»‹›“”„‟〝〞〟＂]/g
/** Every apostrophe and single quotation mark becomes `'`. */
const SINGLE_QUOTES = /[‘’‚‛ʼʹ`´′＇]/g
const DASHES = /[‐‑‒–—―−]/g

const WORD_CHARS = '\\p{L}\\p{M}\\p{N}\\u00ad\\u200b-\\u200d\\u2060'
/** A word; an apostrophe inside it (« aujourd’hui », « l’État », "don't") does not split it. */
export const WORD = new RegExp(`[${WORD_CHARS}]+(?:['‘’ʼ][${WORD_CHARS}]+)*`, 'gu')
const WORD_CHAR = new RegExp(`^[${WORD_CHARS}]$`, 'u')
/** The apostrophes of WORD: ' ‘ ’ ʼ. */
const APOSTROPHES = new Set([0x27, 0x2018, 0x2019, 0x2bc])
const SPACE = /\s/u

/** Whether the code unit is an apostrophe that joins two runs of word characters into one word. */
export function joinsWords(code: number): boolean {
  return APOSTROPHES.has(code)
}

/** Characters that NFKC or the folding below would change; most words have none. */
const NEEDS_FOLDING = /[^\p{Script=Latin}\p{Nd}\s.,;:!?"'()\[\]-]|[ﬀ-ﬆ\uff00-\uffef\u00aa\u00ba\u017f]/u

/** NFKC, one kind of quotation mark, one apostrophe, one dash, no invisible characters. */
export function foldTypography(value: string): string {
  return needsFolding(value) ? foldCharacters(value) : value
}

/** Whether `foldTypography` changes anything in `value` (when false it returns `value` as is). */
export function needsFolding(value: string): boolean {
  return NEEDS_FOLDING.test(value)
}

/** The folding of `foldTypography`, applied whether or not the value needs it. */
export function foldCharacters(value: string): string {
  return value.normalize('NFKC').replace(IGNORABLE, '').replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, '-')
}

/** Whether one code point (a string of one or two UTF-16 units) is a character of WORD. */
export function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char)
}

/** Whether white space separates tokens there (SPACE, as `comparableText` reads it). */
export function isSpace(char: string): boolean {
  return char === ' ' || SPACE.test(char)
}

/** The comparison key of one word: folded and in lower case (locale-independent). */
export function normaliseWord(value: string): string {
  return foldTypography(value).toLowerCase()
}

export interface ComparableText {
  /** The words of the text, normalised. */
  keys: string[]
  /** Range [starts[i], ends[i]) of word i in the text (parallel arrays: a long document has millions of words). */
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

/**
 * The tokens of a (folded) gap between words, as comparison reads them:
 * white space dropped, each other character a token, a run of `mask`
 * characters one token.
 */
export function pushGapTokens(gap: string, mask: string, tokens: string[]): void {
  let previousMask = false
  for (const char of gap) {
    if (isSpace(char)) {
      previousMask = false
      continue
    }
    if (char === mask) {
      if (!previousMask) tokens.push(char)
      previousMask = true
      continue
    }
    previousMask = false
    tokens.push(char)
  }
}

export function comparableText(text: string, mask = '\uFFFC'): ComparableText {
  const keys: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  const tokens: string[] = []
  // Most paragraphs need no folding at all: then one lower-casing of the whole
  // text serves every word, when it keeps every character in its place.
  const plain = !NEEDS_FOLDING.test(text)
  const lower = plain ? text.toLowerCase() : ''
  const aligned = plain && lower.length === text.length
  let cursor = 0
  const punctuation = (from: number, to: number) => {
    if (from < to) pushGapTokens(plain ? text.slice(from, to) : foldTypography(text.slice(from, to)), mask, tokens)
  }
  forEachWord(text, (start, end) => {
    const key = aligned ? lower.slice(start, end) : normaliseWord(text.slice(start, end))
    punctuation(cursor, start)
    tokens.push(key)
    keys.push(key)
    starts.push(start)
    ends.push(end)
    cursor = end
  })
  punctuation(cursor, text.length)
  return {keys, starts, ends, key: tokens.join(' ')}
}

/**
 * Calls `word(start, end)` for each match of WORD in `text`, in order: the
 * same words, found by a scan of code units against a table rather than by
 * the regular expression.
 */
export function forEachWord(text: string, word: (start: number, end: number) => void): void {
  let start = -1
  let end = -1
  forEachRun(text, wordCharAt, (from, to) => {
    // One apostrophe between two runs joins them into a word (« aujourd’hui », "don't").
    if (start >= 0 && from === end + 1 && APOSTROPHES.has(text.charCodeAt(end))) {
      end = to
      return
    }
    if (start >= 0) word(start, end)
    start = from
    end = to
  })
  if (start >= 0) word(start, end)
}

/** Per UTF-16 code unit: 1 a word character, 0 not, -1 not looked up yet. */
let wordUnits: Int8Array | undefined

/** The length (1 or 2) of the word character at `index`, 0 when it is not one. */
function wordCharAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff) {
    const char = codePointAt(text, index)
    if (char.length === 2) return WORD_CHAR.test(char) ? 2 : 0
  }
  wordUnits ??= new Int8Array(0x10000).fill(-1)
  let known = wordUnits[code]!
  if (known === -1) known = wordUnits[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0
  return known
}

/** See `ComparableText.key`. */
export function comparisonKey(text: string, mask?: string): string {
  return comparableText(text, mask).key
}
