import {existsSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {LintCache} from '../cache/cache.js'
import type {RunOptions, RunResult} from '../engine/run.js'
import type {Report} from './formatters/index.js'
import {booleanValue, stringValue, type ParsedArgs} from './args.js'
import {UsageError, type CliIO} from './io.js'
import {buildVersion} from '../version.js'

/** The options of a lint run that serve hooks and CI: --staged, --output, --baseline, --cache. */
export interface ExtraOptions {
  staged: boolean
  output?: string
  baseline?: string
  updateBaseline: boolean
  noBaseline: boolean
  cache: boolean
  cacheLocation?: string
}

export function readExtraOptions(args: ParsedArgs): ExtraOptions {
  const staged = booleanValue(args, 'staged')
  if (staged && args.positionals.includes('-')) throw new UsageError('--staged reads the files from git: it cannot be used with - (standard input)')
  const cacheLocation = stringValue(args, 'cache-location')
  return {
    staged,
    output: stringValue(args, 'output'),
    baseline: stringValue(args, 'baseline'),
    updateBaseline: booleanValue(args, 'update-baseline'),
    noBaseline: booleanValue(args, 'no-baseline'),
    // --cache-location alone says the user wants a cache there.
    cache: booleanValue(args, 'cache') || cacheLocation !== undefined,
    cacheLocation
  }
}

/** What `run` needs beyond the common options, and the cache to save afterwards. */
export interface PreparedRun extends Pick<RunOptions, 'cwd' | 'paths' | 'inputs' | 'lintDocument' | 'configPath'> {
  cache?: LintCache
}

/**
 * Under --staged the documents are the staged contents, read from git, and
 * paths are shown relative to the repository root (the run's `cwd`); given
 * paths narrow the staged files as git pathspecs.
 */
export async function prepareRun(extra: ExtraOptions, positionals: string[], io: CliIO, configPath: string | undefined, noConfig = false, maxFileSize = Infinity, noPlugins = false): Promise<PreparedRun> {
  // The cache, git and baseline modules are loaded only by the runs that use them (start-up time of plain runs).
  const {DEFAULT_CACHE, LintCache} = extra.cache ? await import('../cache/cache.js') : {DEFAULT_CACHE: '', LintCache: undefined}
  const cache = LintCache ? await LintCache.load(path.resolve(io.cwd, extra.cacheLocation ?? DEFAULT_CACHE), buildVersion()) : undefined
  const prepared: PreparedRun = {cwd: io.cwd, paths: positionals, configPath, cache, lintDocument: cache?.lintDocument}
  if (!extra.staged) return prepared
  const [{GitError, repositoryRoot}, {stagedFiles}] = await Promise.all([import('../git/git.js'), import('../git/staged.js')])
  try {
    const root = await repositoryRoot(io.cwd, io.env)
    const absoluteConfig = configPath === undefined ? undefined : path.resolve(io.cwd, configPath)
    const staged = await stagedFiles({cwd: io.cwd, env: io.env, pathspecs: positionals, maxFileSize})
    const ignored = await ignoreRules(root, absoluteConfig, noConfig, noPlugins)
    const skipped = await Promise.all(staged.map((file) => ignored.ignores(file.path)))
    const inputs = staged.filter((_, index) => !skipped[index])
    return {...prepared, cwd: root, paths: [], inputs, configPath: absoluteConfig}
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`--staged: ${error.message}`)
    throw error
  }
}

/**
 * What a folder walk from the repository root would skip: each folder's
 * `.factlintignore` from the root down to the file, applied relative to its
 * own folder, and the configuration's `ignore` (staged files are tracked, so
 * `.gitignore` does not apply). Paths are relative to the root, `/`-separated.
 */
async function ignoreRules(root: string, configPath: string | undefined, noConfig: boolean, noPlugins: boolean): Promise<{ignores(path: string): Promise<boolean>}> {
  const [{default: ignore}, {readIgnore}] = await Promise.all([import('ignore'), import('../io/discover.js')])
  const byFolder = new Map<string, Promise<ReturnType<typeof ignore>>>()
  const rulesOf = (folder: string) => {
    let rules = byFolder.get(folder)
    if (!rules) {
      // A folder walk reads the same file the same way (an absent one ignores nothing).
      rules = readIgnore(path.join(root, folder, '.factlintignore')).then((text) => ignore().add(text))
      byFolder.set(folder, rules)
    }
    return rules
  }
  const configured = ignore()
  if (!noConfig) {
    const {ConfigResolver} = await import('../config/load.js')
    const resolver = new ConfigResolver(root, !noPlugins)
    const config = configPath ? await resolver.fromFile(configPath) : await resolver.forFolder(root)
    configured.add(config.config.ignore ?? [])
  }
  return {
    async ignores(file: string) {
      if (configured.ignores(file)) return true
      const parts = file.split('/')
      for (let depth = 0; depth < parts.length; depth++) {
        const rules = await rulesOf(parts.slice(0, depth).join('/'))
        if (rules.ignores(parts.slice(depth).join('/'))) return true
      }
      return false
    }
  }
}

