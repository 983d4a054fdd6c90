// findTypography, whose quotation scan now searches for the marks, against
// the implementation it replaced (tests/analysis/reference), on generated
// paragraphs full of quotation marks, apostrophes and spaces.
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findTypography} from '../../src/analysis/typography.js'
import {findTypography as referenceTypography} from './reference/typography.js'

const PIECES = ['«', '»', '“', '”', '"', '27"', ' ', ' ', '\u00A0', '\u202F', '  ', 'mot', 'l’État', "l'État", 'Il', 'dit', ' ?', '\u00A0:', ';', '!', '.', '« ', ' »', '«\u00A0', '\u00A0»', '5\'10"', '?!', ')', ']', '\n', 'http://x', ' ;', ' :)', '(?)', '«:»', '“!”', '});', '$(']
const paragraph = fc.array(fc.constantFrom(...PIECES), {maxLength: 40}).map((pieces) => pieces.join(''))

describe('findTypography against the previous implementation', () => {
  it('finds the same issues on generated paragraphs, in French, English and an unknown language', () => {
    fc.assert(
      fc.property(fc.array(paragraph, {minLength: 1, maxLength: 5}), fc.constantFrom('fr' as const, 'en' as const, 'und' as const), (texts, lang) => {
        expect(findTypography(texts, lang)).toEqual(referenceTypography(texts, lang))
      }),
      {numRuns: 2000}
    )
  })

  it('finds quotation-style issues on these paragraphs (the comparison is not vacuous)', () => {
    const kinds = new Set(fc.sample(fc.array(paragraph, {minLength: 1, maxLength: 5}), {numRuns: 300, seed: 5}).flatMap((texts) => referenceTypography(texts, 'fr').map((issue) => issue.kind)))
    expect(kinds.has('quote-style') && kinds.has('quote-space')).toBe(true)
  })
})
