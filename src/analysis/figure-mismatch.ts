import {MONTH_NAMES, RELATIVE_DAYS, weekdaysFromMonday} from '../lexicon/calendar.js'
import {rangeOf, readNumbers} from '../text/numbers.js'
import {particlePattern} from '../lexicon/names.js'
import {AGE_HONORIFICS, honorificPattern, MEN_HONORIFICS, WOMEN_HONORIFICS} from '../lexicon/honorifics.js'
import {TITLES_BEFORE_NAMES} from '../lexicon/titles.js'
import {PLACE_QUALIFIERS} from '../lexicon/places.js'
import {NOUN_DETERMINERS, SENTENCE_OPENERS} from '../lexicon/function-words.js'
import {
  COMPLEMENT_PREPOSITIONS,
  COUNT_ENDS_EN,
  DEAD_AFTER_FR,
  DEAD_COMPOUNDS_EN,
  EVENT_NOUNS,
  NOT_PLURAL_QUALIFIERS,
  NOT_SITES,
  NOT_TOLL_QUALIFIERS,
  ONE_PERSON_PARTICIPLES,
  ONE_TOLL_NOUNS,
  ONE_TOLL_OPENERS,
  PART_OPENERS,
  PART_QUALIFIERS,
  PASSIVE_AUXILIARIES_EN,
  PLACE_OPENERS,
  PLURALS_WITHOUT_S_EN,
  REFERRING_DETERMINERS,
  TOLL_STEMS,
  TOLL_VERBS_BEFORE
} from '../lexicon/tolls.js'
import {
  AGE_NAME_FOLLOWERS_EN,
  EARLIER_FR,
  NOT_AGE_AFTER_FR,
  OTHER_AGE_TIME,
  OTHER_AGE_TIME_WORDS_EN,
  OTHER_REFERENT as OTHER_REFERENT_WORDS,
  OTHER_TOLL_REFERENT,
  OTHER_TOLL_REFERENT_STEMS_FR,
  PASSED_FR,
  SIZE_CHANGED,
  TOLL_CHANGED as TOLL_CHANGED_WORDS,
  WORSENING_STEMS_FR,
  YEARS_AGO_COUNTS_FR
} from '../lexicon/referents.js'
import {AMOUNT_CURRENCIES_FR, AMOUNT_SCALES_EN, BOUNDS_BEFORE_SIZE, DEAL_NOUNS} from '../lexicon/figures.js'
import {formsPattern, wordsPattern} from '../lexicon/patterns.js'
import {BACKSTORY_ADVERBS, PARTICIPLE_ENDINGS, PLUPERFECT_AUXILIARIES} from '../lexicon/tenses.js'
import type {Lang} from '../types.js'
import {sentenceAt, sentenceRanges} from './arithmetic.js'

/**
 * A person's age told as an apposition to their name: « Jean Dupont, 54 ans, »,
 * « M. Dupont (56 ans) », "John Smith, 54, said", "54-year-old John Smith".
 * Offsets are indexes into the text analysed.
 */
export interface AgeMention {
  /** The name as written, honorific left out. */
  name: string
  /** Capitalised words of the name: first name(s) and surname. */
  words: string[]
  /** The name was written with an honorific alone (« M. Dupont », "Ms. Smith") or as a surname alone. */
  surnameOnly: boolean
  /** « M. », « Mme », "Mrs.", as written. */
  honorific?: string
  age: number
  start: number
  end: number
  nameStart: number
  nameEnd: number
  /** Its sentence tells of another time (« en 2015 », « à l’époque », "at the time"): the age may be that time's. */
  otherTime: boolean
  /** Where its sentence starts: two ages in one sentence are two people's (a list of victims may repeat a name). */
  sentence: number
}

export interface AgeMismatch {
  first: AgeMention
  second: AgeMention
}

const HONORIFIC = honorificPattern(AGE_HONORIFICS)
const MAN = new RegExp(`^${honorificPattern(MEN_HONORIFICS)}$`, 'u')
const WOMAN = new RegExp(`^${honorificPattern(WOMEN_HONORIFICS)}$`, 'u')
// Bounded, and starting after no letter: a run of capitals (a pasted data URI) must not be tried from each of its letters.
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{Lu}'’-]{0,30}\\p{L}"
const PARTICLE = `(?:${particlePattern('age')})`
const NAME = `(?<![\\p{L}\\p{N}])((?:${HONORIFIC}\\s+)?${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,3})`

const PATTERNS: Record<Lang, RegExp[]> = {
  // « 30 ans de carrière », « 20 ans d’expérience », « 30 ans après » count years of something else.
  fr: [new RegExp(`${NAME}(?:,\\s+(?:âgée?\\s+de\\s+)?|\\s+\\()(\\d{1,3})\\s+ans(?![\\p{L}])(?!\\s+(?:${wordsPattern(NOT_AGE_AFTER_FR)})(?![\\p{L}]))`, 'gu')],
  en: [
    new RegExp(`${NAME}(?:,\\s+(?:aged\\s+)?(\\d{1,3})(?=,|\\s+(?:${wordsPattern(AGE_NAME_FOLLOWERS_EN)})\\b)|\\s+\\((\\d{1,3})\\))`, 'gu'),
    new RegExp(`(\\d{1,3})-year-old\\s+(?:[\\p{Ll}-]+\\s+){0,4}?${NAME}`, 'gu')
  ]
}

/** Words that start a sentence or name no one (the openers of both languages: a story quotes the other one); months, weekdays, places of a dateline are no person. */
const NOT_NAMES = new Set([
  ...SENTENCE_OPENERS.fr,
  ...SENTENCE_OPENERS.en,
  ...(['en', 'fr'] as const).flatMap((lang) => [...weekdaysFromMonday(lang), ...MONTH_NAMES[lang]].map(capitalise))
])

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** A year, or words that put an age at another time (src/lexicon/referents.ts). */
const YEAR = String.raw`(?<![\p{L}\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{N}])`
const OTHER_TIME: Record<Lang, RegExp> = {
  fr: new RegExp(`${YEAR}|il y a \\d+ ans|il y a (?:${wordsPattern(YEARS_AGO_COUNTS_FR)}) ans|${formsPattern(OTHER_AGE_TIME.fr)}`, 'iu'),
  en: new RegExp(`${YEAR}|${formsPattern(OTHER_AGE_TIME.en)}|\\b(?:${wordsPattern(OTHER_AGE_TIME_WORDS_EN)})\\b`, 'iu')
}

