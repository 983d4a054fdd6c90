import {describe, expect, it} from 'vitest'
import {BLOCKQUOTE, BODY, isQuotationOnly, paragraphKind, QUOTATION} from '../../src/analysis/duplicate-block/kinds.js'
import {parseMarkdownTree} from '../../src/parse/markdown.js'
import {blockquoteRanges, startsInside} from '../../src/text/blockquotes.js'
import {VFile} from 'vfile'

describe('a paragraph that is nothing but a quotation', () => {
  it('is one quotation, with final punctuation at most', () => {
    expect(isQuotationOnly('« Nous ne lâcherons rien. »')).toBe(true)
    expect(isQuotationOnly('« Nous ne lâcherons rien ».')).toBe(true)
    expect(isQuotationOnly('“We will not give up.”')).toBe(true)
    expect(isQuotationOnly('  "We will not give up"!  ')).toBe(true)
    expect(isQuotationOnly('„Wir geben nicht auf.“')).toBe(true)
    expect(isQuotationOnly('« Il m’a dit “jamais” hier soir. »')).toBe(true)
  })

  it('is not a quotation with its speaker, two quotations, text before it, or one left open with other marks', () => {
    expect(isQuotationOnly('« Nous ne lâcherons rien », a déclaré Sophie Binet.')).toBe(false)
    expect(isQuotationOnly('“We will not give up,” she said.')).toBe(false)
    expect(isQuotationOnly('She said: “We will not give up.”')).toBe(false)
    expect(isQuotationOnly('“Never,” she said. “Not now.”')).toBe(false)
    expect(isQuotationOnly('« Nous ne lâcherons rien, dit-elle. « Jamais.')).toBe(false)
    expect(isQuotationOnly('“Never, she said. And “not now.')).toBe(false)
    expect(isQuotationOnly('« »')).toBe(false)
    expect(isQuotationOnly('“')).toBe(false)
    expect(isQuotationOnly('Nous ne lâcherons rien.')).toBe(false)
  })

  it('is a paragraph of a quotation that runs on into the next: opened, no other mark', () => {
    expect(isQuotationOnly('« Nous ne lâcherons rien.')).toBe(true)
    expect(isQuotationOnly('“A man aged in his 30s has been taken to hospital.')).toBe(true)
    expect(isQuotationOnly('"We will not give up.')).toBe(true)
  })

  it('gives the kind of a paragraph, a blockquote first', () => {
    expect(paragraphKind('“We will not give up.”', true)).toBe(BLOCKQUOTE)
    expect(paragraphKind('We will not give up.', true)).toBe(BLOCKQUOTE)
    expect(paragraphKind('“We will not give up.”', false)).toBe(QUOTATION)
    expect(paragraphKind('“We will not give up,” she said.', false)).toBe(BODY)
  })
})

describe('blockquotes of a Markdown document', () => {
  it('are the outermost blockquotes, nested ones and those in lists included', () => {
    const text = ['Avant.', '', '> Citation.', '>', '> > Imbriquée.', '', '- Un point', '', '  > Dans une liste.', '', 'Après.', ''].join('\n')
    const ranges = blockquoteRanges(parseMarkdownTree(new VFile({value: text})))
    expect(ranges.map(([start, end]) => text.slice(start, end))).toEqual(['> Citation.\n>\n> > Imbriquée.', '> Dans une liste.'])
  })

  it('tell which blocks start inside one', () => {
    expect(startsInside([0, 5, 12, 20, 30], [[4, 13], [30, 40]])).toEqual([false, true, true, false, true])
    expect(startsInside([0, 5], [])).toEqual([false, false])
  })
})
