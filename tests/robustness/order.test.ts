/**
 * Determinism across files: one run over the same drafts in another order
 * gives every file the same messages (cross-file rules included).
 */
import fc from 'fast-check'
import {expect, it} from 'vitest'
import {lintFiles} from '../../src/index.js'
import {documentArbitrary} from '../support/arbitraries.js'
import {everyRule, extension, referenceDate} from './cases.js'
import {checkProperty, placeProblems, summary} from './support.js'

const drafts = fc.uniqueArray(
  fc.record({name: fc.constantFrom('a', 'b', 'c', 'd'), ext: extension}).chain(({name, ext}) =>
    fc.record({path: fc.constant(`${name}${ext}`), text: documentArbitrary({markdown: ext === '.md'})})
  ),
  {minLength: 2, maxLength: 4, selector: (input) => input.path}
)

it('gives each file the same messages whatever the order of the files in one run', async () => {
  await checkProperty(
    fc.asyncProperty(drafts, fc.nat(), async (inputs, rotation) => {
      const reordered = inputs.map((_, index) => inputs[(index + rotation + 1) % inputs.length]!).reverse()
      const byPath = async (list: typeof inputs) => {
        const files = await lintFiles(list, {rules: everyRule, referenceDate})
        for (const [index, file] of files.entries()) expect(placeProblems(file, list[index]!.text)).toEqual([])
        return Object.fromEntries(files.map((file) => [file.path, summary(file)]))
      }
      expect(await byPath(reordered)).toEqual(await byPath(inputs))
    }),
    100
  )
})
