/**
 * Fixes keep off a Markdown document's markup: a fix whose range takes a
 * character of the syntax (`[`, `**`, a list marker, a link's address) is
 * not applied by --fix, whatever rule made it.
 */
import fc from 'fast-check'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {z} from 'zod'
import {defineRule} from '../../src/rules/define.js'
import {fixesOf, fixToFixedPoint} from '../../src/fix/apply.js'
import {markupGuard} from '../../src/fix/markup.js'
import {allFixTypes, everyRule, referenceDate} from '../robustness/cases.js'
import {checkProperty} from '../robustness/support.js'
import {paragraphArbitrary} from '../support/arbitraries.js'

const DOCUMENT = 'Read the [the report](https://example.com) in full, or see **the** the annex.\n\n- the item\n\n## The title\n\n> a quote\n> that goes on\n\nSome `code` here.\n'

/** Whether deleting `snippet` (its first occurrence from `from`) leaves DOCUMENT's markup alone. */
function deletable(snippet: string, from = 0): boolean {
  const start = DOCUMENT.indexOf(snippet, from)
  expect(start).toBeGreaterThanOrEqual(0)
  return markupGuard(DOCUMENT)({range: [start, start + snippet.length], text: ''})
}

describe('markupGuard', () => {
  it('lets a fix change words and the white space between them', () => {
    expect(deletable('the ')).toBe(true)
    expect(deletable(' the annex')).toBe(true)
    expect(deletable('goes on')).toBe(true)
    expect(deletable('quote\n')).toBe(true)
  })

  it('refuses a fix that takes a mark: a link bracket, bold, a list marker, a heading, a quote mark, code', () => {
    expect(deletable(' [the')).toBe(false)
    expect(deletable('** the')).toBe(false)
    expect(deletable('](https')).toBe(false)
    expect(deletable('- the')).toBe(false)
    expect(deletable('## ')).toBe(false)
    expect(deletable('> that')).toBe(false)
    expect(deletable('`code`')).toBe(false)
    expect(deletable('example')).toBe(false)
  })

  it('refuses white space that is a mark: the space of `- ` and of `## `', () => {
    expect(deletable(' the item')).toBe(false)
    expect(deletable(' The title')).toBe(false)
  })

  it('lets an insertion next to a word, not inside a link address', () => {
    const guard = markupGuard(DOCUMENT)
    const word = DOCUMENT.indexOf('annex')
    const address = DOCUMENT.indexOf('example.com')
    expect(guard({range: [word, word], text: '\u00A0'})).toBe(true)
    expect(guard({range: [address, address], text: 'x'})).toBe(false)
  })
})

