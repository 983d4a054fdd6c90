import {sep} from 'node:path'
import {ConfigError} from '../config/errors.js'
import type {RuleSetting} from '../config/schema.js'
import {DEFAULT_MAX_FILE_SIZE, parseIsoDate, parseSize, run, type RunResult} from '../engine/run.js'
import {readStreamBounded} from '../io/read-bounded.js'
import {severityOf} from '../document/messages.js'
import {builtinRules} from '../rules/index.js'
import {ruleDescription} from '../rules/define.js'
import type {Lang, LangSetting} from '../types.js'
import {version} from '../version.js'
import {booleanValue, listValue, parseArguments, parseRuleFlags, stringValue, type ParsedArgs} from './args.js'
import {fixModeOf, runFixes} from './fix.js'
import {FORMATTERS, formatNames, REPORTS} from './formatters/index.js'
import {visibleControls} from './formatters/visible.js'
import {allFrench} from './formatters/labels.js'
import {helpText} from './help.js'
import {launchWhileLinting, NOT_A_TERMINAL_NOTICE, onTerminal} from './interactive/launch.js'
import {baselineFile, baselineLine, finishRun, prepareRun, readExtraOptions, stagedDiffering, writeReport} from './lint-extras.js'
import {todayOption, UsageError, type CliIO} from './io.js'
import {archiveLocation, checkAgainstArchive, withArchiveDefault} from './archive.js'
import {emitFingerprints, mergeFingerprints, shardOption} from './shards.js'

/** Subcommands, loaded only when used. */
const COMMANDS: Record<string, () => Promise<(argv: string[], io: CliIO) => Promise<number>>> = {
  timeline: async () => (await import('./commands/timeline.js')).timelineCommand,
  hook: async () => (await import('./commands/hook.js')).hookCommand,
  lsp: async () => (await import('./commands/lsp.js')).lspCommand,
  archive: async () => (await import('./commands/archive.js')).archiveCommand
}

let linted = false

/**
 * Whether this process linted a document: the CLI bundle's code cache is
 * written from such a run, which compiled what a lint needs (see
 * src/cli/bundle-loader.ts), rather than from --help or --version.
 */
export function hasLinted(): boolean {
  return linted
}

