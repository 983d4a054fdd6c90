import {describe, expect, it} from 'vitest'
import {findRule, lint} from '../../src/index.js'
import type {RuleSetting} from '../../src/config/schema.js'
import type {FactlintMessageFields} from '../../src/document/messages.js'
import {fixToFixedPoint} from '../../src/fix/apply.js'
import type {Lang} from '../../src/types.js'

export interface ValidCase {
  text: string
  lang?: Lang
  path?: string
  options?: unknown
  /** Why this case must pass: shown as the test name. */
  name?: string
  /** The day of the run (default TESTER_TODAY): the date rules read a year from it. */
  today?: Date
  /** The publication date (`--date`). */
  referenceDate?: Date
}

/** The day every rule table is linted on, unless a case says otherwise: Friday 4 December 2026. */
export const TESTER_TODAY = new Date(Date.UTC(2026, 11, 4))

export interface InvalidCase extends ValidCase {
  /** Expected messages of this rule as `line:column-line:column: reason`, or an object per message. */
  errors: Array<string | {place?: string; messageId?: string; reason?: string | RegExp; expected?: string[]}>
  /**
   * The text after this rule's safe fixes, applied as `--fix` does (to a fixed
   * point); `null` when they change nothing.
   */
  output?: string | null
  /** The text after its unsafe fixes too, as `--fix --fix-type <rule>` applies them. */
  outputWithFixType?: string | null
}

function lintCase(ruleId: string, testCase: ValidCase, text = testCase.text) {
  const rules: Record<string, RuleSetting> = {[ruleId]: testCase.options === undefined ? 'error' : ['error', testCase.options]}
  return lint(text, {path: testCase.path ?? 'test.txt', lang: testCase.lang ?? 'auto', rules, today: testCase.today ?? TESTER_TODAY, ...(testCase.referenceDate ? {referenceDate: testCase.referenceDate} : {})})
}

export async function messagesOf(ruleId: string, testCase: ValidCase) {
  const file = await lintCase(ruleId, testCase)
  return file.messages.filter((message) => message.ruleId === ruleId)
}

/** The case's text after this rule's fixes (its unsafe ones too with `fixType`), to a fixed point. */
export async function fixedText(ruleId: string, testCase: ValidCase, fixType = false): Promise<string> {
  const {output, converged} = await fixToFixedPoint(testCase.text, (text) => lintCase(ruleId, testCase, text), {fixTypes: fixType ? [ruleId] : []})
  expect(converged, 'the fixes reach a fixed point').toBe(true)
  return output
}

function placeOf(message: {place?: unknown; line?: number; column?: number}): string {
  const place = message.place as {start: {line: number; column: number}; end: {line: number; column: number}} | undefined
  return place && 'start' in place ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}` : `${message.line}:${message.column}`
}

/**
 * ESLint-style table of cases for one rule. It refuses duplicate cases, so a
 * copy-pasted case cannot hide a missing one, and an `output` equal to the
 * input (say `null`: no fix), which would pass without a fix.
 */
export function ruleTester(ruleId: string, cases: {valid: ValidCase[]; invalid: InvalidCase[]}): void {
  const seen = new Set<string>()
  for (const testCase of [...cases.valid, ...cases.invalid]) {
    const key = JSON.stringify([testCase.text, testCase.lang, testCase.path, testCase.options, testCase.today, testCase.referenceDate])
    if (seen.has(key)) throw new Error(`Duplicate test case for ${ruleId}: ${testCase.text}`)
    seen.add(key)
  }
  for (const testCase of cases.invalid) {
    if (testCase.output === testCase.text || testCase.outputWithFixType === testCase.text) throw new Error(`Output equal to the input for ${ruleId} (write null): ${testCase.text}`)
  }
  describe(`${ruleId}: valid`, () => {
    for (const testCase of cases.valid) {
      it(testCase.name ?? testCase.text.slice(0, 80), async () => {
        expect((await messagesOf(ruleId, testCase)).map(String)).toEqual([])
      })
    }
  })
  describe(`${ruleId}: invalid`, () => {
    for (const testCase of cases.invalid) {
      it(testCase.name ?? testCase.text.slice(0, 80), async () => {
        const messages = await messagesOf(ruleId, testCase)
        expect(messages).toHaveLength(testCase.errors.length)
        // Every finding names the message it says, one of the rule's.
        const known = Object.keys(findRule(ruleId)?.meta.messages ?? {})
        for (const message of messages) expect(known).toContain((message as FactlintMessageFields).messageId)
        testCase.errors.forEach((error, index) => {
          const message = messages[index]!
          if (typeof error === 'string') {
            expect(`${placeOf(message)}: ${message.reason}`).toBe(error)
            return
          }
          if (error.place) expect(placeOf(message)).toBe(error.place)
          if (error.messageId) expect((message as FactlintMessageFields).messageId).toBe(error.messageId)
          if (typeof error.reason === 'string') expect(message.reason).toBe(error.reason)
          else if (error.reason) expect(message.reason).toMatch(error.reason)
          if (error.expected) expect(message.expected).toEqual(error.expected)
        })
        if (testCase.output !== undefined) expect(await fixedText(ruleId, testCase)).toBe(testCase.output ?? testCase.text)
        if (testCase.outputWithFixType !== undefined) expect(await fixedText(ruleId, testCase, true)).toBe(testCase.outputWithFixType ?? testCase.text)
      })
    }
  })
}
