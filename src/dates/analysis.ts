import type {VFile} from 'vfile'
import type {Root} from 'nlcst'
import {memo} from '../document/document.js'
import {locate, messageLang} from '../document/messages.js'
import {blocksOf, type Block} from '../text/blocks.js'
import type {Lang, RuleContext} from '../types.js'
import {calendarOf, dayNumber, daysInMonth, fromDayNumber, fromJulianDayNumber, GREGORIAN_FROM, isValidDate, isValidJulianDate, julianDayNumber, julianWeekdayOf, maxDaysInMonth, toCalendarDate, weekdayOf, type CalendarDate, type CalendarName} from './calendar.js'
import {dateParser, mayContainDates} from './chrono.js'
import {isCorrectionSentence} from './corrections.js'
import type {DateOrder} from './numeric.js'
import {extractDates, isAnnounced, WRITTEN_YEAR, type DateMention} from './extract.js'
import {quotationSpans, UNIT_AFTER, yearsTold, yearToldBefore} from './paragraph-years.js'
import {governingRelativeYear, relativeYearsIn, type RelativeYear} from './relative-years.js'
import {writeLike} from './format.js'
import {governingDateline, resolveYears, type ResolvedDate, type YearSource} from './infer.js'
import {DEFAULT_MAX_GAP_DAYS, groupByGap, type TimelineEvent} from './timeline.js'
import {RANGE_JOINERS} from '../lexicon/calendar.js'
import {formsPattern, wordsPattern} from '../lexicon/patterns.js'

export type {TimelineEvent}

export interface Correction {
  kind: 'month' | 'weekday' | 'day'
  date: CalendarDate
  weekday?: number
  /** The replacement, written like the original. */
  text: string
}

export interface WeekdayProblem {
  resolved: ResolvedDate
  kind: 'mismatch' | 'impossible'
  /** Real weekday of the date (mismatches). */
  actualWeekday?: number
  /** The calendar the date was read in. */
  calendar: CalendarName
  corrections: Correction[]
  /**
   * Both ends of a range are wrong by the same number of days (« du lundi 1er
   * au mercredi 3 » when the 1st is a Tuesday): the range is one slip, and its
   * corrections move both ends together. `partner` is the other end's mention
   * id; `sure` when one correction only keeps the range whole.
   */
  range?: {partner: number; sure: boolean}
}

export interface DateAnalysis {
  lang: Lang
  mentions: DateMention[]
  resolved: ResolvedDate[]
  /** Dates and placed weekdays, in document order. */
  events: TimelineEvent[]
  /** Mentions that name no date: « le vendredi 13 », a weekday with no anchor. */
  unplaced: DateMention[]
  weekdayProblems: WeekdayProblem[]
  /** The datelines that write their year (« PARIS, 25 novembre 2026 (AFP) - »): the story's date where no publication date is given. */
  datelines: DateMention[]
}

export interface AnalysisInput {
  blocks: readonly Block[]
  text: string
  lang: Lang
  referenceDate?: Date
  lineOf(offset: number): number
  /** The day of the run (RuleContext.today), for documents that write no year. */
  today: Date
  /** Day and month order of numeric dates (the date rules' `dateOrder`). */
  dateOrder?: DateOrder
  /** First day of the Gregorian calendar (the date rules' `gregorianFrom`); dates before it are read in the Julian calendar. */
  gregorianFrom?: CalendarDate
}

/** How a rule reads dates (its date options, see src/rules/date-options.ts): the order of numeric dates and the first Gregorian day. */
export interface DateReading {
  dateOrder?: DateOrder
  /** Absent: GREGORIAN_FROM. */
  gregorianFrom?: CalendarDate
}

/** The cache key of the analysis made with `reading` (`dates` for the defaults). */
export function datesKey(reading: DateReading = {}): string {
  const order = reading.dateOrder ?? 'auto'
  const from = reading.gregorianFrom
  const switchKey = from && (from.year !== GREGORIAN_FROM.year || from.month !== GREGORIAN_FROM.month || from.day !== GREGORIAN_FROM.day) ? `:${from.year}-${from.month}-${from.day}` : ''
  return (order === 'auto' ? 'dates' : `dates:${order}`) + switchKey
}

/** The date rules, in the order a view of the dates prefers their reading: the timeline's first. */
const SHOWN_BY = ['date-timeline', 'date-weekday', 'date-arithmetic']

/** The built-in rules that read the date analysis (`datesOf`): once they have run, a lint whose analyses are dropped lets it go. */
export const DATE_READERS: readonly string[] = SHOWN_BY

/**
 * The date analysis of a linted document, computed once per reading and
 * shared by the date rules; `ruleId` notes which rule read it so, for the
 * views of the dates (`shownDates`).
 */
