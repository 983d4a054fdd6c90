import path from 'node:path'
import type {Config, RuleSetting} from './schema.js'

/**
 * One matcher per `overrides` entry, built when a configuration with
 * overrides is loaded: picomatch is imported only then, so that the runs of
 * every other configuration do not load it.
 */
export async function overrideMatchers(config: Config): Promise<Array<(relative: string) => boolean> | undefined> {
  if (!config.overrides) return undefined
  const {default: picomatch} = await import('picomatch')
  return config.overrides.map((entry) => picomatch(entry.files, {dot: true, basename: entry.files.every((glob) => !glob.includes('/'))}))
}

/** Where each setting that applies to a file came from, for --print-config. */
export interface SettingSources {
  lang?: string
  referenceDate?: string
  rules: Record<string, string>
}

/**
 * The configuration that applies to one file: the top-level settings, then
 * each `overrides` entry whose `files` globs match the file's path relative
 * to the configuration's folder, in order, each over the one before (as
 * ESLint's overrides). A rule given only a severity keeps the options set
 * before it. `where` names the configuration file in the sources.
 */
export function configForFile(resolved: {config: Config; filepath?: string; overrideMatchers?: Array<(relative: string) => boolean>}, absolutePath: string | undefined, shownPath?: string): {config: Config; sources: SettingSources} {
  const {config, filepath: configPath, overrideMatchers: matchers} = resolved
  const where = shownPath ?? configPath ?? 'configuration'
  const sources: SettingSources = {rules: {}}
  if (config.lang) sources.lang = where
  if (config.referenceDate) sources.referenceDate = where
  for (const id of Object.keys(config.rules ?? {})) sources.rules[id] = where
  if (!config.overrides || !matchers || !configPath || !absolutePath) return {config, sources}
  const relative = path.relative(path.dirname(configPath), absolutePath).split(path.sep).join('/')
  if (relative.startsWith('../')) return {config, sources}
  let result: Config = config
  config.overrides.forEach((entry, index) => {
    if (!matchers[index]!(relative)) return
    const at = `${where} (overrides[${index}])`
    const rules: Record<string, RuleSetting> = {...result.rules}
    for (const [id, setting] of Object.entries(entry.rules ?? {})) {
      const previous = rules[id]
      rules[id] = Array.isArray(previous) && typeof setting === 'string' ? [setting, previous[1]] : setting
      sources.rules[id] = at
    }
    result = {
      ...result,
      ...(entry.lang ? {lang: entry.lang} : {}),
      ...(entry.referenceDate ? {referenceDate: entry.referenceDate} : {}),
      rules
    }
    if (entry.lang) sources.lang = at
    if (entry.referenceDate) sources.referenceDate = at
  })
  return {config: result, sources}
}
