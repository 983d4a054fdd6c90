/**
 * `factlint timeline FILE [--format text|json] [--lang fr|en|auto] [--date YYYY-MM-DD]
 * [--config FILE | --no-config] [--rule id=severity]`: the document's dates in
 * date order, each with its weekday, its calendar, its words, its line, and
 * what the date rules reported on it, read with the configuration the lint
 * command would use for the file (its `lang`, `referenceDate`, overrides and
 * the date rules' severities and options). `argv` holds the arguments
 * after the command name. Exits 1 when a date rule reports an error (✖), as
 * the lint command does, 0 otherwise, 2 on a usage problem.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {findDateArithmetic, type DurationCheck} from '../../analysis/date-arithmetic.js'
import {shownDates} from '../../dates/analysis.js'
import {formatDate} from '../../dates/format.js'
import {timelineOf, type Timeline, type TimelineEntry} from '../../dates/report.js'
import {lint, type LintOptions} from '../../engine/lint.js'
import {parseIsoDate} from '../../engine/run.js'
import {dateArithmetic, durationReason} from '../../rules/date-arithmetic.js'
import {dateTimeline} from '../../rules/date-timeline.js'
import {dateWeekday} from '../../rules/date-weekday.js'
import type {Lang, LangSetting} from '../../types.js'
import type {RuleSetting} from '../../config/schema.js'
import {DocumentLinter} from '../../engine/lint-path.js'
import {parseRuleFlags} from '../args.js'
import {todayOption, type CliIO} from '../io.js'
import {describeError} from '../../io/discover.js'
import {visibleControls} from '../formatters/visible.js'

const USAGE = 'usage: factlint timeline FILE [--format text|json] [--lang fr|en|auto] [--date YYYY-MM-DD] [--config FILE | --no-config] [--rule id=severity]'

const HELP = `${USAGE}

Prints the dates of FILE in date order, with what the date rules report on them
(✖ error, ⚠ warning), then the durations and ages checked against them. Dates
before the switch to the Gregorian calendar are marked as read in the Julian one.
The configuration is read as the lint command reads it (--config, --no-config,
--rule id=severity): its language, publication date and date rule options.

Exit status: 1 when a date rule reports an error in the file, 0 otherwise,
2 on a usage problem or an unreadable file.
`

export async function timelineCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(HELP)
    return 0
  }
  let options: TimelineOptions
  try {
    options = parseOptions(argv, io.env)
  } catch (error) {
    io.stderr.write(`factlint timeline: ${visibleControls((error as Error).message)}\n${USAGE}\n`)
    return 2
  }
  const absolute = path.resolve(io.cwd, options.file)
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const folder = code === 'EISDIR' ? ' (timeline reads one document at a time)' : ''
    io.stderr.write(`factlint timeline: cannot read ${visibleControls(options.file)}: ${describeError(code, error)}${folder}\n`)
    return 2
  }
  // The configuration of the file's folder, with the flags over it, as the lint command reads it.
  const linter = new DocumentLinter({cwd: io.cwd, lang: options.lang, ruleOverrides: options.rules, configPath: options.config, noConfig: options.noConfig, referenceDate: options.date, today: options.today})
  const lintOptions = linter.optionsFor(await linter.configFor(path.dirname(absolute)), options.file, absolute)
  const timeline = await documentTimeline(text, {...lintOptions, path: options.file, cwd: io.cwd})
  io.stdout.write(options.format === 'json' ? `${JSON.stringify(timeline, null, 2)}\n` : renderTimeline(timeline))
  return timeline.entries.some(hasError) || (timeline.durations ?? []).some((duration) => !duration.ok) ? 1 : 0
}

export type DocumentTimeline = Timeline & {durations?: CheckedDuration[]}

const DATE_RULES = [dateWeekday, dateTimeline, dateArithmetic]

/**
 * A document's timeline with the durations checked against it: what this
 * command prints, and what the language server answers. `rules` are the
 * configured settings: each date rule runs with its options, and a rule
 * turned off still reads the dates (the timeline lists them) but says nothing.
 */
