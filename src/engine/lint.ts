import type {Root} from 'nlcst'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {RuleSetting, SeveritySetting} from '../config/schema.js'
import {DATE_READERS} from '../dates/analysis.js'
import {parseIsoDate, parseWrittenDate} from '../dates/calendar.js'
import {detectLanguage} from '../lang/detect.js'
import {LONGEST_RUN, maskDeepNesting, maskLongRuns, MAX_NESTING} from '../parse/limits.js'
import {parserFor} from '../parse/parsers.js'
import {parsePlainText} from '../parse/plain.js'
import {type LoadedRule} from '../rules/define.js'
import {addMessage, locate, ruleUrl, SOURCE, type FactlintMessageFields} from '../document/messages.js'
import {builtinRules} from '../rules/index.js'
import {setBlocks} from '../text/blocks.js'
import type {DocumentFormat, Finding, Lang, LangSetting} from '../types.js'
import type {DocumentInfo} from '../document/document.js'
import {applySuppressions} from './suppress.js'
import {releaseAgain, textAgain} from './texts.js'

export interface LintOptions {
  /** Path of the document, used for its format and in messages. */
  path?: string
  cwd?: string
  /** `auto` (default) detects French or English per document. */
  lang?: LangSetting
  /** Severity and options per rule id; rules not named keep their default severity. */
  rules?: Record<string, RuleSetting>
  /** The rules to run (built-in rules by default, plus plugins). */
  ruleSet?: readonly LoadedRule<any>[]
  /** Publication date: the year of dates that do not state one. */
  referenceDate?: Date
  /**
   * The day the run lints on: without a publication date, a date to come is
   * read from it. Today by default (see `currentDay`), read once per call of
   * `lint` or `lintFiles`; give it to lint the same way on any day.
   */
  today?: Date
  /** Force the format instead of deciding from the extension. */
  format?: DocumentFormat
  /**
   * With `lang: 'auto'`, the language of a short text detection cannot tell
   * (a headline, a caption): the configuration's `lang`, or the language of
   * the run's other files (see `decideShortTexts`). Never used for a text
   * whose words decide.
   */
  langFallback?: Lang
  /**
   * The caller keeps none of the document's analyses past the lint (the
   * CLI's runs drop them once the file is linted, see `releaseAnalyses`):
   * the date analysis is dropped as soon as the last date rule has run,
   * instead of staying alive while the other rules run. A later reader
   * (a plugin) computes it again.
   */
  dropAnalysesEarly?: boolean
  /**
   * Called once duplicate-block has run on a document of COLLECT_FROM
   * characters or more: the CLI collects the garbage there (engine/collect.ts),
   * before the rules after it grow the heap over that rule's leftovers.
   */
  collectGarbage?: () => void
}

export interface LintInput {
  path: string
  text: string
}

const MARKDOWN_EXTENSION = /\.(md|markdown|mdown|mkd)$/i

export function formatOf(path: string | undefined): DocumentFormat {
  return path && MARKDOWN_EXTENSION.test(path) ? 'markdown' : 'text'
}

/** Lints one document and returns its vfile with messages sorted by place. */
export async function lint(text: string, options: LintOptions = {}): Promise<VFile> {
  // VFile takes `cwd: undefined` as given: leave it out to keep its default, the process's folder.
  const file = new VFile({value: text, path: options.path, ...(options.cwd === undefined ? {} : {cwd: options.cwd})})
  const ruleSet = options.ruleSet ?? builtinRules
  const format = options.format ?? formatOf(options.path)
  try {
    await lintFile(file, text, format, ruleSet, options)
  } catch (error) {
    reportCrash(file, error)
  }
  sortMessages(file)
  return file
}

/**
 * Lints several documents as one run: each alone, then the rules that look
 * across documents (a passage pasted from another draft).
 */
export async function lintFiles(inputs: readonly LintInput[], options: Omit<LintOptions, 'path'> = {}): Promise<VFile[]> {
  options = {...options, today: options.today ?? currentDay()}
  const files: VFile[] = []
  const shared = crossFileKeys(options.ruleSet)
  for (const input of inputs) {
    const file = await lint(input.text, {...options, path: input.path})
    releaseAnalyses(file, shared)
    files.push(file)
  }
  await decideShortTexts(files, (index, langFallback) => lint(inputs[index]!.text, {...options, path: inputs[index]!.path, langFallback}), (index, file) => (files[index] = file), shared)
  runAcrossFiles(files, options)
  return files
}

