import {MONTH_NAMES, weekdaysFromMonday} from '../lexicon/calendar.js'
import {particlePattern} from '../lexicon/names.js'
import {AGE_HONORIFICS, honorificPattern, MEN_HONORIFICS, WOMEN_HONORIFICS} from '../lexicon/honorifics.js'
import {TITLES_BEFORE_NAMES} from '../lexicon/titles.js'
import type {Lang} from '../types.js'
import {sentenceRanges} from './arithmetic.js'

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
  fr: [new RegExp(`${NAME}(?:,\\s+(?:âgée?\\s+de\\s+)?|\\s+\\()(\\d{1,3})\\s+ans(?![\\p{L}])(?!\\s+(?:de|d[’']|après|plus|auparavant|plus tôt)(?![\\p{L}]))`, 'gu')],
  en: [
    new RegExp(`${NAME}(?:,\\s+(?:aged\\s+)?(\\d{1,3})(?=,|\\s+(?:said|says|told|who|was|is|has|had|of|from|and)\\b)|\\s+\\((\\d{1,3})\\))`, 'gu'),
    new RegExp(`(\\d{1,3})-year-old\\s+(?:[\\p{Ll}-]+\\s+){0,4}?${NAME}`, 'gu')
  ]
}

/** Words that start a sentence or name no one: months, weekdays, places of a dateline are no person. */
const NOT_NAMES = new Set([
  ...'Le La Les Un Une Des Ce Cette Ces Il Elle Ils Elles On Selon Mais Et The A An He She They It This That But And In On At For Of With By According'.split(' '),
  ...(['en', 'fr'] as const).flatMap((lang) => [...weekdaysFromMonday(lang), ...MONTH_NAMES[lang]].map(capitalise))
])

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

const OTHER_TIME: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{N}])|à l[’']époque|alors âgée?|il y a \d+ ans|il y a (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|quarante|cinquante) ans|lorsqu|quand|naissance|(?:prochain|dernier|passé)/iu,
  en: /(?<![\p{L}\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{N}])|at the time|years? ago|then aged|\bwhen\b|\bborn\b|\blast year\b|\bnext year\b/iu
}

export function ageMentions(text: string, lang: Lang): AgeMention[] {
  const found: AgeMention[] = []
  if (!/\d/.test(text)) return found
  const sentences = sentenceRanges(text)
  const sentenceOf = (index: number) => sentences.find(([start, end]) => index >= start && index < end) ?? [0, text.length]
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
        otherTime: OTHER_TIME[lang].test(text.slice(sentenceStart, sentenceEnd))
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
 * « Mme Dupont »). Ages told in a sentence about another time are left out.
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
    const first = usable.slice(0, index).find((earlier) => samePerson(earlier, second))
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
const FR_DEALS = 'contrat|accord|marché|rachat|prêt|budget|amende|chantier|commande|emprunt|enveloppe|transfert'
const EN_DEALS = 'deal|contract|takeover|acquisition|merger|bid|offer|loan|package|settlement|fine|budget|order|bailout|transfer'
const FR_CURRENCY = 'euros?|dollars?|francs?|dinars?|livres?|€|\\$'

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
    new RegExp(`(?<![\\p{L}])([Aa]n?|[Tt]he|[Tt]his|[Tt]hat)${SPACE}+([$£€])(${EN_DIGITS})${SPACE}*(million|billion|bn|m|trillion|tn)?(?![\\p{L}])${SPACE}+(?:\\p{Ll}[\\p{Ll}-]+${SPACE}+)?(${EN_DEALS})(?![\\p{L}-])`, 'gu')
  ]
}

const SCALE_WORDS: Record<string, number> = {md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, million: 1e6, millions: 1e6, m: 1e6, billion: 1e9, bn: 1e9, milliard: 1e9, milliards: 1e9, trillion: 1e12, tn: 1e12}

/**
 * Words that make a size another thing's, another time's or a changed one:
 * a year, « initial », « nouveau », « rival », « revu », "original", "revised",
 * "sweetened", "last year". Read in the sentence of each mention.
 */
const OTHER_REFERENT: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{N}])|initiale?s?|nouveaux?|nouvelles?|nouvel|premi[eè]re?s?|second|deuxième|précédente?s?|ancienne?s?|autres?|rivale?s?|concurrente?s?|révisée?s?|revue?s?|relevée?s?|ramenée?s?|réduite?s?|augmentée?s?|portée?s?\s+à|passée?s?\s+à|finale?s?|dernière?s?|prochaine?s?|l[’']an\s+dernier|il\s+y\s+a|projet\s+de|version|annexes?|chacune?|par\s+an|par\s+mois/iu,
  en: /(?<![\p{L}\p{N}])(?:1[89]\d\d|20\d\d)(?![\p{N}])|\b(?:original|initial|earlier|previous|prior|new|newer|first|second|another|other|rival|competing|counter|revised|raised|lowered|increased|reduced|cut|sweetened|improved|final|last|next|draft|version|annex|appendix|each|per\s+year|a\s+year|a\s+month|ago)\b/iu
}

/** Words between two mentions that say the size changed: « passé à », « porté à », "rose to", "raised to". */
const CHANGED: Record<Lang, RegExp> = {
  fr: /pass[ée]e?s?\s+à|port[ée]e?s?\s+à|ramen[ée]e?s?\s+à|relev[ée]e?s?\s+à|rev[ue]e?s?\s+(?:à\s+la\s+)?(?:hausse|baisse)|augment|rédui|réévalu|corrig|rectifi|au\s+lieu\s+de|et\s+non|plutôt\s+que/iu,
  en: /\b(?:rose|risen|raised|increased|lowered|cut|reduced|revised|sweetened|corrected|amended|updated|grew|grown|fell|fallen|dropped|instead\s+of|rather\s+than|not\s+the|up\s+from|down\s+from)\b/iu
}

const APPROX_BEFORE = /(?:près\s+d[e’']|environ|quelque|presque|plus\s+d[e’']|moins\s+d[e’']|au\s+moins|about|around|nearly|almost|roughly|some|more\s+than|less\s+than|at\s+least|over|under|up\s+to)[\s\u00a0]*$/iu

export function sizeMentions(text: string, lang: Lang): SizeMention[] {
  const found: SizeMention[] = []
  if (!/\d/.test(text)) return found
  const sentences = sentenceRanges(text)
  const sentenceOf = (index: number) => sentences.find(([start, end]) => index >= start && index < end) ?? [0, text.length]
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
    if (CHANGED[lang].test(text.slice(first.end, second.start))) continue
    problems.push({first, second})
  }
  return problems.sort((a, b) => a.second.start - b.second.start)
}

function sameSize(a: SizeMention, b: SizeMention): boolean {
  // Strictly inside: « 5 millions » and « 6 millions » each stand for ±0,5 million and are two sizes.
  const gap = Math.abs(a.value - b.value)
  return gap <= 1e-9 * Math.max(a.value, b.value) || gap < a.half + b.half
}
