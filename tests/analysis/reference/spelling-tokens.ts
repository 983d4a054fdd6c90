// The implementation before the rewrite for speed (commit 9e6031c), kept as the reference the rewrite is compared with.
/**
 * Word occurrences of a document, as the consistency rules (spelling,
 * abbreviation) see them: runs of letters in each block's plain text, with
 * the hyphenated compound they belong to, whether they open a sentence, and
 * whether they sit in an all-caps heading or in a quotation in another
 * language. Pure: block texts in, tokens out (indexes into each block's text).
 */
import {isForeignQuotation, setAsideRanges} from '../../../src/analysis/spelling-tokens.js'
import {codePointAt, forEachRun, isLetterKind, letterKind, letterOrMarkSize, OTHER, UPPER} from '../../../src/text/letters.js'
import {quotationsOf} from '../../../src/text/quotations.js'
import type {Lang} from '../../../src/types.js'

export interface WordToken {
  value: string
  block: number
  /** [start, end) in the block's text. */
  start: number
  end: number
  /** The hyphenated compound the word belongs to (the token itself when the word is alone). */
  compound: {value: string; start: number; end: number}
  /** First word of a sentence: its capital says nothing about it being a name. */
  sentenceInitial: boolean
  /** In a block written all in capitals (a shouted heading). */
  capsBlock: boolean
  /** Inside a quotation written in another language than the document. */
  foreign: boolean
}

