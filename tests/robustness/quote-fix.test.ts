/**
 * --fix rewrites quotation marks only where their pairing is sure: on
 * generated drafts mixing quotations (straight, curly, guillemets), titles
 * ending in a number and inch marks, every quotation balanced before the
 * plain --fix is still a quotation after it, around the same words.
 */
import fc from 'fast-check'
import {expect, it} from 'vitest'
import {balanceParagraph} from '../../src/text/quotation-marks.js'
import {fixToFixedPoint} from '../../src/fix/apply.js'
import {builtinRules, lint} from '../../src/index.js'
import {checkProperty} from './support.js'

const QUOTE = new Set(['«', '“', '"'])
/** The typography rule alone: the fixes of the others (a doubled word deleted) change the words inside quotations. */
const typographyOnly = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta.id === 'typography' ? ('warn' as const) : ('off' as const)]))

/** The words inside each « “ " quotation of the text, read as unbalanced-quotes reads them, the spaces between them and around commas aside (--fix also mends spaces: a doubled one, one before a comma, one missing after it). */
function quotedWords(text: string): string[] {
  return text.split(/\n{2,}/).flatMap((paragraph) =>
    balanceParagraph(paragraph)
      .pairs.filter((pair) => QUOTE.has(pair.char) && (pair.char !== '“' || paragraph[pair.close] === '”'))
      .map((pair) =>
          paragraph
            .slice(pair.open + 1, pair.close)
            .replace(/[ \u00A0\u202F]*,[ \u00A0\u202F]*/g, ',')
            .replace(/[ \u00A0\u202F]+/g, ' ')
            .trim()
        )
  )
}

const WORDS = ['He cited', 'il cita', 'the film', 'et', 'and', 'a 12" pipe', '5\' 11"', 'un écran de 27"', 'in 1995', '.', ',', ' (2)']
const QUOTED = ['Apollo 13', 'Catch-22', 'Option 2', '2-1', 'Mission 2030', 'yes', 'non merci', 'a 12" pipe', 'big']
const piece = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.tuple(fc.constantFrom<[string, string]>(['"', '"'], ['“', '”'], ['« ', ' »'], ['"', '"']), fc.constantFrom(...QUOTED)).map(([[open, close], words]) => open + words + close),
  fc.constantFrom('"', '“', '”')
)
const paragraph = fc.array(piece, {minLength: 1, maxLength: 12}).map((pieces) => pieces.join(' '))
const draft = fc.array(paragraph, {minLength: 1, maxLength: 3}).map((paragraphs) => paragraphs.join('\n\n'))

it('keeps every balanced quotation balanced, around the same words, after --fix', async () => {
  await checkProperty(
    fc.asyncProperty(draft, fc.constantFrom('fr' as const, 'en' as const), async (text, lang) => {
      const lintText = (value: string) => lint(value, {path: 'draft.txt', lang, rules: typographyOnly})
      const {output} = await fixToFixedPoint(text, lintText)
      const after = quotedWords(output)
      for (const words of quotedWords(text)) {
        const at = after.indexOf(words)
        expect(at, `“${words}” no longer quoted in ${JSON.stringify(output)}`).toBeGreaterThanOrEqual(0)
        after.splice(at, 1)
      }
    }),
    300
  )
})
