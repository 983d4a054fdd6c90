import path from 'node:path'
import type {VFile} from 'vfile'
import {NotRegularFileError, readBounded, TooLargeError} from '../io/read-bounded.js'
import {ConfigResolver, type ResolvedConfig} from '../config/load.js'
import {ConfigError} from '../config/errors.js'
import {configForFile} from '../config/overrides.js'
import type {RuleSetting} from '../config/schema.js'
import {validateRuleSetting} from '../config/validate.js'
import {decode, type Decoded, type DecodeResult} from '../io/decode.js'
import {describeError} from '../io/discover.js'
import {builtinRules} from '../rules/index.js'
import type {LangSetting} from '../types.js'
import {parseIsoDate} from '../dates/calendar.js'
import {collectGarbage} from './collect.js'
import {lint, type LintOptions} from './lint.js'
import {serializeFile, type SerialFile} from './serialize.js'

/** One linted document with what is needed to write it back. */
export interface LintedDocument {
  file: VFile
  /** Absolute path on disk; undefined for standard input. */
  absolutePath?: string
  decoded: Decoded
  config: ResolvedConfig
  /** The rule settings the document was linted with (configuration and --rule). */
  rules: Record<string, RuleSetting>
  /** Everything `lint` was given, to lint the document again after a fix. */
  lintOptions: LintOptions
}

/** What a run needs to lint one document, as plain data a worker thread can receive. */
export interface WorkerSetup {
  cwd: string
  lang?: LangSetting
  ruleOverrides?: Record<string, RuleSetting>
  /** How an override is named in messages, before its rule id (`--rule ` by default; the language server's settings say `factlint.rules.`). */
  ruleOverridesLabel?: string
  configPath?: string
  noConfig?: boolean
  /** --no-plugins: configurations that name plugins are refused, no plugin is loaded. */
  noPlugins?: boolean
  referenceDate?: Date
  /** The day of the run, read once by its caller: every worker lints on the same day. */
  today?: Date
  /** Files larger than this many bytes are refused (DEFAULT_MAX_FILE_SIZE by default). */
  maxFileSize?: number
}

export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024

/** The line for a document over the limit; `size` may be a lower bound (a stream is not read to its end). */
export function tooLarge(shownPath: string, size: number, limit: number): string {
  return `${shownPath}: file too large (${formatSize(size)}, over --max-file-size ${formatSize(limit)}); not linted`
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${Number((bytes / 1024 ** 2).toFixed(1))} MB`
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`
  return `${bytes} bytes`
}

export type Linted = {document: LintedDocument; warning?: string} | {warning: string}

/**
 * Reads configuration and lints documents for one run: the same code runs in
 * the main thread and in each worker thread, so both give the same messages.
 */
export class DocumentLinter {
  private readonly resolver: ConfigResolver
  private fixed: Promise<ResolvedConfig> | undefined

  constructor(
    private readonly setup: WorkerSetup,
    private readonly lintDocument: typeof lint = lint
  ) {
    this.resolver = new ConfigResolver(setup.cwd, !setup.noPlugins)
    if (setup.noConfig) this.fixed = Promise.resolve({config: {}, rules: builtinRules})
    else if (setup.configPath) this.fixed = this.resolver.fromFile(setup.configPath)
  }

  configFor(folder: string): Promise<ResolvedConfig> {
    return this.fixed ?? this.resolver.forFolder(folder)
  }

  /**
   * The options a document in `config` is linted with: the run's settings
   * over its configuration, with the configuration's `overrides` for its path.
   */
  optionsFor(resolved: ResolvedConfig, shownPath: string, absolutePath?: string): LintOptions {
    const {config} = configForFile(resolved, absolutePath ?? path.resolve(this.setup.cwd, shownPath))
    const effective = config === resolved.config ? resolved : {...resolved, config}
    return {
      path: shownPath,
      cwd: this.setup.cwd,
      lang: this.setup.lang ?? config.lang ?? 'auto',
      // Asked to detect over a configuration that names a language: a short text detection cannot tell is in that language.
      ...(config.lang === 'fr' || config.lang === 'en' ? {langFallback: config.lang} : {}),
      rules: mergeRules(effective, this.setup.ruleOverrides, this.setup.ruleOverridesLabel),
      ruleSet: resolved.rules,
      referenceDate: this.setup.referenceDate ?? parseIsoDate(config.referenceDate),
      ...(this.setup.today ? {today: this.setup.today} : {})
    }
  }

  /**
   * Lints one document. A configuration problem throws ConfigError; any other
   * failure (a defect of factlint or of a plugin that `lint` could not catch)
   * is this document's problem line, and the run goes on with the others.
   *
   * Not async itself: the bytes are decoded at once and no suspended frame
   * holds them while the document is linted (an async function keeps its
   * parameters to its end: the 5 MB of a long file, beside its text).
   */
  lintBytes(bytes: Uint8Array, shownPath: string, absolutePath: string | undefined): Promise<Linted | {problem: string}> {
    let decoded: DecodeResult
    try {
      decoded = decode(bytes)
    } catch (error) {
      return Promise.resolve({problem: `${shownPath}: internal error: ${describeFailure(error)}`})
    }
    return this.lintText(decoded, shownPath, absolutePath)
  }

