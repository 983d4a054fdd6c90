/**
 * The one quotation scanner: the spans of quoted speech in a text, each from
 * its opening mark to its closing one. The marks and which closes which come
 * from the lexicon (lexicon/quotes.ts); every mark is found by one lexer
 * (`nextMark`). Its users differ in what they need, and say it as options:
 *
 * - `pairing: 'nearest'` (the default): a quotation runs from an opening mark
 *   to the next closing mark of its pair with no opening mark of that pair in
 *   between (« a « b » quotes b); quotations do not nest. Doubled words,
 *   honorifics, spelling and duplicate blocks skip or read quoted speech so.
 * - `pairing: 'first-closing'`: to the first closing mark of its pair, an
 *   opening mark met on the way being text (« a « b » quotes a « b). Language
 *   detection sets the narration apart so, with `marks: '«“"'` and
 *   `straightAcrossLines: false`.
 * - `pairing: 'lenient'`: any opening mark to the next closing mark of any
 *   pair (« … ", "… »): scraped and hurried copy mixes them, and duplicate
 *   detection only asks whether words were given as quoted speech; a " opens
 *   after white space, a bracket, an opening mark or a dash, and closes
 *   elsewhere. With `unclosed: 'to-end'`, the last quotation never closed
 *   runs to the end of the text (a paragraph of a quotation that the next
 *   paragraph goes on with).
 * - `pairing: 'nesting'`: to the closing mark of its pair that balances it,
 *   the same opening mark met on the way counting (« a « b » c » is one
 *   quotation); a closing mark with none open is text. With `unclosed:
 *   'to-end'`, a quotation never closed runs to the end of the text. The
 *   date reader sets quotations apart so (a year quoted is no time the
 *   story tells), with `marks: '«“"'`.
 * - `pairing: 'balanced'`: the strict reading of every mark on a stack
 *   (text/quotation-marks.ts: apostrophes told from single quotes, a " after
 *   a digit, marks named as characters…); quotations nest, and each says how
 *   deep. Typography reads quotation styles so, and unbalanced-quotes reads
 *   the same stack's problems.
 *
 * Unclosed quotations have no span (that is unbalanced-quotes' business).
 */
import {CLOSING_MARK, CLOSING_MARKS} from '../lexicon/quotes.js'
import {balanceParagraph, nextMark} from './quotation-marks.js'

export interface Quotation {
  /** Offset of the opening mark. */
  start: number
  /** Offset after the closing mark. */
  end: number
  /** The text between the marks. */
  inner: string
  /** The opening mark. */
  mark: string
  /** How many quotations are open around it (always 0 but with `pairing: 'balanced'`). */
  depth: number
}

export type QuotationPairing = 'nearest' | 'first-closing' | 'lenient' | 'nesting' | 'balanced'

export interface QuotationOptions {
  /** How an opening mark finds its closing one (see the module's comment). Default 'nearest'. */
  pairing?: QuotationPairing
  /** The opening marks that open a quotation, among « “ „ " (with 'balanced', among « “ "). Default « “ „ " (« “ " with 'balanced'). */
  marks?: string
  /** Whether a straight quotation may close on a later line (with 'nearest' and 'first-closing'). Default true. */
  straightAcrossLines?: boolean
  /** With 'nesting' and 'lenient': `to-end` makes a quotation never closed run to the end of the text (its `close` is the text's length). Default `none`. */
  unclosed?: 'none' | 'to-end'
}

/** The opening marks of quoted speech the scanner reads unless told otherwise. */
export const OPENING_MARKS = '«“„"'
const DEFAULT_MARKS = OPENING_MARKS
/** A search for any of a few characters: one character is found by indexOf, several by a character class. */
type Search = string | RegExp

const searches = new Map<string, Search>()

/** Where 'first-closing' stops looking for a mark's closing mark: at one of them. */
const CLOSING_SEARCH: Readonly<Record<string, Search>> = Object.fromEntries(Object.entries(CLOSING_MARKS).map(([opening, closing]) => [opening, searchFor(closing.join(''))]))
/** Where 'nearest' stops looking for a mark's closing mark: at one of them, or at the same opening mark again. */
const NEAREST_STOPS: Readonly<Record<string, Search>> = Object.fromEntries(
  Object.entries(CLOSING_MARKS).map(([opening, closing]) => [opening, searchFor(closing.includes(opening) ? closing.join('') : opening + closing.join(''))])
)
const BALANCED_MARKS = '«“"'

/**
 * Calls `quotation(open, close)` with the offsets of the marks of each
 * quotation, in the order of their opening marks. Linear with 'nearest' and
 * 'first-closing': each search for a closing mark starts after the opening
 * one, and a closing mark found missing is not searched for again.
 */