export function ageMentions(text: string, lang: Lang): AgeMention[] {
  const found: AgeMention[] = []
  if (!/\d/.test(text)) return found
  const sentences = sentenceRanges(text)
  const sentenceOf = (index: number) => sentenceAt(sentences, index) ?? [0, text.length]
  for (const pattern of PATTERNS[lang]) {
    for (const match of text.matchAll(pattern)) {
      const yearsFirst = pattern.source.startsWith('(\\d')
      const rawName = yearsFirst ? match[2]! : match[1]!
      const ageText = yearsFirst ? match[1]! : match[2] ?? match[3]!
      const age = Number(ageText)
      if (!(age >= 1 && age <= 115)) continue
      // « Selon Mme Curel », "Judge Alan Rock": the name starts after a word that opens the sentence, a title or an honorific.
      let skip = 0
      let honorific: string | undefined
      for (const word of rawName.matchAll(/(?<!\S)\S+\s+/gu)) {
        const bare = word[0].trim()
        if (new RegExp(`^${HONORIFIC}$`, 'u').test(bare)) honorific = bare
        else if (!NOT_NAMES.has(bare) && !TITLES_BEFORE_NAMES.has(bare)) break
        skip = word.index + word[0].length
      }
      const name = rawName.slice(skip)
      const words = name.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word))
      if (words.length === 0 || words.some((word) => NOT_NAMES.has(word) || TITLES_BEFORE_NAMES.has(word))) continue
      // "West Virginia (5)", "New Hampshire (4)", « Grand Nancy »: a name opened by a word that qualifies a place is a place, its figure a count.
      if (words.length >= 2 && PLACE_QUALIFIERS.has(words[0]!.toLowerCase())) continue
      const nameStart = match.index + (yearsFirst ? match[0].lastIndexOf(rawName) : 0) + skip
      const ageIndex = yearsFirst ? match.index : match.index + match[0].lastIndexOf(ageText)
      const [sentenceStart, sentenceEnd] = sentenceOf(ageIndex)
      found.push({
        name,
        words,
        surnameOnly: Boolean(honorific) || words.length === 1,
        ...(honorific ? {honorific} : {}),
        age,
        start: ageIndex,
        end: ageIndex + ageText.length,
        nameStart,
        nameEnd: nameStart + name.length,
        otherTime: OTHER_TIME[lang].test(text.slice(sentenceStart, sentenceEnd)),
        sentence: sentenceStart
      })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Two ages of one person that differ. One person: the same full name (two
 * words at least), or a full name and a surname alone (« M. Dupont »,
 * "Smith") when the document names one person only with that surname; two
 * surnames alone are never taken for one person (« M. Dupont » and
 * « Mme Dupont »). Ages told in a sentence about another time are left out,
 * and two ages of one sentence are never compared (a list may name two
 * people of one name).
 */
export function ageMismatches(mentions: readonly AgeMention[], text: string): AgeMismatch[] {
  const problems: AgeMismatch[] = []
  const usable = mentions.filter((mention) => !mention.otherTime)
  const firstNamesOf = new Map<string, Set<string>>()
  for (const surname of new Set(usable.map((mention) => mention.words[mention.words.length - 1]!))) {
    const names = new Set<string>()
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}’'-]{1,30})\\s+${escape(surname)}(?![\\p{L}])`, 'gu'))) {
      if (!new RegExp(`^${HONORIFIC}$`, 'u').test(match[1]!) && !NOT_NAMES.has(match[1]!)) names.add(match[1]!)
    }
    firstNamesOf.set(surname, names)
  }
  const samePerson = (a: AgeMention, b: AgeMention): boolean => {
    const surnameA = a.words[a.words.length - 1]!
    const surnameB = b.words[b.words.length - 1]!
    if (surnameA !== surnameB) return false
    // « M. Dupont » and « Mme Dupont » are two people.
    if (a.honorific && b.honorific && genderOf(a.honorific) !== genderOf(b.honorific)) return false
    if (a.surnameOnly && b.surnameOnly) return false
    if (!a.surnameOnly && !b.surnameOnly) return a.words.length >= 2 && a.words.join(' ') === b.words.join(' ')
    // « M. Dupont » is Jean Dupont only when no other Dupont is named.
    const full = a.surnameOnly ? b : a
    const firstNames = firstNamesOf.get(surnameA)
    return full.words.length >= 2 && firstNames?.size === 1 && firstNames.has(full.words[full.words.length - 2]!)
  }
  const reported = new Set<AgeMention>()
  for (let index = 1; index < usable.length; index++) {
    const second = usable[index]!
    // « Jean Dupont, 5 ans, Jean Dupont, 4 ans, … » in one sentence: a list names two people of one name.
    const first = usable.slice(0, index).find((earlier) => earlier.sentence !== second.sentence && samePerson(earlier, second))
    if (!first || first.age === second.age || reported.has(second)) continue
    reported.add(second)
    problems.push({first, second})
  }
  return problems
}

