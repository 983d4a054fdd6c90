import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {NARRATION} from '../../src/lang/detect.js'
import {balanceParagraph} from '../../src/text/quotation-marks.js'
import {quotationsOf, type QuotationOptions} from '../../src/text/quotations.js'

/** Each quotation as [opening offset, inner text]. */
const spans = (text: string, options?: QuotationOptions) => quotationsOf(text, options).map((quotation) => [quotation.start, quotation.inner])

/**
 * The oracles the scanner replaced, as they were written: the regular
 * expression of text/quotations.ts (each opening mark to the nearest closing
 * one, no opening mark of its pair between them), and language detection's
 * scanner (each to the first closing mark, a straight one on the same line).
 */
function nearestOracle(text: string): Array<[number, string]> {
  return [...text.matchAll(/«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|"([^"]*)"/g)].map((match) => [match.index, match[1] ?? match[2] ?? match[3] ?? match[4] ?? ''])
}

function narrationOracle(text: string): Array<[number, string]> {
  const found: Array<[number, string]> = []
  const closer: Record<string, string> = {'«': '»', '“': '”', '"': '"'}
  for (let index = 0; index < text.length; index++) {
    const close = closer[text[index]!] === undefined ? -1 : text.indexOf(closer[text[index]!]!, index + 1)
    if (close === -1) continue
    if (text[index] === '"' && text.slice(index, close).includes('\n')) continue
    found.push([index, text.slice(index + 1, close)])
    index = close
  }
  return found
}