export function forEachQuotation(text: string, quotation: (open: number, close: number, depth: number) => void, options: QuotationOptions = {}): void {
  const pairing = options.pairing ?? 'nearest'
  if (pairing === 'balanced') {
    for (const pair of balancedPairs(text, options.marks ?? BALANCED_MARKS)) quotation(pair.open, pair.close, pair.depth)
    return
  }
  const marks = options.marks ?? DEFAULT_MARKS
  if (pairing === 'lenient') {
    forEachLenient(text, quotation, marks, options.unclosed === 'to-end')
    return
  }
  if (pairing === 'nesting') {
    forEachNesting(text, quotation, marks, options.unclosed === 'to-end')
    return
  }
  const acrossLines = options.straightAcrossLines ?? true
  const restart = pairing === 'nearest'
  // Opening marks whose closing mark (or, for 'nearest', any mark that stops the search) is missing from some offset on.
  const missing = new Set<string>()
  let lineEnd = -1
  // The opening marks are found by a character class: most of a text is none of them, and the search engine skips it fastest.
  const opening = searchFor(marks)
  for (let index = nextOf(text, 0, opening); index >= 0; index = nextOf(text, index + 1, opening)) {
    const char = text[index]!
    if (missing.has(char)) continue
    const close = nextOf(text, index + 1, restart ? NEAREST_STOPS[char]! : CLOSING_SEARCH[char]!)
    if (close === -1) {
      missing.add(char)
      continue
    }
    // 'nearest': the same opening mark again first; the quotation starts over there.
    if (text[close] === char && char !== '"') continue
    if (char === '"' && !acrossLines) {
      if (lineEnd < index) lineEnd = nextLineEnd(text, index)
      // A straight quote closed only in a later paragraph is an inch mark or a typo, not a quotation.
      if (close > lineEnd) continue
    }
    quotation(index, close, 0)
    index = close
  }
}

/** Before a " that opens a quotation, for 'lenient': white space, a bracket, an opening mark or a dash. */
const BEFORE_STRAIGHT_OPENING = /[\s(\[«“—–-]/u

function forEachLenient(text: string, quotation: (open: number, close: number, depth: number) => void, marks: string, toEnd: boolean): void {
  // The closing marks of the marks' pairs that open no quotation themselves: » and ” (“ closes „ but opens too).
  const closing = new Set(Array.from(marks).flatMap((mark) => CLOSING_MARKS[mark] ?? []).filter((mark) => !marks.includes(mark)))
  let open = -1
  for (let index = nextMark(text, 0); index < text.length; index = nextMark(text, index + 1)) {
    const char = text[index]!
    let opens = char !== '"' && marks.includes(char)
    let closes = closing.has(char)
    if (char === '"' && marks.includes(char)) {
      opens = index === 0 || BEFORE_STRAIGHT_OPENING.test(text[index - 1]!)
      closes = !opens
    }
    if (open < 0 && opens) open = index
    else if (open >= 0 && closes) {
      quotation(open, index, 0)
      open = -1
    }
  }
  if (open >= 0 && toEnd) quotation(open, text.length, 0)
}

function forEachNesting(text: string, quotation: (open: number, close: number, depth: number) => void, marks: string, toEnd: boolean): void {
  let open = -1
  let depth = 0
  let opening = ''
  let closing = ''
  for (let index = nextMark(text, 0); index < text.length; index = nextMark(text, index + 1)) {
    const char = text[index]!
    if (depth === 0) {
      if (!marks.includes(char)) continue
      open = index
      depth = 1
      opening = char
      closing = CLOSING_MARK[char]!
    } else if (char === closing) {
      depth--
      if (depth === 0) quotation(open, index, 0)
    } else if (char === opening) depth++
  }
  if (depth > 0 && toEnd) quotation(open, text.length, 0)
}

/** The quotations of a text (see `forEachQuotation`), with their inner text. */
export function quotationsOf(text: string, options: QuotationOptions = {}): Quotation[] {
  const quotations: Quotation[] = []
  // A quotation run to the end (`unclosed: 'to-end'`) has no closing mark: it ends with the text.
  forEachQuotation(text, (open, close, depth) => quotations.push({start: open, end: Math.min(close + 1, text.length), inner: text.slice(open + 1, close), mark: text[open]!, depth}), options)
  return quotations
}

function searchFor(chars: string): Search {
  let search = searches.get(chars)
  if (search === undefined) {
    search = chars.length === 1 ? chars : new RegExp(`[${chars.replace(/[\\\]^-]/g, '\\$&')}]`, 'g')
    searches.set(chars, search)
  }
  return search
}

/** First offset from `from` on holding one of the characters searched for, or -1. */
function nextOf(text: string, from: number, search: Search): number {
  if (typeof search === 'string') return text.indexOf(search, from)
  search.lastIndex = from
  return search.exec(text)?.index ?? -1
}

function nextLineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index)
  return end === -1 ? text.length : end
}

/**
 * The strict reading's pairs opened by one of `marks`, by their opening
 * marks. A “ counts only when ” closes it (the wire services' '' closes it
 * too, but reads as no curly quotation).
 */
function balancedPairs(text: string, marks: string): Array<{open: number; close: number; depth: number}> {
  return balanceParagraph(text)
    .pairs.filter((pair) => marks.includes(pair.char) && (pair.char !== '“' || text[pair.close] === '”'))
    .sort((a, b) => a.open - b.open)
}