export async function documentTimeline(text: string, options: Pick<LintOptions, 'path' | 'cwd' | 'lang' | 'referenceDate' | 'today' | 'format' | 'rules'>): Promise<DocumentTimeline> {
  const rules: Record<string, RuleSetting> = {}
  const silent = new Set<string>()
  for (const rule of DATE_RULES) {
    const setting = options.rules?.[rule.meta.id]
    if (setting === undefined) continue
    const [severity, ruleOptions] = typeof setting === 'string' ? [setting] : setting
    if (severity === 'off') silent.add(rule.meta.id)
    rules[rule.meta.id] = severity === 'off' ? (ruleOptions === undefined ? 'warn' : ['warn', ruleOptions]) : setting
  }
  const file = await lint(text, {...options, rules, ruleSet: DATE_RULES})
  if (silent.size > 0) file.messages = file.messages.filter((message) => !silent.has(String(message.ruleId)))
  const timeline: DocumentTimeline = await timelineOf(file)
  // Durations are date-arithmetic's checks: not listed when it is turned off.
  const durations = silent.has(dateArithmetic.meta.id) ? [] : await durationsOf(file, text)
  if (durations.length > 0) timeline.durations = durations
  return timeline
}

/** A duration or an age date-arithmetic checked, as the timeline lists it. */
export interface CheckedDuration {
  kind: DurationCheck['kind']
  unit: DurationCheck['unit']
  line: number
  /** The stated count, as written. */
  text: string
  from: string
  to?: string
  computed: number
  ok: boolean
  /** The finding's reason, when the dates contradict the count. */
  reason?: string
}

/** The durations date-arithmetic checked on the analysis the date rules shared (never recomputed). */
export async function durationsOf(file: Awaited<ReturnType<typeof lint>>, text: string): Promise<CheckedDuration[]> {
  const doc = file.data.factlint
  if (!doc || (doc.lang !== 'fr' && doc.lang !== 'en')) return []
  const analysis = await shownDates(file, 'date-arithmetic')
  if (!analysis) return []
  const lang = doc.lang
  return findDateArithmetic({analysis, text, lang, referenceDate: doc.referenceDate}).map((check) => ({
    kind: check.kind,
    unit: check.unit,
    line: text.slice(0, check.start).split('\n').length,
    text: check.stated,
    from: check.from.yearOnly ? String(check.from.date.year) : formatDate(lang, check.from.date),
    ...(check.to ? {to: check.to.yearOnly ? String(check.to.date.year) : formatDate(lang, check.to.date)} : check.reference ? {to: formatDate(lang, check.reference)} : {}),
    computed: check.days ?? check.computed,
    ok: check.ok,
    ...(check.ok ? {} : {reason: durationReason(lang, check)})
  }))
}

interface TimelineOptions {
  file: string
  format: 'text' | 'json'
  /** Absent: the configuration's, else `auto`. */
  lang?: LangSetting
  date?: Date
  today?: Date
  config?: string
  noConfig: boolean
  rules: Record<string, RuleSetting>
}

function parseOptions(argv: string[], env: NodeJS.ProcessEnv): TimelineOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        format: {type: 'string', short: 'f'},
        lang: {type: 'string'},
        date: {type: 'string'},
        today: {type: 'string'},
        config: {type: 'string', short: 'c'},
        'no-config': {type: 'boolean'},
        rule: {type: 'string', multiple: true}
      },
      allowPositionals: true,
      strict: true
    })
  } catch (error) {
    throw new Error((error as Error).message.split('\n')[0])
  }
  const {values, positionals} = parsed
  if (positionals.length !== 1) throw new Error(positionals.length === 0 ? 'a file is required' : 'one file at a time')
  const format = values.format ?? 'text'
  if (format !== 'text' && format !== 'json') throw new Error(`unknown format "${format}": expected text or json`)
  const lang = values.lang
  if (lang !== undefined && lang !== 'fr' && lang !== 'en' && lang !== 'auto') throw new Error(`unknown language "${lang}": expected fr, en or auto`)
  const date = parseIsoDate(values.date)
  if (values.date !== undefined && !date) throw new Error(`--date expects a date as YYYY-MM-DD, got "${values.date}"`)
  const today = todayOption(values.today, env)
  if (values.config !== undefined && values['no-config']) throw new Error('--config and --no-config cannot be used together')
  return {file: positionals[0]!, format, lang, date, today, config: values.config, noConfig: values['no-config'] ?? false, rules: parseRuleFlags(values.rule ?? [])}
}

