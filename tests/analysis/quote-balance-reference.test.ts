// balanceParagraphs, whose scan now skips to the next mark in a loop of its
// own, against the implementation it replaced (tests/analysis/reference), on
// generated paragraphs of quotation marks, brackets and apostrophes.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {balanceParagraphs} from '../../src/analysis/quote-balance.js'
import {balanceParagraphs as referenceBalance} from './reference/quote-balance.js'

const PIECES = ['«', '»', '‹', '›', '“', '”', '„', '‘', '’', '"', '(', ')', '[', ']', ' ', ' ', 'mot', 'l’', 'voters’', '’90s', '27"', '1)', ':)', '— ', '.', '\u00A0', "''", "'", 'jaune’mot', 'Ctrl-', ':-', '`', '» LIRE', 'MOT', '\n']
const paragraph = fc.array(fc.constantFrom(...PIECES), {maxLength: 30}).map((pieces) => pieces.join(''))

describe('balanceParagraphs against the previous implementation', () => {
  it('finds the same unbalanced marks on generated paragraphs', () => {
    fc.assert(
      fc.property(fc.array(paragraph, {minLength: 1, maxLength: 5}), (texts) => {
        expect(balanceParagraphs(texts)).toEqual(referenceBalance(texts))
      }),
      {numRuns: 3000}
    )
  })
})
