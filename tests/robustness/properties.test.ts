/**
 * Property tests over every built-in rule and both parsers (see
 * tests/support/arbitraries.ts for the drafts): the engine never fails, every
 * place is inside the document and agrees with its line/column, and the same
 * input gives the same messages. With fixes.test.ts and order.test.ts, more
 * than a thousand documents per run; a failure prints numRuns and the seed.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {largeDocumentArbitrary} from '../support/arbitraries.js'
import {caseArbitrary, lintCase} from './cases.js'
import {checkProperty, placeProblems, summary} from './support.js'

describe('every generated draft', () => {
  it('is linted without failure, with places inside the document that agree with line/column', async () => {
    await checkProperty(
      fc.asyncProperty(caseArbitrary(), async (input) => {
        expect(placeProblems(await lintCase(input), input.text)).toEqual([])
      }),
      540
    )
  })

  it('gives the same messages when linted again', async () => {
    await checkProperty(
      fc.asyncProperty(caseArbitrary(), async (input) => {
        expect(summary(await lintCase(input))).toEqual(summary(await lintCase(input)))
      }),
      60
    )
  })

  it('holds on a few large drafts (long lines, many paragraphs)', async () => {
    await checkProperty(
      fc.asyncProperty(caseArbitrary(largeDocumentArbitrary), async (input) => {
        expect(placeProblems(await lintCase(input), input.text)).toEqual([])
      }),
      6
    )
  })
})
