/**
 * Photo and graphic captions as news pages set them: a paragraph carrying a
 * credit or opened by a table's or a chart's label. It says again what the
 * story says, by design: duplicate-block compares it only with other
 * captions, and unbalanced-quotes carries a quotation over it.
 */
import {AUTHOR_CREDITS, CREDIT_AGENCIES, CREDIT_CAPITALS, CREDIT_LABELS, CREDIT_WORDS, FIGURE_LABELS, FIGURE_SOURCES, IMAGE_BANKS} from '../lexicon/furniture.js'
import {formsPattern, wordsPattern} from '../lexicon/patterns.js'

/** A credit that makes a paragraph a caption: « (Photo d’illustration.) », "Photo: AFP", « © IPM », "REUTERS/Jane Doe". */
const CREDIT = new RegExp(String.raw`\((?:${formsPattern(CREDIT_WORDS)})\b[^()]{0,80}\)\s*\.?\s*$|^\s*(?:${formsPattern(CREDIT_LABELS)})\s?:|©`, 'iu')
const CREDIT_CAPITAL = new RegExp(String.raw`\b(?:${wordsPattern(CREDIT_CAPITALS)})\b|\b(?:${wordsPattern(CREDIT_AGENCIES)})\/\S`, 'u')

/** An image bank named in a credit: "Getty Images", « Shutterstock ». */
const IMAGE_BANK = new RegExp(String.raw`\b(?:${wordsPattern(IMAGE_BANKS)})\b`, 'u')
/** Longest credit in square brackets, its brackets included. */
const BRACKETED_CREDIT_LENGTH = 90

/**
 * Whether a paragraph ends on a credit in square brackets, as sites set it
 * under a photo: an agency and a photographer on either side of one slash
 * (« [EPA-EFE/JULIEN WARNAND] », « [Wachiwit / Shutterstock] ») or an image
 * bank ("[Getty Images]"). An editor's insertion in brackets ([sa], […])
 * holds no slash between words.
 */
function endsOnBracketedCredit(text: string): boolean {
  const trimmed = text.trimEnd()
  if (!trimmed.endsWith(']')) return false
  const open = trimmed.lastIndexOf('[')
  if (open < 0 || trimmed.length - open > BRACKETED_CREDIT_LENGTH) return false
  const inner = trimmed.slice(open + 1, -1)
  const sides = inner.split('/')
  return (sides.length === 2 && sides.every((side) => /\p{L}/u.test(side))) || IMAGE_BANK.test(inner)
}

/** A credit of an illustration the author supplied, closing the paragraph: "…, Author provided". */
const AUTHOR_CREDIT = new RegExp(String.raw`(?:^|[\s,;.(—–-])(?:${wordsPattern(AUTHOR_CREDITS)})\s*\.?\)?\s*$`, 'iu')
/** A table's, a chart's or a map's caption: its label, maybe a number, then a colon, a dash or its source (« Tableau 2 repris de … », "Figure 3: …"). */
const FIGURE_CAPTION = new RegExp(String.raw`^\s*(?:${wordsPattern(FIGURE_LABELS)})(?:\s+\d{1,3}[a-z]?)?(?:\s?[:.–—]\s|\s+-\s|\s+(?:${wordsPattern(FIGURE_SOURCES)})(?![\p{L}\p{M}]))`, 'iu')

/** The paragraph is a photo or graphic caption: it carries a credit, or opens on a table's or a chart's label. */
export function isCaption(text: string): boolean {
  return CREDIT.test(text) || CREDIT_CAPITAL.test(text) || endsOnBracketedCredit(text) || AUTHOR_CREDIT.test(text) || FIGURE_CAPTION.test(text)
}
