import {MONTH_NAMES, weekdaysFromMonday} from '../lexicon/calendar.js'
import {particlePattern} from '../lexicon/names.js'
import {TITLES_BEFORE_AGES} from '../lexicon/titles.js'
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

const HONORIFIC = '(?:M\\.|Mme|Mlle|MM\\.|Dr|Pr|Me|Mgr|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.|Prof\\.)'
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
        else if (!NOT_NAMES.has(bare) && !TITLES_BEFORE_AGES.has(bare)) break
        skip = word.index + word[0].length
      }
      const name = rawName.slice(skip)
      const words = name.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word))
      if (words.length === 0 || words.some((word) => NOT_NAMES.has(word) || TITLES_BEFORE_AGES.has(word))) continue
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
  if (/^(?:M\.|MM\.|Mr\.?)$/u.test(honorific)) return 'm'
  if (/^(?:Mme|Mlle|Mrs\.?|Ms\.?)$/u.test(honorific)) return 'f'
  return honorific
}

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
