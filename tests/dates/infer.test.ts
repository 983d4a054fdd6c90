import {describe, expect, it} from 'vitest'
import {dayNumber, isValidDate, weekdayOf, type CalendarDate} from '../../src/dates/calendar.js'
import type {DateMention} from '../../src/dates/extract.js'
import {resolveYears, type InferenceOptions, type ResolvedDate, type YearSource} from '../../src/dates/infer.js'
import {analyseParagraph, random} from './helpers.js'

/**
 * The year inference as first written: every candidate year read into
 * ResolvedDates, scored and compared. resolveYears scores years on plain
 * numbers and must choose exactly as this does.
 */
function reference(mentions: readonly DateMention[], options: InferenceOptions): ResolvedDate[] {
  const resolved = (mention: DateMention, year: number, yearSource: YearSource): ResolvedDate => {
    const date = {year, month: mention.stated.month!, day: mention.stated.day!}
    const valid = isValidDate(date)
    return {mention, date, valid, agrees: mention.stated.weekday === undefined || (valid && weekdayOf(date) === mention.stated.weekday), yearSource}
  }
  const nearestYear = (mention: DateMention, anchor: CalendarDate, threshold: number) => {
    const target = dayNumber(anchor)
    let year = anchor.year
    let distance = Math.abs(dayNumber({year, month: mention.stated.month!, day: mention.stated.day!}) - target)
    for (const other of [anchor.year - 1, anchor.year + 1]) {
      const candidate = Math.abs(dayNumber({year: other, month: mention.stated.month!, day: mention.stated.day!}) - target)
      if (candidate < distance && candidate <= threshold) [year, distance] = [other, candidate]
    }
    return year
  }
  const readInOrder = (dated: readonly DateMention[], year: number) => {
    const result: ResolvedDate[] = []
    let previous: ResolvedDate | undefined
    for (const mention of dated) {
      let current: ResolvedDate
      if (mention.stated.year !== undefined) current = resolved(mention, mention.stated.year, {kind: 'written'})
      else if (
        !previous ||
        (previous.yearSource.kind === 'written' &&
          previous.date.day === mention.stated.day &&
          previous.date.month === mention.stated.month &&
          mention.stated.weekday !== undefined &&
          mention.stated.weekday !== previous.mention.stated.weekday)
      )
        current = resolved(mention, year, {kind: 'default'})
      else if (
        // A date with its year and no weekday (a caption's) hands its year on only within three months.
        previous.mention.stated.year !== undefined &&
        previous.mention.stated.weekday === undefined &&
        Math.abs(dayNumber({year: nearestYear(mention, previous.date, 92), month: mention.stated.month!, day: mention.stated.day!}) - dayNumber(previous.date)) > 92
      )
        current = resolved(mention, year, {kind: 'default'})
      else {
        const chosen = nearestYear(mention, previous.date, 92)
        current = resolved(mention, chosen, chosen === previous.date.year && previous.yearSource.kind !== 'written' ? previous.yearSource : {kind: 'document', from: previous.mention})
      }
      result.push(current)
      previous = current
    }
    // The first undated default date whose weekday agrees, else the first undated date read on from another whose weekday agrees.
    const agreeing = (kind: string) => result.find((entry) => entry.yearSource.kind === kind && entry.mention.stated.year === undefined && entry.mention.stated.weekday !== undefined && entry.agrees)?.mention
    const base = agreeing('default') ?? agreeing('document')
    if (base) for (const entry of result) if (entry.yearSource.kind === 'default') entry.yearSource = {kind: 'document', from: base}
    return result
  }
  const dated = mentions.filter((mention) => mention.kind === 'date')
  if (dated.length === 0) return []
  const years = new Set<number>()
  for (let year = options.today.year - 40; year <= options.today.year + 1; year++) years.add(year)
  for (const written of options.years) for (let year = written - 1; year <= written + 15; year++) years.add(year)
  for (const mention of dated) if (mention.stated.year !== undefined) years.add(mention.stated.year)
  let best: {result: ResolvedDate[]; score: number; preference: number[]} | undefined
  for (const year of [...years].sort((a, b) => a - b)) {
    const result = readInOrder(dated, year)
    const pairs = new Set(result.filter((entry) => entry.mention.stated.weekday !== undefined && entry.agrees).map((entry) => `${entry.mention.stated.weekday}|${entry.date.year}-${entry.date.month}-${entry.date.day}`))
    const written = result.filter((entry) => entry.yearSource.kind === 'written').map((entry) => entry.date.year)
    const plausible = options.years.filter((value) => value <= options.today.year + 1)
    let outside = 0
    if (plausible.length > 0) {
      const latest = Math.max(...plausible)
      const high = Math.min(latest + 15, options.today.year + 1)
      outside = year < latest ? latest - year : year > high ? year - high : 0
    }
    const today = dayNumber(options.today)
    // Undated dates on the wrong side of today for their tense: told after it, or announced before it.
    const wrongSide = result.filter(
      (entry) => entry.mention.stated.year === undefined && entry.valid && (entry.mention.after && !entry.mention.sequenced ? dayNumber(entry.date) < today : dayNumber(entry.date) > today)
    ).length
    const ahead = year > options.today.year + 1 ? 1 : 0
    // Among equal scores, the most pairs told outside quotations (all here), then the most mentions that agree.
    const told = result.filter((entry) => entry.mention.stated.weekday !== undefined && entry.agrees).length
    const preference = [-pairs.size, -told, written.length > 0 ? Math.min(...written.map((value) => Math.abs(value - year))) : 0, outside, ahead, wrongSide, -year]
    const less = (a: number[], b: number[]) => {
      for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index]! < b[index]!
      return false
    }
    if (!best || pairs.size > best.score || (pairs.size === best.score && less(preference, best.preference))) best = {result, score: pairs.size, preference}
  }
  return best!.result
}

