/**
 * Fixes on generated drafts: applying every fix (unsafe ones included) and
 * linting again reaches a fixed point within 10 passes, and each pass changes
 * the text only inside the ranges of the fixes it applied.
 */
import fc from 'fast-check'
import {expect, it} from 'vitest'
import {applyFixes, fixesOf, fixToFixedPoint, MAX_FIX_PASSES} from '../../src/fix/apply.js'
import {allFixTypes, caseArbitrary, lintCase} from './cases.js'
import {checkProperty, placeProblems} from './support.js'

it('reaches a fixed point within 10 passes, each pass changing only the fixed ranges', async () => {
  await checkProperty(
    fc.asyncProperty(caseArbitrary(), async (input) => {
      const lintText = async (text: string) => {
        const file = await lintCase({...input, text})
        expect(placeProblems(file, text)).toEqual([])
        // The pass rebuilt independently, from the end: what lies outside the applied ranges is kept.
        const {output, applied} = applyFixes(text, fixesOf(file.messages, {fixTypes: allFixTypes}))
        let expected = text
        for (const {fix} of [...applied].sort((a, b) => b.fix.range[0] - a.fix.range[0])) {
          expected = expected.slice(0, fix.range[0]) + fix.text + expected.slice(fix.range[1])
        }
        expect(output).toBe(expected)
        return file
      }
      const result = await fixToFixedPoint(input.text, lintText, {fixTypes: allFixTypes})
      expect(result.converged, `still changing after ${MAX_FIX_PASSES} passes: ${JSON.stringify(result.output)}`).toBe(true)
    }),
    200
  )
})
