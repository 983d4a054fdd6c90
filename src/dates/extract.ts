import type {Chrono, ParsedComponents, ParsedResult} from 'chrono-node'
import type {Block} from '../text/blocks.js'
import {DAY_NUMBER_LEADS, PRESENT_DETERMINERS, fullMonthSpellings, SPAN_UNITS, WEEKDAY_ABBREVIATIONS, WEEKDAY_MODIFIERS_AFTER_FR, WEEKDAY_MODIFIERS_BEFORE, WEEKDAY_NAMES, weekdayAbbreviationsFromMonday, weekdaysFromMonday} from '../lexicon/calendar.js'
import type {Lang} from '../types.js'
import type {StatedDate} from './calendar.js'
import {TAG_SHARED_MONTH, TAG_SHARED_YEAR, TAG_WEEKDAY_DAY} from './chrono.js'
import {dateChunks, isCut} from './chunks.js'
import {weekdayLists} from './lists.js'
import {plainDates} from './plain.js'
import {impossibleDays, numericDates, type DateOrder, type NumericStyle} from './numeric.js'
import {RELATIVE_PRONOUNS, RELATIVE_PRONOUNS_WITH_A_FR} from '../lexicon/clauses.js'
import {BACKSTORY_ADVERBS, CONDITIONAL_STEMS_FR, FUTURE_ENDINGS_FR, FUTURE_WORDS, PARTICIPLE_ENDINGS, PAST_ENDINGS_FR, PAST_VERBS, SEQUENCE_WORDS, STORY_VERBS, THEN_NOT_SEQUENCE_EN} from '../lexicon/tenses.js'
import {formsPattern, wordsPattern} from '../lexicon/patterns.js'
import {SPAN_COUNTS} from '../lexicon/numbers.js'

export {sentenceChunks} from './chunks.js'
export type {StatedDate}

/**
 * - `date`: a day and a month (« vendredi 2 octobre », "Feb. 30"), with or without year and weekday;
 * - `weekday`: a weekday alone (« jeudi », "on Thursday"), to be placed on the timeline;
 * - `weekday-day`: a weekday and a day but no month (« le vendredi 13 »): no date can be checked.
 */
export type MentionKind = 'date' | 'weekday' | 'weekday-day'

export interface DateMention {
  /** Position in document order. */
  id: number
  kind: MentionKind
  /** The words of the text. */
  text: string
  /** File offsets of `text`. */
  start: number
  end: number
  line: number
  stated: StatedDate
  /**
   * The month and/or year are written once for a list or range (« lundi 12 et
   * mardi 13 juin »); the day too when the weekdays are listed before their
   * days (« mardi et mercredi 1er et 2 décembre »): the mention is then the weekday's word alone.
   */
  shared: Array<'day' | 'month' | 'year'>
  /** « jeudi dernier » / « jeudi prochain », "last/next Thursday"; « le 23 mars dernier », "last March 23". */
  modifier?: 'last' | 'next'
  /** The text places this weekday after its anchor: future tense, « puis », "the next day"… */
  after: boolean
  /** Told as coming after what precedes it: « puis », « ensuite », "then", "later"… */
  sequenced: boolean
  /** Its clause has a verb in the past (« a eu lieu le », "happened on"); a listing or the present tense has none. */
  past?: boolean
  /**
   * The sequence word is said in a relative clause about someone or something
   * (« Bledsoe, qui a ensuite été condamné le… », "Bledsoe, who was later
   * sentenced on…"), opening this many characters before the mention: it
   * orders the dates of that clause's own story, not the date of the clause
   * it hangs on.
   */
  sequenceClause?: number
  /**
   * For a date told with a sequence word: its clause dates it from another
   * event (« le 21 décembre, deux jours après l’attaque », "on Dec. 21, two
   * days after the attack"). It is background dated from that event, not
   * the next step after the date told before it.
   */
  anchored?: boolean
  /**
   * For a date told with a sequence word: it is told in the pluperfect or the
   * past conditional (« où il avait été filmé le », « se seraient rendus … puis
   * … le », "had been seen on", "would have met on"), whose verb opens this
   * many characters before the mention. That backstory is ordered only
   * against the dates told within it, not against the date before the verb.
   */
  backstory?: number
  /** Index of the paragraph (block) the mention is told in. */
  paragraph: number
  /** The mention lies in its paragraph's first sentence, or in its last one. */
  opensParagraph: boolean
  closesParagraph: boolean
  /** Other end of a range written as one expression (« du 12 au 15 juin »). */
  rangeOf?: number
  /** How the date is written, to write corrections the same way; `numeric` for « vendredi 28/08/2014 ». */
  style: {monthFirst: boolean; weekdayComma: boolean; numeric?: NumericStyle; weekdayAfter?: boolean}
  /** The other reading of a numeric date both orders read ("Monday, 10/12/2026"): the weekday may fit either. */
  alternative?: StatedDate
}

export interface Extraction {
  mentions: DateMention[]
  /** Four-digit years written anywhere (« depuis 2006 »), in document order. */
  years: number[]
}