/**
 * Runs factlint with `argv` (without the node and script paths) and returns
 * the exit code: 0 no error, 1 errors (or too many warnings), 2 usage,
 * configuration or file problem.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const command = argv[0] !== undefined ? COMMANDS[argv[0]] : undefined
    if (command) return await (await command())(argv.slice(1), io)
    return await lintCommand(parseArguments(withArchiveDefault(argv)), io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(error.message.split('\n').map((line) => `factlint: ${visibleControls(line)}`).join('\n') + '\n')
      return 2
    }
    throw error
  }
}

async function lintCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  if (booleanValue(args, 'help')) {
    io.stdout.write(helpText())
    return 0
  }
  if (booleanValue(args, 'version')) {
    io.stdout.write(`${version()}\n`)
    return 0
  }
  if (booleanValue(args, 'list-rules')) {
    // English, as the README's table, unless --lang fr asks for the French descriptions.
    io.stdout.write(listRules(stringValue(args, 'lang') === 'fr' ? 'fr' : 'en'))
    return 0
  }
  const explain = stringValue(args, 'explain')
  if (explain !== undefined) {
    io.stdout.write((await import('./config-tools.js')).explainRule(explain))
    return 0
  }
  if (booleanValue(args, 'init')) {
    const written = await (await import('./config-tools.js')).initConfig(io)
    io.stderr.write(`factlint: wrote ${written}; every setting is commented, with its default (docs/configuration.md)\n`)
    return 0
  }
  const options = readOptions(args, io)
  const printConfigOf = stringValue(args, 'print-config')
  if (printConfigOf !== undefined) {
    if (args.positionals.length > 0) throw new UsageError('--print-config takes one file: give it no other path')
    const result = await run({cwd: io.cwd, paths: [printConfigOf], lang: options.lang, ruleOverrides: options.rules, configPath: options.config, noConfig: options.noConfig, referenceDate: options.date, today: options.today, jobs: 1})
    io.stdout.write((await import('./config-tools.js')).printConfig(result, io, {lang: options.lang, date: options.date, rules: options.rules}))
    return 0
  }
  const fixMode = fixModeOf(args)
  const extra = readExtraOptions(args)
  if (extra.staged && fixMode?.write) {
    // What is staged is not a file on disk: fixing it would mean writing the index behind the editor's back.
    throw new UsageError('--staged lints what is staged, which --fix cannot write: run factlint --fix on the files, then stage them again (--fix-dry-run shows the fixes)')
  }
  const fingerprints = listValue(args, 'fingerprints')
  if (fingerprints.length > 0) return mergeCommand(args, fingerprints, options, io)
  const shard = shardOption(stringValue(args, 'shard'))
  const emit = stringValue(args, 'emit-fingerprints')
  if (args.positionals.length === 0 && !extra.staged) throw new UsageError('no file to lint: give files, folders or globs, or - for standard input (see factlint --help)')
  // After `--`, `-` is a file of that name, not standard input.
  const literal = args.literal.map((name) => (name === '-' ? `.${sep}-` : name))
  const paths = [...args.positionals.slice(0, args.positionals.length - args.literal.length), ...literal]
  const prepared = await prepareRun(extra, paths, io, options.config, options.noConfig, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, booleanValue(args, 'no-plugins'))
  // The pretty report and the interactive one quote the lines of the text.
  const quotesText = options.format === 'pretty' || booleanValue(args, 'interactive')
  const lintAll = async (onProgress: ((done: number, total: number) => void) | undefined, onLanguage?: (lang: Lang | 'und', guess: boolean) => void) => {
    const result = await run({
      cwd: prepared.cwd,
      paths: prepared.paths,
      literalPaths: literal,
      inputs: prepared.inputs,
      lintDocument: prepared.lintDocument,
      readStdin: () => readStreamBounded(io.stdin, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE),
      stdinFilename: options.stdinFilename,
      lang: options.lang,
      ruleOverrides: options.rules,
      configPath: prepared.configPath,
      noConfig: options.noConfig,
      noPlugins: booleanValue(args, 'no-plugins'),
      referenceDate: options.date,
      today: options.today,
      jobs: options.jobs,
      // For tests: --jobs N starts N lanes even on a few small files.
      exactJobs: io.env.FACTLINT_EXACT_JOBS === '1',
      onProgress,
      onLanguage,
      maxFileSize: options.maxFileSize,
      shard,
      // The merge step (--fingerprints) reports the duplicates across files, all shards together.
      acrossFiles: emit === undefined,
      // Nothing after the run reads the texts: the drafts' texts go once linted (src/engine/texts.ts).
      rereadTexts: !quotesText && fixMode === undefined && emit === undefined && baselineFile(extra, prepared, io) === undefined
    })
    if (result.documents.length > 0) linted = true
    if (emit !== undefined) await emitFingerprints(result, emit, prepared.cwd, shard)
    const archive = archiveLocation(stringValue(args, 'archive'), result.documents[0]?.config.config.archive, prepared.cwd)
    if (archive) {
      const problem = await checkAgainstArchive(result, archive, prepared.cwd)
      if (problem) result.problems.push(problem)
    }
    return {result, ...(await finishRun(extra, prepared, result, io))}
  }
  if (booleanValue(args, 'interactive')) {
    if (onTerminal(io)) {
      // The report is drawn first and lints behind a progress line; the run's warnings come after it closes.
      let ran: RunResult | undefined
      const code = await launchWhileLinting(
        io,
        {
          cwd: io.cwd,
          color: wantsColor(io),
          baselineFile: stringValue(args, 'baseline'),
          // The run applies the baseline (or was told not to).
          applyBaselineFirst: false,
          exitCodeOf: (documents) => exitCode({...ran!, documents}, options.maxWarnings)
        },
        async (onProgress, onLanguage) => (ran = (await lintAll(onProgress, onLanguage)).result)
      )
      for (const line of ran ? [...ran.warnings, ...ran.problems] : []) io.stderr.write(`factlint: ${visibleControls(line)}\n`)
      return code
    }
    io.stderr.write(NOT_A_TERMINAL_NOTICE)
  }
  const {result, baseline, accept} = await lintAll(progressReporter(io, options.format))
  const fixes = fixMode ? await runFixes(result, fixMode, io, accept) : undefined
  try {
    const show = fixes?.report ?? true
    const formatter = await REPORTS[options.format]!()
    const color = wantsColor(io)
    const staged = extra.staged ? {differing: await stagedDiffering(prepared, result)} : undefined
    if (show) await writeReport(extra, io, formatter(result.documents.map((document) => document.file), {color: color && !extra.output, quiet: options.quiet, columns: io.stdout.columns, staged}))
    const baselineNote = baseline && baselineLine(baseline, allFrench(result.documents.map((document) => document.file)))
    for (const line of [...(baselineNote ? [baselineNote] : []), ...result.warnings, ...result.problems]) io.stderr.write(`factlint: ${visibleControls(line)}\n`)
    const {warnings} = countFindings(result)
    if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
      io.stderr.write(`factlint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${options.maxWarnings}\n`)
    }
    return exitCode(result, options.maxWarnings)
  } finally {
    // Past this point an interruption no longer needs to say which files --fix wrote.
    fixes?.done()
  }
}

/** `factlint --fingerprints A B …`: the duplicates across the files of a sharded run's shards. */
async function mergeCommand(args: ParsedArgs, names: string[], options: LintCommandOptions, io: CliIO): Promise<number> {
  if (args.positionals.length > 0) throw new UsageError('--fingerprints reports the duplicates across the files of earlier runs: give it no file to lint')
  for (const flag of ['shard', 'emit-fingerprints', 'archive', 'fix', 'fix-dry-run', 'staged', 'interactive', 'baseline', 'update-baseline', 'cache']) {
    if (args.values[flag] !== undefined && args.values[flag] !== false) throw new UsageError(`--fingerprints cannot be used with --${flag}`)
  }
  const files = await mergeFingerprints(names, io, {
    cwd: io.cwd,
    paths: [],
    lang: options.lang,
    ruleOverrides: options.rules,
    configPath: options.config,
    noConfig: options.noConfig,
    noPlugins: booleanValue(args, 'no-plugins'),
    referenceDate: options.date,
    today: options.today
  })
  linted = true
  const formatter = await REPORTS[options.format]!()
  const extra = readExtraOptions(args)
  await writeReport(extra, io, formatter(files, {color: wantsColor(io) && !extra.output, quiet: options.quiet, columns: io.stdout.columns}))
  const result = {documents: files.map((file) => ({file})), problems: []} as unknown as RunResult
  return exitCode(result, options.maxWarnings)
}

