/**
 * The small words around counts and their wholes, in French and English
 * (arithmetic): what joins a part to its whole, what breaks a list of
 * parts, what says a figure is of another quantity. Lower case, as
 * printed; src/lexicon/patterns.ts turns a list into a pattern.
 */

/** Words between a part and its whole: « 12 des 40 membres », « 12 sur 40 », "12 of the 40", "12 out of 40". */
export const PART_OF_WHOLE: readonly string[] = ['des', 'sur', 'parmi les', 'of the', 'of', 'out of']

/** Words between a percentage and the whole it is of: « 30 % des 40 membres », « 30 % de ses 40 membres », "30% of its 40 members". */
export const PERCENT_OF_WHOLE: readonly string[] = ['des', 'de ses', 'de leurs', 'sur', 'of the', 'of its', 'of their', 'of']

/** Words right before a whole that its parts follow: « sur 40 membres, 12 … », « dont », "of the 40", "a total of". */
export const WHOLE_BEFORE: readonly string[] = ['sur', 'parmi', 'of', 'out of', 'among', 'dont', 'including', 'total de', 'total of']

/**
 * Words between two figures that make them no list of parts of one total:
 * a part inside a part (« dont »), a comparison (« plus que »), a range
 * (« entre », "from … to"), a rate (« par », "each").
 */
export const NOT_LIST_WORDS: readonly string[] = [
  'dont', 'including', 'of', 'sur', 'parmi', 'among', 'plus', 'moins', 'more', 'less', 'than', 'que', 'qu', 'entre', 'between', 'from', 'de', 'du', 'des', 'to', 'à',
  'au', 'aux', 'by', 'par', 'per', 'each', 'chacun', 'chacune', 'every'
]

/** Prepositions of place: the word after a figure that is one opens a place, not the figure's noun (« 12 à Lille », "3 in Leeds"). */
export const PLACE_PREPOSITIONS: readonly string[] = ['à', 'au', 'aux', 'en', 'dans', 'in', 'at', 'on', 'pour', 'for', 'chez']

/** Prepositions before a place's name inside a list of parts: « 12 à Lille et 5 à Roubaix », "3 in Leeds". */
export const PLACE_BEFORE_NAMES: readonly string[] = ['à', 'au', 'aux', 'en', 'in', 'at']

/** Words after a figure that are no noun of it: « 12 au total », « 12 et 15 », « soit ». */
export const NOT_NOUNS_AFTER: readonly string[] = ['au', 'en', 'in', 'et', 'and', 'ou', 'or', 'soit']

/** Words that make a stated result one of another quantity: « selon les villes », "depending on the city", « en moyenne », "per". */
export const OTHER_QUANTITY: readonly string[] = ['selon', 'suivant', 'depending', 'according', 'par', 'per', 'chaque', 'each', 'moyenne', 'average']

/** Words right after a stated result that make it an average: « en moyenne », "on average". */
export const ON_AVERAGE: readonly string[] = ['en moyenne', 'on average']

/** Prepositions before a place's name that makes a figure one part of a whole: « 1 200 à Saint-Omer », « 3 dans le Nord », "12 in Leeds". */
export const PLACE_BEFORE_PARTS: readonly string[] = ['à', 'au', 'aux', 'en', 'dans', 'in', 'at']