function genderOf(honorific: string): string {
  if (MAN.test(honorific)) return 'm'
  if (WOMAN.test(honorific)) return 'f'
  return honorific
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The size of a thing named by a noun: "a 42-page ruling", "the $3.5bn deal",
 * « un rapport de 42 pages », « le contrat de 3,5 milliards d’euros ».
 * Offsets are indexes into the text analysed.
 */
export interface SizeMention {
  /** The noun as written, lower case (« rapport », "ruling"). */
  noun: string
  /** "page", or a currency (« euros », "$"). */
  unit: string
  value: number
  /** Half the unit of the last digit written, scale applied. */
  half: number
  /** The figure and its unit as written (« 40 pages », « 3,5 milliards d’euros », "40-page", "$3.5bn"). */
  figure: string
  /** Introduced with « un », « une », "a", "an"; else « le », « ce », "the", "this". */
  indefinite: boolean
  start: number
  end: number
  /** Its sentence tells of another time, another one or a change (« en 2015 », « initial », "rival", "revised"). */
  otherReferent: boolean
}

export interface SizeMismatch {
  first: SizeMention
  second: SizeMention
}

const SPACE = '[\\s\\u00a0\\u202f]'
const FR_DIGITS = '\\d{1,3}(?:[\\s\\u00a0\\u202f]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?'
const EN_DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?'
/** Things an amount is the size of: a deal, a fine, a budget. */
// « plan », « programme », « projet », « fonds », "fund", "project" are left out: a story often names several at once.
const FR_DEALS = wordsPattern(DEAL_NOUNS.fr)
const EN_DEALS = wordsPattern(DEAL_NOUNS.en)
const FR_CURRENCY = `${formsPattern(AMOUNT_CURRENCIES_FR)}|€|\\$`
const EN_SCALES = wordsPattern(AMOUNT_SCALES_EN)

const SIZE_PATTERNS: Record<Lang, RegExp[]> = {
  fr: [
    // « un rapport de 42 pages », « le long rapport de 40 pages »
    new RegExp(`(?<![\\p{L}])([Uu]ne?|[Ll][ea]|[Ll][’']|[Cc]e|[Cc]et|[Cc]ette)${SPACE}*(\\p{Ll}[\\p{Ll}-]{2,})(?:${SPACE}+\\p{Ll}[\\p{Ll}-]+)?${SPACE}+de${SPACE}+(${FR_DIGITS})${SPACE}+(pages)(?![\\p{L}])`, 'gu'),
    // « un contrat de 3,5 milliards d’euros », « le plan d’investissement de 2 milliards d’euros »
    new RegExp(`(?<![\\p{L}])([Uu]ne?|[Ll][ea]|[Ll][’']|[Cc]e|[Cc]et|[Cc]ette)${SPACE}*(${FR_DEALS})(?:${SPACE}+d[’']\\p{Ll}+|${SPACE}+\\p{Ll}[\\p{Ll}-]+)?${SPACE}+(?:de|d[’'])${SPACE}*(${FR_DIGITS})(?:${SPACE}+(millions?|milliards?)|${SPACE}*(Mds?|Mrds?|M)(?=${SPACE}?€))?${SPACE}*(?:d[’']|de${SPACE}+)?(${FR_CURRENCY})(?![\\p{L}])`, 'gu')
  ],
  en: [
    // "a 42-page ruling", "the 40-page ruling"
    new RegExp(`(?<![\\p{L}])([Aa]n?|[Tt]he|[Tt]his|[Tt]hat)${SPACE}+(${EN_DIGITS})-(page)${SPACE}+(?:\\p{Ll}[\\p{Ll}-]+${SPACE}+)??(\\p{Ll}[\\p{Ll}-]{2,})(?![\\p{L}-])`, 'gu'),
    // "a $3.5bn deal", "the £40m takeover bid"
    new RegExp(`(?<![\\p{L}])([Aa]n?|[Tt]he|[Tt]his|[Tt]hat)${SPACE}+([$£€])(${EN_DIGITS})${SPACE}*(${EN_SCALES})?(?![\\p{L}])${SPACE}+(?:\\p{Ll}[\\p{Ll}-]+${SPACE}+)?(${EN_DEALS})(?![\\p{L}-])`, 'gu')
  ]
}

const SCALE_WORDS: Record<string, number> = {md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, million: 1e6, millions: 1e6, m: 1e6, billion: 1e9, bn: 1e9, milliard: 1e9, milliards: 1e9, trillion: 1e12, tn: 1e12}

/**
 * Words that make a size another thing's, another time's or a changed one:
 * a year, « initial », « nouveau », « rival », « revu », "original", "revised",
 * "sweetened", "last year". Read in the sentence of each mention.
 */
const OTHER_REFERENT: Record<Lang, RegExp> = {
  fr: new RegExp(`${YEAR}|${formsPattern(OTHER_REFERENT_WORDS.fr, '\\s+')}`, 'iu'),
  en: new RegExp(`${YEAR}|\\b(?:${wordsPattern(OTHER_REFERENT_WORDS.en, '\\s+')})\\b`, 'iu')
}

/** Words between two mentions that say the size changed: « passé à », « porté à », "rose to", "raised to". */
const CHANGED: Record<Lang, RegExp> = {
  fr: new RegExp(formsPattern(SIZE_CHANGED.fr, '\\s+'), 'iu'),
  en: new RegExp(`\\b(?:${wordsPattern(SIZE_CHANGED.en, '\\s+')})\\b`, 'iu')
}

/** "rose" in lower case only: "Rose" is a name. */
const ROSE = /(?<![\p{L}])rose(?![\p{L}])/u

const APPROX_BEFORE = new RegExp(`(?:${wordsPattern([...BOUNDS_BEFORE_SIZE.fr, ...BOUNDS_BEFORE_SIZE.en], '\\s+')})[\\s\\u00a0]*$`, 'iu')

export function sizeMentions(text: string, lang: Lang): SizeMention[] {
  const found: SizeMention[] = []
  if (!/\d/.test(text)) return found
  const sentences = sentenceRanges(text)
  const sentenceOf = (index: number) => sentenceAt(sentences, index) ?? [0, text.length]
  SIZE_PATTERNS[lang].forEach((pattern, kind) => {
    for (const match of text.matchAll(pattern)) {
      const article = match[1]!.toLowerCase()
      let noun: string
      let unit: string
      let digits: string
      let scaleWord: string | undefined
      if (lang === 'fr') {
        noun = match[2]!.toLowerCase()
        digits = match[3]!
        if (kind === 0) unit = 'page'
        else {
          scaleWord = match[4] ?? match[5]
          unit = currencyKey(match[6]!)
        }
      } else if (kind === 0) {
        digits = match[2]!
        unit = 'page'
        noun = match[4]!.toLowerCase()
      } else {
        unit = currencyKey(match[2]!)
        digits = match[3]!
        scaleWord = match[4]
        noun = match[5]!.toLowerCase()
      }
      // "the 40-page-long ruling" is read; "the 3-page and 40-page rulings" is no single size.
      if (/^(?:and|or|et|ou)$/u.test(noun)) continue
      const figureStart = match.index + match[0].indexOf(digits, match[1]!.length)
      if (APPROX_BEFORE.test(text.slice(Math.max(0, figureStart - 20), figureStart))) continue
      const [whole, fraction = ''] = (lang === 'fr' ? digits.replace(/[\s\u00a0\u202f]/gu, '').split(',') : digits.replace(/,/g, '').split('.')) as [string, string?]
      const scale = scaleWord ? SCALE_WORDS[scaleWord.toLowerCase()] ?? 1 : 1
      const value = Number(`${whole}${fraction ? `.${fraction}` : ''}`) * scale
      if (!Number.isFinite(value) || value <= 0) continue
      const half = (fraction ? 0.5 * 10 ** -fraction.length : scale > 1 ? 0.5 : 0) * scale
      // The figure and its unit as written: « 40 pages », « 3,5 milliards d’euros », "40-page", "$3.5bn".
      const figureEnd =
        lang === 'fr'
          ? match.index + match[0].length
          : kind === 0
            ? figureStart + digits.length + '-page'.length
            : scaleWord
              ? match.index + match[0].indexOf(scaleWord, match[0].indexOf(digits) + digits.length) + scaleWord.length
              : figureStart + digits.length
      const [sentenceStart, sentenceEnd] = sentenceOf(figureStart)
      found.push({
        noun,
        unit,
        value,
        half,
        figure: text.slice(lang === 'en' && kind === 1 ? figureStart - 1 : figureStart, figureEnd),
        indefinite: /^(?:une?|an?)$/u.test(article),
        start: lang === 'en' && kind === 1 ? figureStart - 1 : figureStart,
        end: figureEnd,
        otherReferent: OTHER_REFERENT[lang].test(text.slice(sentenceStart, sentenceEnd))
      })
    }
  })
  return found.sort((a, b) => a.start - b.start)
}

function currencyKey(written: string): string {
  const key = written.toLowerCase().replace(/s$/u, '')
  return key === '€' ? 'euro' : key === '$' ? 'dollar' : key === '£' ? 'pound' : key === 'livre' ? 'pound' : key
}

/**
 * Two sizes of one thing that differ. One thing: the same noun and unit, and
 * the story introduces one such thing only (one value after « un », "a");
 * every size after « le », "the" refers back to it. Left out: a sentence of
 * another time or another one (a year, « initial », "rival", "revised"), a
 * change told between the two (« porté à », "raised to"), and any noun with
 * three sizes or more.
 */
export function sizeMismatches(mentions: readonly SizeMention[], text: string, lang: Lang): SizeMismatch[] {
  const problems: SizeMismatch[] = []
  const groups = new Map<string, SizeMention[]>()
  for (const mention of mentions) {
    const key = `${mention.noun}\u0000${mention.unit}`
    groups.set(key, [...(groups.get(key) ?? []), mention])
  }
  for (const group of groups.values()) {
    if (group.some((mention) => mention.otherReferent)) continue
    const values: SizeMention[] = []
    for (const mention of group) if (!values.some((seen) => sameSize(seen, mention))) values.push(mention)
    if (values.length !== 2) continue
    // Two sizes each introduced with « un », "a" are two things.
    const introduced = values.filter((value) => group.some((mention) => mention.indefinite && sameSize(mention, value)))
    if (introduced.length > 1) continue
    const [first, second] = values as [SizeMention, SizeMention]
    // The one introduced comes first; a later « un » of the other value would be a second thing.
    if (introduced.length === 1 && introduced[0] !== first) continue
    const between = text.slice(first.end, second.start)
    if (CHANGED[lang].test(between) || (lang === 'en' && ROSE.test(between))) continue
    problems.push({first, second})
  }
  return problems.sort((a, b) => a.second.start - b.second.start)
}

function sameSize(a: SizeMention, b: SizeMention): boolean {
  // Strictly inside: « 5 millions » and « 6 millions » each stand for ±0,5 million and are two sizes.
  const gap = Math.abs(a.value - b.value)
  return gap <= 1e-9 * Math.max(a.value, b.value) || gap < a.half + b.half
}

/** What a toll counts. « victimes », "victims" may count the injured with the dead: see `tollKey`. */
export type TollKind = 'dead' | 'injured' | 'arrested' | 'evacuated' | 'victims'

/**
 * A count of an event's dead, injured, arrested, evacuated or victims:
 * « 12 morts », « les 14 victimes », « 12 personnes ont été tuées »,
 * "12 people were killed", "killing 12", "the 14 dead".
 * Offsets are indexes into the text analysed.
 */
export interface TollMention {
  kind: TollKind
  value: number
  /** The interval the figure stands for: approximations widened (« près de », "at least"). */
  low: number
  high: number
  /** No approximation before it (« près de », "at least", « une dizaine ») and no rounding (« 2 000 »). */
  exact: boolean
  /** An approximation before it: « près de », « au moins », "at least", « une dizaine ». */
  approx: boolean
  /** The number as written (« 12 », « douze », "twelve"), a word's capital lowered. */
  number: string
  /** The number's place. */
  start: number
  end: number
  /** After « les », « ces », « des », "the", "these": it refers back to a count already told. */
  definite: boolean
  /**
   * A complement follows the count and names no event (« les 12 interpellés de
   * Lyon », "the 14 dead in Marseille", "the 4 dead of the first day"): a part
   * of a count, or another one. « les 14 victimes de l’incendie » is not.
   */
  restricted: boolean
  /**
   * A complement of place with a common noun follows the count (« 14 morts à
   * l’aéroport », « dans le métro », "at the airport"): one site's count, which
   * a headline's total may add to others'. Times (« dans la nuit ») and wide
   * areas (« dans la province », "in the region") are no site.
   */
  located: boolean
  /** Where its sentence starts: two counts of one sentence are never compared (« 157 interpellés, loin des 581 de samedi dernier »). */
  sentence: number
  /** In brackets, a part of a count (« dont », « parmi », "including", "of whom", "among", « graves », "seriously"), or a count of a kind (« victimes civiles », "dead fish"). */
  aside: boolean
  /** Its sentence tells of another time, another event or a total (a year, « l’an dernier », « lors de », "last year", "nationwide"). */
  otherReferent: boolean
  /** Days (weekdays, dates, « hier », "yesterday"), places (« à Rouen », "in Leeds") and events (« incendie », "shooting") its sentence names, lower case. */
  days: string[]
  places: string[]
  events: string[]
}

export interface TollMismatch {
  first: TollMention
  second: TollMention
}

/** "were", "have been": the passive's auxiliaries between a count and its participle. */
const PASSIVE = `(?:${wordsPattern(PASSIVE_AUXILIARIES_EN, String.raw`[\s\u00a0]+`)})`
const TOLL_AFTER: Record<Lang, Array<[RegExp, TollKind]>> = {
  fr: [
    [new RegExp(String.raw`^[\s\u00a0\u202f]+(?:${formsPattern(DEAD_AFTER_FR)}|personnes?[\s\u00a0]+(?:(?:ont|avaient|auraient)[\s\u00a0]+été[\s\u00a0]+|sont[\s\u00a0]+|étaient[\s\u00a0]+)(?:tuées|mortes|décédées)|personnes?[\s\u00a0]+(?:tuées|décédées))(?![\p{L}])`, 'iu'), 'dead'],
    [/^[\s\u00a0\u202f]+(?:personnes?[\s\u00a0]+(?:ont|avaient)[\s\u00a0]+(?:péri|perdu[\s\u00a0]+la[\s\u00a0]+vie|trouvé[\s\u00a0]+la[\s\u00a0]+mort))(?![\p{L}])/iu, 'dead'],
    [/^[\s\u00a0\u202f]+(?:blessée?s?|personnes?[\s\u00a0]+(?:(?:ont|avaient|auraient)[\s\u00a0]+été[\s\u00a0]+|sont[\s\u00a0]+)?blessées)(?![\p{L}])/iu, 'injured'],
    [/^[\s\u00a0\u202f]+(?:interpellée?s?|interpellations?|arrestations?|personnes?[\s\u00a0]+(?:(?:ont|avaient)[\s\u00a0]+été[\s\u00a0]+)?(?:interpellées|arrêtées))(?![\p{L}])/iu, 'arrested'],
    [/^[\s\u00a0\u202f]+(?:évacuée?s?|personnes?[\s\u00a0]+(?:(?:ont|avaient)[\s\u00a0]+été[\s\u00a0]+)?évacuées)(?![\p{L}])/iu, 'evacuated'],
    [/^[\s\u00a0\u202f]+victimes?(?![\p{L}])/iu, 'victims']
  ],
  en: [
    [new RegExp(String.raw`^[\s\u00a0\u202f]+(?:(?:people|persons)[\s\u00a0]+)?(?:${PASSIVE}[\s\u00a0]+)?(?:killed|dead(?![\s\u00a0]+(?:${wordsPattern(DEAD_COMPOUNDS_EN)}))|deaths|(?:have[\s\u00a0]+|had[\s\u00a0]+)?died)(?![\p{L}])`, 'iu'), 'dead'],
    [new RegExp(String.raw`^[\s\u00a0\u202f]+(?:(?:people|persons)[\s\u00a0]+)?(?:${PASSIVE}[\s\u00a0]+)?(?:injured|wounded|hurt)(?![\p{L}])`, 'iu'), 'injured'],
    [/^[\s\u00a0\u202f]+(?:(?:people|persons)[\s\u00a0]+)?(?:(?:were|have[\s\u00a0]+been|had[\s\u00a0]+been)[\s\u00a0]+)?(?:arrested|arrests)(?![\p{L}])/iu, 'arrested'],
    [/^[\s\u00a0\u202f]+(?:(?:people|persons)[\s\u00a0]+)?(?:(?:were|have[\s\u00a0]+been|had[\s\u00a0]+been)[\s\u00a0]+)?(?:evacuated|evacuees)(?![\p{L}])/iu, 'evacuated'],
    [/^[\s\u00a0\u202f]+victims(?![\p{L}])/iu, 'victims']
  ]
}

/** A verb before the number, and no noun but « personnes », "people" after it: « a tué 12 personnes », "killing 12", "Fire kills 12". */
const tollBefore = (lang: Lang): Array<[RegExp, TollKind]> => TOLL_VERBS_BEFORE[lang].map(([kind, verbs]) => [new RegExp(`(?<![\\p{L}])(?:${wordsPattern(verbs)})[\\s\\u00a0]+$`, 'iu'), kind])
const TOLL_BEFORE: Record<Lang, Array<[RegExp, TollKind]>> = {fr: tollBefore('fr'), en: tollBefore('en')}
const TOLL_BEFORE_NOUN: Record<Lang, RegExp> = {
  fr: /^[\s\u00a0]+personnes(?![\p{L}])/iu,
  en: new RegExp(String.raw`^(?:[\s\u00a0]+(?:people|persons|others)(?![\p{L}'’])|(?=[\s\u00a0]*(?:[,.;:!?)]|$|(?:${wordsPattern(COUNT_ENDS_EN)})(?![\p{L}]))))`, 'iu')
}

/** « les 14 victimes », « ces 12 morts », "the 14 dead": a count told before. */
const DEFINITE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...REFERRING_DETERMINERS.fr, ...REFERRING_DETERMINERS.en])})[\\s\\u00a0]+$`, 'iu')
/** A part of a count: « 14 victimes, dont 12 morts », "including 3 children", "among the dead". */
const PART_BEFORE = new RegExp(`(?<![\\p{L}])(?:${wordsPattern([...PART_OPENERS.fr, ...PART_OPENERS.en], '\\s+')})(?![\\p{L}])[^.;:!?]{0,40}$`, 'iu')
/** A part of a count told after it: « 5 blessés graves », « 6 blessées légèrement », "17 seriously injured" is read before. */
const PART_AFTER = new RegExp(`^[\\s\\u00a0\\u202f]*(?:${wordsPattern([...PART_QUALIFIERS.fr, ...PART_QUALIFIERS.en], '\\s+')})(?![\\p{L}])`, 'iu')
/** A complement after a count: « de Lyon », « à Paris », « du premier jour », "in Leeds", "of the first day"; the words after its article. */
/** An article before a noun, with its space: « la », « l’ », "the". */
const ARTICLE: Record<Lang, string> = {
  fr: String.raw`(?:(?:${wordsPattern(NOUN_DETERMINERS.fr)})[\s\u00a0]+|l[’'])`,
  en: String.raw`(?:(?:${wordsPattern(NOUN_DETERMINERS.en)})[\s\u00a0]+)`
}
const complement = (lang: Lang) => new RegExp(String.raw`^[\s\u00a0\u202f]*(?:${wordsPattern(COMPLEMENT_PREPOSITIONS[lang])})(?![\p{L}])[\s\u00a0]*${ARTICLE[lang]}?(\S*)`, 'iu')
const COMPLEMENT: Record<Lang, RegExp> = {fr: complement('fr'), en: complement('en')}
/**
 * A noun or an adjective right after the category word, which then counts a
 * kind of people or something else: « 3 victimes civiles », « les 3 morts
 * français », "12 dead fish", "the 14 injured workers", "the 3 dead men".
 * Read as a plural word in -s or -x other than a function word.
 */
const QUALIFIER_AFTER: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`^[\s\u00a0\u202f]+(?!(?:${wordsPattern(NOT_PLURAL_QUALIFIERS.fr)})(?![\p{L}]))\p{Ll}[\p{Ll}’'-]*[sx](?![\p{L}])`, 'u'),
  en: new RegExp(String.raw`^[\s\u00a0\u202f]+(?:(?!(?:${wordsPattern(NOT_PLURAL_QUALIFIERS.en)})(?![\p{L}]))\p{Ll}[\p{Ll}'-]*s|${wordsPattern(PLURALS_WITHOUT_S_EN)})(?![\p{L}])`, 'u')
}
/** One word between a figure and its category: « 15 nouvelles interpellations », "15 administrative arrests", "3 more dead". */
const QUALIFIER_BEFORE = new RegExp(String.raw`^[\s\u00a0\u202f]+(?!(?:${formsPattern(NOT_TOLL_QUALIFIERS)})(?![\p{L}]))\p{Ll}[\p{L}’'-]*(?=[\s\u00a0\u202f])`, 'u')