export function datesOf(ctx: Pick<RuleContext, 'file' | 'tree' | 'text' | 'lang' | 'referenceDate' | 'today'>, reading: DateReading = {}, ruleId?: string): Promise<DateAnalysis> {
  const analysis = documentDates(ctx.file, ctx.tree, ctx.text, messageLang(ctx.lang), ctx.today, ctx.referenceDate, reading)
  if (ruleId) memo(ctx.file, `dates-of:${ruleId}`, () => analysis)
  return analysis
}

/**
 * The analysis `factlint timeline` and the interactive report show: the one
 * date-timeline read (with its options), else date-weekday's, else
 * date-arithmetic's (`first`, when given, before them); undefined when no
 * date rule ran on the file.
 */
export function shownDates(file: VFile, first?: string): Promise<DateAnalysis> | undefined {
  const cache = file.data.factlint?.cache
  if (!cache) return undefined
  for (const id of first ? [first, ...SHOWN_BY] : SHOWN_BY) if (cache.has(`dates-of:${id}`)) return cache.get(`dates-of:${id}`) as Promise<DateAnalysis>
  return cache.get('dates') as Promise<DateAnalysis> | undefined
}

/** Computed once per document and reading (see `datesKey`). */
export function documentDates(file: VFile, tree: Root, text: string, lang: Lang, today: Date, referenceDate: Date | undefined, reading: DateReading = {}): Promise<DateAnalysis> {
  return memo(file, datesKey(reading), () =>
    analyseDates({blocks: blocksOf(file, tree), text, lang, referenceDate, today, dateOrder: reading.dateOrder ?? 'auto', gregorianFrom: reading.gregorianFrom, lineOf: (offset) => locate(file).toPoint(offset)?.line ?? 1})
  )
}

export async function analyseDates(input: AnalysisInput): Promise<DateAnalysis> {
  const {lang} = input
  if (!mayContainDates(input.text)) return {lang, mentions: [], resolved: [], events: [], unplaced: [], weekdayProblems: [], datelines: []}
  const parser = await dateParser(lang)
  const {mentions, years} = extractDates(input.blocks, lang, parser, input.lineOf, input.dateOrder)
  const reference = input.referenceDate ? toCalendarDate(input.referenceDate) : undefined
  const located = locateMentions(input.blocks, mentions)
  // A wire dateline may write no year ("LONDON, Dec 1 (Reuters) -"): it still dates the story's bare weekdays, once its year is read.
  const storyDatelines = reference ? [] : datelinesOf(located)
  const datelines = storyDatelines.filter((dateline) => dateline.stated.year !== undefined)
  // A date the story marks as its source's slip (« mercredi 10 décembre (sic) ») is neither checked nor read for its year.
  const slips = markedSic(located)
  const resolved = resolveYears(slips.size > 0 ? mentions.filter((mention) => !slips.has(mention.id)) : mentions, {
    referenceDate: reference,
    datelines,
    sentenceYears: sentenceYearsOf(located),
    paragraphYears: paragraphYearsOf(located),
    relativeYears: relativeYearsOf(located),
    quoted: quotedMentions(located),
    copies: copiesOf(located),
    years,
    today: toCalendarDate(input.today)
  })

  for (const entry of resolved) readAlternative(entry)
  // Dates before the switch are read in the Julian calendar; the days it skipped and dates before Christ are left alone.
  const calendars = new Map<ResolvedDate, 'julian'>()
  const unchecked = new Set<ResolvedDate>()
  for (const entry of resolved) {
    // chrono reads "44 BC" as the year -44; « 44 av. J.-C. » is written after the date it reads.
    if (entry.date.year < 1 || isBeforeChrist(input.text, entry.mention.end)) {
      unchecked.add(entry)
      continue
    }
    if (entry.yearSource.kind !== 'written') continue
    const calendar = calendarOf(entry.date, input.gregorianFrom ?? GREGORIAN_FROM)
    if (calendar === 'gap') unchecked.add(entry)
    if (calendar !== 'julian') continue
    calendars.set(entry, 'julian')
    entry.valid = isValidJulianDate(entry.date)
    entry.agrees = entry.mention.stated.weekday === undefined || (entry.valid && julianWeekdayOf(entry.date) === entry.mention.stated.weekday)
  }

  const problems: Array<Omit<WeekdayProblem, 'corrections'>> = []
  const byMention = new Map<number, ResolvedDate>()
  const quoted = quotedInCorrections(located)
  for (const entry of resolved) {
    byMention.set(entry.mention.id, entry)
    const problem = quoted.has(entry.mention.id) || unchecked.has(entry) ? undefined : weekdayProblemOf(entry, calendars.has(entry))
    if (problem) problems.push(problem)
  }

  const events: TimelineEvent[] = []
  const unplaced: DateMention[] = []
  const anchors = presentOf(
    resolved.filter((entry) => entry.valid && entry.agrees && !unchecked.has(entry)),
    reference ?? datelineDate(datelines[0])
  )
  let next = 0
  for (const mention of mentions) {
    const entry = byMention.get(mention.id)
    if (entry) {
      if (entry.valid && !unchecked.has(entry)) {
        const calendar = calendars.has(entry) ? 'julian' : 'gregorian'
        events.push({mention, date: entry.date, day: calendar === 'julian' ? julianDayNumber(entry.date) : dayNumber(entry.date), calendar, yearSource: entry.yearSource, trusted: entry.agrees})
      }
      continue
    }
    if (mention.kind !== 'weekday') {
      unplaced.push(mention)
      continue
    }
    // Anchors and weekdays are both in document order: the nearest anchor only moves forward.
    while (next < anchors.length && anchors[next]!.mention.start < mention.start) next++
    const before = anchors[next - 1]
    const after = anchors[next]
    const anchor = !before ? after : !after ? before : mention.start - before.mention.end <= after.mention.start - mention.end ? before : after
    const placed = placeWeekday(mention, anchor, storyDateOf(mention, reference, storyDatelines, byMention), anchor !== undefined && calendars.has(anchor))
    if (placed) events.push(placed)
    else unplaced.push(mention)
  }

  const trustedDays = events.filter((event) => event.trusted).map((event) => ({day: event.day, text: event.mention.text.toLowerCase()}))
  trustedDays.sort((a, b) => a.day - b.day)
  const weekdayProblems = problems.map((problem) => {
    const {mention} = problem.resolved
    // Only a date told in the past (« a eu lieu », "happened") or announced has a side of the present to keep: a listing's « jeu. 11 déc. » has none.
    const present = mention.after || mention.past ? storyDateOf(mention, reference, storyDatelines, byMention)?.date : undefined
    // The other end of its range, or the date of its list that writes the month they share (« du mardi 2 au dimanche 5 décembre »).
    const partner =
      mention.rangeOf !== undefined && mention.rangeOf >= 0 ? byMention.get(mention.rangeOf) : mention.shared.includes('month') ? byMention.get(mention.id + 1) : undefined
    return {...problem, corrections: correctionsOf(problem.resolved, lang, trustedDays, present, partner, calendars.has(problem.resolved), input.gregorianFrom ?? GREGORIAN_FROM)}
  })
  coordinateRanges(weekdayProblems, lang, input.text)
  return {lang, mentions, resolved, events, unplaced, weekdayProblems, datelines}
}

