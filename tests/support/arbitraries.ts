/**
 * fast-check arbitraries for news drafts: French and English prose with the
 * material factlint's rules look at (quotes of every kind, dates, doubled
 * words, titles before names, spelling variants, repeated paragraphs) mixed
 * with what breaks naive text code (emoji, combining accents, CRLF and CR,
 * tabs, control characters, very long lines, Markdown syntax).
 */
import fc from 'fast-check'

const FRENCH_WORDS = [
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'est', 'pas', 'ne', 'que', 'qui', 'a', 'à', 'été', 'ministre',
  'gouvernement', 'accord', 'coopération', 'Royaume', 'Maroc', 'Rabat', 'président', 'élection', 'déclaré', 'signé',
  'aujourd’hui', "aujourd'hui", 'l’accord', "l'État", 'c’est', 'Mohammed', 'Mohamed', 'Dupont', 'Ouagadougou', 'cœur',
  'œuvre', 'grève', 'mercredi', 'octobre', 'janvier', 'dernier', 'prochain', 'veille', 'lendemain', 'Île-de-France'
]
const ENGLISH_WORDS = [
  'the', 'a', 'of', 'and', 'to', 'in', 'that', 'is', 'was', 'not', 'minister', 'government', 'agreement', 'signed',
  'said', 'president', 'election', 'council', 'on', 'Friday', 'Monday', 'October', 'last', 'next', 'week', "didn't",
  'don’t', "it's", 'Smith', 'Smyth', 'Washington', 'colour', 'color', 'organise', 'organize', 'co-operation', 'cooperation'
]
const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '…', '...', ' ;', ' :', ' !', ' ?', '\u00a0;', '\u202f!', '—', '–', '-', '(', ')', '[', ']', '/', '&', '%', '*', '#', '@']
const QUOTES = ['«', '»', '« ', ' »', '«\u00a0', '\u00a0»', '“', '”', '‘', '’', '„', '‹', '›', '"', "'", '`', '´', '‚', '‟']
const DATES = [
  'mercredi 30 octobre', 'jeudi 31 octobre 2024', 'le 30 octobre', 'lundi 1er janvier', 'mardi dernier', 'vendredi prochain',
  'samedi 29 février 2025', 'le 14 juillet 1789', '30/10/2024', 'en 2023', 'le 3 mars', 'dimanche 3 mars et lundi 4',
  'Friday, Oct. 2, 2020', 'Friday, October 2', 'Monday, Jan. 6', 'on Tuesday', 'last Wednesday', 'next Thursday', 'Oct. 31',
  'March 3 and 4, 2021', 'Sunday, Feb. 30', '2024-10-30', 'in 1999', 'the 3rd of May', 'Thursday 31 October 2024'
]
const TRICKY = [
  '😀', '👩🏽‍💻', '🇫🇷', '\u0301', 'e\u0301', 'E\u0300', '\u200b', '\u00ad', '\ufeff', '\u2028', '\u2029', '\t', '\u00a0', '\u202f',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\uFFFD', '\uD800', '\uDFFF', '𝔘', 'ß', 'İ', 'ﬁ', '١٢٣', 'Ω', 'Я', '中文'
]
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\n\r']
const MARKDOWN = [
  '# ', '## ', '> ', '> > ', '- ', '* ', '1. ', '    ', '```\n', '`', '**', '_', '[lien](https://example.org)', '![image](x.png)',
  '<!-- factlint-disable doubled-word -->', '<!-- factlint-enable -->', '<!-- factlint-ignore -->', '<!-- factlint-frobnicate -->',
  '&amp;', '&nbsp;', '&#233;', '\\*', '\\', '<br>', '---', '| a | b |\n|---|---|\n| c | d |', '[^1]', '\n---\ntitle: x\n---\n'
]
/** Pairs the rules look for, so that findings (and fixes) are frequent. */
const FINDINGS = [
  'pas pas', 'le le', 'the the', 'of of', 'M. Dupont', 'M Dupont', 'M. Bourita', 'M Bourita', 'Mme. Durand', 'Mr Smith', 'Mr. Smith',
  'Dr Watson', 'Dr. Watson', 'M. M. M.', "l'accord", 'l’accord', "aujourd'hui", 'Mohammed', 'Mohamed', 'Etat', 'État', 'SAHEL',
  'Sahel', 'Delorme', 'Delorne', 'Jean-Paul', 'Jean Paul', 'e-mail', 'email', 'sécurité', 'securite', 'colour', 'color',
  '« citation »', '«citation»', '«\u00a0citation\u00a0»', '“quote”', '"quote"', '‘quote’', 'mot  mot', 'fin .', 'Quoi ?', 'Quoi?',
  'Quoi\u00a0?', 'Il a dit : « oui »', 'Il a dit: oui', 'a-a-a-', '1 000', '1,000', '3,5 %', '12h30', '10:30', "'90s", '5\'11"'
]
/** Dates with a wrong weekday, impossible dates, far-apart dates: what the date rules report. */
const WRONG_DATES = [
  'jeudi 30 octobre 2024', 'Thursday, Oct. 2, 2020', 'mardi 29 février 2024', 'le 31 avril', 'Feb. 30, 2021', 'le 3 mars 2019',
  'le 12 décembre 2024', 'lundi 12 et mardi 13 juin', 'du lundi 12 au jeudi 15 juin 2023', 'Monday, Dec. 25, 2023', 'Wednesday the 3rd'
]

