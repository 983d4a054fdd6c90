import path from 'node:path'
import type {VFile} from 'vfile'
import type {LintCache} from '../cache/cache.js'
import type {RunOptions, RunResult} from '../engine/run.js'
import {booleanValue, stringValue, type ParsedArgs} from './args.js'
import {UsageError, type CliIO} from './io.js'
import {buildVersion} from '../version.js'

/** The options of a lint run that serve hooks and CI: --staged, --output, --baseline, --cache. */
export interface ExtraOptions {
  staged: boolean
  output?: string
  baseline?: string
  updateBaseline: boolean
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
 * Saves the cache, then records (--update-baseline) or removes (--baseline)
 * the baseline's findings. Returns what removes them from one more lint of a
 * document (the passes of --fix), so that a fix never touches an accepted finding.
 */
export async function finishRun(extra: ExtraOptions, prepared: PreparedRun, result: RunResult, io: CliIO): Promise<{accept?: (file: VFile) => void}> {
  const cacheWarning = await prepared.cache?.save()
  if (cacheWarning) result.warnings.push(cacheWarning)
  if (!extra.baseline && !extra.updateBaseline) return {}
  const {applyBaseline, baselineOf, DEFAULT_BASELINE, fileKey, readBaseline, writeBaseline} = await import('../baseline/index.js')
  const file = path.resolve(io.cwd, extra.baseline ?? DEFAULT_BASELINE)
  const root = path.dirname(file)
  const files = result.documents.map((document) => document.file)
  let baseline
  if (extra.updateBaseline) {
    // Entries of documents this run did not look at (a --staged run sees a few) are kept.
    const linted = new Set(files.map((linted) => fileKey(linted, root)))
    const previous = (await readBaseline(file)).entries.filter((entry) => !linted.has(entry.file))
    baseline = baselineOf(files, root)
    await writeBaseline(file, {...baseline, entries: [...previous, ...baseline.entries]})
    result.warnings.push(`${path.relative(io.cwd, file) || file}: ${baseline.entries.length} finding${baseline.entries.length === 1 ? '' : 's'} recorded in the baseline`)
  } else {
    baseline = await readBaseline(file)
  }
  applyBaseline(files, baseline, root)
  const accepted = baseline
  return {accept: (linted) => void applyBaseline([linted], accepted, root)}
}

/** The report goes to standard output, or with --output to a file (written atomically). */
export async function writeReport(extra: ExtraOptions, io: CliIO, report: string): Promise<void> {
  if (!extra.output) {
    io.stdout.write(report)
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