/** The words of the text report, in the document's language like its messages. */
const LABELS = {
  // French sets a space before a colon.
  fr: {durations: 'Durées vérifiées :', units: {day: 'jours', night: 'nuits', week: 'jours', month: 'mois', year: 'ans'}, title: 'chronologie', none: 'aucune date trouvée', line: 'ligne', readFrom: 'lue d’après', unplaced: 'Hors de la chronologie :', year: 'Année :', expected: 'attendu :', ownYear: 'année où ce jour de la semaine tombe à cette date', julian: 'calendrier julien'},
  en: {durations: 'Durations checked:', units: {day: 'days', night: 'nights', week: 'days', month: 'months', year: 'years'}, title: 'timeline', none: 'no dates found', line: 'line', readFrom: 'read from', unplaced: 'Not placed on the timeline:', year: 'Year:', expected: 'expected:', ownYear: 'the year in which this weekday falls on this date', julian: 'Julian calendar'}
}

/** One line per date: date, weekday, words, line, and the findings under it. */
export function renderTimeline(timeline: Timeline & {durations?: CheckedDuration[]}): string {
  const say = LABELS[timeline.lang === 'fr' ? 'fr' : 'en']
  const lines: string[] = [`${timeline.path ?? 'document'}: ${say.title}`]
  const placed = timeline.entries.filter((entry) => entry.date)
  const unplaced = timeline.entries.filter((entry) => !entry.date)
  if (timeline.entries.length === 0) lines.push(`  ${say.none}`)
  const width = Math.max(0, ...placed.map((entry) => (entry.weekday ?? '').length))
  // One reason for every year goes once at the end; several (a feature's 1944, then the present) go on each date.
  const reasons = new Set(placed.flatMap((entry) => (entry.year ? [entry.year] : [])))
  for (const entry of placed) {
    const anchor = entry.anchor ? `, ${say.readFrom} ${quote(timeline, entry.anchor.text)} (${say.line} ${entry.anchor.line})` : ''
    const reason = reasons.size > 1 && entry.year ? ` — ${entry.yearFromItself ? say.ownYear : entry.year}` : ''
    // A date before the switch is said in its calendar: its weekday is the Julian one.
    const calendar = entry.calendar === 'julian' ? ` (${say.julian})` : ''
    lines.push(`${mark(entry)} ${entry.date}  ${(entry.weekday ?? '').padEnd(width)}  ${quote(timeline, entry.text)}${calendar}  ${say.line} ${entry.line}${anchor}${reason}`)
    pushFindings(lines, entry, say.expected)
  }
  if (unplaced.length > 0) {
    lines.push('', say.unplaced)
    for (const entry of unplaced) {
      lines.push(`${mark(entry)} ${quote(timeline, entry.text)}  ${say.line} ${entry.line}`)
      pushFindings(lines, entry, say.expected)
    }
  }
  if (reasons.size === 1) lines.push('', `${say.year} ${[...reasons][0]}`)
  if (timeline.durations && timeline.durations.length > 0) {
    lines.push('', say.durations)
    for (const duration of timeline.durations) {
      lines.push(`${duration.ok ? ' ' : '✖'} ${durationText(timeline.lang === 'fr' ? 'fr' : 'en', duration)}`)
      if (duration.reason) lines.push(`      date-arithmetic: ${duration.reason}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** A checked duration as the timeline lists it: its words, the dates it joins, their count and its line. */
export function durationText(lang: Lang, duration: CheckedDuration): string {
  const say = LABELS[lang]
  const span = duration.to ? `${duration.from} → ${duration.to}` : duration.from
  const quoted = lang === 'fr' ? `« ${duration.text} »` : `"${duration.text}"`
  return `${quoted}  ${span}${lang === 'fr' ? ' :' : ':'} ${duration.computed} ${say.units[duration.unit]}  ${say.line} ${duration.line}`
}

/** The heading of the durations' list, in `lang`. */
export function durationsHeading(lang: Lang): string {
  return LABELS[lang].durations
}

function hasError(entry: TimelineEntry): boolean {
  return entry.findings.some((finding) => finding.severity === 'error')
}

function mark(entry: TimelineEntry): string {
  if (hasError(entry)) return '✖'
  if (entry.findings.length > 0) return '⚠'
  return ' '
}

function pushFindings(lines: string[], entry: TimelineEntry, label: string): void {
  for (const finding of entry.findings) {
    // Quoted as the pretty report quotes them: "Monday, October 28" holds a comma of its own.
    const expected = finding.expected.length > 0 ? ` (${label} ${finding.expected.map((value) => `“${value}”`).join(', ')})` : ''
    lines.push(`      ${finding.ruleId}: ${finding.reason}${expected}`)
  }
}

function quote(timeline: Timeline, text: string): string {
  return timeline.lang === 'fr' ? `« ${text} »` : `"${text}"`
}
