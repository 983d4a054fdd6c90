/**
 * A correction names the wrong form to deny it: « M. Karim Benali, et non
 * M. Karim Benhali », "spelled Lefèvre, not Lefevre", « non pas Etat mais
 * État ». Such a form is written on purpose, so no consistency rule should
 * ask for it to be changed.
 */

import {BUT as BUT_WORDS, DENIALS, FILLER_ARTICLES, FILLER_HONORIFICS} from '../lexicon/corrections.js'
import {honorificPattern} from '../lexicon/honorifics.js'
import {formsPattern, wordsPattern} from '../lexicon/patterns.js'

/** At most this many words (titles, first names, articles) between a denial and the form it denies. */
const MAX_FILLERS = 4

/** How much text before a form may hold its denial. */
const LOOK_BACK = 80

/** A word that denies what follows, at the end of the text: « (et) non (pas) », « et pas », "not", "rather than"… */
const DENIAL = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${formsPattern([...DENIALS.fr, ...DENIALS.en], String.raw`\s+`)})[\s,]*$`, 'iu')

/** Words that may stand between a denial and its form: a title, a first name, an article, an opening mark. */
const FILLER_WORD = String.raw`(?:${wordsPattern(FILLER_ARTICLES)}|${honorificPattern(FILLER_HONORIFICS)}|\p{Lu}[\p{L}\p{M}-]*)`
const FILLER_AT_END = new RegExp(String.raw`(?:[«“‘"(]\s*|(?<![\p{L}\p{M}])${FILLER_WORD}\s+|(?<![\p{L}\p{M}])[dlDL][’'])$`, 'u')
const FILLERS_AT_START = new RegExp(String.raw`^(?:[«“‘"]\s*|${FILLER_WORD}\s+|[dlDL][’']){0,${MAX_FILLERS}}`, 'u')

/** Between the right form and the denial of the wrong one: « Benali, et non », "Lefèvre (not". */
const BEFORE_DENIAL = /^[\s,;:—–(]*$/u

/** After a denied form, what leads to the right one: « Etat mais État », "Lefevre but Lefèvre". */
const BUT = new RegExp(String.raw`^[\s,)»”"]*(?:${wordsPattern([BUT_WORDS.fr, BUT_WORDS.en])})\s+`, 'iu')

/**
 * Whether `text[start, end)` is denied next to `other`, the form it would be
 * corrected to: "Benali, not Benhali" or "not Benhali but Benali". Both must
 * be there: "It was not Benhali's call" alone is still a slip.
 */
export function isDeniedForm(text: string, start: number, end: number, other: string): boolean {
  const denial = denialBefore(text, start)
  if (denial === undefined) return false
  const right = text.lastIndexOf(other, denial - other.length)
  if (right >= 0 && isWordAt(text, right, right + other.length) && BEFORE_DENIAL.test(text.slice(right + other.length, denial))) return true
  const but = BUT.exec(text.slice(end, end + LOOK_BACK))
  if (!but) return false
  const after = end + but[0].length
  const fillers = FILLERS_AT_START.exec(text.slice(after, after + LOOK_BACK))![0].length
  return text.startsWith(other, after + fillers) && isWordAt(text, after + fillers, after + fillers + other.length)
}

/** Where the denial before `start` begins, if the words before it are one. */
function denialBefore(text: string, start: number): number | undefined {
  const from = Math.max(0, start - LOOK_BACK)
  let rest = text.slice(from, start)
  for (let fillers = 0; fillers <= MAX_FILLERS; fillers++) {
    const denial = DENIAL.exec(rest)
    if (denial) return from + denial.index
    const filler = FILLER_AT_END.exec(rest)
    if (!filler) return undefined
    rest = rest.slice(0, filler.index)
  }
  return undefined
}

function isWordAt(text: string, start: number, end: number): boolean {
  const letter = /[\p{L}\p{M}\p{N}]/u
  return !letter.test(text[start - 1] ?? '') && !letter.test(text[end] ?? '')
}
