import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {VFile} from 'vfile'
import {ConfigResolver, type ResolvedConfig} from '../config/load.js'
import {ConfigError} from '../config/errors.js'
import type {RuleSetting} from '../config/schema.js'
import {validateRuleSetting} from '../config/validate.js'
import {decode, type Decoded} from '../io/decode.js'
import {describeError, discover} from '../io/discover.js'
import type {LangSetting} from '../types.js'
import {lint, runAcrossFiles} from './lint.js'

export interface RunOptions {
  cwd: string
  /** Files, folders, globs, or `-` for standard input. */
  paths: readonly string[]
  readStdin?: () => Promise<Uint8Array>
  stdinFilename?: string
  lang?: LangSetting
  /** `--rule id=severity`, applied over the configuration. */
  ruleOverrides?: Record<string, RuleSetting>
  configPath?: string
  noConfig?: boolean
  referenceDate?: Date
  /**
   * Documents held in memory rather than read from disk (the staged content of
   * files, for `--staged`), linted after `paths`. `path` is shown in reports and
   * resolved against `cwd` to find the configuration; such documents have no
   * `absolutePath`, so --fix never writes them.
   */
  inputs?: ReadonlyArray<{path: string; bytes: Uint8Array}>
  /** Lints one document; `lint` by default, a caching wrapper under --cache. */
  lintDocument?: typeof lint
}

/** One linted document with what is needed to write it back. */
export interface LintedDocument {
  file: VFile
  /** Absolute path on disk; undefined for standard input. */
  absolutePath?: string
  decoded: Decoded
  config: ResolvedConfig
  /** The rule settings the document was linted with (configuration and --rule). */
  rules: Record<string, RuleSetting>
}

export interface RunResult {
  documents: LintedDocument[]
  /** File problems (missing path, unreadable file…): one line each, exit code 2. */
  problems: string[]
  /** Notices that do not change the exit code (a binary file skipped). */
  warnings: string[]
}

/**
 * The headless engine behind the CLI: finds the files, their configuration,
 * reads and decodes them, lints them and runs the cross-file rules. It never
 * prints: problems come back as lines for the caller to show. A configuration
 * problem throws ConfigError before any file is linted.
 */
export async function run(options: RunOptions): Promise<RunResult> {
  const resolver = new ConfigResolver(options.cwd)
  const fixed = options.noConfig
    ? ({config: {}, rules: (await import('../rules/index.js')).builtinRules} satisfies ResolvedConfig)
    : options.configPath
      ? await resolver.fromFile(options.configPath)
      : undefined
  const cwdConfig = fixed ?? (await resolver.forFolder(options.cwd))
  const configFor = async (folder: string) => fixed ?? (await resolver.forFolder(folder))

  const wantsStdin = options.paths.includes('-')
  const discovery = await discover(options.paths.filter((input) => input !== '-'), options.cwd, cwdConfig.config.ignore ?? [])
  const problems = [...discovery.problems]
  const warnings: string[] = []
  const documents: LintedDocument[] = []

  const lintOne = async (bytes: Uint8Array, shownPath: string, absolutePath: string | undefined) => {
    const decoded = decode(bytes)
    if (decoded.kind === 'binary') {
      warnings.push(`${shownPath}: binary file skipped`)
      return
    }
    if (decoded.warning) warnings.push(`${shownPath}: ${decoded.warning}`)
    const config = await configFor(path.dirname(absolutePath ?? path.resolve(options.cwd, shownPath)))
    const rules = mergeRules(config, options.ruleOverrides)
    const file = await (options.lintDocument ?? lint)(decoded.text, {
      path: shownPath,
      cwd: options.cwd,
      lang: options.lang ?? config.config.lang ?? 'auto',
      rules,
      ruleSet: config.rules,
      referenceDate: options.referenceDate ?? parseIsoDate(config.config.referenceDate)
    })
    const {kind: _kind, ...rest} = decoded
    documents.push({file, absolutePath, decoded: rest, config, rules})
  }

  if (wantsStdin) {
    if (!options.readStdin) throw new ConfigError(['-: standard input is not available'])
    await lintOne(await options.readStdin(), options.stdinFilename ?? '<stdin>', options.stdinFilename ? path.resolve(options.cwd, options.stdinFilename) : undefined)
    // The named file is not on disk as linted: --fix must print, not write.
    const last = documents.at(-1)
    if (last) last.absolutePath = undefined
  }
  for (const absolute of discovery.files) {
    const shown = path.relative(options.cwd, absolute) || absolute
    let bytes: Uint8Array
    try {
      bytes = await readFile(absolute)
    } catch (error) {
      problems.push(`${shown}: ${describeError((error as NodeJS.ErrnoException).code, error)}`)
      continue
    }
    await lintOne(bytes, shown, absolute)
  }
  for (const input of options.inputs ?? []) await lintOne(input.bytes, input.path, undefined)

  runAcrossFiles(
    documents.map((document) => document.file),
    {ruleSet: cwdConfig.rules, rules: mergeRules(cwdConfig, options.ruleOverrides)}
  )
  return {documents, problems, warnings}
}

function mergeRules(config: ResolvedConfig, overrides: Record<string, RuleSetting> | undefined): Record<string, RuleSetting> {
  const merged: Record<string, RuleSetting> = {...config.config.rules}
  for (const [id, setting] of Object.entries(overrides ?? {})) {
    const checked = validateRuleSetting(id, setting, config.rules, `--rule ${id}`)
    if ('problem' in checked) throw new ConfigError([checked.problem])
    // `--rule id=warn` changes the severity and keeps the configured options.
    const previous = merged[id]
    merged[id] = Array.isArray(previous) && typeof checked.setting === 'string' ? [checked.setting, previous[1]] : checked.setting
  }
  return merged
}

export function parseIsoDate(value: string | undefined): Date | undefined {
  if (!value) return undefined
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return undefined
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.getUTCDate() === Number(match[3]) ? date : undefined
}