/**
 * « un mort », « une victime », "one dead": read as one, to count the values a
 * document gives, only in a toll's construction (see `ONE_BEFORE`).
 */
const ONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:un(?=[\s\u00a0]+(?:${wordsPattern(ONE_TOLL_NOUNS.un)})(?![\p{L}]))|une(?=[\s\u00a0]+(?:${wordsPattern(ONE_TOLL_NOUNS.une)}|personne[\s\u00a0]+(?:a[\s\u00a0]+été[\s\u00a0]+)?(?:${wordsPattern(ONE_PERSON_PARTICIPLES.fr)}))(?![\p{L}]))|one(?=[\s\u00a0]+(?:${wordsPattern(ONE_TOLL_NOUNS.one)}|person[\s\u00a0]+(?:was[\s\u00a0]+)?(?:${wordsPattern(ONE_PERSON_PARTICIPLES.en)}))(?![\p{L}])))`,
  'giu'
)

/**
 * What may stand before « un mort », "one dead" read as a count: the start, a
 * punctuation mark (« Avalanche : un mort »), a verb of toll (« a fait un
 * mort », "left one dead"), « bilan », « et », « dont », "and". After a
 * preposition (« porter assistance à un blessé », "to help an injured") « un »
 * is an article, no count, and no other word is read as a toll's.
 */
const ONE_BEFORE = new RegExp(String.raw`(?:^|[:;,.!?(\u2013\u2014-]|(?<![\p{L}])(?:${wordsPattern(ONE_TOLL_OPENERS)}))[\s\u00a0]*$`, 'iu')

/**
 * About so many, in words: « des dizaines de », « plusieurs centaines de »,
 * "dozens of", "scores of". Read as approximate counts: they are mentions of
 * their kind, never compared.
 */
const MANY: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:des|plusieurs|quelques)[\s\u00a0]+(dizaines|centaines|milliers)(?=[\s\u00a0]+d)/giu,
  en: /(?<![\p{L}])(dozens|scores|hundreds|thousands)(?=[\s\u00a0]+of(?![\p{L}]))/giu
}
const MANY_RANGE: Record<string, [number, number]> = {dizaines: [20, 99], centaines: [200, 999], milliers: [2000, 99999], dozens: [24, 99], scores: [40, 999], hundreds: [200, 999], thousands: [2000, 99999]}
/** « une vingtaine de morts », "dozens of dead": the « de », "of" between an approximation and its category. */
const OF = /^[\s\u00a0]+(?:de|d[’']|of)(?:[\s\u00a0]+|(?<=[’']))/iu

/**
 * Another time, another event, another scope: a year, « l’an dernier »,
 * « lors de », « depuis », « précédent », « autre », a yearly or national
 * total; "last year", "previous", "another", "since", "nationwide". A count
 * told in such a sentence may be another referent's.
 */
const TOLL_OTHER: Record<Lang, RegExp> = {
  fr: new RegExp(`${YEAR}|(?<![\\p{L}])(?:${formsPattern(OTHER_TOLL_REFERENT.fr, '\\s+')}|(?:${wordsPattern(OTHER_TOLL_REFERENT_STEMS_FR, '\\s+')})\\w*)(?![\\p{L}])`, 'iu'),
  en: new RegExp(`${YEAR}|\\b(?:${formsPattern(OTHER_TOLL_REFERENT.en, '\\s+')})\\b`, 'iu')
}

/**
 * A verb in the pluperfect, an auxiliary of « avoir » / "have" before a
 * participle (adverbs between): « les inondations qui avaient fait 20
 * morts », "the floods had killed 20". A sentence in it tells the
 * backstory, another time than the story's line.
 */
const PLUPERFECT: Record<Lang, RegExp> = Object.fromEntries(
  (['fr', 'en'] as const).map((lang) => [
    lang,
    new RegExp(
      `(?<![\\p{L}])(?:${wordsPattern(PLUPERFECT_AUXILIARIES[lang])})(?:\\s+(?:${wordsPattern(BACKSTORY_ADVERBS[lang])}))?\\s+\\p{L}+(?:${formsPattern(PARTICIPLE_ENDINGS[lang])})(?![\\p{L}])`,
      'iu'
    )
  ])
) as Record<Lang, RegExp>

/** Words anywhere in a document that tell a count changed: the rule then compares no toll of it. */
const TOLL_CHANGED: Record<Lang, RegExp> = {
  fr: new RegExp(
    `(?<![\\p{L}])(?:${formsPattern(TOLL_CHANGED_WORDS.fr, '\\s+')}|s[’']alourdi\\w*|(?:${formsPattern(PASSED_FR)})\\s+(?:de\\s+\\S+\\s+)?à|contre\\s+\\S+\\s+(?:${wordsPattern(EARLIER_FR, '\\s+')})|(?:${wordsPattern(WORSENING_STEMS_FR)})\\p{L}*)(?![\\p{L}])`,
    'iu'
  ),
  en: new RegExp(`\\b(?:${formsPattern(TOLL_CHANGED_WORDS.en, '\\s+')})\\b`, 'iu')
}

/** The events a sentence names (src/lexicon/tolls.ts), singular or plural: the word as written, its plural's -s left out. */
const EVENTS: Record<Lang, RegExp> = {
  fr: new RegExp(`(?<![\\p{L}])(${wordsPattern(EVENT_NOUNS.fr, '\\s+')})s?(?![\\p{L}])`, 'giu'),
  en: new RegExp(`\\b(${wordsPattern(EVENT_NOUNS.en, '\\s+')})s?\\b`, 'giu')
}

/** A complement opening with an event's noun (« de l’incendie »), and a word that is one: compiled once, not per count. */
const EVENT_START: Record<Lang, RegExp> = {fr: new RegExp(`^(?:${EVENTS.fr.source})`, 'iu'), en: new RegExp(`^(?:${EVENTS.en.source})`, 'iu')}
const EVENT_WORD: Record<Lang, RegExp> = {fr: new RegExp(`^(?:${EVENTS.fr.source})$`, 'iu'), en: new RegExp(`^(?:${EVENTS.en.source})$`, 'iu')}

const PLACES: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`(?<![\p{L}])(?:${wordsPattern(PLACE_OPENERS.fr, String.raw`\s+`)})\s+(?:l[ae]\s+|l[’'])?(\p{Lu}[\p{L}’'-]+)`, 'gu'),
  en: new RegExp(String.raw`\b(?:${wordsPattern(PLACE_OPENERS.en)})\s+(?:the\s+)?(\p{Lu}[\p{L}'-]+)`, 'gu')
}

