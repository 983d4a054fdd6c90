import {describe, expect, it} from 'vitest'
import {builtinRules, lint} from '../../src/index.js'
import {defineRule, ruleDescription} from '../../src/rules/define.js'
import {z} from 'zod'

describe.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s: meta.messages', (_, rule) => {
  it('has every message in French and in English', () => {
    const messages = rule.meta.messages ?? {}
    expect(Object.keys(messages).length).toBeGreaterThan(0)
    for (const [id, byLang] of Object.entries(messages)) {
      expect(Object.keys(byLang).sort(), id).toEqual(['en', 'fr'])
      expect(typeof byLang.fr, id).toBe('function')
      expect(typeof byLang.en, id).toBe('function')
    }
  })
})

describe.each(builtinRules.map((rule) => [rule.meta.id, rule] as const))('%s: meta.description', (_, rule) => {
  it('says what the rule catches in French and in English, on one line each', () => {
    const {description} = rule.meta
    expect(typeof description).toBe('object')
    const byLang = description as Record<'fr' | 'en', string>
    expect(Object.keys(byLang).sort()).toEqual(['en', 'fr'])
    for (const lang of ['fr', 'en'] as const) {
      expect(byLang[lang]).toMatch(/^\p{Lu}[^\n]+[^.\s]$/u)
      expect(ruleDescription(rule.meta, lang)).toBe(byLang[lang])
    }
    expect(byLang.fr).not.toBe(byLang.en)
    // French typography, as the messages: typographic apostrophes, never straight ones.
    expect(byLang.fr).not.toContain("'")
  })
})

describe('ruleDescription', () => {
  const both = {description: {fr: 'Le même mot deux fois', en: 'The same word twice'}}
  const english = {description: 'Placeholders left in a draft'}
  it.each([
    ['fr', both, 'Le même mot deux fois'],
    ['en', both, 'The same word twice'],
    ['und', both, 'The same word twice'],
    [undefined, both, 'The same word twice'],
    ['fr', english, 'Placeholders left in a draft'],
    ['en', english, 'Placeholders left in a draft']
  ] as const)('%s, %j: %s', (lang, meta, expected) => {
    expect(ruleDescription(meta, lang)).toBe(expected)
  })
})

describe('a finding’s messageId', () => {
  const ruleWith = (messageId: string) =>
    defineRule({
      meta: {id: 'says-hello', description: 'Test rule', defaultSeverity: 'warn', languages: 'any', fixable: false, messages: {hello: {fr: () => 'Bonjour', en: () => 'Hello'}}},
      schema: z.undefined(),
      check(ctx) {
        ctx.report({reason: 'Hello', messageId, start: 0, end: 1})
      }
    })

  it('travels on the message', async () => {
    const file = await lint('Hi.', {path: 'a.txt', ruleSet: [ruleWith('hello')]})
    expect(file.messages.map((message) => [message.ruleId, (message as {messageId?: string}).messageId])).toEqual([['says-hello', 'hello']])
  })

  it('must be one of the rule’s messages: another is the rule’s own error, reported as such', async () => {
    const file = await lint('Hi.', {path: 'a.txt', ruleSet: [ruleWith('goodbye')]})
    expect(file.messages.map((message) => message.reason)).toEqual(['Rule says-hello reported the message "goodbye", which its metadata does not define'])
  })
})
