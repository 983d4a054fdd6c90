import {dayNumber, dayNumberOf, daysInMonth, isValidDate, type CalendarDate, weekdayOf} from './calendar.js'
import {isAnnounced, isToldAsPresent, type DateMention} from './extract.js'
import type {RelativeYear} from './relative-years.js'

/** Where the year of a date comes from. */
export type YearSource =
  /**
   * Written with the date, or (`inSentence`) in its sentence: « elle s’est
   * retirée en 2012 après un concert le mardi 3 avril », or (`inParagraph`)
   * earlier in its paragraph: « En mai 1968, … Le lundi 13 mai, … ».
   */
  | {kind: 'written'; inSentence?: true; inParagraph?: true}
  /** The publication date (`--date`, `referenceDate`, front matter `date:`). */
  | {kind: 'reference'; date: CalendarDate}
  /** The year that makes the document's weekdays agree, fixed by `from`. */
  | {kind: 'document'; from: DateMention}
  /** No weekday settles it: the year nearest the document's years or today. */
  | {kind: 'default'}
  /**
   * A date to come, in a story that says nowhere when it is told: read from
   * today, when the dates before it put it in a past year with which its
   * weekday disagrees (« Ils se sont mariés le samedi 4 décembre 1976 … Un
   * film sera projeté dimanche 6 décembre »).
   */
  | {kind: 'today'; date: CalendarDate}
  /**
   * Told relative to the story's year (`base`: the publication date's, the
   * dateline's or the document's): « l’an dernier », "a year ago".
   */
  | {kind: 'relative'; words: string; base: number}

export interface ResolvedDate {
  mention: DateMention
  /** May be impossible (`valid: false`): « 31 avril », "Feb. 30". */
  date: CalendarDate
  valid: boolean
  /** The stated weekday, when there is one, is that of `date`. */
  agrees: boolean
  yearSource: YearSource
}

export interface InferenceOptions {
  referenceDate?: CalendarDate
  /**
   * The datelines of the document (« PARIS, 25 novembre 2026 (AFP) - »), in
   * document order: without a publication date, each says when the story
   * after it is told.
   */
  datelines?: readonly DateMention[]
  /** Four-digit years written in the sentence of a mention, by mention id (mentions with none may be absent). */
  sentenceYears?: ReadonlyMap<number, readonly number[]>
  /** The year last told as a time (« en 1990 », "in May 1968") earlier in the paragraph of a mention, by mention id. */
  paragraphYears?: ReadonlyMap<number, number>
  /** The relative year (« l’an dernier », "next year") governing a mention, by mention id. */
  relativeYears?: ReadonlyMap<number, RelativeYear>
  /** Four-digit years written anywhere in the document. */
  years: readonly number[]
  /** Mentions inside a quotation the story reproduces (someone's words, a post), by id: they settle the year only when the story's own dates do not. */
  quoted?: ReadonlySet<number>
  /**
   * For each mention (by id), the id of the same mention in the first copy of
   * its paragraph: a date told again in a paragraph given twice is one
   * mention (absent: each mention its own).
   */
  copies?: ReadonlyMap<number, number>
  today: CalendarDate
}

/** Keys of a day number and a mention id: day * MENTION_KEYS + id stays an exact integer. */
const MENTION_KEYS = 1 << 22

/** How many years after the latest year a story mentions its own events are looked for. */
const YEARS_AFTER_MENTIONED = 15
/** How far back from today a story without any written year is looked for. */
const YEARS_BEFORE_TODAY = 40
/** A date reads into the next or previous year only when that puts it within this many days of the previous date. */
const YEAR_SWITCH_DAYS = 92

/** How far on its less likely side of the story's present a date without year is read: three months. */
const OTHER_SIDE_DAYS = 92

/**
 * Gives every dated mention (day and month) its year:
 * 1. the year written in the text (or shared with a list: « 12 et 13 juin 2023 »);
 * 2. otherwise, when the story's present is known (the publication date, else
 *    the dateline), the year that places it in the present (see `fromPresent`);
 * 3. otherwise the year of the document: the one that makes the most distinct
 *    weekday+date pairs agree, reading dates in order so that « jeudi 31
 *    décembre 2020 » then « vendredi 1er janvier » moves to 2021; among equals,
 *    the one that makes the most of the story's own pairs agree (not counting
 *    those inside quotations), then the most mentions, then the one nearest
 *    the years the text writes, else the latest one not after today.
 */