/**
 * A short text (a headline, a caption) that neither its words nor the
 * configuration decide is linted again (`relint`) in the language of the
 * run's other documents, before the cross-file pass, and `keep` stores it:
 * a French headline filed beside French stories is French, whatever
 * trigrams guess from its few letters. Only a text detected with `lang:
 * auto` can be undecided.
 */
export async function decideShortTexts(
  files: readonly VFile[],
  relint: (index: number, langFallback: Lang) => Promise<VFile>,
  keep: (index: number, file: VFile) => void,
  shared: readonly string[]
): Promise<void> {
  const runLang = runLanguage(files)
  if (!runLang) return
  for (const [index, file] of files.entries()) {
    if (!file.data.factlint?.langUndecided) continue
    const again = await relint(index, runLang)
    releaseAnalyses(again, shared)
    keep(index, again)
  }
}

/**
 * The language of a run: the one most of its documents are decided in (by
 * their words, not a short text's guess); undefined when none is, or as
 * many are in French as in English.
 */
export function runLanguage(files: readonly VFile[]): Lang | undefined {
  let french = 0
  let english = 0
  for (const file of files) {
    const doc = file.data.factlint
    if (!doc || doc.langUndecided) continue
    if (doc.lang === 'fr') french++
    else if (doc.lang === 'en') english++
  }
  return french > english ? 'fr' : english > french ? 'en' : undefined
}

/**
 * Drops a linted file's memoised analyses except those cross-file rules read
 * (`<rule-id>:` keys), as the worker path does: a run of thousands of files
 * would otherwise keep every document's paragraphs and trees alive.
 */
export function releaseAnalyses(file: VFile, shared: readonly string[]): void {
  const cache = file.data.factlint?.cache
  if (!cache) return
  for (const key of [...cache.keys()]) if (!shared.some((prefix) => key.startsWith(prefix))) cache.delete(key)
}

/** The cache keys cross-file rules read: `<rule-id>:…` of each rule that has `checkAcrossFiles`. */
export function crossFileKeys(ruleSet: readonly LoadedRule<any>[] = builtinRules): string[] {
  return ruleSet.filter((rule) => rule.checkAcrossFiles).map((rule) => `${rule.meta.id}:`)
}

/** Findings runAcrossFiles added, so that a later pass over the same files can replace them. */
const acrossFiles = new WeakSet<VFileMessage>()

export function isAcrossFilesFinding(message: VFileMessage): boolean {
  return acrossFiles.has(message)
}

export function runAcrossFiles(files: VFile[], options: Omit<LintOptions, 'path'> = {}): void {
  const ruleSet = options.ruleSet ?? builtinRules
  try {
    for (const rule of ruleSet) {
      if (!rule.checkAcrossFiles) continue
      const [severity, raw] = settingOf(rule, options.rules)
      if (severity === 'off') continue
      const eligible = files.filter((file) => file.data.factlint && appliesTo(rule, file.data.factlint.lang))
      if (eligible.length < 2) continue
      const before = new Map(eligible.map((file) => [file, file.messages.length]))
      rule.checkAcrossFiles({
        files: eligible,
        options: rule.schema.parse(raw),
        textOf: textAgain,
        report: (file: VFile, finding: Finding, override?: SeveritySetting) => {
          // A file changed on disk since it was linted (its text let go, see texts.ts): no finding on a text that was not linted.
          if (textAgain(file) === undefined) return
          const message = addMessage(file, finding)
          stamp(message, rule, override ?? severity)
          acrossFiles.add(message)
        }
      })
      for (const file of eligible) {
        if (file.messages.length === before.get(file)) continue
        applySuppressions(file, ruleSet, file.messages.slice(before.get(file)))
        sortMessages(file)
      }
    }
  } finally {
    // The texts read again for the pass go again.
    releaseAgain(files)
  }
}

