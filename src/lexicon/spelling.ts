/**
 * Words inconsistent-spelling must not take for two spellings of one word:
 * knowledge of the languages, not of the algorithm (issue 19: one lexicon).
 */

/**
 * Close names that are different names. The edit-distance test cannot know
 * them, and they are common in news copy.
 */
export const KNOWN_DISTINCT: ReadonlyArray<readonly string[]> = [
  ['colombia', 'columbia'],
  ['colombie', 'columbia'],
  ['francis', 'frances'],
  ['michel', 'michael'],
  ['michael', 'michaël'],
  ['austria', 'australia']
]

/** Lower-case pairs that differ by an accent only and are two words. */
export const ACCENT_HOMOGRAPHS: ReadonlySet<string> = new Set(['taches', 'forets', 'pecheur', 'pecheurs', 'chasse', 'mater', 'roder', 'relache'])

/** Prefixes whose hyphen makes a different word (re-sign/resign, re-cover/recover). */
export const MEANINGFUL_HYPHEN: ReadonlySet<string> = new Set(['re', 'ré'])