export function resolveYears(mentions: readonly DateMention[], options: InferenceOptions): ResolvedDate[] {
  const dated = mentions.filter((mention) => mention.kind === 'date')
  if (options.referenceDate || (options.datelines?.length ?? 0) > 0) return fromPresent(dated, options)
  if (dated.length === 0) return []
  // Every candidate year (often 60 or more) is scored on plain numbers; only the chosen one is read into ResolvedDates.
  const scorer = new YearScorer(dated, options)
  let best: {year: number; score: number; preference: number[]} | undefined
  for (const year of candidateYears(dated, options)) {
    const {score, preference} = scorer.score(year)
    if (!best || score > best.score || (score === best.score && lessThan(preference, best.preference))) {
      best = {year, score, preference}
    }
  }
  return readInOrder(dated, best!.year, options)
}

/**
 * A year's score without building its ResolvedDates: the years `readInOrder`
 * would give the dates, then the distinct weekday+date pairs that agree (a
 * paragraph pasted twice counts once) and the preference among equal scores.
 */
class YearScorer {
  private readonly years: number[]
  private readonly agreeing = new Set<number>()
  /** The agreeing pairs told outside quotations. */
  private readonly ownAgreeing = new Set<number>()
  /** The agreeing pairs with the mention that tells each (see `copies`). */
  private readonly told = new Set<number>()
  private readonly writtenYears: number[]
  private readonly today: number
  /** The latest year the text mentions, not after next year. */
  private readonly latestMentioned: number | undefined

  constructor(
    private readonly dated: readonly DateMention[],
    private readonly options: InferenceOptions
  ) {
    this.years = Array.from({length: dated.length}, () => 0)
    this.writtenYears = [...new Set(dated.flatMap((mention) => (mention.stated.year === undefined ? [] : [mention.stated.year])))]
    this.today = dayNumber(options.today)
    const plausible = options.years.filter((written) => written <= options.today.year + 1)
    this.latestMentioned = plausible.length > 0 ? plausible.reduce((a, b) => Math.max(a, b)) : undefined
  }

  score(year: number): {score: number; preference: number[]} {
    const {dated, years, agreeing} = this
    const relatives = this.options.relativeYears
    agreeing.clear()
    this.ownAgreeing.clear()
    // Mentions whose weekday agrees: a date told twice weighs more than a date told once, not one in a paragraph pasted twice.
    const told = this.told
    told.clear()
    // The date told before, not counting those told relative to the story's year: they are another year's story.
    let last = -1
    // Undated dates on the wrong side of today for their tense: told in the past but after today, announced but before it.
    let wrongSide = 0
    for (let index = 0; index < dated.length; index++) {
      const mention = dated[index]!
      const stated = mention.stated
      const month = stated.month!
      const day = stated.day!
      const relative = stated.year === undefined ? relatives?.get(dated[index]!.id) : undefined
      let current: number
      if (stated.year !== undefined) current = stated.year
      else if (relative) current = year + relative.offset
      // « le 23 mars dernier » is read from the story's present, not from the date told before it.
      else if (last < 0 || isAnniversaryOf(stated, dated[last]!.stated) || mention.modifier === 'last') current = year
      else {
        const previous = dated[last]!.stated
        current =
          chainedYear(month, day, years[last]!, previous.month!, previous.day!, isBareWritten(previous), comesAfter(mention, dated[last]!)) ?? year
      }
      years[index] = current
      if (!relative) last = index
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(current, month)) continue
      const days = dayNumberOf(current, month, day)
      // A valid date's day number fixes its weekday: the pair is told apart by the day number alone.
      if (stated.weekday !== undefined && weekdayOfDay(days) === stated.weekday) {
        agreeing.add(days)
        told.add(days * MENTION_KEYS + (this.options.copies?.get(mention.id) ?? mention.id))
        if (!this.options.quoted?.has(mention.id)) this.ownAgreeing.add(days)
      }
      // A story tells the past, up to three months ahead of today as when its present is known (« le marché ferme le dimanche 3 janvier » in December); a verb in the past, not a day ahead.
      if (stated.year === undefined && !relative && (isAnnounced(mention) ? days < this.today : days > this.today + (mention.past ? 0 : OTHER_SIDE_DAYS))) wrongSide++
    }
    return {score: agreeing.size, preference: [-this.ownAgreeing.size, -told.size, ...this.preferenceOf(year, wrongSide)]}
  }

  /**
   * Among years that make as many pairs agree, and as many of the story's own
   * pairs and mentions (see `score`), prefer (in this order): the year
   * nearest the dates whose year is written; a year from the latest year the
   * text mentions to 15 years after it (a story mentions its past: « depuis
   * 2006 »); a year not after next year; the fewest undated dates on the
   * wrong side of today for their tense (told in the past after today, in
   * the present tense more than three months after it, or announced before
   * it); the latest year.
   */
  private preferenceOf(year: number, wrongSide: number): number[] {
    const {options, writtenYears} = this
    let nearWritten = 0
    if (writtenYears.length > 0) {
      nearWritten = Number.POSITIVE_INFINITY
      for (const written of writtenYears) nearWritten = Math.min(nearWritten, Math.abs(written - year))
    }
    const {latestMentioned: latest} = this
    let outsideWindow = 0
    if (latest !== undefined) {
      const high = Math.min(latest + YEARS_AFTER_MENTIONED, options.today.year + 1)
      outsideWindow = year < latest ? latest - year : year > high ? year - high : 0
    }
    // A story is told from today or before, not from years ahead.
    const ahead = year > options.today.year + 1 ? 1 : 0
    return [nearWritten, outsideWindow, ahead, wrongSide, -year]
  }
}