/** What lies between the two ends of a range or a pair of dates: « au », « jusqu’au », « et », "to", "through", "and", a dash. */
const RANGE_JOINER: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`^,?[\s\u00a0\u202f]*(?:${formsPattern(RANGE_JOINERS.fr, String.raw`[\s\u00a0\u202f]+`)}|[-–—])[\s\u00a0\u202f]*$`, 'u'),
  en: new RegExp(String.raw`^,?[\s\u00a0\u202f]*(?:${wordsPattern(RANGE_JOINERS.en)}|[-–—])[\s\u00a0\u202f]*$`, 'u')
}

/**
 * A range whose two ends are both wrong by the same number of days is one
 * slip (the writer counted from the wrong weekday, or the wrong first day):
 * its corrections are those of the whole range, the two weekdays corrected
 * together, or the two days moved together within their month, and each end
 * offers its own part of them, in the same order. Ends wrong by different
 * amounts keep the corrections of each end.
 */
function coordinateRanges(problems: WeekdayProblem[], lang: Lang, text: string): void {
  const byId = new Map(problems.map((problem) => [problem.resolved.mention.id, problem]))
  for (const first of problems) {
    const {mention} = first.resolved
    if (first.kind !== 'mismatch') continue
    // The other end: of a range chrono read as one (« du 8 au 10 »), else the next date when only « au », "to", « et », "and" or a dash lies between.
    const next = mention.rangeOf !== undefined && mention.rangeOf >= 0 ? mention.rangeOf : mention.id + 1
    const second = byId.get(next)
    if (!second || second.kind !== 'mismatch' || second.resolved.mention.start <= mention.start || second.calendar !== first.calendar) continue
    if (next !== mention.rangeOf && !RANGE_JOINER[lang].test(text.slice(mention.end, second.resolved.mention.start))) continue
    // Weekdays listed before their days (« mardi et mercredi 2 et 3 décembre ») are corrected by their word alone, as each end already is.
    if (mention.shared.includes('day') || second.resolved.mention.shared.includes('day')) continue
    const slip = (problem: WeekdayProblem) => (problem.actualWeekday! - problem.resolved.mention.stated.weekday! + 7) % 7
    if (slip(first) !== slip(second)) continue
    const julian = first.calendar === 'julian'
    const dayIn = julian ? julianDayNumber : dayNumber
    const dateOf = julian ? fromJulianDayNumber : fromDayNumber
    const ends = [first, second]
    // The weekdays of the dates, or the days that have the weekdays written: a shift back or forward by less than a week.
    const fixes: Array<Array<Omit<Correction, 'text'>>> = [ends.map((end) => ({kind: 'weekday' as const, date: end.resolved.date, weekday: end.actualWeekday!}))]
    const back = -slip(first)
    for (const shift of [back, back + 7].sort((a, b) => Math.abs(a) - Math.abs(b) || a - b)) {
      const moved = ends.map((end) => ({kind: 'day' as const, date: dateOf(dayIn(end.resolved.date) + shift), weekday: end.resolved.mention.stated.weekday!}))
      // Within their month: the month is written once for both ends.
      if (moved.every((fix, index) => fix.date.month === ends[index]!.resolved.date.month && fix.date.year === ends[index]!.resolved.date.year)) fixes.push(moved)
    }
    ends.forEach((end, index) => {
      end.corrections = fixes.map((fix) => ({...fix[index]!, text: writeLike(end.resolved.mention, lang, fix[index]!.date, fix[index]!.weekday)}))
      end.range = {partner: ends[1 - index]!.resolved.mention.id, sure: fixes.length === 1}
    })
  }
}