describe('fixToFixedPoint on Markdown', () => {
  /** A rule of any origin that proposes deleting `snippet` of the first text it sees, markup or not. */
  const deleting = (snippet: string) =>
    defineRule({
      meta: {id: 'test-rule', description: 'Test rule', defaultSeverity: 'warn', languages: 'any', fixable: true},
      schema: z.undefined(),
      check(ctx) {
        if (ctx.text !== 'See **the** the annex.') return
        const start = ctx.text.indexOf(snippet)
        ctx.report({reason: 'test', start, end: start + snippet.length, expected: [''], fix: {range: [start, start + snippet.length], text: ''}})
      }
    })

  it('applies no fix that would delete markup, whatever the rule; plain text has none to protect', async () => {
    const text = 'See **the** the annex.'
    const ruleSet = [deleting('** the')]
    const markdown = await fixToFixedPoint(text, (current) => lint(current, {path: 'a.md', ruleSet}))
    expect(markdown.output).toBe(text)
    const plain = await fixToFixedPoint(text, (current) => lint(current, {path: 'a.txt', ruleSet}))
    expect(plain.output).toBe('See **the annex.')
  })

  it('takes the fix off the message when linting, so that reports count and offer only what --fix applies', async () => {
    // A rule of any origin may propose an edit across markup: here, deleting from a word to the bold run's closing `**`.
    const acrossBold = defineRule({
      meta: {id: 'across-bold', description: 'Test rule', defaultSeverity: 'warn', languages: 'any', fixable: true},
      schema: z.undefined(),
      check(ctx) {
        const start = ctx.text.indexOf('the**')
        ctx.report({reason: 'test', start, end: start + 5, expected: ['the'], fix: {range: [start, start + 5], text: 'the'}})
        const word = ctx.text.indexOf('annex')
        ctx.report({reason: 'test', start: word, end: word + 5, expected: ['Annex'], fix: {range: [word, word + 5], text: 'Annex'}})
      }
    })
    const text = 'See **the** the annex.\n'
    const markdown = await lint(text, {path: 'a.md', ruleSet: [acrossBold]})
    expect(markdown.messages.map((message) => [message.expected, 'fix' in message])).toEqual([
      [['the'], false],
      [['Annex'], true]
    ])
    const plain = await lint(text, {path: 'a.txt', ruleSet: [acrossBold]})
    expect(plain.messages.map((message) => 'fix' in message)).toEqual([true, true])
  })

  it('keeps the message and its suggestion, for a fix by hand', async () => {
    const file = await lint('Lisez **le** [le rapport](https://example.com) en entier.\n', {path: 'a.md', lang: 'fr'})
    expect(file.messages.map((message) => [message.ruleId, message.expected])).toEqual([['doubled-word', ['']]])
  })
})

/** Only markup and what names a resource: where the text of a node goes, the property does not look. */
function skeleton(text: string): unknown {
  const strip = (node: Record<string, unknown>): unknown => {
    const {position: _position, value, children, ...rest} = node
    const kept: Record<string, unknown> = {...rest}
    if (node.type !== 'text' && value !== undefined) kept.value = value
    if (Array.isArray(children)) kept.children = children.filter((child: {type: string}) => child.type !== 'text').map((child) => strip(child as Record<string, unknown>))
    return kept
  }
  return strip(fromMarkdown(text) as unknown as Record<string, unknown>)
}

const MARKED_UP_REPEATS = ['the [the report](https://example.com)', '**the** the', '*le* le', 'le [le](x)', '`the` the', '**pas** pas', '[of](a) of', 'the the', '_the_ _the_', 'le **le**']

it('no fix of any rule changes the Markdown structure of a generated draft', async () => {
  // duplicate-block deletes whole paragraphs on purpose; every other fix, unsafe ones included, is applied.
  const fixTypes = allFixTypes.filter((id) => id !== 'duplicate-block')
  const draft = fc
    .array(fc.oneof(paragraphArbitrary({markdown: true, maxPieces: 10}), fc.constantFrom(...MARKED_UP_REPEATS)), {minLength: 1, maxLength: 6})
    .map((parts) => parts.join(' '))
  await checkProperty(
    fc.asyncProperty(draft, fc.constantFrom<'fr' | 'en'>('fr', 'en'), async (text, lang) => {
      const lintText = (current: string) => lint(current, {path: 'draft.md', lang, rules: {...everyRule, 'duplicate-block': 'off'}, referenceDate})
      const result = await fixToFixedPoint(text, lintText, {fixTypes})
      expect(skeleton(result.output)).toEqual(skeleton(text))
    }),
    150
  )
})

it('the property is not vacuous: the drafts get Markdown fixes, some refused', async () => {
  const text = 'Read the [the report](https://example.com) or **le** [le rapport](x) and the the end.\n'
  const file = await lint(text, {path: 'draft.md', lang: 'en'})
  const all = fixesOf(file.messages, {fixTypes: allFixTypes})
  expect(all.length).toBeGreaterThan(0)
  const fits = markupGuard(text)
  expect(all.filter(({fix}) => fits(fix))).toHaveLength(all.length)
})
