import {describe, expect, it} from 'vitest'
import {builtinRules, lint} from '../../src/index.js'
import {defineRule} from '../../src/rules/define.js'
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