const LETTERS = /[\p{L}\p{M}]+/gu
/** Abbreviations after which a period does not end the sentence (« M. Esper », "Dr. Smith", initials). */
const NON_FINAL = /(?:^|[\s(«“"'’])(?:M|MM|Mr|Mrs|Ms|Dr|Pr|St|Sr|Jr|Mgr|Me|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|No|art|etc|p|cf|vs|[A-Z])\.$/u

export function wordTokens(texts: readonly string[], lang: Lang | 'und'): WordToken[] {
  const tokens: WordToken[] = []
  // The words of one block, as parallel arrays reused from block to block: no object per word until its token.
  const values: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  for (let block = 0; block < texts.length; block++) {
    const text = texts[block]!
    const capsBlock = isCapsBlock(text)
    const dateline = datelineEnd(text)
    // Code and layout (the rule's policy, src/analysis/spelling-tokens.ts): set aside as a heading in capitals is.
    const aside = setAsideRanges(text)
    const setAside = (start: number, end: number) => {
      for (let index = 0; index < aside.length; index += 2) if (aside[index]! < end && aside[index + 1]! > start) return true
      return false
    }
    const foreign = lang === 'und' ? [] : foreignQuotations(text, lang)
    values.length = 0
    starts.length = 0
    ends.length = 0
    collectWords(text, values, starts, ends)
    const count = values.length
    let index = 0
    while (index < count) {
      // A compound: words joined by single hyphens (État-major, Jean-Paul, e-mail).
      let last = index
      while (last + 1 < count && starts[last + 1]! - ends[last]! === 1 && isHyphen(text.charCodeAt(ends[last]!))) last++
      const start = starts[index]!
      const end = ends[last]!
      const initial = isSentenceInitial(text, start)
      if (last === index) {
        const token: WordToken = {
          value: values[index]!,
          start,
          end,
          block,
          compound: SELF,
          sentenceInitial: initial,
          capsBlock: capsBlock || end <= dateline || setAside(start, end),
          foreign: foreign.length > 0 && foreign.some(([from, to]) => start >= from && end <= to)
        }
        // A word alone is its own compound: one object fewer for most words.
        token.compound = token
        tokens.push(token)
        index++
        continue
      }
      const compound = {value: text.slice(start, end), start, end}
      for (let part = index; part <= last; part++) {
        const wordStart = starts[part]!
        const wordEnd = ends[part]!
        // A literal of fixed shape (no spread): tokens are the most numerous objects of a lint.
        tokens.push({
          value: values[part]!,
          start: wordStart,
          end: wordEnd,
          block,
          compound,
          sentenceInitial: part === index && initial,
          capsBlock: capsBlock || wordEnd <= dateline || setAside(wordStart, wordEnd),
          foreign: foreign.length > 0 && foreign.some(([from, to]) => wordStart >= from && wordEnd <= to)
        })
      }
      index = last + 1
    }
  }
  return tokens
}

/**
 * The runs of letters and marks of `text` (/[\p{L}\p{M}]+/u), appended to
 * the three arrays. A character scan: a regular expression's match object
 * for every word of a document was a sizeable share of this rule's garbage.
 */
function collectWords(text: string, values: string[], starts: number[], ends: number[]): void {
  forEachRun(text, letterOrMarkSize, (start, end) => {
    values.push(text.slice(start, end))
    starts.push(start)
    ends.push(end)
  })
}

/** Stands for a lone word's compound until the token, built, points to itself. */
const SELF = {value: '', start: 0, end: 0}

/** The hyphens that join a compound: -, ‐ (U+2010) and ‑ (U+2011). */
function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011
}

const OPENING = /[\s«»“”"‘(\[—–-]/u
/** NON_FINAL on a tail of the text that does not reach its start: the abbreviation must follow a separator. */
const NON_FINAL_INSIDE = new RegExp(NON_FINAL.source.replace('(?:^|', '(?:'), 'u')
/** Longer than the longest NON_FINAL match (a separator, four letters and a full stop). */
const NON_FINAL_REACH = 8

/**
 * Whether the word at `index` opens a sentence: only quotes, brackets and
 * spaces since the last full stop. Looks back from `index` only as far as it
 * needs, so that a long paragraph costs no more per word than a short one.
 */
export function isSentenceInitial(text: string, index: number): boolean {
  // After an apostrophe the word is the rest of an elided one (l’État, N’Daw).
  const previous = text.charAt(index - 1)
  if (previous === '’' || previous === "'") return false
  let end = index
  while (end > 0 && OPENING.test(text.charAt(end - 1))) end--
  if (end === 0) return true
  const last = text.charAt(end - 1)
  if (last === ':' || !'.!?…'.includes(last)) return false
  const from = Math.max(0, end - NON_FINAL_REACH)
  return !(from === 0 ? NON_FINAL : NON_FINAL_INSIDE).test(text.slice(from, end))
}

/**
 * End of a dateline opening a paragraph (« RABAT, 2 octobre (AFP) — »,
 * "WASHINGTON —"): its place name is set in capitals by convention, so its
 * case says nothing about how the name is spelled elsewhere. 0 when none.
 */
function datelineEnd(text: string): number {
  const match = /^[\p{Lu}][\p{Lu}\p{M}'’.-]*(?: [\p{Lu}][\p{Lu}\p{M}'’.-]*)*(?=\s*[—–,(])/u.exec(text)
  return match ? match[0].length : 0
}

/** A block whose letters are nearly all capitals: a heading set in capitals, where case says nothing. */
export function isCapsBlock(text: string): boolean {
  // Counted in UTF-16 units, as the lengths of the text's letters would be.
  let letters = 0
  let upper = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) letters++
      else if (code >= 0x41 && code <= 0x5a) {
        letters++
        upper++
      }
      continue
    }
    const char = codePointAt(text, index)
    index += char.length - 1
    const kind = letterKind(char)
    if (!isLetterKind(kind)) continue
    letters += char.length
    if (kind === UPPER) upper += char.length
  }
  if (letters < 8) return false
  return upper / letters > 0.8
}

/**
 * Quotations in another language than the document (an English quote in a
 * French article): their words follow that language's spelling, and are
 * neither counted nor reported.
 */
function foreignQuotations(text: string, lang: Lang): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  for (const {start, end, inner} of quotationsOf(text)) {
    // Too short to tell a language from: keep it as the document's.
    if ((inner.match(LETTERS) ?? []).length < 4) continue
    // The rule's policy (src): a short quotation is foreign only when its function words tell.
    if (isForeignQuotation(inner, lang)) spans.push([start, end])
  }
  return spans
}

/** Letters without their accents, for grouping variants (État → Etat). */
export function stripAccents(value: string): string {
  // ASCII has nothing to decompose: the common case skips both normalisations.
  if (isAscii(value)) return value
  return value.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC')
}

function isAscii(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) >= 0x80) return false
  return true
}

export function isCapitalised(value: string): boolean {
  return /^\p{Lu}/u.test(value) && /\p{Ll}/u.test(value)
}

export function isAllCaps(value: string): boolean {
  return /^\p{Lu}+$/u.test(value)
}
