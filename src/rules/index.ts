import type {LoadedRule} from './define.js'
import {abbreviation} from './abbreviation.js'
import {arithmetic} from './arithmetic.js'
import {dateArithmetic} from './date-arithmetic.js'
import {dateTimeline} from './date-timeline.js'
import {dateWeekday} from './date-weekday.js'
import {doubledWord} from './doubled-word.js'
import {duplicateBlock} from './duplicate-block.js'
import {figureMismatch} from './figure-mismatch.js'
import {inconsistentSpelling} from './inconsistent-spelling.js'
import {typography} from './typography.js'
import {unbalancedQuotes} from './unbalanced-quotes.js'

/**
 * Every built-in rule, sorted by id (ids are ASCII: a plain comparison orders
 * them without starting ICU's collator, as localeCompare would on every run).
 * Adding a rule: one file in this folder, one line here, one page in
 * docs/rules/, one test file in tests/rules/.
 */
export const builtinRules: readonly LoadedRule<any>[] = [
  abbreviation,
  arithmetic,
  dateArithmetic,
  dateTimeline,
  dateWeekday,
  doubledWord,
  duplicateBlock,
  figureMismatch,
  inconsistentSpelling,
  typography,
  unbalancedQuotes
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0))

export function findRule(id: string, rules: readonly LoadedRule<any>[] = builtinRules): LoadedRule<any> | undefined {
  return rules.find((rule) => rule.meta.id === id)
}