const pick = (values: readonly string[]) => fc.constantFrom(...values)

/** Which words dominate a draft: one language mostly, or both (a draft quoting the other language). */
export type Mix = 'fr' | 'en' | 'both'

/** One piece of a draft: words mostly, then everything else. */
export function pieceArbitrary(options: {markdown?: boolean; mix?: Mix} = {}): fc.Arbitrary<string> {
  const mix = options.mix ?? 'both'
  const pieces: Array<{weight: number; arbitrary: fc.Arbitrary<string>}> = [
    {weight: mix === 'en' ? 2 : 20, arbitrary: pick(FRENCH_WORDS)},
    {weight: mix === 'fr' ? 2 : 20, arbitrary: pick(ENGLISH_WORDS)},
    {weight: 6, arbitrary: pick(PUNCTUATION)},
    {weight: 5, arbitrary: pick(QUOTES)},
    {weight: 3, arbitrary: pick(DATES)},
    {weight: 2, arbitrary: pick(WRONG_DATES)},
    {weight: 5, arbitrary: pick(FINDINGS)},
    {weight: 2, arbitrary: fc.integer({min: 0, max: 1_000_000}).map(String)},
    {weight: 3, arbitrary: pick(TRICKY)},
    {weight: 3, arbitrary: pick(BREAKS)},
    {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 6})},
    {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 4})},
    {weight: 1, arbitrary: fc.nat({max: 40}).map((count) => ' '.repeat(count))}
  ]
  if (options.markdown) pieces.push({weight: 5, arbitrary: pick(MARKDOWN)})
  return fc.oneof(...pieces)
}

/** A paragraph: pieces joined with spaces, sometimes glued together. */
export function paragraphArbitrary(options: {markdown?: boolean; mix?: Mix; maxPieces?: number} = {}): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(pieceArbitrary(options), fc.constantFrom(' ', ' ', ' ', '')), {maxLength: options.maxPieces ?? 18})
    .map((parts) => parts.map(([piece, glue]) => piece + glue).join('').trimEnd())
}

/**
 * A draft: paragraphs separated by blank lines of one convention (LF, CRLF or
 * CR), one of them sometimes repeated (duplicate-block), sometimes a very long line.
 */
export function documentArbitrary(options: {markdown?: boolean; maxParagraphs?: number; maxPieces?: number; longLine?: number} = {}): fc.Arbitrary<string> {
  return fc.constantFrom<Mix>('fr', 'en', 'both').chain((mix) =>
    fc
      .record({
        paragraphs: fc.array(paragraphArbitrary({...options, mix}), {maxLength: options.maxParagraphs ?? 4}),
        newline: fc.constantFrom('\n', '\n', '\r\n', '\r'),
        repeat: fc.option(fc.nat(), {nil: undefined}),
        longLine: fc.option(fc.tuple(pick([...FRENCH_WORDS, ...DATES, ...QUOTES, ...FINDINGS]), fc.integer({min: 50, max: options.longLine ?? 200})), {freq: 15, nil: undefined}),
        trailing: fc.constantFrom('', '\n', '\r\n', '\n\n')
      })
      .map(({paragraphs, newline, repeat, longLine, trailing}) => {
        const list = [...paragraphs]
        if (repeat !== undefined && list.length > 0) list.push(list[repeat % list.length]!)
        if (longLine) list.push(Array.from({length: longLine[1]}, () => longLine[0]).join(' '))
        return list.join(newline + newline) + trailing
      })
  )
}

/** A few large drafts: many paragraphs, long lines (up to about 40 KB). */
export function largeDocumentArbitrary(options: {markdown?: boolean} = {}): fc.Arbitrary<string> {
  return documentArbitrary({...options, maxParagraphs: 40, maxPieces: 100, longLine: 2000})
}

/**
 * The shapes that once crashed the parsers or blew up their time and memory
 * (issue 18), each just past the size that broke it, set inside an ordinary
 * draft: 130,000 short lines (a spread of every line as arguments), Markdown
 * nested deeper than the engine walks (blockquotes, list markers on one line,
 * indented lists), one "word" of more than 130,000 tokens (`a-a-`, `l'l’`),
 * and a Markdown paragraph of more than 120,000 tokens.
 */
export function crashShapeArbitrary(options: {markdown?: boolean} = {}): fc.Arbitrary<string> {
  const shape = fc.oneof(
    fc.integer({min: 130_000, max: 140_000}).map((count) => 'a\n'.repeat(count)),
    fc.integer({min: 101, max: 1_500}).map((depth) => '> '.repeat(depth) + 'texte'),
    fc.integer({min: 101, max: 1_000}).map((depth) => '- '.repeat(depth) + 'item'),
    fc.integer({min: 101, max: 400}).map((depth) => Array.from({length: depth}, (_, level) => `${' '.repeat(2 * level)}- item`).join('\n')),
    fc.integer({min: 35_000, max: 50_000}).map((count) => 'a-a-'.repeat(count)),
    fc.integer({min: 35_000, max: 50_000}).map((count) => "l'l’".repeat(count)),
    fc.integer({min: 45_000, max: 50_000}).map((count) => Array.from({length: count}, (_, index) => `n${index.toString(36)}, `).join(''))
  )
  return fc.tuple(documentArbitrary({...options, maxParagraphs: 2}), shape, documentArbitrary({...options, maxParagraphs: 2})).map(([before, middle, after]) => `${before}\n\n${middle}\n\n${after}`)
}