function dayPattern(lang: Lang): RegExp {
  const names = [...weekdaysFromMonday(lang), ...MONTH_NAMES[lang]].map((name) => escape(name)).join('|')
  const others = wordsPattern(RELATIVE_DAYS[lang], '\\s+')
  return new RegExp(`(?<![\\p{L}])(?:(?:\\d{1,2}(?:er)?\\s+)?(?:${names})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|${others})(?![\\p{L}])`, 'giu')
}
const DAYS: Record<Lang, RegExp> = {fr: dayPattern('fr'), en: dayPattern('en')}
const NOT_PLACES = new Set(['fr', 'en'].flatMap((lang) => [...weekdaysFromMonday(lang as Lang), ...MONTH_NAMES[lang as Lang]].map((name) => name.toLowerCase())))

/** A word of every category, any language: a paragraph without one holds no toll. */
const TOLL_WORD = new RegExp(wordsPattern(Object.values(TOLL_STEMS).flat(), String.raw`\s+`), 'iu')
const INJURED_WORD = new RegExp(wordsPattern(TOLL_STEMS.injured), 'iu')

/** Every count of dead, injured, arrested, evacuated or victims in `text` (a block or a headline). */
export function tollMentions(text: string, lang: Lang): TollMention[] {
  const found: TollMention[] = []
  // Most paragraphs tell of no toll: read their figures only when a category word is there.
  if (!TOLL_WORD.test(text)) return found
  const sentences = sentenceRanges(text)
  const sentenceOf = (index: number) => sentenceAt(sentences, index) ?? [0, text.length]
  const candidates: Array<{start: number; end: number; value: number; low: number; high: number; exact: boolean; approx: boolean}> = []
  for (const number of readNumbers(text, lang)) {
    if (number.year || number.unit || number.currency || !Number.isInteger(number.value) || number.value < 1) continue
    const [low, high] = rangeOf(number)
    candidates.push({start: number.start, end: number.end, value: number.value, low, high, exact: !number.approx && number.half === 0, approx: Boolean(number.approx)})
  }
  for (const match of text.matchAll(ONE)) {
    if (!ONE_BEFORE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue
    candidates.push({start: match.index, end: match.index + match[0].length, value: 1, low: 1, high: 1, exact: true, approx: false})
  }
  for (const match of text.matchAll(MANY[lang])) {
    const [low, high] = MANY_RANGE[match[1]!.toLowerCase()]!
    const start = match.index + match[0].length - match[1]!.length
    candidates.push({start, end: start + match[1]!.length, value: low, low, high, exact: false, approx: true})
  }
  /** What each sentence tells of its time, place and event, read once however many counts it holds. */
  const scopes = new Map<number, Pick<TollMention, 'otherReferent' | 'days' | 'places' | 'events'>>()
  for (const candidate of candidates) {
    let after = text.slice(candidate.end, candidate.end + 200)
    // « une vingtaine de morts », "dozens of dead": the category after « de », "of".
    const of = candidate.approx ? OF.exec(after) : null
    if (of) after = ` ${after.slice(of[0].length)}`
    const before = text.slice(Math.max(0, candidate.start - 60), candidate.start)
    const afterMatch = TOLL_AFTER[lang].map(([pattern, kind]) => [pattern.exec(after), kind] as const).find(([match]) => match)
    let kind = afterMatch?.[1]
    let rest = afterMatch ? after.slice(afterMatch[0]![0].length) : after
    // « 15 nouvelles interpellations », "15 administrative arrests": a kind, read as a mention left out.
    let qualified = false
    if (!kind) {
      const word = QUALIFIER_BEFORE.exec(after)
      const qualifiedMatch = word ? TOLL_AFTER[lang].map(([pattern, tollKind]) => [pattern.exec(after.slice(word[0].length)), tollKind] as const).find(([match]) => match) : undefined
      if (word && qualifiedMatch) {
        kind = qualifiedMatch[1]
        rest = after.slice(word[0].length + qualifiedMatch[0]![0].length)
        qualified = true
      }
    }
    if (!kind) {
      const noun = TOLL_BEFORE_NOUN[lang].exec(after)
      if (noun) {
        kind = TOLL_BEFORE[lang].find(([pattern]) => pattern.test(before))?.[1]
        rest = after.slice(noun[0].length)
      }
    }
    if (!kind) continue
    const complement = COMPLEMENT[lang].exec(rest)
    const [sentenceStart, sentenceEnd] = sentenceOf(candidate.start)
    let scope = scopes.get(sentenceStart)
    if (!scope) {
      const sentence = text.slice(sentenceStart, sentenceEnd)
      scope = {
        otherReferent: TOLL_OTHER[lang].test(sentence) || PLUPERFECT[lang].test(sentence),
        days: [...sentence.matchAll(DAYS[lang])].map((match) => match[0].toLowerCase().replace(/\s+/gu, ' ')),
        places: [...sentence.matchAll(PLACES[lang])].map((match) => match[1]!.toLowerCase()).filter((place) => !NOT_PLACES.has(place)),
        events: [...sentence.matchAll(EVENTS[lang])].map((match) => match[1]!.toLowerCase())
      }
      scopes.set(sentenceStart, scope)
    }
    // Within a few hundred characters: a bracket opened further back is no aside of this count.
    const inSentence = text.slice(Math.max(sentenceStart, candidate.start - 300), candidate.start)
    const bracketed = inSentence.lastIndexOf('(') > inSentence.lastIndexOf(')')
    found.push({
      kind,
      value: candidate.value,
      low: candidate.low,
      high: candidate.high,
      exact: candidate.exact,
      approx: candidate.approx,
      // « Douze » opening a sentence is « douze » in a message or a suggestion.
      number: text.slice(candidate.start, candidate.end).replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase()),
      start: candidate.start,
      end: candidate.end,
      definite: DEFINITE_BEFORE.test(before),
      restricted: Boolean(complement) && !EVENT_START[lang].test(complement![1]!),
      located: isLocated(rest, lang),
      sentence: sentenceStart,
      aside: qualified || bracketed || PART_BEFORE.test(inSentence.slice(-80)) || PART_AFTER.test(rest) || (Boolean(afterMatch) && QUALIFIER_AFTER[lang].test(rest)),
      ...scope
    })
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * The count a toll is compared within: « victimes » with « morts » when the
 * document tells of no one injured (« blessés », "injured", "wounded", "hurt"),
 * since victims are then the dead; on their own otherwise.
 */
function tollKey(kind: TollKind, injuredTold: boolean): string {
  if (kind === 'victims' && !injuredTold) return 'dead'
  return kind
}

/** Whether the document tells of anyone injured: read once, not once per count (a long document holds many). */
function tellsOfInjured(text: string): boolean {
  return INJURED_WORD.test(text)
}

/**
 * Whether the second count may be another day's, place's or event's than the
 * first: its sentence names a day or place the first's does not, or events
 * none of which the first's names. Against a headline, which seldom names a
 * day, a day counts only when the headline names one.
 */
function otherScope(first: Pick<TollMention, 'days' | 'places' | 'events'>, second: TollMention, againstHeadline = false): boolean {
  if ((!againstHeadline || first.days.length > 0) && second.days.some((day) => !first.days.includes(day))) return true
  if (second.places.some((place) => !first.places.includes(place))) return true
  return first.events.length > 0 && second.events.length > 0 && !second.events.some((event) => first.events.includes(event))
}

/**
 * A complement of place with a common noun after a count: « à l’aéroport »,
 * « dans le métro », "at the airport", "in the subway". Not a time (« dans la
 * nuit », "in the morning"), a wide area that holds the whole count (« dans la
 * province », "in the region"), or an event (« dans l’incendie »).
 */
const LOCATIVE: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`^[\s\u00a0\u202f]*(?:à|au|aux|dans)[\s\u00a0]+${ARTICLE.fr}?(\p{Ll}[\p{L}-]*)`, 'u'),
  en: new RegExp(String.raw`^[\s\u00a0\u202f]*(?:at|in|inside)[\s\u00a0]+${ARTICLE.en}?(\p{Ll}[\p{L}-]*)`, 'u')
}
const NO_SITE: Record<Lang, RegExp> = {fr: new RegExp(`^(?:${wordsPattern(NOT_SITES.fr)})$`, 'u'), en: new RegExp(`^(?:${wordsPattern(NOT_SITES.en)})$`, 'u')}

