/**
 * The words of a correction that names the wrong form to deny it, in French
 * and English (contrast): « M. Benali, et non M. Benhali », "Lefèvre, not
 * Lefevre", « non pas Etat mais État ». Written with their optional words in
 * parentheses (src/lexicon/patterns.ts, `formsPattern`).
 */
import type {Lang} from '../types.js'

/** Words that deny the form after them: « (et) non (pas) », « et pas », « plutôt que », "(but) not", "rather than". */
export const DENIALS: Record<Lang, readonly string[]> = {
  fr: ['(et )non( pas)', '(mais )non( pas)', 'et pas', 'mais pas', 'plutôt que', 'au lieu de', 'au lieu d’'],
  en: ['(and )not', '(but )not', 'rather than', 'instead of']
}

/** The word after a denied form that leads to the right one: « non pas Etat mais État », "not Lefevre but Lefèvre". */
export const BUT: Record<Lang, string> = {fr: 'mais', en: 'but'}

/** Articles and prepositions that may stand between a denial and the form it denies: « et non de Benhali », "not the Lefevre". */
export const FILLER_ARTICLES: readonly string[] = ['de', 'du', 'des', 'le', 'la', 'les', 'the', 'a', 'an', 'of']

/** Honorifics that may stand there too, as written (`.?`: the full stop is optional; src/lexicon/honorifics.ts, `honorificPattern`). */
export const FILLER_HONORIFICS: readonly string[] = ['M.', 'Mme', 'Mlle', 'Mr.?', 'Mrs.?', 'Ms.?', 'Dr.?']

/** Adverbs of a correction notice: "incorrectly said", "this story mistakenly". */
export const WRONGLY_EN: readonly string[] = ['incorrectly', 'mistakenly', 'erroneously', 'wrongly']

/** English verbs a correction notice says the story got wrong: "incorrectly said", "wrongly dated". */
export const TOLD_EN: readonly string[] = ['said', 'stated', 'reported', 'gave', 'listed', 'dated', 'described', 'referred', 'identified', 'placed']

/** Beginnings of French verbs a correction notice says the story got wrong: « indiqué par erreur », « à tort daté ». */
export const TOLD_STEMS_FR: readonly string[] = ['indiqu', 'écri', 'affirm', 'annonc', 'mentionn', 'dat', 'situ', 'présent']
