import {open, stat} from 'node:fs/promises'
import {availableParallelism, loadavg} from 'node:os'
import path from 'node:path'
import {ConfigError} from '../config/errors.js'
import type {RuleSetting} from '../config/schema.js'
import {discover} from '../io/discover.js'
import type {Lang, LangSetting} from '../types.js'
import {detectLanguage} from '../lang/detect.js'
import {parseIsoDate} from '../dates/calendar.js'
import {NotRegularFileError, TooLargeError} from '../io/read-bounded.js'
import {DEFAULT_MAX_FILE_SIZE, DocumentLinter, lintPathWith, mergeRules, tooLarge, type Linted, type LintedDocument, type PathResult, type WorkerSetup} from './lint-path.js'
import {crossFileKeys, currentDay, decideShortTexts, lint, releaseAnalyses, runAcrossFiles, type LintOptions} from './lint.js'
import {lanesFor} from './lanes.js'
import {lintOnWorkers} from './pool.js'
import {inShard, type Shard} from './shard.js'
import {deserializeFile} from './serialize.js'
import {releaseText} from './texts.js'
import {collectGarbage} from './collect.js'

export interface RunOptions {
  cwd: string
  /** Files, folders, globs, or `-` for standard input. */
  paths: readonly string[]
  /** Those of `paths` that are names as written, never globs (given after `--`). */
  literalPaths?: readonly string[]
  readStdin?: () => Promise<Uint8Array>
  stdinFilename?: string
  lang?: LangSetting
  /** `--rule id=severity`, applied over the configuration. */
  ruleOverrides?: Record<string, RuleSetting>
  configPath?: string
  noConfig?: boolean
  /** --no-plugins: configurations that name plugins are refused, no plugin is loaded. */
  noPlugins?: boolean
  referenceDate?: Date
  /** The day the run lints on (`--today`); today by default, read once for the whole run. */
  today?: Date
  /**
   * Documents held in memory rather than read from disk (the staged content of
   * files, for `--staged`), linted after `paths`. `path` is shown in reports and
   * resolved against `cwd` to find the configuration; such documents have no
   * `absolutePath`, so --fix never writes them.
   */
  inputs?: ReadonlyArray<{path: string; bytes?: Uint8Array; size?: number}>
  /** Lints one document; `lint` by default, a caching wrapper under --cache. */
  lintDocument?: typeof lint
  /**
   * Files linted at once, on this thread and worker threads (1, the default:
   * this thread only). `auto` takes up to `cores`, one per AUTO_BYTES_PER_LANE
   * of text and the cores the load average leaves free; a number N, up to N
   * on the same rule (see lanesFor).
   */
  jobs?: number | 'auto'
  /** `jobs` lanes exactly, however little text there is (for tests). */
  exactJobs?: boolean
  /** The cores `auto` may use (os.availableParallelism() by default). */
  cores?: number
  /** Cores busy with other work, left alone (the one-minute load average by default). */
  busy?: number
  /** Called after each file read from disk is linted. */
  onProgress?: (done: number, total: number) => void
  /**
   * The run's language as it becomes known, for a report drawn before the run
   * ends: first a guess, the first file's (its configured language, or the
   * one of its first lines) before any file is linted, then each linted
   * document's (`guess` false).
   */
  onLanguage?: (lang: Lang | 'und', guess: boolean) => void
  /**
   * Files, standard input and staged documents larger than this many bytes
   * are refused, never read past the limit (DEFAULT_MAX_FILE_SIZE by default);
   * `readStdin` throws TooLargeError past it, and an input without bytes was too large.
   */
  maxFileSize?: number
  /** `--shard i/n`: only this share of the files found (standard input and `inputs` are always linted). */
  shard?: Shard
  /** false: the cross-file rules do not run (a shard that emits its fingerprints for a merge step). */
  acrossFiles?: boolean
  /**
   * The caller reads no document's text once the run is over (no --fix, a
   * report that quotes no line, no baseline): each plain-text file read from
   * disk lets its text go once linted, and the cross-file pass reads the few
   * it needs again (see src/engine/texts.ts). The documents' `file.value` and
   * `decoded.text` still give the text, read again from disk.
   */
  rereadTexts?: boolean
  /**
   * A full garbage collection (engine/collect.ts by default), asked for
   * once before the cross-file pass of a run of several files of 1 MB or
   * more in all (COLLECT_BEFORE_PASS).
   */
  collectGarbage?: () => void
}

export interface RunResult {
  documents: LintedDocument[]
  /** File problems (missing path, unreadable file…): one line each, exit code 2. */
  problems: string[]
  /** Notices that do not change the exit code (a binary file skipped). */
  warnings: string[]
  /** The rules and settings the cross-file pass ran with, to run it again after --fix. */
  acrossFiles: Omit<LintOptions, 'path'>
}

