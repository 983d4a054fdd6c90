import fc from 'fast-check'
import type {Paragraph} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {parserFor} from '../../src/parse/parsers.js'
import {NumberArena, paragraphBlock, PUNCTUATION_TOKEN, SYMBOL_TOKEN, toBlock, TOKEN_TYPES, WHITE_SPACE_TOKEN, WORD_TOKEN, type Block} from '../../src/text/blocks.js'

/** Pieces a newsroom paragraph is made of, and some it should never hold, to shake the tokenizer. */
const PIECES = [
  'Le', 'ministre', 'l’État', 'aujourd’hui', "d'un", 'Don’t', 'U.S.', 'M.', '12', '1,5', '2024-06-12', '14 h 30', 'e-mail',
  '«', '»', '“', '”', '"', "'", '(', ')', '[', '—', '–', '-', '…', '.', '...', ',', ';', ':', '!', '?', '%', '€', '$', '&', '@', '#',
  ' ', ' ', ' ', '\u00a0', '\u202f', '\t', '\n', '\r\n', 'é', 'É', 'ß', 'Ω', '北京', '𝐀', '😀', 'e\u0301', '\u200b', '\uD835', '\\', '*', '_', '`'
]

const paragraphs = fc
  .array(fc.constantFrom(...PIECES), {minLength: 1, maxLength: 40})
  .map((pieces) => pieces.join('').trim())
  .filter((text) => text.length > 0)

/** Everything a rule can read of a block, offsets of every index included. */
function observed(block: Block): unknown {
  const offsets: number[] = []
  const ranges: Array<[number, number]> = []
  for (let index = 0; index <= block.text.length + 1; index++) {
    offsets.push(block.offsetAt(index))
    ranges.push(block.rangeOf(index, index + 3), block.rangeOf(index, index))
  }
  return {text: block.text, sentences: [...block.sentences], tokens: [...block.tokens], start: block.start, end: block.end, offsets, ranges}
}

describe('paragraphBlock', () => {
  it('gives what toBlock gives, for French and English paragraphs parsed alone', () => {
    for (const lang of ['fr', 'en'] as const) {
      const parser = parserFor(lang)
      fc.assert(
        fc.property(paragraphs, fc.nat(5000), (source, base) => {
          const tree = parser.tokenizeParagraph(source)
          expect(observed(paragraphBlock(tree, source, base))).toEqual(observed(toBlock(tree, base)))
        }),
        {numRuns: 500}
      )
    }
  })

  it('gives the same blocks when a document’s paragraphs take their numbers from one arena, none sharing another’s', () => {
    for (const lang of ['fr', 'en'] as const) {
      const parser = parserFor(lang)
      fc.assert(
        fc.property(fc.array(paragraphs, {minLength: 1, maxLength: 6}), fc.nat(40), (sources, chunk) => {
          const numbers = new NumberArena(chunk)
          const blocks = sources.map((source) => paragraphBlock(parser.tokenizeParagraph(source), source, 3, numbers))
          const alone = sources.map((source) => paragraphBlock(parser.tokenizeParagraph(source), source, 3))
          expect(blocks.map(observed)).toEqual(alone.map(observed))
          // Writing every array of one block leaves the others as they were.
          for (const [index, block] of blocks.entries()) {
            block.tokens.fill(index + 1)
            block.sentences.fill(index + 1)
          }
          for (const [index, block] of blocks.entries()) expect([...block.tokens, ...block.sentences].every((value) => value === index + 1)).toBe(true)
        }),
        {numRuns: 200}
      )
    }
  })

  it('takes 16-bit numbers up to 65,535 characters and 32-bit ones past them, with the same values', () => {
    const parser = parserFor('fr')
    for (const [source, wide] of [
      ['Le ministre est parti. '.repeat(2849).trim(), false],
      ['Le ministre est parti. '.repeat(2850).trim(), true]
    ] as const) {
      expect(source.length > 0xffff).toBe(wide)
      const tree = parser.tokenizeParagraph(source)
      const block = paragraphBlock(tree, source, 5, new NumberArena(1 << 16))
      expect(block.tokens instanceof Int32Array).toBe(wide)
      expect(block.sentences instanceof Int32Array).toBe(wide)
      const whole = toBlock(tree, 5)
      expect([...block.tokens]).toEqual([...whole.tokens])
      expect([...block.sentences]).toEqual([...whole.sentences])
      expect(block.tokens.at(-1)).toBe(source.length)
    }
  })

  it('falls back on toBlock when the tokens do not cover the source end to end', () => {
    const source = 'Il est parti. Puis revenu.'
    const tree = parserFor('fr').tokenizeParagraph(source)
    // A tree edited by hand: the last sentence's final token loses its position.
    const edited = structuredClone(tree) as Paragraph
    const sentence = edited.children.at(-1)!
    if (sentence.type === 'SentenceNode') delete sentence.children.at(-1)!.position
    expect(observed(paragraphBlock(edited, source, 7))).toEqual(observed(toBlock(edited, 7)))
    expect(paragraphBlock(edited, source, 7).text).not.toBe(source)
  })
})

it('names each token type by its index in TOKEN_TYPES', () => {
  expect([WORD_TOKEN, WHITE_SPACE_TOKEN, PUNCTUATION_TOKEN, SYMBOL_TOKEN].map((index) => TOKEN_TYPES[index])).toEqual(['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode'])
})