async function lintFile(file: VFile, text: string, format: DocumentFormat, ruleSet: readonly LoadedRule<any>[], options: LintOptions): Promise<void> {
  // remark and micromark are loaded for Markdown documents only: a plain-text run starts faster without them.
  const markdown = format === 'markdown' ? await import('../parse/markdown.js') : undefined
  const mdast = markdown?.parseMarkdownTree(file)
  const setting = options.lang ?? 'auto'
  const detected = setting === 'auto' ? detectLanguage(mdast && markdown ? markdown.proseOf(mdast, text) : text) : {lang: setting as Lang}
  // A short text its words do not decide takes the run's or the configuration's language, never a guess from its shortness.
  const detection = detected.undecided && options.langFallback ? {lang: options.langFallback} : detected
  const doc: DocumentInfo = {text, lang: detection.lang, ...(detected.undecided && !options.langFallback ? {langUndecided: true as const} : {}), format, today: options.today ?? currentDay(), cache: new Map(), mdast}
  file.data.factlint = doc

  let tree: Root
  if (mdast) {
    const parsed = await markdown!.parseMarkdown(file, mdast, detection.lang)
    tree = parsed.nlcst
    doc.frontMatter = parsed.frontMatter
  } else {
    const plain = parsePlainText(file, text, parserFor(detection.lang))
    setBlocks(file, plain.blocks)
    tree = plain.tree
  }
  const written = frontMatterDate(doc.frontMatter)
  if (written === 'invalid') doc.badFrontMatterDate = String(doc.frontMatter!.date)
  doc.referenceDate = options.referenceDate ?? (written === 'invalid' ? undefined : written)

  if (detection.lang === 'und') {
    const message = file.info(
      `Document language not supported (${detection.other ?? 'unknown'}): only language-independent rules were run; use --lang fr or --lang en to force one`,
      {place: {line: 1, column: 1}, ruleId: 'unsupported-language', source: SOURCE}
    )
    message.url = ruleUrl('unsupported-language')
    message.expected = []
  }

  const processor = unified()
  const enabled = ruleSet.filter((rule) => appliesTo(rule, detection.lang) && settingOf(rule, options.rules)[0] !== 'off')
  const lastDateReader = options.dropAnalysesEarly ? enabled.findLastIndex((rule) => DATE_READERS.includes(rule.meta.id)) : -1
  for (const [index, rule] of enabled.entries()) {
    processor.use(rule.plugin, settingOf(rule, options.rules))
    if (index === lastDateReader) processor.use(dropDates)
    if (rule.meta.id === COLLECT_AFTER && options.collectGarbage && text.length >= COLLECT_FROM) processor.use(collectStep, options.collectGarbage)
  }
  await processor.run(tree as never, file)
  lowerUnsure(file)
  applySuppressions(file, ruleSet)
  if (mdast && file.messages.some((message) => 'fix' in message)) {
    const {dropFixesOnMarkup} = await import('../fix/markup.js')
    dropFixesOnMarkup(file.messages, text, mdast)
  }
  // After the suppression comments: message control drops what lies outside the tree, as a blanked line does.
  reportLimits(file, text, format)
}

/**
 * A finding its rule is unsure of (`Finding.unsure`) is reported a level
 * lower than the rule's severity: an error as a warning. unified-lint-rule
 * gives every message of a rule its severity once the rule has run, so the
 * engine lowers it after.
 */
function lowerUnsure(file: VFile): void {
  for (const message of file.messages) if (message.fatal === true && (message as VFileMessage & FactlintMessageFields).unsure) message.fatal = false
}

/** The rule that leaves the most garbage behind on a long document: its sentence, pair and alignment tables. */
const COLLECT_AFTER = 'duplicate-block'
/** A document this long (1 MB of text) is collected after COLLECT_AFTER; shorter ones never reach a heap worth it. */
const COLLECT_FROM = 1_000_000

/** A step after COLLECT_AFTER: a full garbage collection (LintOptions.collectGarbage). */
function collectStep(collect: () => void) {
  return () => collect()
}

/** A step after the last date rule: the date analyses (`dates…` keys, `datesKey` and `dates-of:`) go. */
function dropDates() {
  return (_tree: unknown, file: VFile) => {
    const cache = file.data.factlint?.cache
    if (cache) for (const key of [...cache.keys()]) if (key.startsWith('dates')) cache.delete(key)
  }
}

