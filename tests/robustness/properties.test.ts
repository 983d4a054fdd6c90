/**
 * Property tests over every built-in rule and both parsers (see
 * tests/support/arbitraries.ts for the drafts): the engine never fails, every
 * place is inside the document and agrees with its line/column, and the same
 * input gives the same messages. With fixes.test.ts and order.test.ts, more
 * than a thousand documents per run; a failure prints numRuns and the seed.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {crashShapeArbitrary, largeDocumentArbitrary} from '../support/arbitraries.js'
import {caseArbitrary, lintCase} from './cases.js'
import {checkProperty, placeProblems, summary} from './support.js'

describe('the checker itself', () => {
  it('catches an offset that disagrees with line/column, a place outside the text and an internal error', () => {
    const text = 'Un.\r\nDeux.'
    const file = new VFile({value: text})
    file.message('wrong column', {place: {start: {line: 2, column: 2, offset: 5}, end: {line: 2, column: 3, offset: 6}}, ruleId: 'a'})
    file.message('outside', {place: {start: {line: 2, column: 5, offset: 9}, end: {line: 2, column: 9, offset: 13}}, ruleId: 'b'})
    file.message('Cannot process file: boom', {ruleId: 'internal-error'})
    expect(placeProblems(file, text)).toEqual([
      'a: wrong column start: offset 5 is 2:1, message says 2:2',
      'a: wrong column end: offset 6 is 2:2, message says 2:3',
      'b: outside end: offset 13 outside 0–10',
      'internal error: Cannot process file: boom',
      'internal-error: Cannot process file: boom: no start/end'
    ])
  })
})

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

  it('holds on the shapes that once crashed the parsers (huge line counts, deep nesting, giant words)', async () => {
    await checkProperty(
      fc.asyncProperty(caseArbitrary(crashShapeArbitrary), async (input) => {
        expect(placeProblems(await lintCase(input), input.text)).toEqual([])
      }),
      6
    )
  })
})