interface LintCommandOptions {
  format: string
  lang?: LangSetting
  date?: Date
  /** `--today` or FACTLINT_TODAY; the engine reads the clock once when neither is given. */
  today?: Date
  rules: Record<string, RuleSetting>
  quiet: boolean
  maxWarnings?: number
  config?: string
  noConfig: boolean
  stdinFilename?: string
  jobs: number | 'auto'
  maxFileSize?: number
}

function readOptions(args: ParsedArgs, io: CliIO): LintCommandOptions {
  const format = stringValue(args, 'format') ?? 'pretty'
  if (!FORMATTERS[format]) throw new UsageError(`--format: expected ${formatNames().join(' | ')}, got ${JSON.stringify(format)}`)
  const lang = stringValue(args, 'lang')
  if (lang !== undefined && !['fr', 'en', 'auto'].includes(lang)) throw new UsageError(`--lang: expected fr | en | auto, got ${JSON.stringify(lang)}`)
  const dateText = stringValue(args, 'date')
  const date = parseIsoDate(dateText)
  if (dateText !== undefined && !date) throw new UsageError(`--date: expected a date as YYYY-MM-DD, got ${JSON.stringify(dateText)}`)
  const today = todayOption(stringValue(args, 'today'), io.env)
  const maxText = stringValue(args, 'max-warnings')
  if (maxText !== undefined && !/^-?\d+$/.test(maxText)) throw new UsageError(`--max-warnings: expected a whole number (-1 for no limit), got ${JSON.stringify(maxText)}`)
  const sizeText = stringValue(args, 'max-file-size')
  const maxFileSize = sizeText === undefined ? undefined : parseSize(sizeText)
  if (sizeText !== undefined && maxFileSize === undefined) throw new UsageError(`--max-file-size: expected a size such as 20MB, 512KB or 1000000 (bytes), got ${JSON.stringify(sizeText)}`)
  const jobsText = stringValue(args, 'jobs')
  if (jobsText !== undefined && !/^[1-9]\d*$/.test(jobsText)) throw new UsageError(`--jobs: expected a whole number from 1, got ${JSON.stringify(jobsText)}`)
  const config = stringValue(args, 'config')
  const noConfig = booleanValue(args, 'no-config')
  if (config && noConfig) throw new UsageError('--config and --no-config cannot be used together')
  return {
    format,
    lang: lang as LangSetting | undefined,
    date,
    today,
    rules: parseRuleFlags(listValue(args, 'rule')),
    quiet: booleanValue(args, 'quiet'),
    // As in ESLint, a negative number means no limit.
    maxWarnings: maxText === undefined || Number(maxText) < 0 ? undefined : Number(maxText),
    config,
    noConfig,
    stdinFilename: stringValue(args, 'stdin-filename'),
    jobs: jobsText === undefined ? 'auto' : Number(jobsText),
    maxFileSize
  }
}


