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