/**
 * Saves the cache, then records (--update-baseline) or removes the baseline's
 * findings: `--baseline FILE`, else `.factlint-baseline.json` in the folder
 * the run starts from (the repository root under --staged) when it exists,
 * as ESLint applies its suppressions file, so that the installed hook, the
 * pre-commit framework and lint-staged honour a committed baseline without
 * arguments. `--no-baseline` reports everything. Returns what the baseline did,
 * for the line that says so, and what removes its findings from one more lint
 * of a document (the passes of --fix), so that a fix never touches an accepted finding.
 */
/** The baseline file a run reads or writes, or undefined when it has none. */
export function baselineFile(extra: ExtraOptions, prepared: PreparedRun, io: CliIO): string | undefined {
  const file = path.resolve(extra.baseline === undefined ? prepared.cwd : io.cwd, extra.baseline ?? '.factlint-baseline.json')
  if (extra.noBaseline && !extra.updateBaseline) return undefined
  if (!extra.baseline && !extra.updateBaseline && !existsSync(file)) return undefined
  return file
}

export async function finishRun(extra: ExtraOptions, prepared: PreparedRun, result: RunResult, io: CliIO): Promise<{baseline?: BaselineOutcome; accept?: (file: VFile) => void}> {
  const cacheWarning = await prepared.cache?.save()
  if (cacheWarning) result.warnings.push(cacheWarning)
  const file = baselineFile(extra, prepared, io)
  if (!file) return {}
  const {applyBaseline, baselineOf, fileKey, readBaseline, writeBaseline} = await import('../baseline/index.js')
  const root = path.dirname(file)
  const files = result.documents.map((document) => document.file)
  const shown = path.relative(io.cwd, file) || file
  if (extra.updateBaseline) {
    // Entries of documents this run did not look at (a --staged run sees a few) are kept.
    const linted = new Set(files.map((linted) => fileKey(linted, root)))
    const previous = (await readBaseline(file)).entries.filter((entry) => !linted.has(entry.file))
    const accepted = baselineOf(files, root)
    await writeBaseline(file, {...accepted, entries: [...previous, ...accepted.entries]})
    applyBaseline(files, accepted, root)
    return {baseline: {file: shown, recorded: accepted.entries.length, hidden: 0}, accept: (linted) => void applyBaseline([linted], accepted, root)}
  }
  const accepted = await readBaseline(file)
  const hidden = applyBaseline(files, accepted, root)
  return {baseline: {file: shown, recorded: undefined, hidden}, accept: (linted) => void applyBaseline([linted], accepted, root)}
}

export interface BaselineOutcome {
  /** The baseline file, as shown to the user. */
  file: string
  /** Findings written by --update-baseline. */
  recorded: number | undefined
  /** Findings the baseline kept out of the report. */
  hidden: number
}

/** The line a baseline earns on stderr, in the run's language (French when every document is). */
export function baselineLine(outcome: BaselineOutcome, french: boolean): string | undefined {
  const {file, recorded, hidden} = outcome
  if (recorded !== undefined) {
    return french
      ? `${file} : ${recorded} signalement${recorded > 1 ? 's' : ''} enregistré${recorded > 1 ? 's' : ''} dans la référence (baseline)`
      : `${file}: ${recorded} finding${recorded === 1 ? '' : 's'} recorded in the baseline`
  }
  if (hidden === 0) return undefined
  return french
    ? `${hidden} signalement${hidden > 1 ? 's' : ''} déjà accepté${hidden > 1 ? 's' : ''} dans ${file}, non affiché${hidden > 1 ? 's' : ''} (--no-baseline pour tout voir)`
    : `${hidden} finding${hidden === 1 ? '' : 's'} already accepted in ${file}, not shown (--no-baseline to see them)`
}

/** Under --staged, the reported files whose working copy is not what is staged. */
export async function stagedDiffering(prepared: PreparedRun, result: RunResult): Promise<string[]> {
  const {readFile} = await import('node:fs/promises')
  const staged = new Map((prepared.inputs ?? []).map((input) => [input.path, input.bytes]))
  const differing: string[] = []
  for (const {file} of result.documents) {
    const bytes = staged.get(file.path)
    if (file.messages.length === 0 || !bytes) continue
    const working = await readFile(path.join(prepared.cwd, file.path)).catch(() => undefined)
    if (!working || !Buffer.from(bytes).equals(working)) differing.push(file.path)
  }
  return differing
}

/** The report goes to standard output, or with --output to a file (written atomically). */
export async function writeReport(extra: ExtraOptions, io: CliIO, report: Report): Promise<void> {
  if (!extra.output) {
    if (typeof report === 'string') io.stdout.write(report)
    else for (const piece of report) io.stdout.write(piece)
    return
  }
  const target = path.resolve(io.cwd, extra.output)
  const {writeFileAtomic} = await import('../io/write-atomic.js')
  try {
    await writeFileAtomic(target, report)
  } catch (error) {
    throw new UsageError(`--output ${extra.output}: cannot write the report (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
  }
}