/** A dated mention with the block it lies in and its index in the block's text. */
interface Located {
  mention: DateMention
  block: Block
  /** Index in `block.text` of the mention's start and end. */
  from: number
  to: number
}

/** The dated mentions, each with its block (mentions and blocks are both in document order). */
function locateMentions(blocks: readonly Block[], mentions: readonly DateMention[]): Located[] {
  const located: Located[] = []
  let index = 0
  for (const mention of mentions) {
    if (mention.kind !== 'date') continue
    while (index < blocks.length && blocks[index]!.end <= mention.start) index++
    const block = blocks[index]
    if (!block || block.start > mention.start) continue
    located.push({mention, block, from: indexAt(block, mention.start), to: indexAt(block, mention.end)})
  }
  return located
}

/** The first index of the block's text at or after file offset `offset` (`offsetAt` only grows). */
function indexAt(block: Block, offset: number): number {
  let low = 0
  let high = block.text.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (block.offsetAt(middle) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** A place, and the agency or a region in parentheses, before the date of a dateline: « PARIS, », "SAINT-DENIS (Réunion), le ". */
const DATELINE_PLACE = /^[ \t]*[\p{Lu}][\p{L}\p{M}'’. -]{0,40}(?:\s*\([^()\n]{1,30}\))?,\s*(?:le\s+|on\s+)?$/u
const DATELINE_PLACE_LENGTH = 60
/** What closes a dateline: « (AFP) - », " — ". */
const DATELINE_END = /^\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s/u
const DATELINE_AGENCY = /^\s*\([^()\n]{1,30}\)/u

/**
 * The datelines: a date written at the head of a paragraph after the
 * place (« PARIS, 25 novembre 2026 (AFP) - », "LONDON, Nov. 23, 2026 —"),
 * or followed by the agency. It says when the story is told, as the
 * publication date does; one without year ("LONDON, Dec 1 (Reuters) -")
 * only once its year is read, so it dates bare weekdays but gives no year
 * to the other dates. A date alone at the head of a line before a dash
 * is not one: chronologies are written « 19 août 1944 – début de l’insurrection ».
 */
function datelinesOf(located: readonly Located[]): DateMention[] {
  return located
    .filter(({mention, block, from, to}) => {
      if (mention.rangeOf !== undefined) return false
      const after = block.text.slice(to, to + 40)
      const head = lineHead(block.text, from)
      if (head === undefined) return false
      const place = DATELINE_PLACE.test(head)
      return (place && DATELINE_END.test(after)) || (head === '' && DATELINE_AGENCY.test(after)) || (place && DATELINE_AGENCY.test(after)) || isDateLine(mention, block.text, head, to)
    })
    .map(({mention}) => mention)
}

/**
 * A full date alone on its line (« Vendredi 4 décembre 2026 », "Friday 4
 * December 2026"): the date a page or an obituary is published under, as a
 * dateline is.
 */
function isDateLine(mention: DateMention, text: string, head: string, to: number): boolean {
  if (head.trim() !== '' || mention.stated.year === undefined) return false
  const newline = text.indexOf('\n', to)
  return /^[\s.]*$/u.test(text.slice(to, newline < 0 ? text.length : newline))
}

/** The text from the start of the line to `index`, when it is short enough to be a dateline's place (a paragraph may be one long line). */
function lineHead(text: string, index: number): string | undefined {
  const from = Math.max(0, index - DATELINE_PLACE_LENGTH)
  const window = text.slice(from, index)
  const newline = window.lastIndexOf('\n')
  if (newline >= 0) return window.slice(newline + 1)
  return from === 0 ? window : undefined
}

/**
 * The years written on their own (« en 2012 ») in the sentence of each date
 * that has a weekday and no year. The year of a full date is that date's
 * (« PARIS, 26 novembre 2026 - … le mardi 3 mars »): the date told before
 * and the dateline already speak for it.
 */
function sentenceYearsOf(located: readonly Located[]): Map<number, number[]> {
  const years = new Map<number, number[]>()
  const fullDates = fullDatesOf(located)
  for (const {mention, block, from} of located) {
    if (mention.stated.year !== undefined || mention.stated.weekday === undefined) continue
    const [start, end] = sentenceAround(block, from)
    const found: number[] = []
    for (const match of block.text.slice(start, end).matchAll(WRITTEN_YEAR)) {
      const at = start + match.index
      // « à 1930 h », "at 1930 GMT": a time, not a year.
      const unit = UNIT_AFTER.test(block.text.slice(at + 4, at + 12))
      if (!unit && !insideSpan(fullDates.get(block), at)) found.push(Number(match[1]))
    }
    if (found.length > 0) years.set(mention.id, [...new Set(found)])
  }
  return years
}

/** Where full dates are written, per block, in order (mentions are in document order). */
function fullDatesOf(located: readonly Located[]): Map<Block, Array<[number, number]>> {
  const fullDates = new Map<Block, Array<[number, number]>>()
  for (const {mention, block, from, to} of located) {
    if (mention.stated.year === undefined) continue
    const spans = fullDates.get(block) ?? []
    spans.push([from, to])
    fullDates.set(block, spans)
  }
  return fullDates
}

/** The relative year (« l’an dernier », "last year") governing each date without year, in its sentence. */
function relativeYearsOf(located: readonly Located[]): Map<number, RelativeYear> {
  const years = new Map<number, RelativeYear>()
  for (const {mention, block, from, to} of located) {
    if (mention.stated.year !== undefined) continue
    const [start, end] = sentenceAround(block, from)
    const sentence = block.text.slice(start, end)
    const relative = governingRelativeYear(sentence, from - start, to - start, relativeYearsIn(sentence))
    if (relative) years.set(mention.id, relative)
  }
  return years
}

/**
 * The year the paragraph last told, as a time (see `yearsTold`), before each
 * date that has a weekday and no year: « En mai 1968, elle occupe l’Odéon.
 * Le lundi 13 mai, … ». The year of a full date is that date's: the date
 * told before already speaks for it.
 */
function paragraphYearsOf(located: readonly Located[]): Map<number, number> {
  const years = new Map<number, number>()
  const fullDates = fullDatesOf(located)
  const toldIn = new Map<Block, ReturnType<typeof yearsTold>>()
  for (const {mention, block, from} of located) {
    if (mention.stated.year !== undefined || mention.stated.weekday === undefined) continue
    let told = toldIn.get(block)
    if (!told) {
      told = yearsTold(block.text, fullDates.get(block))
      toldIn.set(block, told)
    }
    const year = yearToldBefore(told, from)
    if (year !== undefined) years.set(mention.id, year)
  }
  return years
}

/** Whether `index` lies in one of `spans` (sorted, not overlapping). */
function insideSpan(spans: ReadonlyArray<[number, number]> | undefined, index: number): boolean {
  if (!spans) return false
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (spans[middle]![1] <= index) low = middle + 1
    else high = middle
  }
  return low < spans.length && spans[low]![0] <= index
}

/** The mentions followed by « (sic) » or « [sic] », the mark of a slip reproduced as written, in French and English. */
function markedSic(located: readonly Located[]): Set<number> {
  const marked = new Set<number>()
  for (const {mention, block, to} of located) if (SIC_AFTER.test(block.text.slice(to, to + 16))) marked.add(mention.id)
  return marked
}

const SIC_AFTER = /^[\s\u00A0\u202F]*[([][\s\u00A0\u202F]*sic[\s\u00A0\u202F]*!?[\s\u00A0\u202F]*[)\]]/iu

/**
 * For each mention, the id of the same mention in the first paragraph with
 * the text of its own: a paragraph given twice tells its dates once.
 */
function copiesOf(located: readonly Located[]): Map<number, number> {
  const first = new Map<string, Map<number, number>>()
  const copies = new Map<number, number>()
  let block: Block | undefined
  let originals = new Map<number, number>()
  for (const entry of located) {
    if (entry.block !== block) {
      block = entry.block
      originals = first.get(block.text) ?? new Map()
      if (!first.has(block.text)) first.set(block.text, originals)
    }
    const original = originals.get(entry.from)
    if (original === undefined) originals.set(entry.from, entry.mention.id)
    copies.set(entry.mention.id, original ?? entry.mention.id)
  }
  return copies
}

/** The mentions inside a quotation of their paragraph (« "Rendez-vous samedi 7 mars", a écrit… »): someone's words, not the story's. */
function quotedMentions(located: readonly Located[]): Set<number> {
  const quoted = new Set<number>()
  let block: Block | undefined
  let spans: Array<[number, number]> = []
  for (const entry of located) {
    if (entry.block !== block) {
      block = entry.block
      // Only dates with a weekday weigh in the year's choice.
      spans = /[«“"]/u.test(block.text) ? quotationSpans(block.text) : []
    }
    if (insideSpan(spans, entry.from)) quoted.add(entry.mention.id)
  }
  return quoted
}

/**
 * The mentions a correction notice quotes as the wrong date it corrects. Each
 * sentence is judged once, however many dates it lists (a listing of 4,000
 * dates in one sentence ran the notice expression over it 4,000 times).
 */
function quotedInCorrections(located: readonly Located[]): Set<number> {
  const quoted = new Set<number>()
  const decided = new Map<Block, Map<string, boolean>>()
  for (const {mention, block, from} of located) {
    const [start, end] = sentenceAround(block, from)
    let sentences = decided.get(block)
    if (!sentences) decided.set(block, (sentences = new Map()))
    let correction = sentences.get(`${start},${end}`)
    if (correction === undefined) sentences.set(`${start},${end}`, (correction = isCorrectionSentence(block.text.slice(start, end))))
    if (correction) quoted.add(mention.id)
  }
  return quoted
}

/** [start, end) in the block's text of the parser's sentence holding `index`; the whole block when it has none. */
function sentenceAround(block: Block, index: number): [number, number] {
  const {sentences, tokens} = block
  const tokenCount = tokens.length / 3
  // Sentence starts only grow: the last sentence starting at or before `index`, by halves (a paragraph may hold thousands).
  let low = -1
  let high = sentences.length - 2
  while (low < high) {
    const middle = (low + high + 1) >> 1
    const first = sentences[middle]!
    if (first < tokenCount && tokens[first * 3 + 1]! <= index) low = middle
    else high = middle - 1
  }
  if (low < 0) return [0, block.text.length]
  const first = sentences[low]!
  const last = sentences[low + 1]! - 1
  if (last < first) return [0, block.text.length]
  const end = tokens[last * 3 + 2]!
  return index < end ? [tokens[first * 3 + 1]!, end] : [0, block.text.length]
}

function datelineDate(dateline: DateMention | undefined): CalendarDate | undefined {
  if (!dateline) return undefined
  const {year, month, day} = dateline.stated
  return {year: year!, month: month!, day: day!}
}

/**
 * The dates a bare weekday may be read from: those of the story's present.
 * With a publication date or a dateline (`present`), the dates around it
 * (chained within DEFAULT_MAX_GAP_DAYS), none when the text has none there
 * (the weekday is then read from the publication date itself, when there is
 * one). Without either, the main group of
 * dates: the largest, then the one with the fewest written years (a year is
 * written for a past event, « mardi 11 septembre 2001 »), then the latest. A
 * weekday is never read from a date years away from the rest of the story.
 */
function presentOf(anchors: readonly ResolvedDate[], present: CalendarDate | undefined): ResolvedDate[] {
  const points = anchors.map((entry) => ({entry: entry as ResolvedDate | undefined, day: dayNumber(entry.date)}))
  if (present) points.push({entry: undefined, day: dayNumber(present)})
  const groups = groupByGap(
    points.sort((a, b) => a.day - b.day),
    DEFAULT_MAX_GAP_DAYS
  )
  const written = (group: typeof points) => group.filter((point) => point.entry?.mention.stated.year !== undefined).length
  const current = present
    ? groups.find((group) => group.some((point) => !point.entry))
    : groups.reduce<typeof points | undefined>(
        (best, group) =>
          !best || group.length > best.length || (group.length === best.length && written(group) <= written(best)) ? group : best,
        undefined
      )
  const kept = new Set(current?.map((point) => point.entry))
  return anchors.filter((entry) => kept.has(entry))
}

/**
 * A numeric date both orders read ("Monday, 10/12/2026"): when its weekday
 * fits the other reading and not the first, the other is the date meant.
 */
function readAlternative(entry: ResolvedDate): void {
  const {alternative} = entry.mention
  if (!alternative || (entry.valid && entry.agrees)) return
  const date = {year: alternative.year ?? entry.date.year, month: alternative.month!, day: alternative.day!}
  if (!isValidDate(date) || weekdayOf(date) !== alternative.weekday) return
  entry.date = date
  entry.valid = true
  entry.agrees = true
}

/** « 15 mars 44 av. J.-C. », "March 15, 44 BC": the text right after a date marks it before Christ. */
function isBeforeChrist(text: string, end: number): boolean {
  return /^[\s\u00a0\u202f,]*(?:\d+[\s\u00a0\u202f]*)?(?:av(?:\.|ant)[\s\u00a0\u202f]*J\.?[\s\u00a0\u202f-]*C\.?|B\.?C\.?(?:E\.?)?(?![\p{L}\p{N}])|avant notre ère|before Christ)/iu.test(text.slice(end, end + 40))
}

function weekdayProblemOf(entry: ResolvedDate, julian: boolean): Omit<WeekdayProblem, 'corrections'> | undefined {
  const {mention, date} = entry
  const calendar: CalendarName = julian ? 'julian' : 'gregorian'
  if (!entry.valid) {
    // « 29 février » with no weekday and a guessed year may be right in another year.
    const alwaysImpossible = date.day > maxDaysInMonth(date.month)
    const yearKnown = entry.yearSource.kind === 'written' || entry.yearSource.kind === 'reference' || mention.stated.weekday !== undefined
    return alwaysImpossible || yearKnown ? {resolved: entry, kind: 'impossible', calendar} : undefined
  }
  if (mention.stated.weekday !== undefined && !entry.agrees) return {resolved: entry, kind: 'mismatch', actualWeekday: julian ? julianWeekdayOf(date) : weekdayOf(date), calendar}
  return undefined
}

/** The date a story is told on, for a mention: the publication date, else the dateline governing it (see `presentOf` in infer.ts). */
interface StoryDate {
  date: CalendarDate
  /** The dateline, when it gives the date. */
  dateline?: DateMention
}

function storyDateOf(
  mention: DateMention,
  reference: CalendarDate | undefined,
  datelines: readonly DateMention[],
  resolved: ReadonlyMap<number, ResolvedDate>
): StoryDate | undefined {
  if (reference) return {date: reference}
  const governing = governingDateline(datelines, mention)
  const entry = governing && resolved.get(governing.id)
  return entry?.valid ? {date: entry.date, dateline: governing} : undefined
}

/**
 * A bare weekday is read as a news story dates it: from the story's date
 * (publication date or dateline), by default (the past tense) the latest
 * such day on or before it, that day included: « a annoncé mardi » in a
 * story of Tuesday 1 December is 1 December, even told after « morte lundi
 * 30 novembre »; « dernier »/"last" the one strictly before; « prochain »/
 * "next" or the future tense the first one on or after it (strictly after
 * for « prochain »). A weekday told as the next step (« puis », « le
 * lendemain », "then") is read forward from the date told before it; so is
 * every weekday of a story whose date is unknown, from its anchor.
 */
function placeWeekday(mention: DateMention, anchor: ResolvedDate | undefined, story: StoryDate | undefined, julianAnchor = false): TimelineEvent | undefined {
  const fromStory = story !== undefined && (!mention.sequenced || !anchor)
  const from = fromStory ? story.date : anchor?.date
  if (!from) return undefined
  // A weekday placed from a date of the Julian calendar is counted, and written, in that calendar.
  const julian = !fromStory && julianAnchor
  const weekday = mention.stated.weekday!
  const base = julian ? julianDayNumber(from) : dayNumber(from)
  const offset = (weekday - (julian ? julianWeekdayOf(from) : weekdayOf(from)) + 7) % 7
  const forward = mention.modifier === 'next' || (mention.after && (fromStory || !anchor || anchor.mention.start < mention.start))
  let day: number
  if (forward) day = base + (mention.modifier === 'next' && offset === 0 ? 7 : offset)
  else {
    const back = (7 - offset) % 7
    day = base - (mention.modifier === 'last' && back === 0 ? 7 : back)
  }
  const date = julian ? fromJulianDayNumber(day) : fromDayNumber(day)
  if (fromStory) {
    const yearSource: YearSource = story.dateline ? {kind: 'document', from: story.dateline} : {kind: 'reference', date: story.date}
    return {mention, date, day, calendar: 'gregorian', yearSource, anchor: story.dateline, trusted: true}
  }
  return {mention, date, day, calendar: julian ? 'julian' : 'gregorian', yearSource: anchor!.yearSource, anchor: anchor!.mention, trusted: true}
}

const KIND_ORDER = {month: 0, weekday: 1, day: 2} as const

/**
 * Up to three corrections of a wrong date, best first: the one that puts the
 * event nearest the document's other (trusted) dates, then nearest the date
 * as written. Each changes one thing: the month, the weekday or the day.
 */
function correctionsOf(entry: ResolvedDate, lang: Lang, others: ReadonlyArray<{day: number; text: string}>, present?: CalendarDate, rangePartner?: ResolvedDate, julian = false, gregorianFrom: CalendarDate = GREGORIAN_FROM): Correction[] {
  // Before the switch, a date is of the Julian calendar: its weekday, its length of month and its place on the timeline.
  const weekdayIn = julian ? julianWeekdayOf : weekdayOf
  const valid = julian ? isValidJulianDate : isValidDate
  const dayIn = julian ? julianDayNumber : dayNumber
  const lastDay = (year: number, month: number) => (julian && month === 2 ? (year % 4 === 0 ? 29 : 28) : daysInMonth(year, month))
  const {mention, date} = entry
  const weekday = mention.stated.weekday
  const candidates: Array<Omit<Correction, 'text'>> = []
  if (weekday === undefined) {
    candidates.push({kind: 'day', date: {...date, day: lastDay(date.year, date.month)}})
  } else {
    if (!mention.shared.includes('month')) {
      for (let shift = -6; shift <= 6; shift++) {
        if (shift === 0) continue
        const moved = fromDayNumber(dayNumber({year: date.year, month: date.month + shift, day: 1}))
        const candidate = {...moved, day: date.day}
        if (valid(candidate) && weekdayIn(candidate) === weekday) candidates.push({kind: 'month', date: candidate, weekday})
      }
    }
    if (entry.valid) candidates.push({kind: 'weekday', date, weekday: weekdayIn(date)})
    const last = lastDay(date.year, date.month)
    const near = Math.min(date.day, last)
    const firstOfMonth = {...date, day: 1}
    const firstMatching = 1 + ((weekday - weekdayIn(firstOfMonth) + 7) % 7)
    // The day of a listed weekday is written apart from it, in the list of days: only the weekday's word is corrected.
    for (let day = firstMatching; day <= last && !mention.shared.includes('day'); day += 7) {
      if (day !== date.day && Math.abs(day - near) < 7) candidates.push({kind: 'day', date: {...date, day}, weekday})
    }
  }
  // A correction stays in the date's calendar: never a day the switch skipped, never across it.
  for (let index = candidates.length - 1; index >= 0; index--) {
    if (calendarOf(candidates[index]!.date, gregorianFrom) !== (julian ? 'julian' : 'gregorian')) candidates.splice(index, 1)
  }
  // « du mardi 2 au dimanche 5 décembre », « lundi 12 et mardi 13 juin »: a correction keeps the range or the list running forward.
  if (rangePartner?.valid) {
    const other = dayIn(rangePartner.date)
    const opens = mention.start < rangePartner.mention.start
    for (let index = candidates.length - 1; index >= 0; index--) {
      const day = dayIn(candidates[index]!.date)
      if (opens ? day > other : day < other) candidates.splice(index, 1)
    }
  }
  const own = mention.text.toLowerCase()
  const stated = dayIn(date)
  // Told in the past, an event is before the story's present; announced, after it: a correction on the wrong side comes last.
  const now = present ? dayNumber(present) : undefined
  const future = isAnnounced(mention)
  const wrongSide = (day: number) => (now === undefined ? 0 : (future ? day < now : day > now) ? 1 : 0)
  const scored = candidates.map((candidate) => {
    const day = dayIn(candidate.date)
    return {candidate, key: [wrongSide(day), distanceTo(others, day, own), Math.abs(day - stated), KIND_ORDER[candidate.kind]]}
  })
  scored.sort((a, b) => a.key[0]! - b.key[0]! || a.key[1]! - b.key[1]! || a.key[2]! - b.key[2]! || a.key[3]! - b.key[3]!)
  const seen = new Set<string>()
  const corrections: Correction[] = []
  for (const {candidate} of scored) {
    const text = writeLike(mention, lang, candidate.date, candidate.weekday)
    if (seen.has(text) || text === mention.text) continue
    seen.add(text)
    corrections.push({...candidate, text})
    if (corrections.length === 3) break
  }
  return corrections
}

/** Days from `day` to the nearest of `others` (sorted), ignoring copies of the mention itself. */
function distanceTo(others: ReadonlyArray<{day: number; text: string}>, day: number, own: string): number {
  let low = 0
  let high = others.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (others[middle]!.day < day) low = middle + 1
    else high = middle
  }
  let best = Number.POSITIVE_INFINITY
  for (let index = low - 1; index >= 0 && best > 0; index--) {
    if (others[index]!.text === own) continue
    best = Math.min(best, day - others[index]!.day)
    break
  }
  for (let index = low; index < others.length; index++) {
    if (others[index]!.text === own) continue
    best = Math.min(best, others[index]!.day - day)
    break
  }
  return best === Number.POSITIVE_INFINITY ? 0 : best
}