/**
 * The day it is where the linter runs, as UTC midnight of that day: the one
 * place the clock is read, when the caller gives no `today`.
 */
export function currentDay(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()))
}

export function settingOf(rule: LoadedRule<any>, rules: Record<string, RuleSetting> | undefined): [SeveritySetting, unknown] {
  const setting = rules?.[rule.meta.id]
  if (setting === undefined) return [rule.meta.defaultSeverity, undefined]
  if (typeof setting === 'string') return [setting, undefined]
  return [setting[0], setting[1]]
}

function appliesTo(rule: LoadedRule<any>, lang: Lang | 'und'): boolean {
  return rule.meta.languages === 'any' || (lang !== 'und' && rule.meta.languages.includes(lang))
}

function stamp(message: VFileMessage, rule: LoadedRule<any>, severity: SeveritySetting): void {
  Object.assign(message, {ruleId: rule.meta.id, source: SOURCE, url: ruleUrl(rule.meta.id), fatal: severity === 'error'})
}

/** The front matter's `date:` (see parseWrittenDate); `invalid` when it holds something else. */
function frontMatterDate(frontMatter: Record<string, unknown> | undefined): Date | 'invalid' | undefined {
  const value = frontMatter?.date
  if (value === undefined || value === null || value === '') return undefined
  if (value instanceof Date) return parseIsoDate(value.toISOString().slice(0, 10)) ?? 'invalid'
  return typeof value === 'string' ? parseWrittenDate(value) : 'invalid'
}

/**
 * One notice per kind of input the parsers were spared (parse/limits): lines
 * of Markdown nested too deep, which were read as blank, and runs of
 * characters without a space too long to be words, read as white space.
 */
function reportLimits(file: VFile, text: string, format: DocumentFormat): void {
  const notice = (reason: string, [start, end]: [number, number]) => {
    const place = locate(file)
    const message = file.info(reason, {place: {start: place.toPoint(start)!, end: place.toPoint(end)!}, ruleId: 'input-limit', source: SOURCE})
    message.url = ruleUrl('input-limit')
    message.expected = []
  }
  if (format === 'markdown') {
    const deep = maskDeepNesting(text)
    if (deep.first) notice(`Markdown nested more than ${MAX_NESTING} levels deep: ${plural(deep.count, 'line')} not linted`, deep.first)
  }
  const long = maskLongRuns(text)
  if (long.first) notice(`${plural(long.count, 'run')} of more than ${LONGEST_RUN.toLocaleString('en')} characters without a space not read as words`, long.first)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function reportCrash(file: VFile, error: unknown): void {
  let reason: string
  try {
    reason = error instanceof Error ? error.message : String(error)
  } catch {
    // An object thrown by a plugin whose message itself throws.
    reason = 'unknown failure'
  }
  const message = file.message(`Cannot process file: ${reason}`, {ruleId: 'internal-error', source: SOURCE})
  message.fatal = true
  message.url = ruleUrl('internal-error')
  message.expected = []
}

export function sortMessages(file: VFile): void {
  file.messages.sort((a, b) => {
    const lineA = a.place && 'start' in a.place ? a.place.start.line : a.line ?? 0
    const lineB = b.place && 'start' in b.place ? b.place.start.line : b.line ?? 0
    if (lineA !== lineB) return lineA - lineB
    const columnA = a.column ?? 0
    const columnB = b.column ?? 0
    if (columnA !== columnB) return columnA - columnB
    return compareText(String(a.ruleId), String(b.ruleId)) || compareText(a.reason, b.reason)
  })
}

/** Lowercase ASCII words and hyphens (rule ids): ordered by code point as by ICU's collator. */
const PLAIN_ID = /^[a-z0-9-]*$/

/**
 * `a.localeCompare(b)`, without it where it is not needed: its first call
 * starts ICU's collator, about 10 ms of a run on one draft. Rule ids are
 * compared as plain strings (the same order), other texts with the collator.
 */
function compareText(a: string, b: string): number {
  if (a === b) return 0
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : 1
  return a.localeCompare(b)
}