function isLocated(rest: string, lang: Lang): boolean {
  const match = LOCATIVE[lang].exec(rest)
  if (!match) return false
  const noun = match[1]!.toLowerCase()
  return !NO_SITE[lang].test(noun) && !EVENT_WORD[lang].test(noun)
}

/** "rose" in lower case only: "Rose" is a name. */
function tollChanged(text: string, lang: Lang): boolean {
  return TOLL_CHANGED[lang].test(text) || (lang === 'en' && ROSE.test(text))
}

/**
 * A mention the rule reads but never compares: a part or a kind, approximate
 * or rounded, another referent's, or with a complement of its own. Its value
 * still counts: the same value told in such a mention may be what the
 * compared one means.
 */
function dropped(mention: TollMention): boolean {
  return mention.aside || !mention.exact || mention.approx || mention.otherReferent || mention.restricted
}

/** The values of the mentions dropped (`dropped`), of any kind, but those compared. */
function droppedValues(mentions: readonly TollMention[], compared: readonly TollMention[]): Set<number> {
  return new Set(mentions.filter((mention) => !compared.includes(mention) && dropped(mention)).map((mention) => mention.value))
}

/**
 * One event's count given two values in the body: a count told (« le bilan
 * s’élève à 12 morts », "12 people were killed") then referred back to with
 * another value (« les 14 victimes », "the 14 dead"). Compared only when the
 * body tells that count exactly twice, every mention counted, those the rule
 * otherwise leaves out too (a part, a kind, an approximation, another time's);
 * and silent when a value of the two is told in a mention left out of any
 * kind (or the headline's), when the two are in one sentence (a comparison:
 * « 157 interpellés, loin des 581 de samedi dernier »), when the document
 * tells a count changed (« nouveau bilan », « s’est alourdi », « s’est
 * aggravé », "rose to", "updated"), and when either sentence tells of another
 * time, place, event or total.
 */
