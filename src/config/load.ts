import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {lilconfig, type Loader} from 'lilconfig'
import {defineRule, type LoadedRule} from '../rules/define.js'
import {builtinRules} from '../rules/index.js'
import type {FactlintRule} from '../types.js'
import {ConfigError} from './errors.js'
import type {Config} from './schema.js'
import {overrideMatchers} from './overrides.js'
import {validateConfig} from './validate.js'
import {describeError} from '../io/discover.js'

export const CONFIG_FILES = ['factlint.config.json', '.factlintrc.json', '.factlintrc.yaml', '.factlintrc.yml', 'package.json']

/** A validated configuration with the rules it makes available. */
export interface ResolvedConfig {
  config: Config
  /** The file it came from, if any. */
  filepath?: string
  /** Built-in rules plus the plugins' rules. */
  rules: readonly LoadedRule<any>[]
  /** Whether each `overrides` entry applies to a path relative to the configuration's folder. */
  overrideMatchers?: Array<(relative: string) => boolean>
}

/** How a configuration file is named in messages: relative to the folder the run started in. */
function shownPath(cwd: string, filepath: string): string {
  return path.relative(cwd, filepath) || filepath
}

function loadersFor(cwd: string) {
  const json: Loader = (filepath, content) => {
    try {
      return JSON.parse(content) as unknown
    } catch (error) {
      throw new ConfigError([`${shownPath(cwd, filepath)}: not valid JSON (${(error as Error).message})`])
    }
  }
  // The YAML parser is loaded only when a YAML configuration is read.
  const yaml: Loader = async (filepath, content) => {
    const {parse: parseYaml} = await import('yaml')
    try {
      return parseYaml(content, {schema: 'core'}) as unknown
    } catch (error) {
      throw new ConfigError([`${shownPath(cwd, filepath)}: not valid YAML (${(error as Error).message.split('\n')[0]})`])
    }
  }
  return {'.json': json, '.yaml': yaml, '.yml': yaml, noExt: yaml}
}

/**
 * Finds configuration from a folder upward and caches it per folder, so a run
 * over many files reads each configuration file once.
 */
export class ConfigResolver {
  private readonly loaders: ReturnType<typeof loadersFor>
  private readonly explorer: ReturnType<typeof lilconfig>
  private readonly byFile = new Map<string, Promise<ResolvedConfig>>()

  constructor(
    private readonly cwd: string,
    /** False under --no-plugins: a configuration that names plugins is refused, none is loaded. */
    private readonly plugins = true
  ) {
    this.loaders = loadersFor(cwd)
    this.explorer = lilconfig('factlint', {searchPlaces: CONFIG_FILES, packageProp: 'factlint', loaders: this.loaders})
  }

  /** The configuration for a document in `folder`. */
  async forFolder(folder: string): Promise<ResolvedConfig> {
    const found = await this.explorer.search(folder)
    return this.fromResult(found?.filepath, found?.config)
  }

  /** An explicit `--config FILE`. */
  async fromFile(file: string): Promise<ResolvedConfig> {
    const filepath = path.resolve(this.cwd, file)
    let content: string
    try {
      content = await readFile(filepath, 'utf8')
    } catch (error) {
      throw new ConfigError([`${file}: cannot read configuration: ${describeError((error as NodeJS.ErrnoException).code, error)}`])
    }
    const loader = filepath.endsWith('.json') ? this.loaders['.json'] : this.loaders.noExt
    let value = await loader(filepath, content)
    if (path.basename(filepath) === 'package.json') value = (value as Record<string, unknown> | null)?.factlint ?? {}
    return this.fromResult(filepath, value)
  }

  private fromResult(filepath: string | undefined, value: unknown): Promise<ResolvedConfig> {
    if (!filepath) return Promise.resolve({config: {}, rules: builtinRules})
    let pending = this.byFile.get(filepath)
    if (!pending) {
      pending = resolveConfig(value ?? {}, filepath, this.cwd, {plugins: this.plugins})
      this.byFile.set(filepath, pending)
    }
    return pending
  }
}

/**
 * Validates a configuration and loads its plugins. A plugin is code that runs
 * with the user's rights (as an ESLint plugin does): the rest of the
 * configuration is validated first, so that nothing is loaded from an invalid
 * one, and `plugins: false` (--no-plugins) refuses any configuration that
 * names plugins instead of loading them. See docs/configuration.md.
 */