/** When the story is told, and where that comes from. */
interface Present {
  date: CalendarDate
  source: YearSource
}

/**
 * The years of the dates of a story whose present is known: the publication
 * date, else the dateline governing the date (the last one before it, the
 * first one for dates above every dateline). A date without year is read in
 * the present: within nine months before it and three months after it, or,
 * in the future tense (« aura lieu », "will be held"), three months before
 * and nine months after; the year so found is the default. A weekday that
 * disagrees with it may instead agree with one of three other readings, each
 * tied to the date by the text: a year written in the same sentence (« en
 * 2012, après un concert le mardi 3 avril »), then the year its paragraph
 * last told as a time (« En mai 1968, … Le lundi 13 mai »), then the date just told before
 * it (within three months: « le samedi 19 août 1944 … six jours plus tard,
 * le vendredi 25 août »). The first that agrees is taken; when none does, the
 * date is reported in the present's year. No other year is tried: any year
 * agrees with a wrong weekday one time in seven.
 */
function fromPresent(dated: readonly DateMention[], options: InferenceOptions): ResolvedDate[] {
  const result: ResolvedDate[] = []
  // The last date whose year the text confirms: « depuis le 10 août » between two dates of 1944 is read in the present, and must not break the chain.
  let previous: ResolvedDate | undefined
  for (const mention of dated) {
    const {stated} = mention
    let current: ResolvedDate
    const relative = options.relativeYears?.get(mention.id)
    if (stated.year !== undefined) current = resolved(mention, stated.year, {kind: 'written'})
    else if (relative) {
      // The words say which year: a weekday that disagrees with it is wrong, whatever year it would agree with.
      const base = presentOf(mention, options).date.year
      current = resolved(mention, base + relative.offset, {kind: 'relative', words: relative.words, base})
    } else {
      const present = presentOf(mention, options)
      const inPresent = resolved(mention, yearInPresent(mention, present.date), present.source)
      current = stated.weekday === undefined || inPresent.agrees ? inPresent : (textualReading(mention, previous, options) ?? inPresent)
    }
    result.push(current)
    if (isConfirmed(current)) previous = current
  }
  return result
}

/**
 * Whether the text confirms a date's year, so that the dates after it may be
 * read on from it: written with it (« le samedi 19 août 1944 »). A bare
 * « 10 août » only has the year it was given; so has a date read in the
 * present whose weekday agrees: were it an anchor, correcting a wrong
 * weekday before a date would change that date's year (a story of 20
 * November 2025 whose corrected « jeudi 5 février » would carry a
 * past-tense « jeudi 5 mars » into 2026, silencing its error).
 */
function isConfirmed(entry: ResolvedDate): boolean {
  return entry.mention.stated.year !== undefined
}

