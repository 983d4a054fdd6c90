import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtinRules, lint} from '../../src/index.js'
import type {Lang} from '../../src/types.js'
import {ROOT} from '../support/cli.js'

interface Example {
  kind: 'fail' | 'pass'
  lang?: Lang
  markdown: boolean
  text: string
}

/** Fenced examples tagged `fail` or `pass` in a rule page: ```text fail lang=fr */
function examplesOf(page: string): Example[] {
  const examples: Example[] = []
  const fence = /^```(text|markdown) (fail|pass)((?: [a-z]+=[\w-]+)*)\n([\s\S]*?)\n```$/gm
  for (const match of page.matchAll(fence)) {
    const lang = /lang=(fr|en)/.exec(match[3] ?? '')?.[1] as Lang | undefined
    examples.push({kind: match[2] as 'fail' | 'pass', lang, markdown: match[1] === 'markdown', text: match[4]!})
  }
  return examples
}

const testFiles = readdirSync(path.join(ROOT, 'tests', 'rules'))

describe.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s', (id) => {
  const pagePath = path.join(ROOT, 'docs', 'rules', `${id}.md`)

  it('has a documentation page, a test file and a registry entry sorted by id', () => {
    expect(existsSync(pagePath)).toBe(true)
    expect(testFiles.some((name) => name.startsWith(id) && name.endsWith('.test.ts'))).toBe(true)
    const ids = builtinRules.map((rule) => rule.meta.id)
    expect(ids).toEqual([...ids].sort())
  })

  it('shows failing and passing examples that really fail and pass', async () => {
    const examples = examplesOf(readFileSync(pagePath, 'utf8'))
    expect(examples.some((example) => example.kind === 'fail')).toBe(true)
    expect(examples.some((example) => example.kind === 'pass')).toBe(true)
    for (const example of examples) {
      // The day the pages' examples are told on (a Friday): a text with no publication date reads what is to come from it.
      const file = await lint(example.text, {path: example.markdown ? 'example.md' : 'example.txt', lang: example.lang ?? 'auto', rules: {[id]: 'error'}, today: new Date(Date.UTC(2026, 11, 4))})
      const found = file.messages.filter((message) => message.ruleId === id).map(String)
      if (example.kind === 'fail') expect(found, example.text).not.toEqual([])
      else expect(found, example.text).toEqual([])
    }
  })
})
