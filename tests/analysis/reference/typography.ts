// The implementation before the rewrite for speed (commit 9e6031c), kept as the reference the rewrite is compared with.
/**
 * Typographic consistency of a document: apostrophes, quotation marks, the
 * spaces French typography puts inside « » and before ; : ! ?, and doubled
 * spaces. Every issue carries the edit that makes it agree with the rest of
 * the document. Pure: block texts in, issues out (indexes into each block).
 */
import {isLetterAt, isLetterBefore} from '../../../src/text/letters.js'
import type {Lang} from '../../../src/types.js'
import type {BlockIssue} from '../../../src/analysis/typography-issues.js'
import {holdUnsafeRewrites} from '../../../src/analysis/quote-rewrite-safety.js'
// Which French spaces are reported and what they become, and which colons are no punctuation, are the policy of src/ too.
import {FRENCH_RANK, isColonBetweenDigits, looksLikeScript, joinQuotationSides, quotationsOf, spacingPolicy, type FrenchSpacing, type Quotation, type QuoteStyle, type Side, type SpacingBasis} from '../../../src/analysis/typography.js'

export type TypographyKind = 'apostrophe' | 'quote-style' | 'quote-space' | 'punctuation-space' | 'double-space'

export interface TypographyIssue extends BlockIssue {
  kind: TypographyKind
  /** For the space kinds: the white space found, the one expected, and why. */
  space?: {actual: string; expected: string; basis: SpacingBasis}
  bothSides?: true
}

export interface TypographyOptions {
  frenchSpacing?: FrenchSpacing
}


/** A position in one block's text. */
interface Place {
  block: number
  start: number
  end: number
}

export function findTypography(texts: readonly string[], lang: Lang | 'und', options: TypographyOptions = {}): TypographyIssue[] {
  const quotes = texts.flatMap((text, block) => quotationsOf(text, block))
  const issues = [
    ...apostrophes(texts, lang),
    ...quoteStyles(texts, quotes, lang, options.frenchSpacing ?? 'norm'),
    ...(lang === 'fr' ? guillemetSpaces(texts, quotes, options.frenchSpacing ?? 'norm') : []),
    ...(lang === 'fr' ? punctuationSpaces(texts, options.frenchSpacing ?? 'norm') : []),
    ...doubledSpaces(texts, lang)
  ]
  return issues.sort((a, b) => a.block - b.block || a.start - b.start)
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

function apostrophes(texts: readonly string[], lang: Lang | 'und'): TypographyIssue[] {
  const found: Array<{kind: 'straight' | 'curly'; block: number; start: number; end: number}> = []
  texts.forEach((text, block) => {
    APOSTROPHE_MARK.lastIndex = 0
    for (let match = APOSTROPHE_MARK.exec(text); match; match = APOSTROPHE_MARK.exec(text)) {
      const index = match.index
      if (!isLetterBefore(text, index) || !isLetterAt(text, index + 1)) continue
      found.push({kind: match[0] === "'" ? 'straight' : 'curly', block, start: index, end: index + 1})
    }
  })
  // Publishing uses the typographic apostrophe in both languages.
  const majority = majorityOf(countBy(found), lang === 'und' ? [] : ['curly'])
  if (!majority) return []
  const expected = majority === 'curly' ? '’' : "'"
  return found
    .filter((item) => item.kind !== majority)
    .map((item) => ({kind: 'apostrophe', block: item.block, start: item.start, end: item.end, actual: texts[item.block]!.slice(item.start, item.end), expected, fix: {start: item.start, end: item.end, text: expected}}))
}

// --- Quotation marks ---------------------------------------------------------

// Which marks pair into quotations is the policy of src/ (shared with unbalanced-quotes), imported: this copy freezes the scans only.
const MARKS: Record<QuoteStyle, [string, string]> = {guillemets: ['«', '»'], curly: ['“', '”'], straight: ['"', '"']}

function quoteStyles(texts: readonly string[], quotes: readonly Quotation[], lang: Lang | 'und', mode: FrenchSpacing): TypographyIssue[] {
  const top = quotes.filter((quote) => !quote.nested).map((quote) => ({...quote, kind: quote.style}))
  const preference: QuoteStyle[] = lang === 'fr' ? ['guillemets', 'curly'] : lang === 'en' ? ['curly'] : []
  const majority = majorityOf(countBy(top), preference)
  if (!majority) return []
  const spacing = lang === 'fr' ? spacingPolicy(guillemetSides(texts, quotes), mode).expected : ''
  const rewrites = top
    // In French the majority chooses among correct forms: « » is never rewritten into “ ” or " ", nor “ ” into " ".
    .filter((quote) => quote.style !== majority && !(lang === 'fr' && FRENCH_RANK[quote.style] > FRENCH_RANK[majority]))
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

function spaceKind(value: string): Side['kind'] {
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
    // Changed on purpose with src/analysis/typography.ts: an empty quotation has no inner sides.
    if (quote.open + 1 + after.length === quote.close) continue
    // Scanned from the end: the pattern /[ ]*$/ would take quadratic time on a long run of spaces.
    let cut = quote.close
    while (cut > quote.open + 1 + after.length && ' \u00A0\u202F'.includes(text[cut - 1]!)) cut--
    const before = text.slice(cut, quote.close)
    // Changed on purpose with src/analysis/typography.ts: a side against a line break has no kind to judge.
    if (!/^[^\S \u00A0\u202F]/.test(text.slice(quote.open + 1 + after.length))) sides.push({kind: spaceKind(after), value: after, block: quote.block, start: quote.open + 1, end: quote.open + 1 + after.length})
    if (!/[^\S \u00A0\u202F]$/.test(text.slice(0, cut))) sides.push({kind: spaceKind(before), value: before, block: quote.block, start: quote.close - before.length, end: quote.close})
  }
  return sides
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

// --- Space before ; : ! ? ---------------------------------------------------

/**
 * French puts a no-break space before ; : ! ? (a « ponctuation haute »). Marks
 * inside URLs, times (10:30) and sequences (?!) are not punctuation of the
 * sentence: only a mark followed by white space, a closing mark or the end counts.
 */
// Matches start where a run of spaces starts: tried inside the run, it would rescan it (quadratic time).
const HIGH_PUNCTUATION = /(?<![ \u00A0\u202F])[ \u00A0\u202F]*[;:!?](?=$|[\s»”")\]])/gu

function punctuationSpaces(texts: readonly string[], mode: FrenchSpacing): TypographyIssue[] {
  const sides: Side[] = []
  texts.forEach((text, block) => {
    // Changed on purpose with src/analysis/typography.ts: a page script is no prose.
    if (looksLikeScript(text)) return
    for (const match of text.matchAll(HIGH_PUNCTUATION)) {
      const value = match[0].slice(0, -1)
      const before = text[match.index - 1]
      // A mark opening a line or following another mark (« ?! ») has no space to check.
      // Changed on purpose with src/analysis/typography.ts: nor a mark right after an opening mark (« : »).
      if (before === undefined || /[\s;:!?«“‘‹„([{]/.test(before)) continue
      if (isColonBetweenDigits(text, match.index + value.length)) continue
      sides.push({kind: spaceKind(value), value, block, start: match.index, end: match.index + value.length})
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
      if (lang === 'fr' && (/[;:!?»]/.test(after) || before === '«')) continue
      issues.push({kind: 'double-space', block, start, end, actual: match[0], expected: ' ', fix: {start, end, text: ' '}})
    }
  })
  return issues
}
