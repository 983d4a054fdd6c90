/**
 * Numbers written as words, in French and English.
 */

/** Small numbers written as words, in both languages, with their value (« deux ans », "a year ago", "ten years ago"). */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  un: 1, une: 1, a: 1, one: 1,
  deux: 2, two: 2,
  trois: 3, three: 3,
  quatre: 4, four: 4,
  cinq: 5, five: 5,
  six: 6,
  sept: 7, seven: 7,
  huit: 8, eight: 8,
  neuf: 9, nine: 9,
  dix: 10, ten: 10
}

/** Counts in words before a unit of time (« deux jours », « quelques heures », "a few days", "twenty years"), beside digits. */
export const SPAN_COUNTS: Record<'fr' | 'en', readonly string[]> = {
  fr: ['un(e)', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente',
    'quarante', 'quelques', 'plusieurs'],
  en: ['a(n)', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'a few',
    'several']
}

/** Cardinal number words from two up that a compound figure is made of (« deux », « soixante », « mille »; "two", "ninety", "thousand"). */
export const CARDINAL_WORDS: Record<'fr' | 'en', readonly string[]> = {
  fr: ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize',
    'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille'],
  en: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen',
    'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand']
}

/** « un », « une », "one": a number as often as an article or a pronoun. */
export const ONE_WORDS: Record<'fr' | 'en', readonly string[]> = {fr: ['un', 'une'], en: ['one']}

/** Zero, plural hundreds and thousands, scale words and dozens: number words that are no part of a compound read by the number reader. */
export const OTHER_NUMBER_WORDS: Record<'fr' | 'en', readonly string[]> = {
  fr: ['zéro', 'vingts', 'million', 'millions', 'milliard', 'milliards', 'douzaine', 'douzaines'],
  en: ['zero', 'hundreds', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'dozen', 'dozens']
}
