/**
 * The calendar's words, written once: weekday and month names in French and
 * English, with the spellings and abbreviations newsrooms use. Every other
 * list of them (the date reader's patterns, the formats, the archive's
 * dates) is derived from these. chrono-node's own dictionaries are its own
 * (src/dates/chrono.ts, checked against them by tests/dates/plain.test.ts).
 */
import type {Lang} from '../types.js'

/** Weekday names by number (0 = Sunday), as each language writes them in running text. */
export const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
}

/** Weekday abbreviations by number (0 = Sunday), lower case, as listings write them before a date (« jeu. 11 déc. », "Thurs., Dec. 11"). */
export const WEEKDAY_ABBREVIATIONS: Record<Lang, ReadonlyArray<readonly string[]>> = {
  fr: [['dim'], ['lun'], ['mar'], ['mer'], ['jeu'], ['ven'], ['sam']],
  en: [['sun'], ['mon'], ['tue', 'tues'], ['wed'], ['thu', 'thur', 'thurs'], ['fri'], ['sat']]
}

/** The abbreviations from Monday to Sunday. */
export function weekdayAbbreviationsFromMonday(lang: Lang): string[] {
  const days = WEEKDAY_ABBREVIATIONS[lang]
  return [...days.slice(1), days[0]!].flat()
}

/** Weekday names from Monday to Sunday, in lower case. */
export function weekdaysFromMonday(lang: Lang): string[] {
  const names = WEEKDAY_NAMES[lang].map((name) => name.toLowerCase())
  return [...names.slice(1), names[0]!]
}

interface Month {
  /** Full spellings: as printed first, then without accents (« fevrier »), as some copy has them. */
  names: readonly string[]
  /** Abbreviations; a `required` full stop tells one from a word (English "Mar." and "mar"). */
  abbreviations: ReadonlyArray<{word: string; stop: 'optional' | 'required'}>
}

const optional = (...words: string[]) => words.map((word) => ({word, stop: 'optional' as const}))

/** Months by number less one (0 = January). */
export const MONTHS: Record<Lang, readonly Month[]> = {
  fr: [
    {names: ['janvier'], abbreviations: optional('janv')},
    {names: ['février', 'fevrier'], abbreviations: optional('févr', 'fevr', 'fév')},
    {names: ['mars'], abbreviations: []},
    {names: ['avril'], abbreviations: optional('avr')},
    {names: ['mai'], abbreviations: []},
    {names: ['juin'], abbreviations: []},
    {names: ['juillet'], abbreviations: optional('juil')},
    {names: ['août', 'aout'], abbreviations: []},
    {names: ['septembre'], abbreviations: optional('sept')},
    {names: ['octobre'], abbreviations: optional('oct')},
    {names: ['novembre'], abbreviations: optional('nov')},
    {names: ['décembre', 'decembre'], abbreviations: optional('déc', 'dec')}
  ],
  en: [
    {names: ['January'], abbreviations: optional('jan')},
    {names: ['February'], abbreviations: optional('feb')},
    {names: ['March'], abbreviations: [{word: 'mar', stop: 'required'}]},
    {names: ['April'], abbreviations: optional('apr')},
    {names: ['May'], abbreviations: []},
    {names: ['June'], abbreviations: optional('jun')},
    {names: ['July'], abbreviations: optional('jul')},
    {names: ['August'], abbreviations: optional('aug')},
    {names: ['September'], abbreviations: optional('sept', 'sep')},
    {names: ['October'], abbreviations: optional('oct')},
    {names: ['November'], abbreviations: optional('nov')},
    {names: ['December'], abbreviations: optional('dec')}
  ]
}

/** Month names by number less one (0 = January), as printed. */
export const MONTH_NAMES: Record<Lang, readonly string[]> = {
  fr: MONTHS.fr.map((month) => month.names[0]!),
  en: MONTHS.en.map((month) => month.names[0]!)
}

/** Every full spelling of every month, in lower case, accented or not. */
export function fullMonthSpellings(lang: Lang): string[] {
  return MONTHS[lang].flatMap((month) => month.names.map((name) => name.toLowerCase()))
}

/**
 * One month's words as a regular-expression alternative, in lower case:
 * its full spellings, then its abbreviations with their full stop
 * (`févr\.?`, `mar\.`).
 */