const FULL_WEEKDAY: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}\\p{N}])(?:${weekdaysFromMonday('fr').join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
  en: new RegExp(`(?<![\\p{L}\\p{N}])(?:${weekdaysFromMonday('en').join('|')})(?![\\p{L}\\p{N}])`, 'iu')
}

const FULL_MONTH_BEFORE_STOP = new RegExp(`(?:\\d|${[...fullMonthSpellings('fr'), ...fullMonthSpellings('en')].join('|')})\\.$`, 'iu')

const LAST: Record<Lang, RegExp> = {fr: /\bdernier\b/i, en: /\b(?:last|past)\b/i}
const NEXT: Record<Lang, RegExp> = {fr: /\bprochain\b/i, en: /\bnext\b/i}

/**
 * Words telling that what follows comes later in time. Not the same words
 * when they tell something else: a deadline (« au plus tard », "no later
 * than"), the time of another event ("until then", "by then", "back then"),
 * a former title ("then-President"), or the next item of a list of topics
 * (« Puis il y a la piscine… », "Then there is the wall…").
 */
/**
 * A relative pronoun opening a clause about its noun. Not « que », "that":
 * they also open a reported statement (« il a dit que… », "said that…").
 */
const RELATIVE_PRONOUN: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}])(?:${wordsPattern([...RELATIVE_PRONOUNS.fr, ...RELATIVE_PRONOUNS_WITH_A_FR])})(?![\p{L}])`, 'giu'),
  en: new RegExp(String.raw`\b(?:${wordsPattern(RELATIVE_PRONOUNS.en)})\b`, 'gi')
}

/** « lundi dernier », « ce lundi », "last Monday": a weekday alone's modifiers, part of its mention. */
const MODIFIER_AFTER = new RegExp(String.raw`^\s+(?:${wordsPattern(WEEKDAY_MODIFIERS_AFTER_FR)})\b`, 'i')
const MODIFIER_BEFORE = new RegExp(String.raw`^(?:${wordsPattern(WEEKDAY_MODIFIERS_BEFORE)})\s+`, 'i')
/** A word right before the day number that is no month (« le 12 », "the 12th"). */
const DAY_NUMBER_LEAD = new RegExp(`^(?:${wordsPattern(DAY_NUMBER_LEADS)})$`, 'i')

const SEQUENCE_MARKERS: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}])(?:puis(?!\s*,?\s+il\s+y\s+a(?!\s+eu)(?![\p{L}]))|(?<!(?<![\p{L}])au\s+)plus tard|${wordsPattern(SEQUENCE_WORDS.fr)})(?![\p{L}])`, 'iu'),
  en: new RegExp(
    String.raw`\b(?:(?<!\b(?:${wordsPattern(THEN_NOT_SEQUENCE_EN)})\s+)then(?!-|\s*,?\s+there(?:\s+(?:is|are)\b|['’]s\b))|later(?!\s+than\b)|${wordsPattern(SEQUENCE_WORDS.en)})\b`,
    'i'
  )
}

/** « depuis », « dès », "since" right before a date. */
const STATE_SINCE: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:depuis|dès)\s+(?:le\s+|ce\s+)?$/iu,
  en: /\bsince\s+(?:the\s+|last\s+)?$/i
}

/**
 * Whether the text announces the date as to come from the story's present
 * (the future tense, "next", an end still ahead), not merely as after the
 * date told before it (« puis », "then").
 */
export function isAnnounced(mention: Pick<DateMention, 'after' | 'sequenced'>): boolean {
  return mention.after && !mention.sequenced
}

const PRESENT_LEAD = new RegExp(`^(?:${PRESENT_DETERMINERS.join('|')})\\s`, 'iu')

/** Whether the mention tells the story's present: « ce jeudi 25 octobre », "this Thursday, Oct. 25" (the determiner is kept in its text). */
export function isToldAsPresent(mention: Pick<DateMention, 'text'>): boolean {
  return PRESENT_LEAD.test(mention.text)
}

/** The future tense: a bare weekday then lies after its anchor. */
const FUTURE_MARKERS: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}])(?:${formsPattern(FUTURE_WORDS.fr)}|[a-zà-ÿ]{2,}(?:${wordsPattern(FUTURE_ENDINGS_FR)}))(?![\p{L}])`, 'u'),
  en: new RegExp(String.raw`\b(?:${formsPattern(FUTURE_WORDS.en)}|next(?!\s+day))\b|'ll\b`, 'i')
}

/**
 * The future seen from a past saying, written before the date: "said it
 * would run a reduced schedule on Wednesday", « a annoncé qu’elle
 * assurerait un service réduit mercredi ». Read only before the date: in
 * "said Monday it would…" the saying's Monday is past. Not "would have",
 * nor « aurait », « serait » (« il aurait été tué lundi » reports a past).
 * French conditionals: -erait (the imperfect of a verb in -érer keeps its
 * accent: « espérait »), and the irregular stems.
 */