function presentOf(mention: DateMention, options: InferenceOptions): Present {
  if (options.referenceDate) return {date: options.referenceDate, source: {kind: 'reference', date: options.referenceDate}}
  const governing = governingDateline(options.datelines!, mention)!
  const {year, month, day} = governing.stated
  return {date: {year: year!, month: month!, day: day!}, source: {kind: 'document', from: governing}}
}

/**
 * The dateline a mention is told under: the last at or before it (datelines
 * in document order), else the first. Found by halves: a long document may
 * hold many.
 */
export function governingDateline(datelines: readonly DateMention[], mention: DateMention): DateMention | undefined {
  let low = 0
  let high = datelines.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (datelines[middle]!.start <= mention.start) low = middle + 1
    else high = middle
  }
  return datelines[Math.max(0, low - 1)]
}

/** A news story tells the past: a date lies in the nine months before its present, or the three after; the future tense reverses it. */
function yearInPresent(mention: DateMention, present: CalendarDate, ahead = false): number {
  const future = ahead || mention.modifier === 'next' || isAnnounced(mention)
  const before = future ? OTHER_SIDE_DAYS : 365 - OTHER_SIDE_DAYS
  const origin = dayNumber(present)
  const {month, day} = mention.stated
  for (let year = present.year - 1; year <= present.year + 1; year++) {
    const offset = dayNumberOf(year, month!, day!) - origin
    if (offset > -before && offset <= 365 - before) return year
  }
  // Only « 29 février », outside a leap year, falls in no window: the nearest year tells that it does not exist.
  return nearestYear(mention, present)
}

/** A reading of the date that the text ties to it and with which its weekday agrees: a year of its sentence, then the year its paragraph told before it, then the date told before it. */
function textualReading(mention: DateMention, previous: ResolvedDate | undefined, options: InferenceOptions): ResolvedDate | undefined {
  const written = writtenReading(mention, options)
  if (written) return written
  if (!previous || isAnniversary(mention, previous)) return undefined
  const year = nearestYear(mention, previous.date, YEAR_SWITCH_DAYS)
  const source: YearSource =
    year === previous.date.year && previous.yearSource.kind !== 'written' ? previous.yearSource : {kind: 'document', from: previous.mention}
  const reading = resolved(mention, year, source)
  const near = Math.abs(dayNumber(reading.date) - dayNumber(previous.date)) <= YEAR_SWITCH_DAYS
  // A story goes on into the next year (« jeudi 31 décembre 2020 … vendredi 1er janvier »), not back into the one
  // before: « née le 17 février 1931 … les obsèques, vendredi 11 décembre » is no date of 1930.
  return near && year >= previous.date.year && reading.agrees ? reading : undefined
}

/**
 * A date not told in the past read from today, when its weekday agrees: a
 * draft announces what is to come from the day it is written ("will be
 * held", "the season opens on"), whatever past the story tells first.
 */
function comingReading(mention: DateMention, today: CalendarDate | undefined): ResolvedDate | undefined {
  if (!today || mention.past || mention.stated.weekday === undefined) return undefined
  // Not told in the past, it is most likely to come: read in the three months before today or the nine after.
  const reading = resolved(mention, yearInPresent(mention, today, true), {kind: 'today', date: today})
  return reading.agrees ? reading : undefined
}

/** A year written in the date's sentence, then the year its paragraph told before it, with which its weekday agrees. */
function writtenReading(mention: DateMention, options: Pick<InferenceOptions, 'sentenceYears' | 'paragraphYears'>): ResolvedDate | undefined {
  for (const year of options.sentenceYears?.get(mention.id) ?? []) {
    const reading = resolved(mention, year, {kind: 'written', inSentence: true})
    if (reading.agrees) return reading
  }
  const told = options.paragraphYears?.get(mention.id)
  if (told === undefined) return undefined
  const reading = resolved(mention, told, {kind: 'written', inParagraph: true})
  return reading.agrees ? reading : undefined
}

/** `isAnniversary` on what the mentions state: the previous date's year is written, same day and month, another weekday. */
function isAnniversaryOf(stated: DateMention['stated'], previous: DateMention['stated']): boolean {
  return (
    previous.year !== undefined &&
    previous.day === stated.day &&
    previous.month === stated.month &&
    stated.weekday !== undefined &&
    stated.weekday !== previous.weekday
  )
}