/** Duplicate detection's scanner, as it was: any opening mark to the next closing one, " by what stands before it. */
function lenientOracle(text: string): Array<[number, string]> {
  const found: Array<[number, string]> = []
  let open = -1
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    let opens = ['«', '“', '„'].includes(char)
    let closes = ['»', '”'].includes(char)
    if (char === '"') {
      opens = /[\s(\[«“—–-]/u.test(index === 0 ? ' ' : text.charAt(index - 1))
      closes = !opens
    }
    if (open < 0 && opens) open = index
    else if (open >= 0 && closes) {
      found.push([open, text.slice(open + 1, index)])
      open = -1
    }
  }
  return found
}

/** The date reader's scanner, as it was: marks of the same pair nest, an unclosed quotation runs to the end. */
function nestingOracle(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let open = -1
  let depth = 0
  let closing = ''
  for (const match of text.matchAll(/[«»“”"]/gu)) {
    const mark = match[0]
    const at = match.index
    if (depth === 0) {
      if (mark === '»' || mark === '”') continue
      open = at
      depth = 1
      closing = mark === '«' ? '»' : mark === '“' ? '”' : '"'
    } else if (mark === closing) {
      depth--
      if (depth === 0) spans.push([open, at + 1])
    } else if ((closing === '»' && mark === '«') || (closing === '”' && mark === '“')) depth++
  }
  if (depth > 0) spans.push([open, text.length])
  return spans
}

/** Texts made mostly of quotation marks, brackets, apostrophes and line ends, where the readings differ. */
const markedText = fc.string({unit: fc.constantFrom('«', '»', '“', '”', '„', '"', '‘', '’', "'", '(', ')', '[', '—', ' ', '\n', 'a', 'b', '1'), maxLength: 40})

describe('the one quotation scanner', () => {
  it.each([
    // [text, nearest (default), first-closing as language detection reads, balanced]
    {text: 'Il a dit « non » puis « oui ».', nearest: [[9, ' non '], [22, ' oui ']], narration: [[9, ' non '], [22, ' oui ']], balanced: [[9, ' non '], [22, ' oui ']]},
    {text: 'She said “no” and "yes".', nearest: [[9, 'no'], [18, 'yes']], narration: [[9, 'no'], [18, 'yes']], balanced: [[9, 'no'], [18, 'yes']]},
    {text: '« a « b »', nearest: [[4, ' b ']], narration: [[0, ' a « b ']], balanced: [[4, ' b ']]},
    {text: '« Il cite “Le Monde” hier »', nearest: [[0, ' Il cite “Le Monde” hier ']], narration: [[0, ' Il cite “Le Monde” hier ']], balanced: [[0, ' Il cite “Le Monde” hier '], [10, 'Le Monde']]},
    // „ opens nothing for language detection: its closing “ opens a quotation there.
    {text: '„Ja“ und „nein”', nearest: [[0, 'Ja'], [9, 'nein']], narration: [[3, ' und „nein']], balanced: []},
    {text: 'He said "wait.\nThen" left', nearest: [[8, 'wait.\nThen']], narration: [], balanced: [[8, 'wait.\nThen']]},
    {text: '“We will stay,\'\' he said.', nearest: [], narration: [], balanced: []},
    {text: 'Un écran de 27" et un autre de 32".', nearest: [[14, ' et un autre de 32']], narration: [[14, ' et un autre de 32']], balanced: []},
    // Near-misses: an opening mark never closed, closing marks alone, apostrophes and single quotes.
    {text: 'Il a dit « non, puis rien.', nearest: [], narration: [], balanced: []},
    {text: 'rien » ni ” ici', nearest: [], narration: [], balanced: []},
    {text: "l’État, ‘maybe’ and the ’90s, it's", nearest: [], narration: [], balanced: []}
  ])('$text', ({text, nearest, narration, balanced}) => {
    expect(spans(text)).toEqual(nearest)
    expect(spans(text, NARRATION)).toEqual(narration)
    expect(spans(text, {pairing: 'balanced'})).toEqual(balanced)
  })

  it.each([
    {text: '« Nous serons là", a-t-il dit.', lenient: [[0, ' Nous serons là']]},
    {text: 'He said "we will be there» and left.', lenient: [[8, 'we will be there']]},
    {text: 'Un écran de 27" et un autre.', lenient: []},
    // “ closes „ in German, but opens for this reading: the quotation runs to ».
    {text: '„Ja“ und « oui »', lenient: [[0, 'Ja“ und « oui ']]}
  ])("'lenient': $text", ({text, lenient}) => {
    expect(spans(text, {pairing: 'lenient'})).toEqual(lenient)
  })

  it("'lenient' reads as duplicate detection's own scanner did", () => {
    fc.assert(
      fc.property(markedText, (text) => {
        expect(spans(text, {pairing: 'lenient'})).toEqual(lenientOracle(text))
      }),
      {numRuns: 2000}
    )
  })

  it.each([
    {text: 'A spokesperson said: “Officers attended.', lenient: [[21, 40]]},
    {text: '« Une femme a été transportée.', lenient: [[0, 30]]},
    {text: 'He said "no" and “yes', lenient: [[8, 12], [17, 21]]},
    {text: 'Un écran de 27" et rien.', lenient: []},
    {text: 'rien » ni ” ici', lenient: []}
  ])("'lenient', unclosed to the end: $text", ({text, lenient}) => {
    expect(quotationsOf(text, {pairing: 'lenient', unclosed: 'to-end'}).map((quotation) => [quotation.start, quotation.end])).toEqual(lenient)
  })

  it.each([
    {text: 'Il a dit « a « b » c » puis rien.', nesting: [[9, 22]]},
    {text: 'She said "no" and “yes', nesting: [[9, 13], [18, 22]]},
    {text: 'rien » ni ” ici', nesting: []}
  ])("'nesting', unclosed to the end: $text", ({text, nesting}) => {
    expect(quotationsOf(text, {pairing: 'nesting', marks: '«“"', unclosed: 'to-end'}).map((quotation) => [quotation.start, quotation.end])).toEqual(nesting)
  })

  it("'nesting' reads as the date reader's own scanner did", () => {
    fc.assert(
      fc.property(markedText, (text) => {
        expect(quotationsOf(text, {pairing: 'nesting', marks: '«“"', unclosed: 'to-end'}).map((quotation) => [quotation.start, quotation.end])).toEqual(nestingOracle(text))
      }),
      {numRuns: 2000}
    )
  })

  it("'nearest' reads as the regular expression it replaced", () => {
    fc.assert(fc.property(markedText, (text) => {
          expect(spans(text)).toEqual(nearestOracle(text))
        }), {numRuns: 2000})
  })

  it("language detection's options read as its own scanner did", () => {
    fc.assert(fc.property(markedText, (text) => {
          expect(spans(text, NARRATION)).toEqual(narrationOracle(text))
        }), {numRuns: 2000})
  })

  it("'balanced' gives the strict reading's « “ \" pairs, by their opening marks, nested ones with their depth", () => {
    fc.assert(
      fc.property(markedText, (text) => {
        const pairs = balanceParagraph(text)
          .pairs.filter((pair) => '«“"'.includes(pair.char) && (pair.char !== '“' || text[pair.close] === '”'))
          .sort((a, b) => a.open - b.open)
        expect(quotationsOf(text, {pairing: 'balanced'}).map(({start, end, depth}) => [start, end - 1, depth])).toEqual(pairs.map((pair) => [pair.open, pair.close, pair.depth]))
      }),
      {numRuns: 1000}
    )
  })

  it('reads a long text of marks as the oracles do', () => {
    const text = '« “ „ " ’ '.repeat(5_000) + '»'
    expect(spans(text)).toEqual(nearestOracle(text))
    expect(spans(text, NARRATION)).toEqual(narrationOracle(text))
  })
})
