/**
 * Honorifics written before a name, with and without a full stop: the
 * abbreviation rule's table and the forms figure-mismatch reads before a
 * person's name. French abbreviates with a full stop when the word is cut
 * (M. for Monsieur, MM. for Messieurs) and without one when the
 * abbreviation ends with the word's last letter (Mme, Mlle, Dr, Pr).
 * British English drops the full stop in Mr, Mrs, Ms, Dr; American English
 * keeps it: both are house styles, so only the document's majority decides.
 */
import type {Lang} from '../types.js'

export interface Honorific {
  /** Honorifics that share a convention are counted together. */
  group: string
  /** The full stop French and British usage want, when a tie must be broken. */
  onTie?: 'period' | 'bare'
  /** The honorific never takes a full stop. */
  never?: boolean
}

export const HONORIFICS: Record<Lang, Record<string, Honorific>> = {
  fr: {
    M: {group: 'M', onTie: 'period'},
    MM: {group: 'M', onTie: 'period'},
    Mme: {group: 'Mme', never: true},
    Mmes: {group: 'Mme', never: true},
    Mlle: {group: 'Mme', never: true},
    Mlles: {group: 'Mme', never: true},
    Dr: {group: 'Dr', onTie: 'bare'},
    Pr: {group: 'Dr', onTie: 'bare'}
  },
  en: {
    Mr: {group: 'Mr'},
    Mrs: {group: 'Mr'},
    Ms: {group: 'Mr'},
    Dr: {group: 'Mr'}
  }
}

/**
 * Honorifics and forms of address, lower-cased, that any man or woman takes:
 * no evidence of which person a name is (« M. Mokrame » may be Mokrane
 * Maâmar), as inconsistent-spelling weighs it.
 */
export const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'madame', 'monsieur', 'mademoiselle', 'maître', 'docteur', 'doctor', 'st', 'saint', 'sainte'])

/**
 * The honorifics figure-mismatch reads before a name given an age, as
 * written (`.?`: the full stop is optional), in the order they are tried;
 * those of a man and of a woman tell two people of one surname apart
 * (« M. Dupont » and « Mme Dupont »).
 */
export const AGE_HONORIFICS: readonly string[] = ['M.', 'Mme', 'Mlle', 'MM.', 'Dr', 'Pr', 'Me', 'Mgr', 'Mr.?', 'Mrs.?', 'Ms.?', 'Dr.', 'Prof.']
export const MEN_HONORIFICS: readonly string[] = ['M.', 'MM.', 'Mr.?']
export const WOMEN_HONORIFICS: readonly string[] = ['Mme', 'Mlle', 'Mrs.?', 'Ms.?']

/** A regular expression's source matching one of `forms`, in their order (`.?` an optional full stop). */
export function honorificPattern(forms: readonly string[]): string {
  return `(?:${forms.map((form) => (form.endsWith('.?') ? `${escape(form.slice(0, -2))}\\.?` : escape(form))).join('|')})`
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Honorifics and « St » as written with a full stop inside a sentence, case
 * as printed: the full stop after them ends no sentence (« M. Dupont »,
 * "Mr. Smith"; the sentences of arithmetic and the analyses that share them).
 */
export const ABBREVIATED_BEFORE_NAMES: readonly string[] = ['M', 'Mme', 'Mmes', 'MM', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Pr', 'Me', 'Mgr']

/**
 * Abbreviations, case as printed, after which a full stop ends no sentence
 * in the words spelling reads (« M. Esper », "Dr. Smith", "Gen. Milley",
 * « art. 3 », "cf."); a single capital, an initial, neither.
 */
export const NOT_ENDING_ABBREVIATIONS: readonly string[] = [
  'M', 'MM', 'Mr', 'Mrs', 'Ms', 'Dr', 'Pr', 'St', 'Sr', 'Jr', 'Mgr', 'Me', 'Gen', 'Col', 'Lt', 'Sgt', 'Capt', 'Gov', 'Sen', 'Rep', 'Prof', 'No', 'art', 'etc', 'p', 'cf',
  'vs'
]
