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
