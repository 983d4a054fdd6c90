/**
 * The words that open, close or join clauses, in French and English (the
 * date reader: which clause a date or a relative year belongs to).
 */
import type {Lang} from '../types.js'

/** Relative pronouns: after a comma, they open a clause set into the sentence (« , qui », ", which"). */
export const RELATIVE_PRONOUNS: Record<Lang, readonly string[]> = {
  fr: ['qui', 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
  en: ['which', 'who', 'whom', 'whose', 'where']
}

/** French relative pronouns with « à » (« auquel »), read beside RELATIVE_PRONOUNS where a date is told in a relative clause. */
export const RELATIVE_PRONOUNS_WITH_A_FR: readonly string[] = ['auquel', 'auxquels', 'auxquelles']

/** Conjunctions that, after a comma, open another clause (« , mais », ", because"). */
export const CLAUSE_CONJUNCTIONS: Record<Lang, readonly string[]> = {
  fr: ['et', 'mais', 'or', 'puis', 'car', 'alors que', 'tandis que', 'que', 'qu’'],
  en: ['and', 'but', 'while', 'whereas', 'yet', 'so', 'because']
}

/** Words that make what follows the term of a comparison: « comme l’an dernier », « plus qu’il y a deux ans », "than a year ago". */
export const COMPARISON_WORDS: Record<Lang, readonly string[]> = {
  fr: ['comme', 'que', 'qu’'],
  en: ['as', 'than', 'like']
}

/** English words that may stand between "as", "than" and the term compared: "as it did last year", "than there were in 2010". */
export const COMPARISON_FILLERS_EN: readonly string[] = [
  'it', 'they', 'he', 'she', 'we', 'I', 'you', 'there', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'in', 'at', 'on'
]

/** French verbs of saying and thinking, present, imperfect and past participle (« dit », « explique », « a ajouté »): before « que », and after a quotation as its attribution (« », a-t-il ajouté »). */
export const SAYING_VERBS_FR: ReadonlySet<string> = new Set([
  'dit', 'dire', 'disent', 'affirme', 'affirment', 'assure', 'assurent', 'estime', 'estiment', 'déclare', 'déclarent', 'annonce', 'annoncent', 'explique', 'expliquent',
  'précise', 'précisent', 'indique', 'indiquent', 'rappelle', 'rappellent', 'souligne', 'soulignent', 'ajoute', 'ajoutent', 'reconnaît', 'reconnait', 'reconnaissent',
  'pense', 'pensent', 'croit', 'croient', 'sait', 'savent', 'espère', 'espèrent', 'craint', 'craignent', 'juge', 'jugent', 'prévient', 'répète', 'confirme', 'confirment',
  'admet', 'constate', 'note', 'observe', 'soutient', 'insiste', 'écrit', 'répond', 'assurait', 'disait', 'pensait', 'savait', 'estimait', 'affirmait', 'croyait',
  'affirmé', 'assuré', 'estimé', 'déclaré', 'annoncé', 'expliqué', 'précisé', 'indiqué', 'rappelé', 'souligné', 'ajouté', 'reconnu', 'pensé', 'cru', 'su', 'espéré',
  'jugé', 'prévenu', 'répété', 'confirmé', 'admis', 'constaté', 'noté', 'observé', 'soutenu', 'insisté', 'répondu', 'appris', 'compris', 'promis', 'prévu'
])

/** French subject pronouns after an inverted verb of an attribution (« dit-il », « a-t-elle ajouté », « estiment-ils »). */
export const INVERTED_PRONOUNS_FR: readonly string[] = ['il', 'elle', 'ils', 'elles', 'on']

/** French auxiliaries before the participle of an attribution (« a ajouté », « ont assuré », « avait déclaré »). */
export const ATTRIBUTION_AUXILIARIES_FR: readonly string[] = ['a', 'ont', 'avait', 'avaient', 'aurait']