/**
 * The headless engine behind the CLI: finds the files, their configuration,
 * reads and decodes them, lints them (on worker threads when there are many)
 * and runs the cross-file rules. It never prints: problems come back as lines
 * for the caller to show. A configuration problem throws ConfigError before
 * any file is linted.
 */
export async function run(options: RunOptions): Promise<RunResult> {
  const setup: WorkerSetup = {
    cwd: options.cwd,
    lang: options.lang,
    ruleOverrides: options.ruleOverrides,
    configPath: options.configPath,
    noConfig: options.noConfig,
    noPlugins: options.noPlugins,
    referenceDate: options.referenceDate,
    today: options.today ?? currentDay(),
    maxFileSize: options.maxFileSize
  }
  const linter = new DocumentLinter(setup, options.lintDocument)
  const cwdConfig = await linter.configFor(options.cwd)

  const wantsStdin = options.paths.includes('-')
  const discovery = await discover(options.paths.filter((input) => input !== '-'), options.cwd, cwdConfig.config.ignore ?? [], new Set(options.literalPaths))
  const problems = [...discovery.problems]
  const warnings: string[] = []
  const documents: LintedDocument[] = []
  const collect = (result: Linted | {problem: string}, absolutePath?: string) => {
    if ('problem' in result) problems.push(result.problem)
    if ('warning' in result && result.warning) warnings.push(result.warning)
    if ('document' in result) {
      const document = {...result.document, absolutePath}
      documents.push(document)
      if (options.rereadTexts) releaseText(document.file, absolutePath, document.decoded)
      options.onLanguage?.(result.document.file.data.factlint?.lang ?? 'und', false)
    }
  }

  if (wantsStdin) {
    if (!options.readStdin) throw new ConfigError(['-: standard input is not available'])
    const named = options.stdinFilename ? path.resolve(options.cwd, options.stdinFilename) : undefined
    // The named file is not on disk as linted: --fix must print, not write.
    const shown = options.stdinFilename ?? '<stdin>'
    try {
      collect(await linter.lintBytes(await options.readStdin(), shown, named), undefined)
    } catch (error) {
      if (!(error instanceof TooLargeError)) throw error
      problems.push(tooLarge(shown, error.size, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE))
    }
  }

  const found = options.shard ? inShard(discovery.files, (file) => path.relative(options.cwd, file) || file, options.shard) : discovery.files
  const readable = await refuseLargeFiles(found, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, options.cwd, problems)
  const tasks = readable.map(({file: absolutePath}, index) => ({index, absolutePath, shownPath: path.relative(options.cwd, absolutePath) || absolutePath}))
  const total = tasks.length
  if (options.onLanguage && tasks[0]) {
    const first = tasks[0]
    const lang = await languageHint(linter.optionsFor(await linter.configFor(path.dirname(first.absolutePath)), first.shownPath, first.absolutePath).lang, first.absolutePath)
    if (lang) options.onLanguage(lang, true)
  }
  // How many files there are to lint, before the first is done (the interactive report says so).
  if (total > 0) options.onProgress?.(0, total)
  const bytes = readable.reduce((sum, {size}) => sum + size, 0)
  const jobs = lanesFor({jobs: options.jobs ?? 1, exact: options.exactJobs, files: total, bytes, cores: options.cores ?? availableParallelism(), busy: options.exactJobs ? 0 : (options.busy ?? loadavg()[0])})
  if (jobs > 1 && !options.lintDocument) {
    const results: PathResult[] = []
    let done = 0
    // The largest files first: no lane is left with a long one at the end while the others wait.
    const bySize = [...tasks].sort((a, b) => readable[b.index]!.size - readable[a.index]!.size || a.index - b.index)
    await lintOnWorkers(
      bySize,
      setup,
      jobs,
      (result) => {
        results[result.index] = result
        options.onProgress?.(++done, total)
      },
      // A configuration problem is thrown below, in the order of the files, as on one lane.
      (task) => lintPathWith(linter, task).catch(() => ({index: task.index, retry: true}))
    )
    for (const [index, task] of tasks.entries()) {
      // The main thread is the reference: a file a worker failed, lost (its thread stopped)
      // or could not lint is linted again here, so the report is the one of a run on one lane.
      let result = results[index]
      if (!result || result.retry || workerCrashed(result)) result = await lintPathWith(linter, task)
      if (!result.document) {
        collect(result.problem ? {problem: result.problem} : {warning: result.warning!})
        continue
      }
      const {file, decoded, rules} = result.document
      const config = await linter.configFor(path.dirname(task.absolutePath))
      const lintOptions = linter.optionsFor(config, task.shownPath, task.absolutePath)
      collect({document: {file: deserializeFile(file, decoded.text), decoded, rules, config, lintOptions}, warning: result.warning}, task.absolutePath)
    }
  } else {
    // As on workers and in lintFiles: a run of many files keeps no document's trees alive.
    const shared = crossFileKeys(cwdConfig.rules)
    for (const task of tasks) {
      const result = await linter.lintPath(task.absolutePath, task.shownPath)
      if ('document' in result) releaseAnalyses(result.document.file, shared)
      collect(result, task.absolutePath)
      options.onProgress?.(task.index + 1, total)
    }
  }
  for (const input of options.inputs ?? []) {
    if (input.bytes) collect(await linter.lintBytes(input.bytes, input.path, undefined))
    else problems.push(tooLarge(input.path, input.size ?? 0, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE))
  }

  const lintDocument = options.lintDocument ?? lint
  await decideShortTexts(
    documents.map((document) => document.file),
    (index, langFallback) => {
      const document = documents[index]!
      document.lintOptions = {...document.lintOptions, langFallback}
      return lintDocument(document.decoded.text, document.lintOptions)
    },
    (index, file) => (documents[index]!.file = file),
    crossFileKeys(cwdConfig.rules)
  )

  const acrossFiles = {ruleSet: cwdConfig.rules, rules: mergeRules(cwdConfig, options.ruleOverrides)}
  if (options.acrossFiles !== false) {
    // The pass reads every file's prints at once and grows the heap over the garbage the last lints left:
    // collected first, the heap it grows from is what the run keeps (docs/performance.md, "Prints as columns").
    if (bytes >= COLLECT_BEFORE_PASS && documents.length > 1) (options.collectGarbage ?? collectGarbage)()
    runAcrossFiles(
      documents.map((document) => document.file),
      acrossFiles
    )
  }
  return {documents, problems, warnings, acrossFiles}
}