  private async lintText(decoded: DecodeResult, shownPath: string, absolutePath: string | undefined): Promise<Linted | {problem: string}> {
    try {
      return await this.lintDecoded(decoded, shownPath, absolutePath)
    } catch (error) {
      if (error instanceof ConfigError) throw error
      return {problem: `${shownPath}: internal error: ${describeFailure(error)}`}
    }
  }

  private async lintDecoded(decoded: DecodeResult, shownPath: string, absolutePath: string | undefined): Promise<Linted | {problem: string}> {
    if (decoded.kind === 'binary') return {warning: `${shownPath}: binary file skipped`}
    const config = await this.configFor(path.dirname(absolutePath ?? path.resolve(this.setup.cwd, shownPath)))
    const lintOptions = this.optionsFor(config, shownPath, absolutePath)
    // A run keeps no analysis past the lint but what cross-file rules read (releaseAnalyses, or a worker's serializeFile).
    const file = await this.lintDocument(decoded.text, {...lintOptions, dropAnalysesEarly: true, collectGarbage})
    const bad = file.data.factlint?.badFrontMatterDate
    // A publication date the writer gave and factlint cannot read would date the story wrongly: refused, as --date is.
    if (bad !== undefined && lintOptions.referenceDate === undefined) {
      return {problem: `${shownPath}: front matter date: expected a date such as 2025-01-03, January 3, 2025 or 3 janvier 2025, got ${JSON.stringify(bad)}`}
    }
    const {kind: _kind, ...rest} = decoded
    const document: LintedDocument = {file, absolutePath, decoded: rest, config, rules: lintOptions.rules!, lintOptions}
    return decoded.warning ? {document, warning: `${shownPath}: ${decoded.warning}`} : {document}
  }

  /** Reads a file from disk and lints it; a file that cannot be read is a problem line. */
  async lintPath(absolutePath: string, shownPath: string): Promise<Linted | {problem: string}> {
    let bytes: Uint8Array
    const limit = this.setup.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
    try {
      bytes = await readBounded(absolutePath, limit)
    } catch (error) {
      if (error instanceof TooLargeError) return {problem: tooLarge(shownPath, error.size, limit)}
      if (error instanceof NotRegularFileError) return {problem: `${shownPath}: ${error.message}`}
      return {problem: `${shownPath}: ${describeError((error as NodeJS.ErrnoException).code, error)}`}
    }
    return this.lintBytes(bytes, shownPath, absolutePath)
  }
}

export interface PathTask {
  index: number
  absolutePath: string
  shownPath: string
}

/** A worker's answer: plain data only. */
export interface PathResult {
  index: number
  problem?: string
  warning?: string
  document?: {file: SerialFile; decoded: Decoded; rules: Record<string, RuleSetting>}
  /** The worker could not lint this file or send its result: the main thread lints it. */
  retry?: boolean
}

/** What failed, in one line, whatever was thrown (even an object whose message cannot be read). */
export function describeFailure(error: unknown): string {
  try {
    const text = error instanceof Error ? error.message : String(error)
    return text.split('\n')[0] || 'unknown failure'
  } catch {
    return 'unknown failure'
  }
}

let workerLinter: DocumentLinter | undefined

/** The work of one task in a worker thread. */
export function lintPath(task: PathTask, setup: WorkerSetup): Promise<PathResult> {
  workerLinter ??= new DocumentLinter(setup)
  return lintPathWith(workerLinter, task)
}

/** One task as plain data, whichever thread runs it. */
export async function lintPathWith(linter: DocumentLinter, task: PathTask): Promise<PathResult> {
  const result = await linter.lintPath(task.absolutePath, task.shownPath)
  if ('problem' in result) return {index: task.index, problem: result.problem}
  if (!('document' in result)) return {index: task.index, warning: result.warning}
  const {document} = result
  const shared = document.config.rules.filter((rule) => rule.checkAcrossFiles).map((rule) => `${rule.meta.id}:`)
  return {
    index: task.index,
    warning: result.warning,
    document: {file: serializeFile(document.file, shared), decoded: document.decoded, rules: document.rules}
  }
}

export function mergeRules(config: ResolvedConfig, overrides: Record<string, RuleSetting> | undefined, label = '--rule '): Record<string, RuleSetting> {
  const merged: Record<string, RuleSetting> = {...config.config.rules}
  for (const [id, setting] of Object.entries(overrides ?? {})) {
    const checked = validateRuleSetting(id, setting, config.rules, `${label}${id}`)
    if ('problems' in checked) throw new ConfigError(checked.problems)
    // `--rule id=warn` changes the severity and keeps the configured options.
    const previous = merged[id]
    merged[id] = Array.isArray(previous) && typeof checked.setting === 'string' ? [checked.setting, previous[1]] : checked.setting
  }
  return merged
}
