import {readFileSync} from 'node:fs'
import {describe, expect, test} from 'vitest'
import {messages} from '../dates/helpers.js'

// The examples of the rule pages, run against the rule they document.
for (const rule of ['date-weekday', 'date-timeline']) {
  const page = readFileSync(new URL(`../../docs/rules/${rule}.md`, import.meta.url), 'utf8')
  const examples = [...page.matchAll(/```text (fail|pass) lang=(fr|en)\n([\s\S]*?)```/g)].map((match) => ({kind: match[1]!, lang: match[2] as 'fr' | 'en', text: match[3]!}))
  describe(`docs/rules/${rule}.md`, () => {
    test('has failing and passing examples in both languages', () => {
      expect(new Set(examples.map((example) => `${example.kind} ${example.lang}`)).size).toBe(4)
    })
    test.each(examples)('$kind ($lang): $text', async ({kind, lang, text}) => {
      const found = await messages(text, lang, rule)
      if (kind === 'fail') expect(found.length).toBeGreaterThan(0)
      else expect(found.map(String)).toEqual([])
    })
  })
}
