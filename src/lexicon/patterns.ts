/**
 * Lexicon words as regular-expression text, for the analyses that read them
 * inside a pattern. Pure: imports nothing.
 */

/**
 * An alternative of words or phrases as written: a full stop or any other
 * sign is itself, an apostrophe either apostrophe (« c’est-à-dire »,
 * « c'est-à-dire »), and a space between two words what `space` says, the
 * pattern of a space in the caller's reading (one plain space by default).
 */
export function wordsPattern(words: readonly string[], space = ' '): string {
  return words
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
        .replace(/[’']/gu, "[’']")
        .replace(/ /gu, space)
    )
    .join('|')
}

/**
 * Like `wordsPattern`, for words written with their optional endings: a
 * group of letters in parentheses may be there or not, longest first
 * (« initial(e)(s) » is « initial », « initiale », « initials »,
 * « initiales »; "year(s)" is "year" and "years").
 */
export function formsPattern(words: readonly string[], space = ' '): string {
  return words
    .map((word) =>
      word
        .split(/(\([^()]+\))/u)
        .map((part) => (part.startsWith('(') && part.endsWith(')') ? `(?:${wordsPattern([part.slice(1, -1)], space)})?` : wordsPattern([part], space)))
        .join('')
    )
    .join('|')
}