/** Files this large in all (1 MB) are collected before the cross-file pass (engine/collect.ts); a smaller run's heap is not worth it. */
const COLLECT_BEFORE_PASS = 1_000_000

/** Text enough to tell French from English, read before a file is linted. */
const HINT_BYTES = 8192

/**
 * A file's language before it is linted: the one its configuration sets, or
 * the one its first lines are in (UTF-8 assumed: a hint, which the linted
 * document's language replaces). Undefined when the file cannot be read.
 */
async function languageHint(setting: LangSetting | undefined, file: string): Promise<Lang | 'und' | undefined> {
  if (setting && setting !== 'auto') return setting
  try {
    const handle = await open(file, 'r')
    try {
      const {buffer, bytesRead} = await handle.read({buffer: new Uint8Array(HINT_BYTES), position: 0})
      return detectLanguage(new TextDecoder('utf-8').decode(buffer.subarray(0, bytesRead))).lang
    } finally {
      await handle.close()
    }
  } catch {
    return undefined
  }
}

/**
 * Whether a worker's lint of a file failed somewhere (`internal-error`, or a
 * rule that threw): a worker thread's stack and heap differ from the main thread's.
 */
function workerCrashed(result: PathResult): boolean {
  const file = result.document?.file
  return file !== undefined && (file.document.ruleCrashed === true || file.messages.some((message) => message.ruleId === 'internal-error'))
}

/** A draft is never this large: such a file is refused before it is read, so it cannot exhaust memory. */
async function refuseLargeFiles(files: readonly string[], limit: number, cwd: string, problems: string[]): Promise<Array<{file: string; size: number}>> {
  const kept: Array<{file: string; size: number}> = []
  for (const file of files) {
    // A file stat cannot read is reported by the read that follows, which applies the limit again as it reads.
    const info = await stat(file).catch(() => undefined)
    const shown = path.relative(cwd, file) || file
    if (info && !info.isFile()) problems.push(`${shown}: ${new NotRegularFileError().message}`)
    else if (info && info.size > limit) problems.push(tooLarge(shown, info.size, limit))
    else kept.push({file, size: info?.size ?? 0})
  }
  return kept
}

const SIZE_UNITS: Record<string, number> = {'': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3}

/** `20MB`, `512kb`, `1000000` (bytes); undefined when unreadable. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(text.trim())
  if (!match) return undefined
  const bytes = Math.floor(Number(match[1]) * SIZE_UNITS[(match[2] ?? '').toLowerCase()]!)
  return bytes > 0 ? bytes : undefined
}


export {DEFAULT_MAX_FILE_SIZE, mergeRules, parseIsoDate}
export type {LintedDocument}
