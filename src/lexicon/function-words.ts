/**
 * Function words, by what they are used for. Kept here, not in the
 * analyses that read them (issue 19: one lexicon).
 */
import type {Lang} from '../types.js'

/**
 * Function words that are frequent in running text and rare in the other
 * languages factlint may meet: none of them is also a common word of
 * Spanish, Italian, Portuguese, German or Dutch (« la », « que », « il »,
 * "in", "an" are left out for that reason). Drafts are often too short or
 * too full of names for a trigram model alone, and these decide between
 * French and English reliably (src/lang/detect.ts).
 */
export const NARRATION_WORDS: Record<Lang, ReadonlySet<string>> = {
  fr: new Set('le les des du une et est sont dans pour pas qui sur avec au aux cette elle ils nous vous été plus mais où leur leurs aussi très'.split(' ')),
  en: new Set('the and of to is are that for with was were it this be by at from have has had not but which who they she their will would'.split(' '))
}

/** Lower-case words a title in title case leaves uncapitalised ("Goes to Washington", « Le Monde et la Ville »). */
export const TITLE_FUNCTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  en: new Set('a an the and or nor but of to in on at by for from with as into over vs'.split(' ')),
  fr: new Set('de du des le la les l d à au aux et ou en un une sur pour par avec dans'.split(' '))
}

/**
 * Lower-case determiners that make the capitalised word after them a thing,
 * a place or a people, not a person (« les Français », « la Marne », "the
 * Americans"; inconsistent-spelling).
 */
export const DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l', 'du', 'des', 'au', 'aux', 'un', 'une', 'the', 'a', 'an'])

/**
 * Articles that make the lower-case noun after them an office a person
 * holds (the poet, le poète; inconsistent-spelling). Not "a", which is a
 * French verb too (« il a »).
 */
export const OFFICE_ARTICLES: ReadonlySet<string> = new Set(['the', 'le', 'la', 'les', 'un', 'une'])

/**
 * Capitalised words that open a sentence or a clause before a name and are
 * no part of it, nor a name themselves: articles, pronouns, conjunctions,
 * prepositions (« Selon Mme Curel », "According to John Smith", "He"; the
 * ages of figure-mismatch).
 */
export const SENTENCE_OPENERS: Record<Lang, readonly string[]> = {
  fr: 'Le La Les Un Une Des Ce Cette Ces Il Elle Ils Elles On Selon Mais Et'.split(' '),
  en: 'The A An He She They It This That But And In On At For Of With By According'.split(' ')
}

/** Articles and demonstratives before a noun, each followed by a space (« l’ » is the elided one): « dans la nuit », "at the airport". */
export const NOUN_DETERMINERS: Record<Lang, readonly string[]> = {
  fr: ['la', 'le', 'les', 'une', 'un', 'ce', 'cet', 'cette'],
  en: ['the', 'an', 'a', 'this', 'that']
}
