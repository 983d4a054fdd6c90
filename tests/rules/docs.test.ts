import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {builtinRules, lint} from '../../src/index.js'
// @ts-expect-error: a plain JavaScript script, without type declarations
import {DOC_TODAY, examplesOf, findingLines, messagesOf, withFindings} from '../../scripts/doc-examples.mjs'
import {ROOT} from '../support/cli.js'

interface Example {
  kind: 'fail' | 'pass'
  lang?: 'fr' | 'en'
  /** The rule's options for this example, from the fence's other attributes. */
  options: Record<string, string>
  markdown: boolean
  text: string
  findings?: string[]
}

const testFiles = readdirSync(path.join(ROOT, 'tests', 'rules'))

// Dates written without a year may be read from today: the pages' findings are those of DOC_TODAY.
beforeAll(() => {
  vi.useFakeTimers({toFake: ['Date']})
  vi.setSystemTime(new Date(DOC_TODAY))
})
afterAll(() => {
  vi.useRealTimers()
})

describe.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const pagePath = path.join(ROOT, 'docs', 'rules', `${id}.md`)
  const examples: Example[] = existsSync(pagePath) ? examplesOf(readFileSync(pagePath, 'utf8')) : []

  it('exists, with a test file and a registry entry sorted by id', () => {
    expect(existsSync(pagePath)).toBe(true)
    expect(testFiles.some((name) => name.startsWith(id) && name.endsWith('.test.ts'))).toBe(true)
    const ids = builtinRules.map((each) => each.meta.id)
    expect(ids).toEqual([...ids].sort())
  })

  it('shows examples that are reported and examples that are not, in each language of the rule', () => {
    const languages = rule.meta.languages === 'any' ? [undefined] : rule.meta.languages
    for (const lang of languages) {
      for (const kind of ['fail', 'pass']) {
        expect(examples.some((example) => example.kind === kind && (lang === undefined || example.lang === lang)), `${kind} ${lang ?? ''}`).toBe(true)
      }
    }
  })

  it.each(examples.map((example) => [`${example.kind} ${example.lang ?? ''}: ${example.text.slice(0, 70)}`, example] as const))('%s', async (_, example) => {
    const found = findingLines(await messagesOf(lint, id, example)) as string[]
    if (example.kind === 'pass') {
      expect(example.findings, 'a pass example is followed by no findings block').toBeUndefined()
      expect(found).toEqual([])
    } else {
      expect(example.findings, 'a fail example is followed by its ```text findings block (node scripts/doc-examples.mjs --write)').toBeDefined()
      expect(found).toEqual(example.findings)
      expect(found.length).toBeGreaterThan(0)
    }
  })
})

describe('scripts/doc-examples.mjs', () => {
  const page = ['# r', '', '```text fail lang=fr', 'Le le chat.', '```', '', '```text pass lang=en frenchSpacing=none', 'The cat.', '```', ''].join('\n')

  it('reads the kind, language, format and documented findings of each example', async () => {
    const written = await withFindings(page, async () => ['1:1-1:6: doubled'])
    expect(written).toBe(page.replace('Le le chat.\n```\n', 'Le le chat.\n```\n\n```text findings\n1:1-1:6: doubled\n```\n'))
    expect(examplesOf(written).map(({kind, lang, options, markdown, text, findings}: Example) => ({kind, lang, options, markdown, text, findings}))).toEqual([
      {kind: 'fail', lang: 'fr', options: {}, markdown: false, text: 'Le le chat.', findings: ['1:1-1:6: doubled']},
      {kind: 'pass', lang: 'en', options: {frenchSpacing: 'none'}, markdown: false, text: 'The cat.', findings: undefined}
    ])
  })

  it('replaces documented findings instead of adding a second block', async () => {
    const once = await withFindings(page, async () => ['1:1-1:6: old'])
    expect(await withFindings(once, async () => ['1:1-1:6: new'])).toBe(once.replace('old', 'new'))
  })
})
