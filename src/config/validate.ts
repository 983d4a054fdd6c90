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
  const overrideList = raw && typeof raw === 'object' && Array.isArray(raw.overrides) ? (raw.overrides as unknown[]) : undefined
  const withoutRules =
    raw && typeof raw === 'object' && !Array.isArray(raw)
      ? {...raw, rules: undefined, ...(overrideList ? {overrides: overrideList.map((entry) => (entry && typeof entry === 'object' && !Array.isArray(entry) ? {...entry, rules: undefined} : entry))} : {})}
      : input
  const parsed = configSchema().safeParse(withoutRules)
  if (!parsed.success) {
    const keysAt = (path: readonly PropertyKey[]) =>
      path.length === 0 ? Object.keys(configSchema().shape) : path.length === 2 && path[0] === 'overrides' ? ['files', 'lang', 'referenceDate', 'rules'] : []
    for (const issue of describeIssues(parsed.error.issues, withoutRules, [], keysAt)) problems.push(`${source}: ${issue.path}: ${issue.message}`)
  }
  const checkRules = (ruleSettings: unknown, key: string): Record<string, RuleSetting> => {
    const checkedRules: Record<string, RuleSetting> = {}
    if (!ruleSettings || typeof ruleSettings !== 'object' || Array.isArray(ruleSettings)) {
      problems.push(`${source}: ${key}: expected an object of rule ids, got ${describeValue(ruleSettings)}`)
      return checkedRules
    }
    for (const [id, setting] of Object.entries(ruleSettings)) {
      const result = validateRuleSetting(id, setting, rules, `${key}.${id}`)
      if ('problems' in result) problems.push(...result.problems.map((problem) => `${source}: ${problem}`))
      else checkedRules[id] = result.setting
    }
    return checkedRules
  }
  const ruleSettings = raw && typeof raw === 'object' ? raw.rules : undefined
  const checkedRules = ruleSettings === undefined ? undefined : checkRules(ruleSettings, 'rules')
  const overrideRules = (overrideList ?? []).map((entry, index) => {
    const value = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).rules : undefined
    return value === undefined ? undefined : checkRules(value, `overrides[${index}].rules`)
  })
  if (problems.length > 0) throw new ConfigError(problems)
  const data = parsed.success ? parsed.data : {}
  return {
    ...data,
    ...(checkedRules === undefined ? {} : {rules: checkedRules}),
    ...(data.overrides ? {overrides: data.overrides.map((entry, index) => ({...entry, ...(overrideRules[index] ? {rules: overrideRules[index]} : {})}))} : {})
  }
}

export type RuleSettingCheck = {setting: RuleSetting} | {problems: string[]}

/** Returns the setting, or its problems, one line each: `key: expected …, got …`. */
export function validateRuleSetting(id: string, setting: unknown, rules: readonly LoadedRule<any>[], key: string): RuleSettingCheck {
  const rule = rules.find((candidate) => candidate.meta.id === id)
  if (!rule) {
    const suggestion = closest(id, rules.map((candidate) => candidate.meta.id))
    return {problems: [`${key}: unknown rule ${JSON.stringify(id)}${suggestion ? `, did you mean ${JSON.stringify(suggestion)}?` : ''}`]}
  }
  const [severity, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined]
  if (!SEVERITIES.includes(severity as never)) {
    const guess = typeof severity === 'string' ? closest(severity, [...SEVERITIES]) : undefined
    return {problems: [`${Array.isArray(setting) ? `${key}[0]` : key}: expected ${SEVERITY_TEXT}, got ${describeValue(severity)}${guess ? `; did you mean ${JSON.stringify(guess)}?` : ''}`]}
  }
  if (Array.isArray(setting) && setting.length > 2) return {problems: [`${key}: expected [severity, options], got an array of ${setting.length} items`]}
  const parsed = rule.schema.safeParse(options)
  if (!parsed.success) {
    const keysAt = (path: readonly PropertyKey[]) => (path.length === 0 ? optionKeys(rule.schema) : [])
    const issues = describeIssues(parsed.error.issues, options, [], keysAt)
    return {problems: issues.length > 0 ? issues.map((issue) => `${key}[1]${issue.path !== '(root)' ? `.${issue.path}` : ''}: ${issue.message}`) : [`${key}[1]: invalid options`]}
  }
  const checked = severity as 'off' | 'warn' | 'error'
  return {setting: Array.isArray(setting) ? [checked, options] : checked}
}

/** The keys a rule's options object accepts, through zod's wrappers (default, optional). */
function optionKeys(schema: unknown): string[] {
  let current = schema as {shape?: Record<string, unknown>; def?: {innerType?: unknown}; _zod?: {def?: {innerType?: unknown}}} | undefined
  for (let depth = 0; current && depth < 5; depth++) {
    if (current.shape && typeof current.shape === 'object') return Object.keys(current.shape)
    current = (current._zod?.def?.innerType ?? current.def?.innerType) as typeof current
  }
  return []
}