function mention(id: number, stated: DateMention['stated']): DateMention {
  // Told in the past: the reading from today, for dates not told in the past, is tested on its own (date-weekday.test.ts).
  return {id, kind: 'date', text: `m${id}`, start: id * 10, end: id * 10 + 5, line: 1, stated, shared: [], after: false, sequenced: false, past: true, paragraph: 0, opensParagraph: true, closesParagraph: true, style: {monthFirst: false, weekdayComma: false}}
}


describe('year inference', () => {
  it('chooses the same year as reading every candidate year in full, on 2,000 random documents', () => {
    const next = random(42)
    const pick = (count: number) => Math.floor(next() * count)
    const today = {year: 2026, month: 11, day: 29}
    for (let run = 0; run < 2000; run++) {
      const mentions: DateMention[] = []
      const count = 1 + pick(8)
      // Dates near one another (as in a story), some with a written year, a weekday (often right), a pasted repeat or an anniversary.
      const startDay = dayNumber({year: 1990 + pick(40), month: 1 + pick(12), day: 1 + pick(28)})
      for (let index = 0; index < count; index++) {
        const day = startDay + pick(400) - 60
        const date = new Date(day * 86_400_000)
        const stated: DateMention['stated'] = {day: date.getUTCDate(), month: date.getUTCMonth() + 1}
        if (next() < 0.2) stated.day = 29 + pick(3)
        if (next() < 0.25) stated.year = date.getUTCFullYear() + (next() < 0.1 ? 1 : 0)
        if (next() < 0.7) stated.weekday = next() < 0.8 ? date.getUTCDay() : pick(7)
        mentions.push(mention(index, stated))
        if (next() < 0.1) mentions.push(mention(mentions.length, {...stated, year: undefined, weekday: ((stated.weekday ?? 0) + 1) % 7}))
      }
      const years = next() < 0.5 ? [] : Array.from({length: 1 + pick(3)}, () => 1980 + pick(50))
      const options = {years, today, referenceDate: undefined}
      const actual = resolveYears(mentions, options)
      const expected = reference(mentions, options)
      expect(actual, JSON.stringify({mentions: mentions.map((entry) => entry.stated), years})).toEqual(expected)
    }
  })

  it('reads « jeudi 31 décembre 2020 » then « vendredi 1er janvier » into 2021', async () => {
    const analysis = await analyseParagraph('Le jeudi 31 décembre 2020, puis le vendredi 1er janvier, il a neigé.', 'fr', new Date(Date.UTC(2026, 10, 29)))
    expect(analysis.resolved.map((entry) => entry.date)).toEqual([
      {year: 2020, month: 12, day: 31},
      {year: 2021, month: 1, day: 1}
    ])
    expect(analysis.weekdayProblems).toEqual([])
  })

  it('reads "Thursday, Dec. 31, 2020" then "Friday, Jan. 1" into 2021, and finds no year for a weekday that fits none near', async () => {
    const analysis = await analyseParagraph('It snowed on Thursday, Dec. 31, 2020, and then on Friday, Jan. 1.', 'en', new Date(Date.UTC(2026, 10, 29)))
    expect(analysis.resolved.map((entry) => entry.date)).toEqual([
      {year: 2020, month: 12, day: 31},
      {year: 2021, month: 1, day: 1}
    ])
    // Near miss: a Saturday Jan. 1 after the same date is not 2021 but a wrong weekday.
    const wrong = await analyseParagraph('It snowed on Thursday, Dec. 31, 2020, and then on Saturday, Jan. 1.', 'en', new Date(Date.UTC(2026, 10, 29)))
    expect(wrong.weekdayProblems.map((problem) => problem.resolved.mention.text)).toEqual(['Saturday, Jan. 1'])
  })

  it('without a written year, the year whose weekdays agree (« mardi 4 juin » is 2024 from 2026)', async () => {
    const analysis = await analyseParagraph('Le mardi 4 juin, le conseil a voté.', 'fr', new Date(Date.UTC(2026, 10, 29)))
    expect(analysis.resolved.map((entry) => [entry.date.year, entry.yearSource.kind])).toEqual([[2024, 'document']])
  })
})
