/**
 * Figures in duplicate detection. Newsrooms write paragraphs on one pattern
 * with other figures (match results, votes per district, quarterly earnings,
 * a death toll updated): their words are nearly all the same, yet they are
 * different facts, not a paste. Two passages where a figure, or a word
 * standing next to one (« 12 soldats » / « 12 civils »), was replaced by
 * another are not the same passage; a typo fixed in one copy still leaves a
 * paste.
 */

import {hash32} from './similarity-index.js'
import {CARDINAL_WORDS, OTHER_NUMBER_WORDS} from '../../lexicon/numbers.js'
import {normaliseWord} from '../../text/normalise.js'
import type {Lang} from '../../types.js'

/** The words of a paragraph as `scanWords` gives them. */
export interface Words {
  starts: Int32Array
  ends: Int32Array
  hashes: Int32Array
}

/**
 * Cardinal numbers written in letters. Left out: « un », « une », "one"
 * (articles and pronouns far more often than figures), and words that are
 * also common words of the language (English "seize").
 */
const NUMBER_WORDS: Record<Lang, readonly string[]> = {
  fr: [...CARDINAL_WORDS.fr, ...OTHER_NUMBER_WORDS.fr],
  en: [...CARDINAL_WORDS.en, ...OTHER_NUMBER_WORDS.en]
}

/** The number words by the hash `scanWords` gives them, so that a word is only read when its hash is one. */
const NUMBER_HASHES: Record<Lang, Map<number, Set<string>>> = {fr: hashesOf(NUMBER_WORDS.fr), en: hashesOf(NUMBER_WORDS.en)}

function hashesOf(words: readonly string[]): Map<number, Set<string>> {
  const map = new Map<number, Set<string>>()
  for (const word of words) {
    const hash = hash32(word) | 0
    const set = map.get(hash) ?? new Set<string>()
    set.add(word)
    map.set(hash, set)
  }
  return map
}

const NOT_FIGURE = 0
const FIGURE = 1
/** A word next to a figure. */
const BOUND = 2

/** Spaces that separate the groups of digits of one number (« 1 000 », "12 500"). */
const GROUP_SPACE = /^[ \u00a0\u202f\u2009]$/

function hasDigit(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x30 && code <= 0x39) return true
    if (code > 0x7f && /\p{N}/u.test(text.charAt(index))) return true
  }
  return false
}

function isDigits(text: string, start: number, end: number, length?: number): boolean {
  if (length !== undefined && end - start !== length) return false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x30 || code > 0x39) return false
  }
  return end > start
}

/**
 * What each word of [from, to) is to the comparison: a figure (digits, or a
 * number in letters), a word next to a figure, or neither. A number whose
 * digit groups are separated by spaces is one figure: the words before and
 * after it are its neighbours. Undefined when the range holds no figure (most
 * paragraphs of most drafts: nothing else is read).
 */
export function figureRoles(text: string, words: Words, lang: Lang, from = 0, to = words.starts.length): Uint8Array | undefined {
  const numbers = NUMBER_HASHES[lang]
  let roles: Uint8Array | undefined
  for (let word = from; word < to; word++) {
    const start = words.starts[word]!
    const end = words.ends[word]!
    const spelled = numbers.get(words.hashes[word]!)
    if (hasDigit(text, start, end) || (spelled !== undefined && spelled.has(normaliseWord(text.slice(start, end))))) {
      roles ??= new Uint8Array(to - from)
      roles[word - from] = FIGURE
    }
  }
  if (!roles) return undefined
  for (let word = from; word < to; word++) {
    if (roles[word - from] !== FIGURE) continue
    // The digit groups of one number: « 1 000 000 ».
    let last = word
    while (last + 1 < to && isDigits(text, words.starts[last]!, words.ends[last]!) && isDigits(text, words.starts[last + 1]!, words.ends[last + 1]!, 3) && GROUP_SPACE.test(text.slice(words.ends[last]!, words.starts[last + 1]!))) {
      roles[++last - from] = FIGURE
    }
    if (word > from && roles[word - 1 - from] === NOT_FIGURE) roles[word - 1 - from] = BOUND
    if (last + 1 < to && roles[last + 1 - from] === NOT_FIGURE) roles[last + 1 - from] = BOUND
    word = last
  }
  return roles
}

/**
 * The figures of [from, to) and the words next to them, as the comparison
 * reads them (a number in digit groups as one token), sorted; empty when
 * there are none.
 */
export function figureTokens(text: string, words: Words, lang: Lang, from = 0, to = words.starts.length): string[] {
  const roles = figureRoles(text, words, lang, from, to)
  if (!roles) return []
  const tokens: string[] = []
  for (let word = from; word < to; word++) {
    const role = roles[word - from]!
    if (role === NOT_FIGURE) continue
    let token = normaliseWord(text.slice(words.starts[word]!, words.ends[word]!))
    // Digit groups join into one number: « 1 000 » and « 1000 » are one figure.
    while (role === FIGURE && word + 1 < to && roles[word + 1 - from] === FIGURE && isDigits(text, words.starts[word + 1]!, words.ends[word + 1]!, 3) && GROUP_SPACE.test(text.slice(words.ends[word]!, words.starts[word + 1]!))) {
      token += text.slice(words.starts[word + 1]!, words.ends[word + 1]!)
      word++
    }
    tokens.push(role === FIGURE ? `#${token}` : token)
  }
  return tokens.sort()
}

/**
 * Whether a figure, or a word next to one, of one passage was replaced by
 * another in the other passage, given their `figureTokens`: two facts
 * written on one pattern. A figure only added to one copy is an edit of a
 * copy (and may come from a neighbouring sentence that the parser did not
 * split off). A word changed into a close spelling (one letter added,
 * removed, replaced, or two swapped) is a typo fixed, not another fact; a
 * figure is never a typo of another.
 */
export function figuresReplaced(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false
  const [onlyA, onlyB] = unmatched(a, b)
  return onlyA.length > 0 && onlyB.length > 0
}

/** The tokens of each sorted list that the other lacks, typos fixed left out. */
function unmatched(a: readonly string[], b: readonly string[]): [string[], string[]] {
  const onlyA: string[] = []
  const onlyB: string[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) onlyA.push(a[i++]!)
    else if (i >= a.length || b[j]! < a[i]!) onlyB.push(b[j++]!)
    else {
      i++
      j++
    }
  }
  const restA: string[] = []
  for (const token of onlyA) {
    const typo = token.startsWith('#') ? -1 : onlyB.findIndex((other) => !other.startsWith('#') && isTypoOf(token, other))
    if (typo < 0) restA.push(token)
    else onlyB.splice(typo, 1)
  }
  return [restA, onlyB]
}

/** One edit apart (optimal string alignment distance 1), in words long enough for a typo to be told from another word. */
export function isTypoOf(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 3 || Math.abs(a.length - b.length) > 1 || a === b) return false
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const restA = a.slice(start, endA)
  const restB = b.slice(start, endB)
  // One letter added, removed or replaced, or two neighbours swapped.
  if (restA.length + restB.length <= 2 && restA.length <= 1 && restB.length <= 1) return true
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0]
}
