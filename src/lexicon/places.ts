/**
 * Words of place names, in French and English, lower-cased.
 */

/**
 * Capitalised words before a place's name that are part of it, not a first
 * name: Latin America and Latin American, North Korea and North Korean
 * share « Latin » and « North » as no two people share a first name
 * (inconsistent-spelling).
 */
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'latin', 'new', 'great', 'greater', 'upper', 'lower', 'middle',
  'united', 'saudi', 'sub', 'nord', 'sud', 'est', 'ouest', 'grand', 'grande', 'haut', 'haute', 'bas', 'basse', 'nouveau', 'nouvelle', 'petit', 'petite', 'moyen'
])
