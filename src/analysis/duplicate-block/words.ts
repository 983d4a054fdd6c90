/**
 * The words of a paragraph as duplicate detection compares them, read in one
 * pass over its code units: each word's range and the hash of its comparison
 * key (`normaliseWord`), and the hash of the paragraph's comparison text
 * (`comparableText(text).key`), without building either string. Characters
 * that fold to one code unit whatever surrounds them (Latin letters, digits,
 * ASCII punctuation, quotation marks, apostrophes, white space) are folded
 * through a table; a word or a gap between words holding any other character
 * goes through `normaliseWord` or `foldTypography`, as before. The hashes are
 * those of `hash32` and `hash64` over the strings of the plain definition,
 * `comparableText` in tests/duplicates/comparable-text.ts: a test compares
 * the two on generated text.
 */

import {MASK} from '../../text/blocks.js'
import {foldCharacters, foldTypography, isSpace, isWordChar, joinsWords, needsFolding, normaliseWord, pushGapTokens} from '../../text/normalise.js'
import {HASH_PRIME, HASH_SEED, keyOf, SECOND_PRIME, SECOND_SEED} from './similarity-index.js'

export interface ParagraphWords {
  /** Number of words. */
  words: number
  /** Range [starts[i], ends[i]) of word i in the text. */
  starts: Int32Array
  ends: Int32Array
  /** `hash32` of each word's comparison key. */
  hashes: Int32Array
  /** A second hash of each key, independent of the first: together 64 bits, to tell words apart. */
  checks: Int32Array
  /** `hash64` of the paragraph's comparison text. */
  key: string
}

/** What one UTF-16 code unit is to the scan; UNSEEN until it is first met. */
const UNSEEN = 0
/** A word character whose key is one code unit (in FOLDED), whatever the rest of its word. */
const WORD = 1
/** A word character whose word must go through `normaliseWord` (ligatures, combining accents, other scripts). */
const WORD_SLOW = 2
/** A high surrogate: what it is depends on the unit after it. */
const HIGH_SURROGATE = 3
const SPACE = 4
/** A punctuation mark or symbol, one token of one code unit (in FOLDED). */
const PUNCTUATION = 5
/** A masked character (inline code): a run of them is one token. */
const MASKED = 6
/** An invisible character that folding removes. */
const IGNORED = 7
/** Anything else between words (…, a lone surrogate, fullwidth forms): its gap goes through `foldTypography`. */
const GAP_SLOW = 8

const MASK_UNIT = MASK.charCodeAt(0)

const KINDS = new Uint8Array(0x10000)
const FOLDED = new Uint16Array(0x10000)

function kindOf(code: number): number {
  const kind = KINDS[code]!
  return kind === UNSEEN ? (KINDS[code] = classify(code)) : kind
}

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE
  if (code >= 0xdc00 && code <= 0xdfff) return GAP_SLOW
  const char = String.fromCharCode(code)
  // Folding applies to a whole word or gap when one of its characters needs
  // it: a character that does not need it must fold to itself, or its key
  // would depend on its neighbours.
  const stable = needsFolding(char) || foldCharacters(char) === char
  if (isWordChar(char)) {
    const key = normaliseWord(char)
    // Below U+0300 no two characters compose and lower case needs no context.
    if (code >= 0x300 || !stable || key.length !== 1) return WORD_SLOW
    FOLDED[code] = key.charCodeAt(0)
    return WORD
  }
  const folded = foldTypography(char)
  if (!stable || folded.length > 1) return GAP_SLOW
  if (folded.length === 0) return IGNORED
  if (folded === MASK) return MASKED
  if (isSpace(folded)) return SPACE
  FOLDED[code] = folded.charCodeAt(0)
  return PUNCTUATION
}

/** Length (1 or 2) of the word character at `index`, 0 when there is none. */
function wordSizeAt(text: string, index: number): number {
  const kind = kindOf(text.charCodeAt(index))
  if (kind === WORD || kind === WORD_SLOW) return 1
  return kind === HIGH_SURROGATE && isAstralWordChar(text, index) ? 2 : 0
}