export function monthPattern(lang: Lang, index: number): string {
  const month = MONTHS[lang][index]!
  const abbreviations = month.abbreviations.map(({word, stop}) => `${word}\\.${stop === 'optional' ? '?' : ''}`)
  return [...month.names.map((name) => name.toLowerCase()), ...abbreviations].join('|')
}

/** Units of time in the plural, as a duration is written after its count: « en cinq ans », "in two years". */
export const DURATION_PLURALS: Record<Lang, readonly string[]> = {
  fr: ['ans', 'années', 'mois', 'jours', 'semaines'],
  en: ['years', 'months', 'days', 'weeks']
}

/** Seasons, lower case: « au printemps 2015 », "in the spring of 2015". */
export const SEASONS: Record<Lang, readonly string[]> = {
  fr: ['printemps', 'été', 'automne', 'hiver'],
  en: ['spring', 'summer', 'autumn', 'fall', 'winter']
}

/** Words before a year or a month that name a part of it: « fin 2010 », « mi-mars », "late 2010". */
export const PARTS_OF_YEAR: Record<Lang, readonly string[]> = {
  fr: ['fin', 'début', 'mi'],
  en: ['late', 'early', 'mid']
}

/** After a duration, the words that place the date told next after the one before (« trois jours plus tard », "three days later")… */
export const LATER_WORDS: Record<Lang, readonly string[]> = {
  fr: ['plus tard', 'après'],
  en: ['later', 'afterwards', 'afterward']
}

/** …or before it (« trois jours plus tôt », "three days earlier"). */
export const EARLIER_WORDS: Record<Lang, readonly string[]> = {
  fr: ['plus tôt', 'auparavant'],
  en: ['earlier', 'before']
}

/** Words between a range of dates and its stated length, beside those that restate it (« du 2 au 6 mars, pendant cinq jours », "for five days"). */
export const DURATION_LINKS: Record<Lang, readonly string[]> = {
  fr: ['pendant', 'durant', 'sur', 'en tout', 'au total'],
  en: ['a total of', 'for', 'over', 'some']
}

/**
 * Beginnings of month names after a figure that make it a day (« 12 janv »,
 * « 3 août », "12 Jan", "3 March"): the French ones in lower case, the English
 * ones capitalised, their first three letters.
 */
export const MONTH_BEGINNINGS: Record<Lang, readonly string[]> = {
  fr: ['janv', 'févr', 'fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août', 'aout', 'sept', 'oct', 'nov', 'déc', 'dec'],
  en: MONTHS.en.map((month) => month.names[0]!.slice(0, 3))
}

/** French words after « jours » that make them days of a kind, not calendar days: « jours ouvrés », « jours de grève ». */
export const DAY_KINDS_FR: readonly string[] = ['ouvrés', 'ouvrables', 'de travail', 'de classe', 'd’école', 'fériés', 'de compétition', 'de grève', 'de cours', 'de semaine']

/** Units of a count of months or years, as its word begins: « mois », « an », « année », "year". */
export const MONTH_UNITS: readonly string[] = ['mois', 'month']
export const YEAR_UNITS: readonly string[] = ['an', 'année', 'year']

/** Words of the present of a story told « N ans après »: « toujours », « encore », "still", "now" (whole words). */
export const PRESENT_WORDS: Record<Lang, readonly string[]> = {
  fr: ['toujours', 'encore', 'aujourd’hui', 'désormais', 'reste', 'restent', 'demeure', 'demeurent'],
  en: ['still', 'now', 'today', 'remain(s)', 'continue(s)']
}

/** Words one of which every count of years ago and every anniversary holds (« il y a », "ago", « anniversaire », « après »): a quick test before the patterns. */
export const AGO_CUES: readonly string[] = ['il y a', 'ago', 'anniversa', 'après', 'after']

/**
 * Words that put a date in the background, before the story's steps: the
 * pluperfect (« avait », "had"), « depuis », « jusqu’à », "since", "until".
 * French read as beginnings, English as whole words.
 */
export const BACKGROUND_WORDS: Record<Lang, readonly string[]> = {
  fr: ['avait', 'avaient', 'était', 'étaient', 'depuis', 'dès', 'jusqu', 'avant', 'remontai'],
  en: ['had', 'since', 'until', 'before', 'by', 'ago']
}