const FUTURE_IN_THE_PAST: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}])(?:\p{Ll}+(?<![éa])erai(?:t|ent)|(?:${wordsPattern(CONDITIONAL_STEMS_FR)})ai(?:t|ent))(?![\p{L}])`, 'u'),
  en: /\bwould(?!\s+have\b)(?![\p{L}])/iu
}

/**
 * A date that ends what is still under way: "the show runs until Sunday,
 * March 7", « l’exposition se poursuit jusqu’au dimanche 7 mars ». It lies
 * ahead, like a date in the future tense, unless its clause tells the past
 * ("ran until", « a duré jusqu’au »).
 */
const OPEN_UNTIL: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])jusqu['’](?:au|à)\s+$/iu,
  en: /\b(?:until|till|through)\s+$/i
}

/** Where the clause holding the end of `before` starts: after a comma, a colon or a coordinating conjunction. */
const CLAUSE_BREAK: Record<Lang, RegExp> = {
  fr: /[,:;—–(]|(?<![\p{L}])(?:et|mais|puis)(?![\p{L}])/giu,
  en: /[,:;—–(]|\b(?:and|but|then)\b/gi
}

/** A verb in the past, in a clause: "ran", "was", "had ended"; « a duré », « s’est tenue », « fermait ». */
const PAST_IN_CLAUSE: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}])(?:${wordsPattern(PAST_VERBS.fr)})(?![\p{L}])|(?<![\p{L}])\p{L}{2,}(?:${wordsPattern(PAST_ENDINGS_FR)})(?![\p{L}])`, 'iu'),
  en: new RegExp(String.raw`\b(?:${wordsPattern(PAST_VERBS.en)}|\p{L}{2,}ed)\b`, 'iu')
}

function endsWhatIsUnderWay(before: string, lang: Lang): boolean {
  return OPEN_UNTIL[lang].test(before) && !isToldInThePast(before, lang)
}

const WEEKDAY_AT_END = new RegExp(`(?<![\\p{L}])(?:${[...WEEKDAY_NAMES.fr, ...WEEKDAY_NAMES.en].join('|')})\\s*$`, 'iu')
const COORDINATION_AT_END = /(?:,|(?<![\p{L}])(?:and|or|et|ou))\s*(?:on\s+|le\s+)?$/iu

/**
 * `before` without the weekdays coordinated before the date: "would run on
 * Wednesday and Thursday", « assurerait un service mercredi et jeudi »:
 * « jeudi » is told by the same verb as « mercredi ».
 */
function beforeCoordinated(before: string): string {
  let text = before
  for (let match = COORDINATION_AT_END.exec(text); match; match = COORDINATION_AT_END.exec(text)) {
    const head = text.slice(0, match.index)
    if (!WEEKDAY_AT_END.test(head)) break
    text = head.replace(WEEKDAY_AT_END, '')
  }
  return text
}

/** The clause ending `before`: from its last comma, colon or coordinating conjunction. */
function clauseOf(before: string, lang: Lang): string {
  let clause = 0
  for (const match of before.matchAll(CLAUSE_BREAK[lang])) clause = match.index + match[0].length
  return before.slice(clause)
}

/** Whether the clause ending `before` (the text up to a date) has a verb in the past: "happened on", « a eu lieu le ». */
export function isToldInThePast(before: string, lang: Lang): boolean {
  let clause = 0
  for (const match of before.matchAll(CLAUSE_BREAK[lang])) clause = match.index + match[0].length
  return PAST_IN_CLAUSE[lang].test(before.slice(clause))
}

/** A comma and two digits ending a date chrono read with a year ("Nov. 7, 11"). */
const TWO_DIGIT_YEAR = /(?<=\d(?:st|nd|rd|th)?\.?)\s*,\s*\d{2}$/u

/** A four-digit year written in the text (« depuis 2006 »), not part of a longer number. */
export const WRITTEN_YEAR = /(?<![\p{L}\p{N}.,])(1[6-9]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu

/** A fixed reference keeps chrono's own guesses deterministic; they are never used. */
const CHRONO_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12))

/**
 * Reads every date expression of the blocks with the configured chrono
 * parser (see `dateParser`). `lineOf` maps a file offset to its line.
 */