function isAstralWordChar(text: string, index: number): boolean {
  return (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 && isWordChar(text.slice(index, index + 2))
}

/**
 * The output columns of the scan under way, sized first by `wordRuns` (an
 * upper bound of the words), so that they never grow: columns that doubled
 * when full, then were copied to their length, held three times a long
 * document's words at their largest. Emptied once a scan is done: nothing
 * sized by a document stays with the module.
 */
let starts = new Int32Array(0)
let ends = new Int32Array(0)
let hashes = new Int32Array(0)
let checks = new Int32Array(0)

/** Words the shared columns have room for now (the memory tests check that a long document's room is let go). */
export function columnCapacity(): number {
  return starts.length
}

function setColumns(length: number): void {
  starts = new Int32Array(length)
  ends = new Int32Array(length)
  hashes = new Int32Array(length)
  checks = new Int32Array(length)
}

/** Times the columns had to grow (`wordRuns` undercounted); the memory tests check that it stays 0. */
let growths = 0

export function columnGrowths(): number {
  return growths
}

/** Room for one more word at `count`; `wordRuns` bounds the words, so this only grows on a defect. */
function ensureCapacity(count: number): void {
  if (count < starts.length) return
  growths++
  const grow = (column: Int32Array) => {
    const next = new Int32Array(Math.max(256, column.length * 2))
    next.set(column)
    return next
  }
  starts = grow(starts)
  ends = grow(ends)
  hashes = grow(hashes)
  checks = grow(checks)
}

/**
 * The runs of word characters in `text`: at least its words as `scanInto`
 * reads them (a word starts a run and takes the whole run; one joined by
 * an apostrophe takes two).
 */
function wordRuns(text: string): number {
  let runs = 0
  let index = 0
  const length = text.length
  while (index < length) {
    let size = wordSizeAt(text, index)
    if (size === 0) {
      index++
      continue
    }
    runs++
    do index += size
    while (index < length && (size = wordSizeAt(text, index)) > 0)
  }
  return runs
}

/** One step of FNV-1a (`hash32`): one UTF-16 code unit into the hash. */
function step(hash: number, unit: number, prime: number): number {
  return Math.imul(hash ^ unit, prime)
}

export function scanWords(text: string): ParagraphWords {
  return scanParagraphs([text])[0]!
}

/**
 * The words of several paragraphs (a document's). Their columns are views
 * of one array per column: a typed array of its own per paragraph and column
 * would cost an allocation outside the heap each, tens of thousands a run.
 */
export function scanParagraphs(texts: readonly string[]): ParagraphWords[] {
  const scans: Array<{from: number; key: string}> = []
  let bound = 0
  for (const text of texts) bound += wordRuns(text)
  setColumns(bound)
  let filled = 0
  for (const text of texts) {
    const from = filled
    const key = scanInto(text, from)
    filled = written
    scans.push({from, key})
  }
  // Views of the columns as filled: the words apostrophes join leave a few entries unused at the end.
  const all = {starts: starts.subarray(0, filled), ends: ends.subarray(0, filled), hashes: hashes.subarray(0, filled), checks: checks.subarray(0, filled)}
  setColumns(0)
  return scans.map(({from, key}, index) => {
    const to = scans[index + 1]?.from ?? filled
    return {
      words: to - from,
      starts: all.starts.subarray(from, to),
      ends: all.ends.subarray(from, to),
      hashes: all.hashes.subarray(from, to),
      checks: all.checks.subarray(from, to),
      key
    }
  })
}

/** Where `scanInto` stopped writing the columns. */
let written = 0

/**
 * Writes the words of `text` to the columns from `count` on (`written` is
 * where it stopped) and returns the hash of its comparison text. The hash
 * state lives in local variables, not in an object: a 32-bit value stored in
 * a field is a heap number, one allocation per character.
 */
function scanInto(text: string, from: number): string {
  const length = text.length
  // Hashes of the comparison text, as if its tokens were joined with one space.
  let first = HASH_SEED | 0
  let second = SECOND_SEED | 0
  let tokens = 0
  let count = from
  let index = 0
  while (index < length) {
    // The punctuation before the next word.
    const gapStart = index
    let gapFirst = first
    let gapSecond = second
    let gapTokens = tokens
    let slow = false
    let previousMask = false
    for (; index < length; index++) {
      const code = text.charCodeAt(index)
      const kind = kindOf(code)
      if (kind === WORD || kind === WORD_SLOW) break
      if (kind === PUNCTUATION || (kind === MASKED && !previousMask)) {
        if (tokens++ > 0) {
          first = step(first, 0x20, HASH_PRIME)
          second = step(second, 0x20, SECOND_PRIME)
        }
        const unit = kind === MASKED ? MASK_UNIT : FOLDED[code]!
        first = step(first, unit, HASH_PRIME)
        second = step(second, unit, SECOND_PRIME)
      }
      if (kind === PUNCTUATION || kind === SPACE) previousMask = false
      else if (kind === MASKED) previousMask = true
      else if (kind === GAP_SLOW) slow = true
      else if (kind === HIGH_SURROGATE) {
        if (isAstralWordChar(text, index)) break
        slow = true
      }
    }
    if (slow) {
      for (const token of gapTokensOf(text.slice(gapStart, index))) {
        if (gapTokens++ > 0) {
          gapFirst = step(gapFirst, 0x20, HASH_PRIME)
          gapSecond = step(gapSecond, 0x20, SECOND_PRIME)
        }
        for (let unit = 0; unit < token.length; unit++) {
          gapFirst = step(gapFirst, token.charCodeAt(unit), HASH_PRIME)
          gapSecond = step(gapSecond, token.charCodeAt(unit), SECOND_PRIME)
        }
      }
      first = gapFirst
      second = gapSecond
      tokens = gapTokens
    }
    if (index >= length) break

    // The word: runs of word characters, two runs joined by one apostrophe.
    const start = index
    const wordFirst = first
    const wordSecond = second
    if (tokens++ > 0) {
      first = step(first, 0x20, HASH_PRIME)
      second = step(second, 0x20, SECOND_PRIME)
    }
    let word = HASH_SEED | 0
    let check = SECOND_SEED | 0
    slow = false
    for (;;) {
      while (index < length) {
        const code = text.charCodeAt(index)
        const kind = kindOf(code)
        if (kind === WORD) {
          const unit = FOLDED[code]!
          first = step(first, unit, HASH_PRIME)
          second = step(second, unit, SECOND_PRIME)
          word = step(word, unit, HASH_PRIME)
          check = step(check, unit, SECOND_PRIME)
          index++
        } else if (kind === WORD_SLOW) {
          slow = true
          index++
        } else if (kind === HIGH_SURROGATE && isAstralWordChar(text, index)) {
          slow = true
          index += 2
        } else break
      }
      if (index + 1 < length && joinsWords(text.charCodeAt(index)) && wordSizeAt(text, index + 1) > 0) {
        // Every joining apostrophe folds to '.
        first = step(first, 0x27, HASH_PRIME)
        second = step(second, 0x27, SECOND_PRIME)
        word = step(word, 0x27, HASH_PRIME)
        check = step(check, 0x27, SECOND_PRIME)
        index++
        continue
      }
      break
    }
    if (slow) {
      const key = normaliseWord(text.slice(start, index))
      first = wordFirst
      second = wordSecond
      word = HASH_SEED | 0
      check = SECOND_SEED | 0
      if (tokens > 1) {
        first = step(first, 0x20, HASH_PRIME)
        second = step(second, 0x20, SECOND_PRIME)
      }
      for (let unit = 0; unit < key.length; unit++) {
        const code = key.charCodeAt(unit)
        first = step(first, code, HASH_PRIME)
        second = step(second, code, SECOND_PRIME)
        word = step(word, code, HASH_PRIME)
        check = step(check, code, SECOND_PRIME)
      }
    }
    ensureCapacity(count + 1)
    starts[count] = start
    ends[count] = index
    hashes[count] = word
    checks[count++] = check
  }
  written = count
  // Joined, not concatenated: a flat string (a concatenation is a tree of three).
  return keyOf(first, second)
}

/** The tokens of a gap between words as `comparableText` reads them. */
function gapTokensOf(gap: string): string[] {
  const tokens: string[] = []
  pushGapTokens(foldTypography(gap), MASK, tokens)
  return tokens
}
