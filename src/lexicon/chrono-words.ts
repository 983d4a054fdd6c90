/**
 * Words around a weekday-and-date that change how chrono-node reads it
 * (src/dates/plain.ts reads the plain ones itself and leaves these to
 * chrono). Lower case, ASCII bounds as chrono has them; written with their
 * optional endings in parentheses (src/lexicon/patterns.ts, `formsPattern`).
 */

/** Words right before a date that change chrono's reading: a determiner or modifier of the weekday (« ce », "this", "last"), the start of a range. */
export const RISKY_BEFORE_DATE: readonly string[] = [
  'ce', 'cette', 'this', 'last', 'past', 'next', 'on', 'du', 'from', 'between', 'le', 'the', 'de', 'of', 'au', 'to', 'et', 'and', 'ou', 'or', 'dès', 'depuis', 'since',
  'until', 'till', 'jusqu', 'through', 'avant', 'après', 'before', 'after', 'first', 'premier'
]

/** Words right after a date that chrono may read as part of it, as whole words: an era, a time word, the end of a range, a weekday modifier. */
export const RISKY_AFTER_DATE: readonly string[] = [
  'ac', 'ad', 'bc', 'bce', 'be', 'ce', 'am', 'pm', 'a.m', 'p.m', 'p.', 'h', 'heure(s)', 'o’clock', 'to', 'until', 'through', 'thru', 'till', 'au', 'jusqu', 'et', 'and',
  'ou', 'or', 'de', 'of', 'dernier', 'prochain', 'last', 'next', 'first', 'second', 'third', 'premier'
]

/** Beginnings of English ordinals written out that chrono may read after a date ("April 22 twenty-first"). */
export const ORDINAL_BEGINNINGS_EN: readonly string[] = [
  'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirt', 'fourt', 'fift', 'sixt', 'sevent', 'eight', 'ninet', 'twent'
]

/** chrono's French units of time. */
export const TIME_UNITS_FR: readonly string[] = [
  'sec', 'seconde(s)', 'min(s)', 'minute(s)', 'h', 'hr(s)', 'heure(s)', 'jour(s)', 'semaine(s)', 'mois', 'trimestre(s)', 'an(s)', 'année(s)'
]

/** chrono's English units of time. */
export const TIME_UNITS_EN: readonly string[] = [
  's', 'sec(s)', 'second(s)', 'm', 'min(s)', 'minute(s)', 'h', 'hr(s)', 'hour(s)', 'd', 'day(s)', 'w', 'week(s)', 'mo', 'mon', 'mos', 'month(s)', 'qtr', 'quarter(s)', 'y',
  'yr', 'year(s)', 'decade(s)'
]

/** Words chrono reads as the quantity of an English unit ("a few days", "two weeks"), beside "a", "an" and digits. */
export const TIME_QUANTITIES_EN: readonly string[] = [
  'eleven', 'twelve', 'three', 'seven', 'eight', 'four', 'five', 'nine', 'one', 'two', 'six', 'ten', 'half'
]

/** More words chrono reads before an English unit, after "a", "an". */
export const TIME_QUANTIFIERS_EN: readonly string[] = ['few', 'several', 'the', 'couple', 'of', 'this', 'last', 'past', 'next']

/** Words a quantity may follow with no space in chrono's reading ("within", "in", "about"…). */
export const BEFORE_TIME_QUANTITY_EN: readonly string[] = [
  'within', 'in', 'for', 'about', 'around', 'roughly', 'approximately', 'just', 'this', 'last', 'past', 'next', 'after'
]

/** Words between two numbers that join a range or introduce a time, in either language (any other word parts them). */
export const RANGE_OR_TIME_WORDS: readonly string[] = [
  'to', 'au', 'à', 'et', 'and', 'or', 'ou', 'jusqu', 'through', 'thru', 'till', 'until', 'de', 'of', 'du', 'the', 'le', 'la', 'at', 'vers', 'in', 'on', 'by', 'from',
  'since', 'depuis', 'dès', 'entre', 'between', 'avant', 'before', 'après', 'after'
]