export function tollMismatches(mentions: readonly TollMention[], text: string, lang: Lang, headline: readonly TollMention[] = []): TollMismatch[] {
  const problems: TollMismatch[] = []
  // The whole document is read for change words only when it holds a count that may be compared.
  if (mentions.length < 2 || tollChanged(text, lang)) return problems
  const injured = tellsOfInjured(text)
  const groups = new Map<string, TollMention[]>()
  for (const mention of mentions) {
    const key = tollKey(mention.kind, injured)
    const group = groups.get(key)
    if (group) group.push(mention)
    else groups.set(key, [mention])
  }
  for (const group of groups.values()) {
    if (group.length !== 2) continue
    const [first, second] = group as [TollMention, TollMention]
    if (first.value === second.value || first.sentence === second.sentence) continue
    if (first.aside || !first.exact || first.definite || first.otherReferent) continue
    if (second.aside || !second.exact || !second.definite || second.otherReferent || second.restricted) continue
    const seen = droppedValues([...mentions, ...headline], [first, second])
    if (seen.has(first.value) || seen.has(second.value)) continue
    if (otherScope(first, second)) continue
    problems.push({first, second})
  }
  return problems.sort((a, b) => a.second.start - b.second.start)
}

/**
 * A headline's count against the body's: the headline tells that count once,
 * and the body once too, every mention counted (a part, an approximation,
 * another time's: « une vingtaine de morts dans le métro » is a second
 * mention). The body's value must be outside the headline's range (its
 * approximation, or the rounding of a figure of 100 or more ending in zeros:
 * « 300 morts » for 296). Silent when the document tells a count changed,
 * when the body's count is approximate, referred back to, restricted to a
 * site (« 14 morts à l’aéroport ») or another referent's, when a value of the
 * two is told in a mention left out of any kind, and when the headline or the
 * body's sentence tells of another time, place or event.
 */