function weekdayOfDay(days: number): number {
  return (((days + 4) % 7) + 7) % 7
}

function resolved(mention: DateMention, year: number, yearSource: YearSource): ResolvedDate {
  const date = {year, month: mention.stated.month!, day: mention.stated.day!}
  const valid = isValidDate(date)
  const agrees = mention.stated.weekday === undefined || (valid && weekdayOf(date) === mention.stated.weekday)
  return {mention, date, valid, agrees, yearSource}
}

/**
 * The year of a date read on from the date told before it: the one that puts
 * it within three months of it, else that date's year; but a date whose year
 * is written without a weekday (`bare`) hands its year on only within three
 * months. A photo caption's
 * date (« Le président à l’Élysée, le 10 décembre 2018. PHOTO AGENCE »), a
 * credit or another event's date months away from the next date is no step
 * of the story: the next date is read as the first one (undefined), in the
 * year that makes the story's weekdays agree. A date announced from the
 * story's present (`announced`, see `comesAfter`) lies after it: a
 * programme unveiled « ce jeudi 25 octobre » for a race « qui s’élancera
 * le samedi 6 juillet » is next July's.
 */
function chainedYear(month: number, day: number, anchorYear: number, anchorMonth: number, anchorDay: number, bare: boolean, announced = false): number | undefined {
  let year = nearestYearOf(month, day, anchorYear, anchorMonth, anchorDay, YEAR_SWITCH_DAYS)
  if (month < 1 || month > 12) return year
  const anchor = dayNumberOf(anchorYear, anchorMonth, anchorDay)
  if (announced && !bare && dayNumberOf(year, month, day) < anchor) year = dayNumberOf(anchorYear, month, day) >= anchor ? anchorYear : anchorYear + 1
  if (!bare) return year
  const distance = Math.abs(dayNumberOf(year, month, day) - anchor)
  return distance <= YEAR_SWITCH_DAYS ? year : undefined
}

/**
 * Whether `mention` is announced (the future tense) right after a date told
 * as the story's present (« ce jeudi 25 octobre », "this Thursday"): it
 * then comes after that date. After any other date it may not: "Rovers
 * host Castleford on Saturday, Dec. 12. The draw will be held on Sunday,
 * Dec. 7." announces both from a present the text does not give, and a
 * verb in the past is not the date's own (« les syndicats ont appelé à
 * une journée de mobilisation lundi 24 octobre » may call for a day to
 * come).
 */
function comesAfter(mention: DateMention, anchor: DateMention): boolean {
  return isAnnounced(mention) && isToldAsPresent(anchor)
}

function chainedFrom(mention: DateMention, previous: ResolvedDate): number | undefined {
  const {date} = previous
  return chainedYear(mention.stated.month!, mention.stated.day!, date.year, date.month, date.day, isBareWritten(previous.mention.stated), comesAfter(mention, previous.mention))
}

/**
 * A date with its year and no weekday: a caption's, a credit's, a reference's
 * (« le 10 décembre 2018 »). A date told with its weekday and year (« le
 * samedi 19 août 1944 ») is an event of the story, which goes on from it.
 */
function isBareWritten(stated: DateMention['stated']): boolean {
  return stated.year !== undefined && stated.weekday === undefined
}

/** The year (of three) that puts the day and month nearest `anchor`. */
function nearestYear(mention: DateMention, anchor: CalendarDate, threshold = 183): number {
  return nearestYearOf(mention.stated.month!, mention.stated.day!, anchor.year, anchor.month, anchor.day, threshold)
}

function nearestYearOf(month: number, day: number, anchorYear: number, anchorMonth: number, anchorDay: number, threshold: number): number {
  const target = dayNumberOf(anchorYear, anchorMonth, anchorDay)
  let year = anchorYear
  let distance = Math.abs(dayNumberOf(year, month, day) - target)
  // The same day and month a year away lies 365 or 366 days further (months 1–12, years
  // from 100: see dayNumberOf), so it cannot come within `threshold` of the anchor unless
  // this one is at least 365 - threshold days away. Most dates are near their anchor.
  if (distance < 365 - threshold && month >= 1 && month <= 12 && anchorYear > 100) return year
  // The year before, then the year after (no array: this runs for every date and candidate year).
  const before = Math.abs(dayNumberOf(anchorYear - 1, month, day) - target)
  if (before < distance && before <= threshold) {
    year = anchorYear - 1
    distance = before
  }
  const after = Math.abs(dayNumberOf(anchorYear + 1, month, day) - target)
  if (after < distance && after <= threshold) year = anchorYear + 1
  return year
}

