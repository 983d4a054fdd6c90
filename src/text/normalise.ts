/**
 * Normalisation for comparing passages: two copies of a paragraph that differ
 * only by typography (case, white space, « » or " ", ’ or ', spaces around
 * punctuation) compare equal. Word boundaries are found on the original text,
 * so every word keeps its place in it. Duplicate detection reads the words
 * and hashes them in one pass without building the compared strings
 * (`scanWords` in analysis/duplicate-block/words.ts); the plain definition it is
 * tested against is tests/duplicates/comparable-text.ts.
 */

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

/** Whether white space separates tokens there. */
export function isSpace(char: string): boolean {
  return char === ' ' || SPACE.test(char)
}

/** The comparison key of one word: folded and in lower case (locale-independent). */
export function normaliseWord(value: string): string {
  return foldTypography(value).toLowerCase()
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
