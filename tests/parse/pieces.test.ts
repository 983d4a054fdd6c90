/**
 * parse-latin's sentence plugins run on pieces of a long paragraph
 * (src/parse/parsers.ts): the tokens are those of the whole paragraph read
 * at once, and the work for twice the paragraph is twice the work.
 */
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: the bench's generator is JavaScript, without types.
import {longDocument} from '../../bench/corpus.js'
import {PARAGRAPH_PIECE, parserFor, SENTENCE_PIECE} from '../../src/parse/parsers.js'
import {parsePlainText, pieceStarts} from '../../src/parse/plain.js'
import {countScans} from '../support/work.js'

/** Generated news prose as one line of about `size` characters. */
function prose(lang: 'fr' | 'en', size: number): string {
  return (longDocument(size * 1.2, lang) as string).replace(/\s*\n\s*/g, ' ').slice(0, size)
}

/** Tokens every sentence plugin acts on, in any order, with or without space: a seeded soup of `count` pieces. */
function soup(count: number, seed = 7): string {
  const pieces = [
    'dogs', "'", '’', 'w', '/', 'a', 'b', 'U', '.', 'S', '&', 'Co', '-', 'l', 'État', 'n', "rock 'n' roll", 'M.', 'Dr.',
    'etc.', '3', '.5', '1/2', '!', '?', '…', '"', '«', '»', '(', ')', ',', ';', ':', 'e.g.', 'i.e.', 'Mr.', 'x', '--', '—', '#'
  ]
  const separators = [' ', ' ', ' ', '', '', '  ', '\u00a0', '\n']
  let state = seed
  const next = (limit: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % limit
  }
  let text = ''
  for (let index = 0; index < count; index++) text += pieces[next(pieces.length)]! + separators[next(separators.length)]!
  return text
}

/**
 * parse-english merges the apostrophe of `ol' ` only after white space and
 * past the third token: a piece must see the white space before its first
 * word. Every white space here is followed by such an elision.
 */
const ELISIONS = "ol' o' ol' 'tis 'em w/ rock 'n' roll. ".repeat(3000)

const PARSERS = {fr: () => new ParseLatin(), en: () => new ParseEnglish()}

describe('sentence and paragraph plugins run on pieces', () => {
  it.each(['fr', 'en'] as const)('%s: the same tree as parse-latin on the whole paragraph', (lang) => {
    for (const text of [prose(lang, 60_000), soup(12_000), soup(12_000, 99), `${soup(3000)} ${prose(lang, 20_000)}`, ELISIONS]) {
      const pieces = parserFor(lang).tokenizeParagraph(text)
      const whole = PARSERS[lang]().tokenizeParagraph(text)
      expect(JSON.stringify(pieces)).toBe(JSON.stringify(whole))
      expect(JSON.stringify(parserFor(lang).tokenizeSentence(text))).toBe(JSON.stringify(PARSERS[lang]().tokenizeSentence(text)))
    }
  })

  it('the texts compared are longer than a piece', () => {
    expect(parserFor('fr').tokenize(soup(12_000)).length).toBeGreaterThan(4 * SENTENCE_PIECE)
    expect(parserFor('fr').tokenize(prose('fr', 60_000)).length).toBeGreaterThan(4 * SENTENCE_PIECE)
    expect(parserFor('en').tokenize(ELISIONS).length).toBeGreaterThan(4 * SENTENCE_PIECE)
    // The elisions are merged (ol', after the first three tokens): the case is a real one.
    const merged = new ParseEnglish().tokenizeSentence(ELISIONS).children.slice(0, 10)
    expect(merged.filter((token) => token.type === 'WordNode' && token.children.length === 2).length).toBeGreaterThan(0)
  })

  it('the paragraphs compared have more sentences than a piece', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(parserFor(lang).tokenizeParagraph(prose(lang, 60_000)).children.length).toBeGreaterThan(4 * PARAGRAPH_PIECE)
      expect(parserFor(lang).tokenizeParagraph(soup(12_000)).children.length).toBeGreaterThan(4 * PARAGRAPH_PIECE)
    }
  })

  it.each(['fr', 'en'] as const)('%s: twice the line, at most 2.2 times the elements spliced and characters read', async (lang) => {
    const line = prose(lang, 100_000)
    const once = await countScans(() => parserFor(lang).tokenizeParagraph(line))
    const twice = await countScans(() => parserFor(lang).tokenizeParagraph(`${line} ${line}`))
    expect(once).toBeGreaterThan(0)
    expect(twice / once).toBeLessThanOrEqual(2.2)
  })

  it('counts parse-latin on the whole line as quadratic (the counter sees splice)', async () => {
    const line = prose('fr', 100_000)
    const once = await countScans(() => new ParseLatin().tokenizeParagraph(line))
    const twice = await countScans(() => new ParseLatin().tokenizeParagraph(`${line} ${line}`))
    expect(twice / once).toBeGreaterThan(3)
  })
})

describe('a long plain-text paragraph parsed in pieces of text', () => {
  /** What the rules read of each block. */
  const blocksOf = (text: string, lang: 'fr' | 'en', pieceLength: number) =>
    parsePlainText(new VFile(text), text, parserFor(lang), pieceLength).blocks.map((block) => ({
      text: block.text,
      start: block.start,
      end: block.end,
      sentences: [...block.sentences],
      tokens: [...block.tokens],
      offsets: [block.offsetAt(0), block.offsetAt(block.text.length), block.rangeOf(1, 5)]
    }))

  it.each(['fr', 'en'] as const)('%s: the blocks of the whole paragraph parsed at once', (lang) => {
    const line = prose(lang, 80_000)
    const wrapped = line.replace(/(.{30,72})(?: |$)/g, '$1\n')
    for (const text of [line, wrapped, `${soup(4000)} ${line}`, `Titre\n\n${line}\n\n${soup(3000, 5)}\n`]) {
      expect(pieceStarts(text, 2000).length).toBeGreaterThan(10)
      expect(blocksOf(text, lang, 2000)).toEqual(blocksOf(text, lang, Infinity))
    }
  })

  it('cuts only after a long lower-case word and a full stop, before white space and a capital', () => {
    const text = `${'mot '.repeat(10)}M. Dupont etc. Puis. Le maire a parlé longuement. Ensuite le conseil. ils ont voté. 1er mai. Le budget.`
    const starts = pieceStarts(text, 10)
    expect(starts.map((start) => text.slice(start, start + 8))).toEqual(['mot mot ', ' Ensuite'])
  })
})