/**
 * Reads the dates in order, the first undated one in `year`, each next one
 * near the previous; a weekday that disagrees with that reading may agree
 * with a year its sentence or paragraph writes (« En mai 1968, … Le lundi 13
 * mai », after dates of 1944), as in `fromPresent`, or, announced in the
 * future tense, with today's season (`comingReading`).
 */
function readInOrder(dated: readonly DateMention[], year: number, options: Pick<InferenceOptions, 'relativeYears' | 'sentenceYears' | 'paragraphYears' | 'today'>): ResolvedDate[] {
  const result: ResolvedDate[] = []
  let previous: ResolvedDate | undefined
  for (const mention of dated) {
    let current: ResolvedDate
    const relative = mention.stated.year === undefined ? options.relativeYears?.get(mention.id) : undefined
    if (mention.stated.year !== undefined) {
      current = resolved(mention, mention.stated.year, {kind: 'written'})
    } else if (relative) {
      result.push(resolved(mention, year + relative.offset, {kind: 'relative', words: relative.words, base: year}))
      continue
    } else if (!previous || isAnniversary(mention, previous) || mention.modifier === 'last') {
      current = resolved(mention, year, {kind: 'default'})
    } else if (chainedFrom(mention, previous) === undefined) {
      // A caption's or another event's date months away (« Le président à l’Élysée, le 10 décembre 2018. ») is no step of the story.
      current = resolved(mention, year, {kind: 'default'})
    } else {
      const chosen = chainedFrom(mention, previous)!
      const source: YearSource =
        chosen === previous.date.year && previous.yearSource.kind !== 'written'
          ? previous.yearSource
          : {kind: 'document', from: previous.mention}
      current = resolved(mention, chosen, source)
    }
    const other = !current.agrees && mention.stated.year === undefined ? (writtenReading(mention, options) ?? comingReading(mention, options.today)) : undefined
    result.push(other ?? current)
    // The chain goes on from the dates near each other: a paragraph set in 1968 does not move the story's next date there.
    if (!other) previous = current
  }
  // The year of the undated dates read from `year` comes from the first of them whose weekday agrees.
  // None agrees: the first undated date read on from them whose weekday agrees fixed the year (« ce mardi 15 novembre » then « samedi 6 juillet », next July).
  const agreeing = (kind: YearSource['kind']) =>
    result.find((entry) => entry.yearSource.kind === kind && entry.mention.stated.year === undefined && entry.mention.stated.weekday !== undefined && entry.agrees)?.mention
  const base = agreeing('default') ?? agreeing('document')
  if (base) {
    const from = base
    for (const entry of result) if (entry.yearSource.kind === 'default') entry.yearSource = {kind: 'document', from}
  }
  return result
}

/**
 * « mercredi 11 septembre » after « mardi 11 septembre 2001 »: the same day
 * and month as a date whose year is written, with another weekday, is that
 * date's anniversary in another year, not a date near it.
 */
function isAnniversary(mention: DateMention, previous: ResolvedDate): boolean {
  const {stated} = mention
  return (
    previous.yearSource.kind === 'written' &&
    previous.date.day === stated.day &&
    previous.date.month === stated.month &&
    stated.weekday !== undefined &&
    stated.weekday !== previous.mention.stated.weekday
  )
}

function candidateYears(dated: readonly DateMention[], options: InferenceOptions): number[] {
  const years = new Set<number>()
  for (let year = options.today.year - YEARS_BEFORE_TODAY; year <= options.today.year + 1; year++) years.add(year)
  for (const written of options.years) for (let year = written - 1; year <= written + YEARS_AFTER_MENTIONED; year++) years.add(year)
  for (const mention of dated) if (mention.stated.year !== undefined) years.add(mention.stated.year)
  return [...years].sort((a, b) => a - b)
}


function lessThan(a: readonly number[], b: readonly number[]): boolean {
  for (let index = 0; index < a.length; index++) {
    if (a[index]! !== b[index]!) return a[index]! < b[index]!
  }
  return false
}
