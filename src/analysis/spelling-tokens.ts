/**
 * Word occurrences of a document, as the consistency rules (spelling,
 * abbreviation) see them: runs of letters in each block's plain text, with
 * the hyphenated compound they belong to, whether they open a sentence, and
 * whether they sit in an all-caps heading or in a quotation in another
 * language. Pure: block texts in, tokens out (indexes into each block's text).
 */
import {detectLanguage} from '../lang/detect.js'
import {quotationsOf} from '../text/quotations.js'
import type {Lang} from '../types.js'

export interface WordToken {
  value: string
  block: number
  /** [start, end) in the block's text. */
  start: number
  end: number
  /** The hyphenated compound the word belongs to (the word itself when alone). */
  compound: {value: string; start: number; end: number}
  /** First word of a sentence: its capital says nothing about it being a name. */
  sentenceInitial: boolean
  /** In a block written all in capitals (a shouted heading). */
  capsBlock: boolean
  /** Inside a quotation written in another language than the document. */
  foreign: boolean
}

const LETTERS = /[\p{L}\p{M}]+/gu
const HYPHENS = /^[-‐‑]$/
/** Abbreviations after which a period does not end the sentence (« M. Esper », "Dr. Smith", initials). */
const NON_FINAL = /(?:^|[\s(«“"'’])(?:M|MM|Mr|Mrs|Ms|Dr|Pr|St|Sr|Jr|Mgr|Me|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|No|art|etc|p|cf|vs|[A-Z])\.$/u

export function wordTokens(texts: readonly string[], lang: Lang | 'und'): WordToken[] {
  const tokens: WordToken[] = []
  texts.forEach((text, block) => {
    const capsBlock = isCapsBlock(text)
    const dateline = datelineEnd(text)
    const foreign = lang === 'und' ? [] : foreignQuotations(text, lang)
    const words = [...text.matchAll(LETTERS)].map((match) => ({value: match[0], start: match.index, end: match.index + match[0].length}))
    let index = 0
    while (index < words.length) {
      // A compound: words joined by single hyphens (État-major, Jean-Paul, e-mail).
      let last = index
      while (last + 1 < words.length && HYPHENS.test(text.slice(words[last]!.end, words[last + 1]!.start))) last++
      const compound = {value: text.slice(words[index]!.start, words[last]!.end), start: words[index]!.start, end: words[last]!.end}
      const initial = isSentenceInitial(text, words[index]!.start)
      for (let part = index; part <= last; part++) {
        const word = words[part]!
        // A literal of fixed shape (no spread): tokens are the most numerous objects of a lint.
        tokens.push({
          value: word.value,
          start: word.start,
          end: word.end,
          block,
          compound,
          sentenceInitial: part === index && initial,
          capsBlock: capsBlock || word.end <= dateline,
          foreign: foreign.length > 0 && foreign.some(([from, to]) => word.start >= from && word.end <= to)
        })
      }
      index = last + 1
    }
  })
  return tokens
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
function isCapsBlock(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  if (letters.length < 8) return false
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length
  return upper / letters.length > 0.8
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
    if (detectLanguage(inner, lang).lang !== lang) spans.push([start, end])
  }
  return spans
}

/** Letters without their accents, for grouping variants (État → Etat). */
export function stripAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC')
}

export function isCapitalised(value: string): boolean {
  return /^\p{Lu}/u.test(value) && /\p{Ll}/u.test(value)
}

export function isAllCaps(value: string): boolean {
  return /^\p{Lu}+$/u.test(value)
}
