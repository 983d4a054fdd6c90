/**
 * Typographic consistency of a document: apostrophes, quotation marks, the
 * spaces French typography puts inside « » and before ; : ! ?, and doubled
 * spaces. Every issue carries the edit that makes it agree with the rest of
 * the document. Pure: block texts in, issues out (indexes into each block).
 */
import {firstIndex} from '../document/search.js'
import {detectLanguage} from '../lang/detect.js'
import {CONTRACTIONS, ELIDED_FRENCH, QUOTE_STYLE_MARKS} from '../lexicon/quotes.js'
import {isLetterAt, isLetterBefore} from '../text/letters.js'
import {followsOpeningPlace, isDigitQuote} from '../text/quotation-marks.js'
import {quotationsOf} from '../text/quotations.js'
import {holdUnsafeRewrites} from './quote-rewrite-safety.js'
import {setAsideRanges} from './spelling-tokens.js'
import type {Lang} from '../types.js'
import type {BlockIssue} from './typography-issues.js'

/**
 * The spaces French copy puts inside « » and before ; : ! ?. `norm` (the
 * default): French typography, a no-break space, narrow or not; the
 * document only chooses among correct forms. The others are house styles a
 * newsroom names in its configuration: `nbsp` (a no-break space everywhere,
 * an ordinary space reported too), `space` (an ordinary space, for systems
 * that add the no-break space themselves), `none` (no space at all).
 */
export type FrenchSpacing = 'norm' | 'nbsp' | 'space' | 'none'

/**
 * What a space issue rests on: the French norm (a space is missing), the
 * document (it uses the no-break space at least as often as the ordinary one
 * found here), or the rule's `frenchSpacing` option.
 */
export type SpacingBasis = 'norm' | 'document' | 'option'

export type TypographyKind = 'apostrophe' | 'quote-style' | 'quote-space' | 'punctuation-space' | 'double-space' | 'comma-space' | 'stop-space' | 'space-before-comma' | 'lost-apostrophe'

export interface TypographyIssue extends BlockIssue {
  kind: TypographyKind
  /** For the space kinds: the white space found, the one expected, and why. */
  space?: {actual: string; expected: string; basis: SpacingBasis}
  /** A quote-space issue on both sides of one quotation. */
  bothSides?: true
}

export interface TypographyOptions {
  frenchSpacing?: FrenchSpacing
}

const NBSP = '\u00A0'
const NARROW_NBSP = '\u202F'

/** A position in one block's text. */
interface Place {
  block: number
  start: number
  end: number
}

export function findTypography(texts: readonly string[], lang: Lang | 'und', options: TypographyOptions = {}): TypographyIssue[] {
  const quotes = texts.flatMap((text, block) => doubleQuotePairsOf(text, block))
  const mode = options.frenchSpacing ?? 'norm'
  const marks = apostropheMarks(texts)
  const setAside = setAsideOf(texts)
  const issues = [
    ...apostrophes(texts, marks, lang),
    ...quoteStyles(texts, quotes, lang, mode),
    ...(lang === 'fr' ? guillemetSpaces(texts, quotes, mode) : []),
    ...(lang === 'fr' ? punctuationSpaces(texts, quotes, mode) : []),
    ...doubledSpaces(texts, lang),
    ...gluedCommas(texts, setAside),
    ...gluedStops(texts),
    ...spacesBeforeCommas(texts, quotes),
    ...lostApostrophes(texts, marks, lang, setAside)
  ]
  return issues.sort((a, b) => a.block - b.block || a.start - b.start)
}

/**
 * Whether a place lies inside a quotation in another language than French:
 * an English speaker quoted in a French story writes "Why? Costs." with no
 * space, and those marks are neither the story's house style nor wrong.
 * A quotation's language is detected the first time a mark falls inside it.
 */
function foreignQuotationReader(texts: readonly string[], quotes: readonly Quotation[]): (block: number, index: number) => boolean {
  const verdicts = new Map<Quotation, boolean>()
  const byBlock = new Map<number, Quotation[]>()
  for (const quote of quotes) {
    const list = byBlock.get(quote.block)
    if (list) list.push(quote)
    else byBlock.set(quote.block, [quote])
  }
  return (block, index) =>
    (byBlock.get(block) ?? []).some((quote) => {
      if (index <= quote.open || index >= quote.close) return false
      let foreign = verdicts.get(quote)
      if (foreign === undefined) {
        foreign = detectLanguage(texts[block]!.slice(quote.open + 1, quote.close), 'fr').lang !== 'fr'
        verdicts.set(quote, foreign)
      }
      return foreign
    })
}