/** Progress of a long run on a terminal's stderr; never when piped or for machine-readable formats. */
const PROGRESS_AFTER_FILES = 20

function progressReporter(io: CliIO, format: string): ((done: number, total: number) => void) | undefined {
  if (io.stderr.isTTY !== true || ['json', 'sarif', 'github'].includes(format)) return undefined
  const started = performance.now()
  return (done, total) => {
    if (total < PROGRESS_AFTER_FILES) return
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    // \r and "erase line" keep it on one line; the last call clears it.
    io.stderr.write(done < total ? `\rfactlint: ${done}/${total} files, ${seconds} s\u001b[K` : '\r\u001b[K')
  }
}

export function exitCode(result: RunResult, maxWarnings: number | undefined): number {
  if (result.problems.length > 0) return 2
  const {errors, warnings} = countFindings(result)
  if (errors > 0) return 1
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0
}

function countFindings(result: Pick<RunResult, 'documents'>): {errors: number; warnings: number} {
  let errors = 0
  let warnings = 0
  for (const {file} of result.documents) {
    for (const message of file.messages) {
      const severity = severityOf(message)
      if (severity === 'error') errors++
      else if (severity === 'warning') warnings++
    }
  }
  return {errors, warnings}
}

/** Colour on a terminal, never under NO_COLOR or when piped; FORCE_COLOR forces it. */
export function wantsColor(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return io.stdout.isTTY === true && io.env.TERM !== 'dumb'
}

function listRules(lang: Lang): string {
  const rows = builtinRules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity, rule.meta.languages === 'any' ? 'any' : rule.meta.languages.join(','), rule.meta.fixOnRequest ? 'on-request' : rule.meta.fixable ? 'fixable' : '', ruleDescription(rule.meta, lang)])
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((cell, column) => (column < 4 ? cell.padEnd(widths[column]!) : cell)).join('  ')).join('\n') + '\n'
}


export {COMMANDS}