export function headlineTollMismatches(headline: readonly TollMention[], body: readonly TollMention[], text: string, lang: Lang): TollMismatch[] {
  const problems: TollMismatch[] = []
  if (headline.length === 0 || body.length === 0 || tollChanged(text, lang)) return problems
  const injured = tellsOfInjured(text)
  for (const title of headline) {
    if (title.aside || title.otherReferent) continue
    const key = tollKey(title.kind, injured)
    if (headline.filter((mention) => tollKey(mention.kind, injured) === key).length !== 1) continue
    const group = body.filter((mention) => tollKey(mention.kind, injured) === key)
    if (group.length !== 1) continue
    const told = group[0]!
    // A rounded body figure (« 2 500 ») is read: the headline's is compared with its range.
    if (told.aside || told.approx || told.otherReferent || told.definite || told.located) continue
    const [low, high] = title.approx ? [title.low, title.high] : roundedRange(title.value)
    if (told.high >= low && told.low <= high) continue
    const seen = droppedValues([...headline, ...body], [title, told])
    if (seen.has(title.value) || seen.has(told.value)) continue
    // The body's sentence may leave out the headline's place or day (« Incendie à Rouen », then « l’incendie »), not name others.
    if (otherScope(title, told, true)) continue
    problems.push({first: told, second: title})
  }
  return problems
}

/** « 300 morts » in a headline may round 296: half its last non-zero place, at most a twentieth. Smaller counts are exact. */
function roundedRange(value: number): [number, number] {
  if (value < 100) return [value, value]
  let zeros = 0
  for (let rest = value; rest % 10 === 0 && rest > 0; rest /= 10) zeros++
  const half = Math.min(0.5 * 10 ** zeros, 0.05 * value)
  return zeros === 0 ? [value, value] : [value - half, value + half]
}
