import path from 'node:path'
import picomatch from 'picomatch'
import type {Config, RuleSetting} from './schema.js'

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
export function configForFile(config: Config, configPath: string | undefined, absolutePath: string | undefined): {config: Config; sources: SettingSources} {
  const where = configPath ?? 'configuration'
  const sources: SettingSources = {rules: {}}
  if (config.lang) sources.lang = where
  if (config.referenceDate) sources.referenceDate = where
  for (const id of Object.keys(config.rules ?? {})) sources.rules[id] = where
  if (!config.overrides || !configPath || !absolutePath) return {config, sources}
  const relative = path.relative(path.dirname(configPath), absolutePath).split(path.sep).join('/')
  if (relative.startsWith('../')) return {config, sources}
  let result: Config = config
  config.overrides.forEach((entry, index) => {
    if (!picomatch(entry.files, {dot: true, basename: entry.files.every((glob) => !glob.includes('/'))})(relative)) return
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
