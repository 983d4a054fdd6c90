import type {LoadedRule} from '../rules/define.js'
import {ConfigError, describeIssues, describeValue} from './errors.js'
import {configSchema, type Config, type RuleSetting} from './schema.js'
import {closest} from './suggest.js'

const SEVERITIES = ['off', 'warn', 'error'] as const
const SEVERITY_TEXT = SEVERITIES.map((value) => JSON.stringify(value)).join(' | ')

/**
 * Validates a configuration object. Every problem becomes one line naming the
 * source, the key path and what was expected; rule options are checked by the
 * rule's own zod schema.
 */
export function validateConfig(input: unknown, source: string, rules: readonly LoadedRule<any>[]): Config {
  const problems: string[] = []
  const raw = input as Record<string, unknown> | null
  // Rules are checked by hand below, with the rule's own schema and a suggestion for typos.
  const withoutRules = raw && typeof raw === 'object' && !Array.isArray(raw) ? {...raw, rules: undefined} : input
  const parsed = configSchema().safeParse(withoutRules)
  if (!parsed.success) {
    for (const issue of describeIssues(parsed.error.issues, withoutRules)) problems.push(`${source}: ${issue.path}: ${issue.message}`)
  }
  const ruleSettings = raw && typeof raw === 'object' ? raw.rules : undefined
  const checkedRules: Record<string, RuleSetting> = {}
  if (ruleSettings !== undefined) {
    if (!ruleSettings || typeof ruleSettings !== 'object' || Array.isArray(ruleSettings)) {
      problems.push(`${source}: rules: expected an object of rule ids, got ${describeValue(ruleSettings)}`)
    } else {
      for (const [id, setting] of Object.entries(ruleSettings)) {
        const result = validateRuleSetting(id, setting, rules, `rules.${id}`)
        if ('problem' in result) problems.push(`${source}: ${result.problem}`)
        else checkedRules[id] = result.setting
      }
    }
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return {...(parsed.success ? parsed.data : {}), ...(ruleSettings === undefined ? {} : {rules: checkedRules})}
}

export type RuleSettingCheck = {setting: RuleSetting} | {problem: string}

/** Returns the setting, or a one-line problem `key: expected …, got …`. */
export function validateRuleSetting(id: string, setting: unknown, rules: readonly LoadedRule<any>[], key: string): RuleSettingCheck {
  const rule = rules.find((candidate) => candidate.meta.id === id)
  if (!rule) {
    const suggestion = closest(id, rules.map((candidate) => candidate.meta.id))
    return {problem: `${key}: unknown rule ${JSON.stringify(id)}${suggestion ? `, did you mean ${JSON.stringify(suggestion)}?` : ''}`}
  }
  const [severity, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined]
  if (!SEVERITIES.includes(severity as never)) {
    return {problem: `${Array.isArray(setting) ? `${key}[0]` : key}: expected ${SEVERITY_TEXT}, got ${describeValue(severity)}`}
  }
  if (Array.isArray(setting) && setting.length > 2) return {problem: `${key}: expected [severity, options], got an array of ${setting.length} items`}
  const parsed = rule.schema.safeParse(options)
  if (!parsed.success) {
    const [first] = describeIssues(parsed.error.issues, options, [])
    return {problem: `${key}[1]${first && first.path !== '(root)' ? `.${first.path}` : ''}: ${first?.message ?? 'invalid options'}`}
  }
  const checked = severity as 'off' | 'warn' | 'error'
  return {setting: Array.isArray(setting) ? [checked, options] : checked}
}