/** Modifiers before a weekday alone that belong to its mention: « ce lundi », "this Monday", "last Monday". */
export const WEEKDAY_MODIFIERS_BEFORE: readonly string[] = ['ce', 'this', 'last', 'past', 'next']

/** The determiners that tell a date as the story's present: « ce jeudi 25 octobre », "this Thursday". */
export const PRESENT_DETERMINERS: readonly string[] = ['ce', 'this']

/** Modifiers after a weekday alone that belong to its mention: « lundi dernier », « lundi prochain ». */
export const WEEKDAY_MODIFIERS_AFTER_FR: readonly string[] = ['dernier', 'prochain']

/** Words right before a day number that are no month: « le 12 », "the 12th", "on 12", « ce 12 », "this 12". */
export const DAY_NUMBER_LEADS: readonly string[] = ['le', 'the', 'on', 'ce', 'this']

/** Words between the two ends of a range of dates: « du 2 au 6 », « jusqu’au », « et le », "to", "through", "and". */
export const RANGE_JOINERS: Record<Lang, readonly string[]> = {
  fr: ['au', 'à', 'jusqu’au', 'et( le)'],
  en: ['to', 'through', 'until', 'till', 'and']
}

/** Words between two dates of a list or a range as chrono-node reads them: « lundi 12 et mardi 13 », "Monday to Thursday". */
export const LIST_JOINERS: Record<Lang, readonly string[]> = {
  fr: ['et', 'ou', 'au', 'à', 'a', 'jusqu’au'],
  en: ['and', 'or', 'to', 'through', 'thru', 'until', 'till', '&']
}

/** Month abbreviations that take a full stop, as read in a draft (AP style "Dec.", « déc. »): a correction is then abbreviated too. */
export const STOPPED_MONTH_ABBREVIATIONS: Record<Lang, readonly string[]> = {
  en: ['Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv', 'févr', 'fevr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'dec']
}

/** How a house abbreviates each month in a correction; months short enough stay whole ("March", "May", « mars », « juin »). */
export const HOUSE_MONTH_ABBREVIATIONS: Record<Lang, readonly string[]> = {
  en: ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
}

/** Days named from the story's: « hier », « la veille », "yesterday", "the day before". */
export const RELATIVE_DAYS: Record<Lang, readonly string[]> = {
  fr: ['hier', 'avant-hier', 'la veille', 'le lendemain', 'aujourd’hui'],
  en: ['yesterday', 'today', 'the day before', 'the next day']
}

/** Units of a count of time before « plus tard », "later": « trois jours plus tard », "three weeks later". */
export const LATER_UNITS: Record<Lang, readonly string[]> = {
  fr: ['jour(s)', 'semaine(s)', 'mois', 'ans', 'années'],
  en: ['day(s)', 'week(s)', 'month(s)', 'year(s)']
}

/** Words before the event a count of days runs from: « trois jours après le scrutin », "three days after the vote", "after his arrest". */
export const EVENT_DETERMINERS: Record<Lang, readonly string[]> = {
  fr: ['les', 'le', 'la', 'son', 'sa', 'ses', 'leur'],
  en: ['the', 'his', 'her', 'its', 'their']
}

/** Units of a span of time after its count: « deux jours », "three weeks", « quelques heures ». */
export const SPAN_UNITS: Record<Lang, readonly string[]> = {
  fr: ['heure(s)', 'jour(s)', 'semaine(s)', 'mois', 'ans', 'années'],
  en: ['hour(s)', 'day(s)', 'week(s)', 'month(s)', 'year(s)']
}

/** Words right before a bare year that introduce it: « en 2015 », « année 2015 », "in 2015", "during 2015", "year 2015". */
export const YEAR_INTRODUCERS: readonly string[] = ['en', 'année', 'in', 'during', 'year']

/** French words after « l’an », « l’année » that make it the year before the story's: « l’an dernier », « l’année précédente ». */
export const LAST_FR: readonly string[] = ['dernier', 'dernière', 'passé', 'passée', 'précédent', 'précédente']

/** Words between two lists of weekdays and days, each with spaces around: « lundi et mardi 7 et 8 », "Monday to Wednesday, 7 to 9". */
export const WEEKDAY_LIST_JOINERS: Record<Lang, readonly string[]> = {
  fr: ['et', 'ou', 'au', 'à'],
  en: ['and', 'or', '&', 'to', 'through', 'thru']
}