export function extractDates(blocks: readonly Block[], lang: Lang, parser: Chrono, lineOf: (offset: number) => number, order: DateOrder = 'auto'): Extraction {
  const mentions: DateMention[] = []
  const years: number[] = []
  const reference = new Date(CHRONO_REFERENCE)
  for (const [paragraph, block] of blocks.entries()) {
    for (const match of block.text.matchAll(WRITTEN_YEAR)) years.push(Number(match[1]))
    // Where the paragraph's first sentence ends and its last one starts, found once a mention needs them.
    let edges: [number, number] | undefined
    // chrono finds no mention in a sentence that names no day (see mayContainDates): it reads only the others.
    for (const [from, to] of dateChunks(block.text)) {
      const chunk = block.text.slice(from, to)
      for (const mention of withWordBetween(withNumericDates(chunkMentions(chunk, lang, parser, reference), chunk, lang, order), chunk, lang)) {
        if (mention.value.kind === 'date' && mention.value.stated.weekday === undefined) withAbbreviatedWeekday(mention, block.text, from, lang)
        const index = from + mention.index
        const [start, end] = block.rangeOf(index, index + mention.text.length)
        edges ??= sentenceEdges(block.text)
        const told = {paragraph, opensParagraph: index < edges[0], closesParagraph: index >= edges[1]}
        mentions.push(mentionOf(mention, mentions.length, start, end, lineOf(start), told))
      }
    }
  }
  // Link the two ends of a range after numbering.
  for (let index = 1; index < mentions.length; index++) {
    const previous = mentions[index - 1]!
    const current = mentions[index]!
    if (current.rangeOf === -1) {
      current.rangeOf = previous.id
      previous.rangeOf = current.id
    }
  }
  return {mentions, years}
}

/** A weekday abbreviated with a full stop right before a date, as newsletters and listings write it: « jeu. 11 déc. », "Thu. Dec. 11". */
const ABBREVIATED_WEEKDAY: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])(${weekdayAbbreviationsFromMonday('fr').join('|')})\\.,?\\s+$`, 'iu'),
  en: new RegExp(`\\b(${WEEKDAY_ABBREVIATIONS.en.flat().join('|')})\\.,?\\s+$`, 'i')
}

/** Takes into a date the abbreviated weekday written before it (`from`: the chunk's start in the block). */
function withAbbreviatedWeekday(mention: Partial, text: string, from: number, lang: Lang): void {
  const at = from + mention.index
  const before = ABBREVIATED_WEEKDAY[lang].exec(text.slice(Math.max(0, at - 10), at))
  if (!before) return
  // An abbreviation is the start of its weekday's name (« jeu. », "Thurs.").
  const abbreviation = before[1]!.toLowerCase()
  mention.value.stated.weekday = WEEKDAY_NAMES[lang].findIndex((name) => name.toLowerCase().startsWith(abbreviation))
  mention.index -= before[0].length
  mention.text = before[0] + mention.text
}

/**
 * The chunk's numeric dates written after a weekday (see `numericDates`) in
 * place of whatever chrono read over them: chrono reads some of these forms
 * and not others, and reads a weekday and the date after it apart.
 */
function withNumericDates(partials: Partial[], chunk: string, lang: Lang, order: DateOrder): Partial[] {
  const dates: Array<{index: number; text: string; stated: StatedDate; alternative?: StatedDate; numeric?: NumericStyle}> = numericDates(chunk, lang, order)
  // Days above 31, which chrono does not read: « le 32 mars », "March 32", « le 40-02-2011 ».
  for (const day of impossibleDays(chunk, lang)) if (!dates.some((date) => date.index < day.index + day.text.length && date.index + date.text.length > day.index)) dates.push(day)
  if (dates.length === 0) return partials
  const kept = partials.filter((partial) => !dates.some((date) => partial.index < date.index + date.text.length && partial.index + partial.text.length > date.index))
  for (const date of dates) {
    const style = date.numeric ? {monthFirst: date.numeric.order === 'mdy', weekdayComma: /^[\p{L}.]+,/u.test(date.text), numeric: date.numeric} : undefined
    const partial = datePartial(date.index, date.text, chunk, lang, date.stated, [], style)
    if (date.alternative) partial.value.alternative = date.alternative
    kept.push(partial)
  }
  return kept.sort((a, b) => a.index - b.index)
}

const WEEKDAY_BEFORE: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])(${weekdaysFromMonday('fr').join('|')})(?:\\s*,\\s*le|\\s+le)\\s+$`, 'iu'),
  en: new RegExp(`(?<![\\p{L}])(?:(${weekdaysFromMonday('en').join('|')})|(mo|tu|we|th|fr|sa|su))\\s*,\\s*(?:the\\s+)?$`, 'iu')
}