/**
 * The most frequent of several kinds, or the preferred one on a tie (the
 * form correct in the document's language), or undefined when nothing decides.
 */
export function majorityOf<K extends string>(counts: ReadonlyMap<K, number>, preference: readonly K[]): K | undefined {
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  if (!first) return undefined
  if (!second || first[1] > second[1]) return first[0]
  const tied = ranked.filter(([, count]) => count === first[1]).map(([kind]) => kind)
  return preference.find((kind) => tied.includes(kind))
}

function countBy<K extends string>(items: readonly {kind: K}[]): Map<K, number> {
  const counts = new Map<K, number>()
  for (const {kind} of items) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  return counts
}

// --- Apostrophes -------------------------------------------------------------

/**
 * An apostrophe between two letters (d’un, N’Daw, don’t); a quote next to a
 * space is not one. Found with a search for the marks and a look at their
 * neighbours: /(?<=\p{L})['’](?=\p{L})/u tried at every position cost more.
 */
const APOSTROPHE_MARK = /['’]/g

/** Each apostrophe between two letters, by block and place, straight or curly. */
type ApostropheMark = {kind: 'straight' | 'curly'; block: number; start: number; end: number}

function apostropheMarks(texts: readonly string[]): ApostropheMark[] {
  const found: ApostropheMark[] = []
  texts.forEach((text, block) => {
    APOSTROPHE_MARK.lastIndex = 0
    for (let match = APOSTROPHE_MARK.exec(text); match; match = APOSTROPHE_MARK.exec(text)) {
      const index = match.index
      if (!isLetterBefore(text, index) || !isLetterAt(text, index + 1)) continue
      found.push({kind: match[0] === "'" ? 'straight' : 'curly', block, start: index, end: index + 1})
    }
  })
  return found
}

function apostrophes(texts: readonly string[], found: readonly ApostropheMark[], lang: Lang | 'und'): TypographyIssue[] {
  // Publishing uses the typographic apostrophe in both languages.
  const majority = majorityOf(countBy(found), lang === 'und' ? [] : ['curly'])
  if (!majority) return []
  const expected = majority === 'curly' ? '’' : "'"
  return found
    .filter((item) => item.kind !== majority)
    .map((item) => ({kind: 'apostrophe', block: item.block, start: item.start, end: item.end, actual: texts[item.block]!.slice(item.start, item.end), expected, fix: {start: item.start, end: item.end, text: expected}}))
}

// --- Quotation marks ---------------------------------------------------------

export type QuoteStyle = 'guillemets' | 'curly' | 'straight'

export interface Quotation {
  style: QuoteStyle
  block: number
  open: number
  close: number
  /** Nested in another quotation (“ ” inside « » is the French convention, not an inconsistency). */
  nested: boolean
  /** Its marks could pair otherwise: the rewrite is suggested, not applied. */
  uncertain: boolean
}

const MARKS: Record<QuoteStyle, readonly [string, string]> = QUOTE_STYLE_MARKS

/** How correct each style is in French copy: « », then “ ” (accepted, and the style inside « »), then " ". */
const FRENCH_RANK: Record<QuoteStyle, number> = {guillemets: 2, curly: 1, straight: 0}

const STYLE_OF: Record<string, QuoteStyle> = {'«': 'guillemets', '“': 'curly', '"': 'straight'}

/**
 * Pairs of double quotation marks in a block, as unbalanced-quotes pairs them
 * (one reading of which marks open and close, the straight ones after a
 * digit included); unbalanced marks are that rule's business.
 */
function doubleQuotePairsOf(text: string, block: number): Quotation[] {
  return quotationsOf(text, {pairing: 'balanced', marks: '«“"'}).map(({start, end, mark, depth}) => {
    const style = STYLE_OF[mark]!
    return {style, block, open: start, close: end - 1, nested: depth > 0, uncertain: (style === 'straight' && holdsDigitQuote(text, start + 1, end - 1)) || gluedOpener(text, start)}
  })
}

/**
 * An opening mark glued to what comes before it (`her.”I came`, `said"no"`):
 * a closing mark short of its space reads so too, and the pairing is a
 * guess; rewriting the marks is left to the editor, who adds the space.
 */
function gluedOpener(text: string, start: number): boolean {
  return !followsOpeningPlace(text, start)
}

/**
 * A " after a digit inside a straight quotation was read as a unit (a 12"
 * pipe): had it closed the quotation instead, the pairs would differ, so a
 * rewrite of the marks is left to the editor.
 */
function holdsDigitQuote(text: string, from: number, to: number): boolean {
  for (let index = text.indexOf('"', from); index >= 0 && index < to; index = text.indexOf('"', index + 1)) if (isDigitQuote(text, index)) return true
  return false
}

/**
 * A paragraph holding markup or script pasted with the copy: a page script
 * (`$('#box').css('display', 'none'); });`, `function (`), an attribute
 * (`frameborder="0"`), a call with a quoted argument (`addEventListener("message"`),
 * a strict comparison (`=== "`), an arrow function or a closing tag. Its
 * straight quotes, ; and : are the code's, not typography to rewrite.
 */
const CODE_SIGNS = /\$\(['"#.]|\bfunction\s*\(|\}\s*\)\s*;|[\p{L}\d_-]="[^"\s]*"|[\p{L}\d_]\("|[!=]==\s*"|=>\s*\{|<\/[a-z]+>|"\s*\/?>/u

function looksLikeCode(text: string): boolean {
  return CODE_SIGNS.test(text)
}

function quoteStyles(texts: readonly string[], quotes: readonly Quotation[], lang: Lang | 'und', mode: FrenchSpacing): TypographyIssue[] {
  const top = quotes.filter((quote) => !quote.nested).map((quote) => ({...quote, kind: quote.style}))
  const preference: QuoteStyle[] = lang === 'fr' ? ['guillemets', 'curly'] : lang === 'en' ? ['curly'] : []
  const majority = majorityOf(countBy(top), preference)
  if (!majority) return []
  const spacing = lang === 'fr' ? spacingPolicy(guillemetSides(texts, quotes), mode).expected : ''
  const code = new Map<number, boolean>()
  const isCode = (block: number) => {
    let known = code.get(block)
    if (known === undefined) code.set(block, (known = looksLikeCode(texts[block]!)))
    return known
  }
  const rewrites = top
    // In French the majority chooses among correct forms: « » is never rewritten into “ ” or " ", nor “ ” into " ".
    .filter((quote) => quote.style !== majority && !(lang === 'fr' && FRENCH_RANK[quote.style] > FRENCH_RANK[majority]))
    // Markup or script pasted with the copy (frameborder="0", addEventListener("message", …)): its quotes are code's.
    .filter((quote) => quote.style !== 'straight' || !isCode(quote.block))
    .map((quote) => {
      const text = texts[quote.block]!
      let inner = text.slice(quote.open + 1, quote.close)
      // French spaces inside « » do not carry over to “ ”, and the other way round.
      if (quote.style === 'guillemets') inner = inner.replace(/^[ \u00A0\u202F]+|[ \u00A0\u202F]+$/g, '')
      if (majority === 'guillemets') inner = spacing + inner.replace(/^[ \u00A0\u202F]+|[ \u00A0\u202F]+$/g, '') + spacing
      const [open, close] = MARKS[majority]
      const actual = text.slice(quote.open, quote.close + 1)
      const expected = open + inner + close
      return {kind: 'quote-style' as const, block: quote.block, start: quote.open, end: quote.close + 1, actual, expected, fix: {start: quote.open, end: quote.close + 1, text: expected}, ...(quote.uncertain ? {byHand: true} : {})}
    })
  return holdUnsafeRewrites(texts, rewrites)
}

// --- Spaces inside « » -------------------------------------------------------

export type SpaceKind = 'none' | 'space' | 'nbsp'

export interface Side extends Place {
  kind: SpaceKind
  /** The white space itself. */
  value: string
}

function spaceKind(value: string): SpaceKind {
  if (value === '') return 'none'
  return /^[\u00A0\u202F]+$/.test(value) ? 'nbsp' : 'space'
}

/** The white space inside each « » of the document, one side at a time. */
function guillemetSides(texts: readonly string[], quotes: readonly Quotation[]): Side[] {
  const sides: Side[] = []
  for (const quote of quotes) {
    if (quote.style !== 'guillemets') continue
    const text = texts[quote.block]!
    const after = /^[ \u00A0\u202F]*/.exec(text.slice(quote.open + 1, quote.close))![0]
    // An empty quotation has one run of space, not two sides: asking for a space on each would never settle.
    if (quote.open + 1 + after.length === quote.close) continue
    // Scanned from the end: the pattern /[ ]*$/ would take quadratic time on a long run of spaces.
    let cut = quote.close
    while (cut > quote.open + 1 + after.length && ' \u00A0\u202F'.includes(text[cut - 1]!)) cut--
    const before = text.slice(cut, quote.close)
    // A line break inside the marks (hard-wrapped text) is a space whose kind the text does not tell.
    if (!isLineSpace(text[quote.open + 1 + after.length])) sides.push({kind: spaceKind(after), value: after, block: quote.block, start: quote.open + 1, end: quote.open + 1 + after.length})
    if (!isLineSpace(text[cut - 1])) sides.push({kind: spaceKind(before), value: before, block: quote.block, start: quote.close - before.length, end: quote.close})
  }
  return sides
}

/** White space other than the spaces of a line: a line break or a tab. */
function isLineSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char) && !isSpaceBeforeMark(char.charCodeAt(0))
}

function guillemetSpaces(texts: readonly string[], quotes: readonly Quotation[], mode: FrenchSpacing): TypographyIssue[] {
  // « » are never rewritten into another style in French: the spaces of every one are judged.
  const sides = guillemetSides(texts, quotes)
  const {expected, reported, basis} = spacingPolicy(sides, mode)
  const issues = sides
    .filter(reported)
    .map((side) => {
      const text = texts[side.block]!
      // Report the mark with its space: « « déjà » rather than an empty range.
      const opening = text[side.start - 1] === '«'
      const start = opening ? side.start - 1 : side.start
      const end = opening ? side.end : side.end + 1
      const mark = opening ? '«' : '»'
      return {
        kind: 'quote-space' as const,
        block: side.block,
        start,
        end,
        actual: text.slice(start, end),
        expected: opening ? mark + expected : expected + mark,
        fix: {start: side.start, end: side.end, text: expected},
        space: {actual: side.value, expected, basis: basis(side)}
      }
    })
  return joinQuotationSides(texts, quotes, issues)
}

/**
 * One issue for a quotation whose two sides are reported alike («déjà»): the
 * editor fixes one quotation, not two marks. It spans the quotation, and its
 * fix rewrites it with the spaces (the words inside are the document's own).
 */
function joinQuotationSides(texts: readonly string[], quotes: readonly Quotation[], issues: readonly TypographyIssue[]): TypographyIssue[] {
  const closeOf = new Map<string, number>()
  for (const quote of quotes) if (quote.style === 'guillemets') closeOf.set(`${quote.block}:${quote.open}`, quote.close)
  const joined: TypographyIssue[] = []
  for (let index = 0; index < issues.length; index++) {
    const opening = issues[index]!
    const closing = issues[index + 1]
    const close = closeOf.get(`${opening.block}:${opening.start}`)
    if (
      closing === undefined ||
      close === undefined ||
      closing.block !== opening.block ||
      closing.end !== close + 1 ||
      closing.space?.actual !== opening.space?.actual ||
      closing.space?.basis !== opening.space?.basis
    ) {
      joined.push(opening)
      continue
    }
    const text = texts[opening.block]!
    const expected = opening.expected + text.slice(opening.fix.end, closing.fix.start) + closing.expected
    joined.push({...opening, end: closing.end, actual: text.slice(opening.start, closing.end), expected, fix: {start: opening.start, end: closing.end, text: expected}, bothSides: true})
    index++
  }
  return joined
}

function commonValue(sides: readonly Side[], kind: SpaceKind): string {
  if (kind === 'none') return ''
  if (kind === 'space') return ' '
  const narrow = sides.filter((side) => side.value === NARROW_NBSP).length
  return narrow * 2 > sides.length ? NARROW_NBSP : NBSP
}

// --- Space before ; : ! ? ---------------------------------------------------

/**
 * French puts a no-break space before ; : ! ? (a « ponctuation haute »). Marks
 * inside URLs, times (10:30) and sequences (?!) are not punctuation of the
 * sentence: only a mark followed by white space, a closing mark or the end counts.
 */
const HIGH_MARK = /[;:!?]/g
const AFTER_HIGH_MARK = /[\s»”")\]]/

function punctuationSpaces(texts: readonly string[], quotes: readonly Quotation[], mode: FrenchSpacing): TypographyIssue[] {
  const sides: Side[] = []
  const foreign = foreignQuotationReader(texts, quotes)
  texts.forEach((text, block) => {
    if (looksLikeCode(text)) return
    // Each mark, then the spaces before it read backwards: as
    // /(?<![ \u00A0\u202F])[ \u00A0\u202F]*[;:!?](?=$|[\s»”")\]])/g finds them, without trying the pattern at every character.
    HIGH_MARK.lastIndex = 0
    for (let match = HIGH_MARK.exec(text); match; match = HIGH_MARK.exec(text)) {
      const mark = match.index
      if (mark + 1 < text.length && !AFTER_HIGH_MARK.test(text[mark + 1]!)) continue
      if (isColonBetweenDigits(text, mark) || foreign(block, mark)) continue
      let start = mark
      while (start > 0 && isSpaceBeforeMark(text.charCodeAt(start - 1))) start--
      const value = text.slice(start, mark)
      const before = text[start - 1]
      // A mark opening a line or following another mark (« ?! ») has no space to check, nor one named
      // as a character right after an opening mark (« : », “?”, (!)): the space there is the quotation's.
      if (before === undefined || /[\s;:!?«“‘‹„([{]/.test(before)) continue
      sides.push({kind: spaceKind(value), value, block, start, end: mark})
    }
  })
  const {expected, reported, basis} = spacingPolicy(sides, mode)
  return sides
    .filter(reported)
    .map((side) => {
      const text = texts[side.block]!
      const end = side.end + 1
      return {
        kind: 'punctuation-space' as const,
        block: side.block,
        start: side.start,
        end,
        actual: text.slice(side.start, end),
        expected: expected + text[side.end]!,
        fix: {start: side.start, end: side.end, text: expected},
        space: {actual: side.value, expected, basis: basis(side)}
      }
    })
}


/**
 * A colon between two numbers, spaces aside, is a ratio, a score or a time
 * (3:1, 2 : 1, 14:30): no punctuation of the sentence, neither spaced nor counted.
 */
function isColonBetweenDigits(text: string, mark: number): boolean {
  if (text[mark] !== ':') return false
  let before = mark - 1
  while (before >= 0 && isSpaceBeforeMark(text.charCodeAt(before))) before--
  let after = mark + 1
  while (after < text.length && isSpaceBeforeMark(text.charCodeAt(after))) after++
  return /\d/.test(text[before] ?? '') && /\d/.test(text[after] ?? '')
}

export interface SpacingPolicy {
  /** The space to write where one is reported. */
  expected: string
  reported: (side: Side) => boolean
  basis: (side: Side) => SpacingBasis
}

/**
 * Which of the French spaces found (inside « », or before ; : ! ?) are
 * reported, and what they become. With `norm`, the French norm decides and
 * the document only chooses among correct forms: a missing space is always
 * reported, and the no-break space inserted is a narrow one when most of the
 * document's no-break spaces are narrow. An ordinary space may break the
 * line before the mark but is common in web copy: it is reported only where
 * the document uses the no-break space at least as often (or when it is
 * several spaces). Nothing correct is ever asked to go, and a no-break space
 * is never asked to become an ordinary one. The other modes are house
 * styles the configuration names.
 */
function spacingPolicy(sides: readonly Side[], mode: FrenchSpacing): SpacingPolicy {
  const noBreakSides = sides.filter((side) => side.kind === 'nbsp')
  const noBreak = commonValue(noBreakSides, 'nbsp')
  switch (mode) {
    case 'norm': {
      const ordinary = sides.filter((side) => side.kind === 'space').length
      const preferNoBreak = noBreakSides.length > 0 && noBreakSides.length >= ordinary
      return {
        expected: noBreak,
        reported: (side) => side.kind === 'none' || (side.kind === 'space' && (preferNoBreak || side.value !== ' ')),
        basis: (side) => (side.kind === 'space' && side.value === ' ' ? 'document' : 'norm')
      }
    }
    case 'nbsp':
      return {expected: noBreak, reported: (side) => side.kind !== 'nbsp', basis: () => 'option'}
    case 'space':
      return {expected: ' ', reported: (side) => side.kind !== 'space' || side.value !== ' ', basis: () => 'option'}
    case 'none':
      return {expected: '', reported: (side) => side.kind !== 'none', basis: () => 'option'}
  }
}

/** A space, a no-break space or a narrow no-break space. */
function isSpaceBeforeMark(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f
}

// --- Doubled spaces ----------------------------------------------------------

/**
 * Two spaces or more between words. Two spaces after a full stop are a
 * typing convention, not a slip, and spaces before French high punctuation
 * are judged with it.
 */
const DOUBLED = / {2,}/g

function doubledSpaces(texts: readonly string[], lang: Lang | 'und'): TypographyIssue[] {
  const issues: TypographyIssue[] = []
  texts.forEach((text, block) => {
    for (const match of text.matchAll(DOUBLED)) {
      const start = match.index
      const end = start + match[0].length
      const before = text[start - 1]
      const after = text[end]
      if (before === undefined || after === undefined || /\s/.test(before) || /\s/.test(after)) continue
      if (/[.!?…:]/.test(before)) continue
      // Spaces before a comma are deleted whole (spacesBeforeCommas).
      if (after === ',') continue
      if (lang === 'fr' && (/[;:!?»]/.test(after) || before === '«')) continue
      issues.push({kind: 'double-space', block, start, end, actual: match[0], expected: ' ', fix: {start, end, text: ' '}})
    }
  })
  return issues
}

/** A comma glued between a word's last lower-case letter and a capitalised word: « l’Intérieur,Gérald », "minister,Pedro". */
const GLUED_COMMA = /(?<=\p{Ll}),(?=\p{Lu}\p{Ll})/gu

/**
 * Commas with no space after them, between a word and a name or a
 * sentence's next word in capitals (« le ministre de l’Intérieur,Gérald
 * Darmanin », "the prime minister,Pedro Sánchez"): a space left out, fixed
 * by adding one. A comma between figures (3,5) or lower-case words
 * (a list typed as code: red,green), or after a token set aside (a web
 * address, a file name, a handle: setAsideRanges), is left alone.
 */
function gluedCommas(texts: readonly string[], setAside: SetAside): TypographyIssue[] {
  const issues: TypographyIssue[] = []
  texts.forEach((text, block) => {
    for (const match of text.matchAll(GLUED_COMMA)) {
      const start = match.index
      // After a web address, a file name or a handle (https://site.fr/page,Titre), the comma is the token's.
      if (inRanges(setAside(block), start - 1)) continue
      issues.push({kind: 'comma-space', block, start, end: start + 1, actual: ',', expected: ', ', fix: {start: start + 1, end: start + 1, text: ' '}})
    }
  })
  return issues
}

/**
 * A full stop glued between a word of lower-case letters and a capitalised
 * word that is alone on its side (« dépenses publiques.Olivier Dussopt »,
 * "the crowd.Police said"): a sentence, or a caption run into the text,
 * whose space was lost. A token of code reads the same (`System.Collections`),
 * so the space is suggested, to add by hand, never written by `--fix`. Not
 * after an initial or an abbreviation (one or two letters: « M.Dupont »,
 * "J.K.Rowling"), nor in a dotted token of three parts or more
 * (`a.b.Config`), a web address or a handle.
 */
const GLUED_STOP = /(?<![\p{L}\p{N}._@/\\-])(\p{Ll}{3,})\.(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}]*[._@/\\=]\p{L})/gu

function gluedStops(texts: readonly string[]): TypographyIssue[] {
  const issues: TypographyIssue[] = []
  texts.forEach((text, block) => {
    if (!text.includes('.')) return
    for (const match of text.matchAll(GLUED_STOP)) {
      const stop = match.index + match[1]!.length
      issues.push({kind: 'stop-space', block, start: stop, end: stop + 1, actual: '.', expected: '. ', byHand: true, fix: {start: stop + 1, end: stop + 1, text: ' '}})
    }
  })
  return issues
}

/** A block's stretches set aside (setAsideRanges), read once for the checks that ask: a paragraph may hold a glued comma and a lost apostrophe. */
type SetAside = (block: number) => readonly number[]

function setAsideOf(texts: readonly string[]): SetAside {
  const read: Array<number[] | undefined> = []
  return (block) => (read[block] ??= setAsideRanges(texts[block]!))
}

/** Whether `index` lies in one of the flat [start, end, …] ranges, in order and apart: the first range ending after it, found by halves. */
function inRanges(ranges: readonly number[], index: number): boolean {
  const pairs = ranges.length / 2
  const at = firstIndex(pairs, (pair) => ranges[pair * 2 + 1]! > index)
  return at < pairs && ranges[at * 2]! <= index
}

/** A question mark where a French elision's apostrophe was: « l?Isle-Adam », « d?assassinats », « qu?il ». */
const LOST_ELISION = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${ELIDED_FRENCH.join('|')})\\?(?=\\p{L})`, 'giu')
/** A question mark where an English contraction's apostrophe was: "don?t", "Macron?s", "we?re". */
const LOST_CONTRACTION = new RegExp(`(?<=\\p{L})\\?(?=(?:${[...CONTRACTIONS].join('|')})(?![\\p{L}\\p{M}]))`, 'gu')

/**
 * Question marks standing for an apostrophe the copy lost on its way (a
 * character set that had no ’): « le maire de l?Isle-Adam », "it didn?t".
 * French reads an elided word before the mark and a letter after it;
 * English a letter before it and a contraction's ending after it (s, t,
 * re, ve, ll, d, m). The fix writes the document's apostrophe (’ when it
 * has none). A mark inside a web address or a file name is left alone.
 */
function lostApostrophes(texts: readonly string[], marks: readonly ApostropheMark[], lang: Lang | 'und', setAside: SetAside): TypographyIssue[] {
  if (lang === 'und') return []
  const pattern = lang === 'fr' ? LOST_ELISION : LOST_CONTRACTION
  const found: Array<{block: number; start: number}> = []
  texts.forEach((text, block) => {
    if (!text.includes('?')) return
    for (const match of text.matchAll(pattern)) {
      const start = match.index + match[0].length - 1
      if (inRanges(setAside(block), start - 1)) continue
      found.push({block, start})
    }
  })
  if (found.length === 0) return []
  // The document's apostrophe, as `apostrophes` reads its majority (’ on a tie or when it has none).
  const expected = majorityOf(countBy(marks), ['curly']) === 'straight' ? "'" : '’'
  return found.map(({block, start}) => ({kind: 'lost-apostrophe', block, start, end: start + 1, actual: '?', expected, fix: {start, end: start + 1, text: expected}}))
}

/** Spaces between a word (or a closing mark) and a comma followed by a space: « D’après Le Parisien , l’homme », "on Monday , the". */
const SPACE_BEFORE_COMMA = /(?<=[\p{L}\p{N}»)\]])[ \u00A0\u202F]+(?=,(?:\s|$))/gu
/** The same after a straight or curly double quotation mark, kept only when the mark closes a pair (`"d’hébergement" , écrit`). */
const SPACE_BEFORE_COMMA_AFTER_QUOTE = /(?<=\S["”])[ \u00A0\u202F]+(?=,(?:\s|$))/gu

/**
 * Spaces before a comma, which neither French nor English sets: « d’après
 * Le Parisien , l’homme », "on Monday , the". The fix deletes them. A comma
 * glued to what follows (1 ,5; a list typed as code) is left alone, and so
 * is one after an apostrophe or a single quotation mark. After a double
 * quotation mark, only when the mark closes a pair (`quotes`) and is glued
 * to the quotation's last word: a mark read from its spaces could change
 * sides once a space beside it goes (`"Apollo 13" " , "Apollo 13"`); one
 * glued to a word before it and closing its pair stays a closing mark.
 */
function spacesBeforeCommas(texts: readonly string[], quotes: readonly Quotation[]): TypographyIssue[] {
  const issues: TypographyIssue[] = []
  let closers: Set<string> | undefined
  texts.forEach((text, block) => {
    if (!text.includes(' ,') && !/[\u00A0\u202F],/u.test(text)) return
    const found = [...text.matchAll(SPACE_BEFORE_COMMA)]
    if (/["”][ \u00A0\u202F]+,/u.test(text)) {
      closers ??= new Set(quotes.map((quote) => `${quote.block}:${quote.close}`))
      for (const match of text.matchAll(SPACE_BEFORE_COMMA_AFTER_QUOTE)) if (closers.has(`${block}:${match.index - 1}`)) found.push(match)
      found.sort((a, b) => a.index - b.index)
    }
    for (const match of found) {
      const start = match.index
      const end = start + match[0].length
      issues.push({kind: 'space-before-comma', block, start, end: end + 1, actual: text.slice(start, end + 1), expected: ',', fix: {start, end, text: ''}})
    }
  })
  return issues
}