export async function resolveConfig(value: unknown, filepath: string, cwd: string, options: {plugins?: boolean} = {}): Promise<ResolvedConfig> {
  const shown = shownPath(cwd, filepath)
  const plugins = value && typeof value === 'object' && Array.isArray((value as Config).plugins) ? ((value as Config).plugins ?? []) : []
  if (plugins.length === 0) return withOverrides(validateConfig(value, shown, builtinRules), filepath, [...builtinRules])
  // Everything but the settings of rules that plugins may define, before any plugin runs.
  validateConfig(withBuiltinRulesOnly(value), shown, builtinRules)
  if (plugins.length > 0 && options.plugins === false) {
    throw new ConfigError([`${shown}: plugins: not loaded (--no-plugins): a plugin runs code; use --no-config to lint without this configuration`])
  }
  const rules = [...builtinRules]
  for (const name of plugins) {
    if (typeof name !== 'string') continue
    for (const rule of await loadPlugin(name, filepath, shown)) {
      if (rules.some((existing) => existing.meta.id === rule.meta.id)) {
        throw new ConfigError([`${shown}: plugins: ${JSON.stringify(name)} defines rule ${JSON.stringify(rule.meta.id)}, which already exists`])
      }
      rules.push(rule)
    }
  }
  return withOverrides(validateConfig(value, shown, rules), filepath, rules)
}

/** A validated configuration with the matchers of its `overrides` entries, when it has any. */
async function withOverrides(config: Config, filepath: string, rules: readonly LoadedRule<any>[]): Promise<ResolvedConfig> {
  const matchers = await overrideMatchers(config)
  return {config, filepath, rules, ...(matchers ? {overrideMatchers: matchers} : {})}
}

/** The configuration with only the settings of built-in rules, which can be checked before plugins are loaded. */
function withBuiltinRulesOnly(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const settings = (value as {rules?: unknown}).rules
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return value
  const builtin = new Set(builtinRules.map((rule) => rule.meta.id))
  return {...value, rules: Object.fromEntries(Object.entries(settings).filter(([id]) => builtin.has(id)))}
}

/**
 * Loads a rule package by name, resolved from the configuration file's folder.
 * It exports rules (`default`, or `rules`: one rule or an array) that follow
 * the contract in docs/writing-rules.md.
 */
async function loadPlugin(name: string, configPath: string, shown: string): Promise<LoadedRule<any>[]> {
  let resolved: string
  try {
    resolved = createRequire(configPath).resolve(name)
  } catch {
    throw new ConfigError([`${shown}: plugins: cannot find package ${JSON.stringify(name)} from ${path.dirname(shown) || '.'}`])
  }
  let module: Record<string, unknown>
  try {
    module = (await import(pathToFileURL(resolved).href)) as Record<string, unknown>
  } catch (error) {
    throw new ConfigError([`${shown}: plugins: cannot load ${JSON.stringify(name)} (${(error as Error).message.split('\n')[0]})`])
  }
  const exported = module.rules ?? module.default
  const list = Array.isArray(exported) ? exported : [exported]
  return list.map((candidate, index) => {
    const problem = contractProblem(candidate)
    if (problem) throw new ConfigError([`${shown}: plugins: ${JSON.stringify(name)} rule ${index}: ${problem}`])
    const rule = candidate as FactlintRule<unknown> & Partial<LoadedRule<unknown>>
    return rule.plugin ? (rule as LoadedRule<unknown>) : defineRule(rule)
  })
}

function contractProblem(candidate: unknown): string | undefined {
  if (!candidate || typeof candidate !== 'object') return 'expected an object with meta, schema and check'
  const rule = candidate as Partial<FactlintRule<unknown>>
  if (!rule.meta || typeof rule.meta.id !== 'string') return 'expected meta.id'
  const {description} = rule.meta as {description?: unknown}
  const described = typeof description === 'string' || (typeof description === 'object' && description !== null && ['fr', 'en'].every((lang) => typeof (description as Record<string, unknown>)[lang] === 'string'))
  if (!described) return 'expected meta.description, a string or {fr, en} strings'
  if (!['off', 'warn', 'error'].includes(rule.meta.defaultSeverity)) return 'expected meta.defaultSeverity "off" | "warn" | "error"'
  if (rule.meta.languages !== 'any' && !Array.isArray(rule.meta.languages)) return 'expected meta.languages "any" or an array of "fr" | "en"'
  if (typeof rule.meta.fixable !== 'boolean') return 'expected meta.fixable (boolean)'
  if (!rule.schema || typeof (rule.schema as {safeParse?: unknown}).safeParse !== 'function') return 'expected a zod schema'
  if (typeof rule.check !== 'function') return 'expected a check function'
  return undefined
}
