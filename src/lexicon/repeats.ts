/**
 * Words doubled-word reads around a repetition that its main lexicon
 * (doubled-words.ts) does not hold: kept apart so that the two lists can
 * move or merge without touching each other.
 */

/**
 * English demonstratives, pronoun then determiner after a preposition:
 * "Add to this this new law", "because of those those days are over" — the
 * first is the object of the preposition, the second opens the next phrase.
 */
export const DEMONSTRATIVES_EN: ReadonlySet<string> = new Set(['this', 'these', 'those'])

/** English prepositions whose object may be a demonstrative pronoun ("add to this", "on top of that", "despite these"). */
export const PREPOSITIONS_EN: ReadonlySet<string> = new Set([
  'to', 'of', 'for', 'with', 'at', 'from', 'into', 'onto', 'upon', 'in', 'on', 'about', 'by', 'like', 'after', 'before', 'despite', 'beyond', 'besides',
  'against', 'over', 'under', 'without', 'towards', 'toward', 'behind', 'beside', 'through', 'throughout', 'unlike', 'including', 'following'
])

/**
 * French prepositions that join a word to itself in a set phrase (« de
 * ville en ville », « pas à pas », « coude à coude », « face à face »):
 * with the English ones, the second word of a group said twice that may be
 * such a phrase running on ("from town to town to do business").
 */
export const PREPOSITIONS_FR: ReadonlySet<string> = new Set(['à', 'a', 'de', 'en', 'par', 'pour', 'sur', 'dans', 'contre', 'après', 'avec', 'sans', 'sous', 'vers', 'entre'])
