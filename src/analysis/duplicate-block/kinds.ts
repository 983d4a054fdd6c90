import {QUOTATION_MARKS} from '../../lexicon/quotes.js'
import {OPENING_MARKS, quotationsOf} from '../../text/quotations.js'
import {isCaption} from '../../text/captions.js'

/**
 * How a paragraph is set on the page, for duplicate detection: a passage
 * repeated in another setting is a pull quote, not a paste. A magazine or a
 * site lifts a sentence of the story into a blockquote (Markdown) or onto a
 * line of its own between quotation marks (plain text); a paste keeps the
 * setting of the text it copies.
 */
export const BODY = 0
/** A paragraph that is nothing but one quotation (`isQuotationOnly`), outside any blockquote. */
export const QUOTATION = 1
/** A paragraph of a Markdown blockquote. */
export const BLOCKQUOTE = 2
/** A photo or graphic caption (`isCaption`): it says again what the story says, by design. */
export const CAPTION = 3
/** The number of kinds: kinds are 0 to KINDS - 1. */
export const KINDS = 4

export type ParagraphKind = typeof BODY | typeof QUOTATION | typeof BLOCKQUOTE | typeof CAPTION

/** Nothing but final punctuation and white space may follow the closing quotation mark. */
const TRAILING = /^[\s.!?…,;:]*$/u
/** The opening marks `quotationsOf` knows: a paragraph starting with none of them is not a quotation alone. */
const OPENING = new RegExp(`^\\s*[${OPENING_MARKS}]`, 'u')

/** Any quotation mark, opening or closing, but the single quotes (a ’ is most often an apostrophe). */
const QUOTATION_MARK = new RegExp(`[${QUOTATION_MARKS.replace(/[‘’]/gu, '')}]`, 'gu')

/**
 * The paragraph is one quotation from its first character to its last but
 * final punctuation: « Nous ne lâcherons rien. », “We will not give up.”
 * A quotation with its speaker (“…,” she said) is body text. A paragraph
 * opened by a quotation mark and holding no other is one quotation too: a
 * paragraph of a statement quoted over several paragraphs, each reopened
 * and only the last closed (« “The man was taken to hospital. ⏎ “No
 * further information is available.” »).
 */
export function isQuotationOnly(text: string): boolean {
  if (!OPENING.test(text)) return false
  const trimmed = text.trim()
  if ((trimmed.match(QUOTATION_MARK) ?? []).length === 1) return /[\p{L}\p{N}]/u.test(trimmed)
  const quotations = quotationsOf(trimmed)
  if (quotations.length !== 1) return false
  const [quotation] = quotations
  return quotation!.start === 0 && quotation!.inner.trim().length > 0 && TRAILING.test(trimmed.slice(quotation!.end))
}

export function paragraphKind(text: string, inBlockquote: boolean): ParagraphKind {
  if (inBlockquote) return BLOCKQUOTE
  if (isCaption(text)) return CAPTION
  return isQuotationOnly(text) ? QUOTATION : BODY
}