/** A weekday before its date in brackets, as some papers write it: "Thursday (Dec. 11)", « jeudi (11 décembre) ». */
const WEEKDAY_BEFORE_BRACKET: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])(${weekdaysFromMonday('fr').join('|')})\\s*\\(\\s*$`, 'iu'),
  en: new RegExp(`(?<![\\p{L}])(${weekdaysFromMonday('en').join('|')})\\s*\\(\\s*$`, 'iu')
}
const BRACKET_CLOSE = /^\s*\)/u

const WEEKDAY_AFTER: Record<Lang, RegExp> = {
  fr: new RegExp(`^\\s*\\(\\s*(${[...weekdaysFromMonday('fr'), ...weekdayAbbreviationsFromMonday('fr')].join('|')})\\.?\\s*\\)`, 'iu'),
  en: new RegExp(`^\\s*\\(\\s*(${[...weekdaysFromMonday('en'), ...weekdayAbbreviationsFromMonday('en')].join('|')})\\.?\\s*\\)`, 'iu')
}

/**
 * A weekday written apart from its date, with a word between or after it:
 * « mercredi, le 10 juin 2014 », « lundi le 23 juillet », "Mo, 7 October"
 * (the two-letter abbreviations of calendars and forms, capitalised), and
 * in brackets after the date: « le 2 octobre (jeudi) », "Oct. 2 (Thursday)",
 * "2016-12-29(Fri)". Any weekday chrono read alone there is the date's.
 */
function withWordBetween(partials: Partial[], chunk: string, lang: Lang): Partial[] {
  let taken: Array<[number, number]> | undefined
  for (const partial of partials) {
    if (partial.value.kind !== 'date' || partial.value.stated.weekday !== undefined || partial.value.shared.length > 0) continue
    const end = partial.index + partial.text.length
    const lead = chunk.slice(Math.max(0, partial.index - 20), partial.index)
    // "Thursday (Dec. 11)": the date in brackets after its weekday, read with both brackets.
    const closing = BRACKET_CLOSE.exec(chunk.slice(end, end + 4))
    const bracketed = closing ? WEEKDAY_BEFORE_BRACKET[lang].exec(lead) : null
    const before = bracketed ?? WEEKDAY_BEFORE[lang].exec(lead)
    const after = before ? undefined : WEEKDAY_AFTER[lang].exec(chunk.slice(end, end + 20))
    const word = (before?.[1] ?? before?.[2] ?? after?.[1])?.toLowerCase()
    if (!word) continue
    // Two letters only as calendars write them: "Mo", not "MO" nor "mo".
    if (before?.[2] !== undefined && !/^[A-Z][a-z]$/.test(before[2])) continue
    const weekday = WEEKDAY_NAMES[lang].findIndex((name) => name.toLowerCase().startsWith(word))
    if (weekday < 0) continue
    partial.value.stated = {...partial.value.stated, weekday}
    if (before) {
      partial.index -= before[0].length
      partial.text = before[0] + partial.text + (bracketed ? closing![0] : '')
      // Corrected to the plain form: "Thursday, Dec. 11", « jeudi 11 décembre ».
      if (bracketed) partial.value.style = {...partial.value.style, weekdayComma: partial.value.style.monthFirst}
    } else {
      partial.text += after![0]
      partial.value.style = {...partial.value.style, weekdayAfter: true}
    }
    ;(taken ??= []).push([partial.index, partial.index + partial.text.length])
  }
  if (!taken) return partials
  // The weekday chrono read alone inside the date's new words.
  return partials.filter((partial) => partial.value.kind === 'date' || !taken!.some(([from, to]) => partial.index >= from && partial.index + partial.text.length <= to))
}

/** The mentions of one chunk, in order: plain written-out dates are read without chrono (see `plainDates`). */
export function chunkMentions(chunk: string, lang: Lang, parser: Chrono, reference = CHRONO_REFERENCE): Partial[] {
  const plain = plainDates(chunk, lang)
  if (plain) return pairedByPosition(plain.map((date) => datePartial(date.index, date.text, chunk, lang, date.stated, [], PLAIN_STYLE[lang])), chunk, lang)
  return pairedByPosition(chronoMentions(chunk, lang, parser, reference), chunk, lang)
}

/**
 * The mentions of a chunk with its lists of weekdays written before their
 * days (« mardi et mercredi 1er et 2 décembre ») read pair by pair, the n-th
 * weekday with the n-th day (see `weekdayLists`): whatever chrono read inside
 * such a list is replaced by one date per weekday, written on the weekday's word.
 */
function pairedByPosition(partials: Partial[], chunk: string, lang: Lang): Partial[] {
  // Such a list always starts with a weekday alone, which chrono reads as one.
  if (!partials.some((partial) => partial.value.kind === 'weekday')) return partials
  const lists = weekdayLists(chunk, lang)
  if (lists.length === 0) return partials
  const kept = partials.filter((partial) => !lists.some((list) => partial.index < list.end && partial.index + partial.text.length > list.start))
  for (const list of lists) {
    for (const day of list.days) {
      const shared: DateMention['shared'] = ['day', 'month']
      if (day.stated.year !== undefined) shared.push('year')
      kept.push(datePartial(day.index, day.text, chunk, lang, day.stated, shared, PLAIN_STYLE[lang]))
    }
  }
  return kept.sort((a, b) => a.index - b.index)
}

/** The mentions of one chunk as chrono reads them. */
export function chronoMentions(chunk: string, lang: Lang, parser: Chrono, reference = CHRONO_REFERENCE): Partial[] {
  const partials: Partial[] = []
  for (const result of parser.parse(chunk, reference)) partials.push(...toMentions(result, chunk, lang))
  return partials
}

/** Where a mention is told: its paragraph, and whether it lies in the paragraph's first or last sentence. */
type Told = Pick<DateMention, 'paragraph' | 'opensParagraph' | 'closesParagraph'>

/**
 * The end of a paragraph's first sentence and the start of its last one (cut
 * where `dateChunks` cuts): each found by a scan as long as that sentence.
 */
function sentenceEdges(text: string): [number, number] {
  let firstEnd = text.length
  for (let at = 1; at < text.length; at++) {
    if (text.charCodeAt(at) === 32 && isCut(text, at)) {
      firstEnd = at
      break
    }
  }
  let lastStart = 0
  for (let at = text.length - 1; at > 0; at--) {
    if (text.charCodeAt(at) === 32 && isCut(text, at)) {
      lastStart = at
      break
    }
  }
  return [firstEnd, lastStart]
}

export type Partial = {index: number; text: string; value: Omit<DateMention, 'id' | 'start' | 'end' | 'line' | 'text' | keyof Told>}

/**
 * The mention of a partial, every field written out in one order: all
 * mentions then share one shape. Spreading `value`, whose shape depends on
 * the kind of mention, cost more per mention than the rest of its reading.
 */
function mentionOf(partial: Partial, id: number, start: number, end: number, line: number, told: Told): DateMention {
  const {value} = partial
  return {
    id,
    kind: value.kind,
    text: partial.text,
    start,
    end,
    line,
    paragraph: told.paragraph,
    opensParagraph: told.opensParagraph,
    closesParagraph: told.closesParagraph,
    stated: value.stated,
    shared: value.shared,
    modifier: value.modifier,
    after: value.after,
    sequenced: value.sequenced,
    past: value.past,
    sequenceClause: value.sequenceClause,
    anchored: value.anchored,
    backstory: value.backstory,
    rangeOf: value.rangeOf,
    style: value.style,
    alternative: value.alternative
  }
}

function toMentions(result: ParsedResult, blockText: string, lang: Lang): Partial[] {
  let text = result.text
  let index = result.index
  const lead = /^(?:[\s,(（]|on\s|ce\s|this\s)+/iu.exec(text)
  if (lead) {
    // « ce jeudi », "this Thursday" keep their determiner; "on" and punctuation go.
    const kept = /(?:ce|this)\s+$/i.exec(lead[0])
    const cut = lead[0].length - (kept ? kept[0].length : 0)
    text = text.slice(cut)
    index += cut
  }
  text = text.replace(/[\s,)）]+$/u, '')
  // chrono reads « juin. » as an abbreviation; a full month name or a number ends before the full stop.
  if (FULL_MONTH_BEFORE_STOP.test(text)) text = text.slice(0, -1)
  if (!text) return []
  const start = result.start
  const stated = statedOf(start)
  // "the week ending Nov. 7, 11 in the week ending Nov. 14": news copy writes a year in four digits; two after a comma are a figure.
  const figure = TWO_DIGIT_YEAR.exec(text)
  if (figure && stated.year !== undefined) {
    text = text.slice(0, figure.index)
    delete stated.year
  }
  const tags = start.tags()
  const shared: DateMention['shared'] = []
  if (tags.has(TAG_SHARED_MONTH)) shared.push('month')
  if (tags.has(TAG_SHARED_YEAR)) shared.push('year')

  if (stated.day !== undefined && stated.month !== undefined) {
    if (stated.day < 1 || stated.day > 31 || stated.month < 1 || stated.month > 12) return []
    const first = datePartial(index, text, blockText, lang, stated, shared)
    if (!result.end) return [first]
    const {after, style} = first.value
    const end = statedOf(result.end)
    if (end.day === undefined) return [first]
    const second: Partial = {
      index,
      text,
      value: {kind: 'date', stated: {...end, month: end.month ?? stated.month, year: end.year ?? stated.year}, shared: [], after, sequenced: false, past: first.value.past, style, rangeOf: -1}
    }
    return [first, second]
  }
  if (stated.weekday === undefined) return []
  const {modifier, sequenced, after} = readingOf(text, index, blockText, lang)
  const style = styleOf(text)
  if (tags.has(TAG_WEEKDAY_DAY) && stated.day !== undefined) {
    return [{index, text, value: {kind: 'weekday-day', stated, shared, after, sequenced, style, modifier}}]
  }
  // A weekday alone: only its full name counts (« mer » is the sea, "sat" a verb).
  const word = FULL_WEEKDAY[lang].exec(text)
  if (!word) return []
  const wordEnd = word.index + word[0].length
  const modifierWord = MODIFIER_AFTER.exec(text.slice(wordEnd))
  const from = MODIFIER_BEFORE.test(text) ? 0 : word.index
  const to = wordEnd + (modifierWord ? modifierWord[0].length : 0)
  return [{index: index + from, text: text.slice(from, to), value: {kind: 'weekday', stated: {weekday: stated.weekday}, shared, after, sequenced, style, modifier}}]
}

/**
 * What `styleOf` reads in a plain date (see `plainDate`): « mercredi 30
 * octobre » writes the day first and no comma, "Wednesday, October 30" the
 * month first and a comma after the weekday. Known from the shape, it is not
 * read again for most of a story's dates.
 */
const PLAIN_STYLE: Record<Lang, DateMention['style']> = {
  fr: {monthFirst: false, weekdayComma: false},
  en: {monthFirst: true, weekdayComma: true}
}

/** « dernier » after a French date, "last" before an English one. */
const LAST_DATE: Record<Lang, (chunk: string, start: number, end: number) => boolean> = {
  fr: (chunk, _start, end) => /^[\s\u00a0]+derni(?:er|ère)(?![\p{L}])/u.test(chunk.slice(end, end + 12)),
  en: (chunk, start) => /(?:^|[\s(])last[\s\u00a0]+$/iu.test(chunk.slice(Math.max(0, start - 8), start))
}

/** A mention of a day and a month (kind `date`) at `index` of the chunk. */
function datePartial(index: number, text: string, chunk: string, lang: Lang, stated: StatedDate, shared: DateMention['shared'], style?: DateMention['style']): Partial {
  const {modifier, sequenced, after, sequenceClause, past, context} = readingOf(text, index, chunk, lang)
  const anchored = sequenced ? isAnchored(context.before, sentenceAfter(chunk, index + text.length), lang) : undefined
  const backstory = sequenced ? backstoryOf(context.before, lang) : undefined
  // « le 23 mars dernier », "last March 23": the one before the story's present, whatever the dates told before it.
  const last = stated.year === undefined && LAST_DATE[lang](chunk, index, index + text.length) ? 'last' : undefined
  return {index, text, value: {kind: 'date', stated, shared, after, sequenced, past, sequenceClause, anchored, backstory, style: style ?? styleOf(text), modifier: modifier ?? last}}
}

/** How a mention's words and its sentence place it in time. */
function readingOf(text: string, index: number, chunk: string, lang: Lang) {
  const context = sentenceBefore(chunk, index)
  const modifier: DateMention['modifier'] = LAST[lang].test(text) ? 'last' : NEXT[lang].test(text) ? 'next' : undefined
  // « puis … fermée depuis le jeudi 12 novembre »: a date after « depuis », "since" dates a state already under way, not the next step.
  const sequenced = SEQUENCE_MARKERS[lang].test(context.before) && !STATE_SINCE[lang].test(context.before)
  const after =
    modifier === 'next' ||
    sequenced ||
    FUTURE_MARKERS[lang].test(context.before) ||
    FUTURE_MARKERS[lang].test(context.rest) ||
    (modifier !== 'last' && FUTURE_IN_THE_PAST[lang].test(clauseOf(beforeCoordinated(context.before), lang))) ||
    endsWhatIsUnderWay(context.before, lang)
  const sequenceClause = sequenced ? relativeClauseOf(context.before, lang) : undefined
  return {modifier, sequenced, after, sequenceClause, past: !after && isToldInThePast(context.before, lang), context}
}

/** A count of days, weeks… (« deux jours », "three weeks", « quelques heures »). */
const SPAN: Record<Lang, string> = {
  fr: String.raw`(?:\d+|${formsPattern(SPAN_COUNTS.fr)})\s+(?:${formsPattern(SPAN_UNITS.fr)})`,
  en: String.raw`(?:\d+|${formsPattern(SPAN_COUNTS.en, String.raw`\s+`)})\s+(?:${formsPattern(SPAN_UNITS.en)})`
}

/**
 * A span before or after another event, named: « deux jours après l’attaque »,
 * « trois jours avant son arrestation », "two days after the attack". Not
 * « deux jours après, » nor "two days later": those tell the next step.
 */
const ANCHOR: Record<Lang, string> = {
  fr: String.raw`(?<![\p{L}])${SPAN.fr}\s+(?:après|avant)\s+(?=\p{L})`,
  en: String.raw`\b${SPAN.en}\s+(?:after|before)\s+(?=\p{L})`
}

/** The anchor right after the date, in its clause or the next one: no other date, no coordination between. */
const ANCHOR_AFTER: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`^[^\d.;:!?,]{0,40}(?:[,(—–]\s*)?${ANCHOR.fr}`, 'iu'),
  en: new RegExp(String.raw`^[^\d.;:!?,]{0,40}(?:[,(—–]\s*)?${ANCHOR.en}`, 'iu')
}

/** The anchor right before the date: « Deux jours après l’attaque, le 21 décembre ». */
const ANCHOR_BEFORE: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`${ANCHOR.fr}[^\d.;:!?,]{1,40},?\s*(?:le\s+)?$`, 'iu'),
  en: new RegExp(String.raw`${ANCHOR.en}[^\d.;:!?,]{1,40},?\s*(?:on\s+)?(?:the\s+)?$`, 'iu')
}

const COORDINATION: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:et|ou|puis|mais)(?![\p{L}])/iu,
  en: /\b(?:and|or|then|but)\b/i
}

/** Whether the clause of a date dates it from another event (see `DateMention.anchored`). */
function isAnchored(before: string, after: string, lang: Lang): boolean {
  const next = ANCHOR_AFTER[lang].exec(after)
  if (next && !COORDINATION[lang].test(next[0].replace(new RegExp(ANCHOR[lang], 'iu'), ''))) return true
  const previous = ANCHOR_BEFORE[lang].exec(before)
  return previous !== null && !COORDINATION[lang].test(previous[0])
}

/**
 * The pluperfect and the past conditional: an auxiliary and a past
 * participle (« avait été », « s’étaient rendus », « se seraient rendus »,
 * « aurait quitté », "had been", "had left", "would have met"). Not
 * « était », « serait » alone (« il était à Alger »), nor "had" alone ("had a meeting").
 */
const BACKSTORY_VERB: Record<Lang, RegExp> = {
  fr: new RegExp(
    String.raw`(?<![\p{L}])(?:(?:avai|aurai)(?:s|t|ent)|(?:s['’]|se\s+)?(?:étai|serai)(?:s|t|ent))\s+(?:(?:${wordsPattern(BACKSTORY_ADVERBS.fr)})\s+)*\p{L}+(?:${formsPattern(PARTICIPLE_ENDINGS.fr)})(?![\p{L}])`,
    'giu'
  ),
  en: new RegExp(
    String.raw`\b(?:had|would\s+have|might\s+have|could\s+have)\s+(?:(?:${wordsPattern(BACKSTORY_ADVERBS.en)})\s+)*(?:been|\p{L}{2,}(?:${wordsPattern(PARTICIPLE_ENDINGS.en)}))\b`,
    'giu'
  )
}

/** A verb of the story's own line after the backstory verb: it takes the date back (« avait été arrêté, puis a été condamné le »). */
const STORY_VERB: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}])(?:${wordsPattern(STORY_VERBS.fr, String.raw`\s+`)}|\p{L}{2,}èrent)(?![\p{L}])`, 'iu'),
  en: new RegExp(String.raw`\b(?:${wordsPattern(STORY_VERBS.en)})\b`, 'i')
}

/** A parenthetical inside the sentence (« -- pays par lequel ont transité … -- »), blanked: its verbs are not the date's. */
const PARENTHETICAL = /--[^]*?--|—[^—]*?—|\([^()]*\)/gu

/** See `DateMention.backstory`: the last pluperfect or past-conditional verb before the date, when no story verb follows it. */
function backstoryOf(before: string, lang: Lang): number | undefined {
  const text = before.replace(PARENTHETICAL, (match) => ' '.repeat(match.length))
  let verb: RegExpExecArray | undefined
  for (const match of text.matchAll(BACKSTORY_VERB[lang])) verb = match
  if (!verb) return undefined
  if (STORY_VERB[lang].test(text.slice(verb.index + verb[0].length))) return undefined
  return before.length - verb.index
}

/**
 * How far back from the end of `before` opens the relative clause holding its
 * sequence word: the last relative pronoun before the word, with no comma
 * between them (« Untel, qui a présidé, puis… »: the comma closed the clause,
 * « puis » is the main clause's).
 */
function relativeClauseOf(before: string, lang: Lang): number | undefined {
  const marker = SEQUENCE_MARKERS[lang].exec(before)
  if (!marker) return undefined
  let opening: number | undefined
  for (const pronoun of before.slice(0, marker.index).matchAll(RELATIVE_PRONOUN[lang])) opening = pronoun.index
  if (opening === undefined || /[,;:()—–]/u.test(before.slice(opening, marker.index))) return undefined
  return before.length - opening
}

function statedOf(components: ParsedComponents): StatedDate {
  const stated: StatedDate = {}
  for (const key of ['weekday', 'day', 'month', 'year'] as const) {
    if (components.isCertain(key)) {
      const value = components.get(key)
      if (value !== null) stated[key] = value
    }
  }
  return stated
}

function styleOf(text: string): DateMention['style'] {
  const digit = text.search(/\d/)
  const letters = /[\p{L}]{3,}/gu
  let monthFirst = false
  // The month word comes before the day number ("Sept. 30") when a word other
  // than the leading weekday sits before the first digit.
  const words = [...text.slice(0, digit < 0 ? 0 : digit).matchAll(letters)]
  if (words.length >= 2 || (words.length === 1 && !FULL_WEEKDAY.en.test(words[0]![0]) && !FULL_WEEKDAY.fr.test(words[0]![0]))) {
    monthFirst = !DAY_NUMBER_LEAD.test(words[words.length - 1]![0])
  }
  return {monthFirst, weekdayComma: /^[\p{L}.]+,/u.test(text)}
}

/** The rest of the sentence after a mention ending at `end` (a full stop inside the mention, "Dec. 18", cuts nothing). */
function sentenceAfter(text: string, end: number): string {
  const tail = text.slice(end)
  const stop = tail.search(/[.!?;](?:\s|$)/)
  return stop < 0 ? tail : tail.slice(0, stop)
}

/** The sentence around `index`: what comes before it, and the rest of it. */
function sentenceBefore(text: string, index: number): {before: string; rest: string} {
  const head = text.slice(0, index)
  const boundary = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('; '))
  const tail = text.slice(index)
  const stop = tail.search(/[.!?;](?:\s|$)/)
  return {before: head.slice(boundary + 1), rest: stop < 0 ? tail : tail.slice(0, stop)}
}
