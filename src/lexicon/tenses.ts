/**
 * The words that tell when a date lies from the story's line, in French and
 * English (the date reader): the future, the past, the pluperfect, the
 * markers of a sequence. Lower case; verb endings and stems are read after
 * or before letters, as each pattern says. Written with their optional
 * endings in parentheses (src/lexicon/patterns.ts, `formsPattern`).
 */
import type {Lang} from '../types.js'

/** Words that tell the date comes after the one told before it, beside « puis », « plus tard », "then", "later": « ensuite », "the next day". */
export const SEQUENCE_WORDS: Record<Lang, readonly string[]> = {
  fr: ['ensuite', 'le lendemain', 'par la suite'],
  en: ['afterwards', 'the next day', 'the following day', 'subsequently']
}

/** Words before "then" that make it no step of a sequence: "until then", "by then", "back then", "even then". */
export const THEN_NOT_SEQUENCE_EN: readonly string[] = ['until', 'till', 'by', 'back', 'even']

/** Words of the future tense, whole: « va », « sera », « prévu », "will", "is due", "plans to" (the date then lies after its anchor). */
export const FUTURE_WORDS: Record<Lang, readonly string[]> = {
  fr: ['va', 'vont', 'doit', 'doivent', 'devra', 'devront', 'sera', 'seront', 'aura', 'auront', 'prévu(e)(s)'],
  en: ['will', 'shall', 'is to', 'are to', 'is due', 'are due', 'plan(s) to', 'planned for', 'scheduled', 'expected to']
}

/** Endings of the French future tense, after two letters or more: « partira », « viendront ». */
export const FUTURE_ENDINGS_FR: readonly string[] = ['era', 'eront', 'ira', 'iront', 'dra', 'dront']

/** Stems of the French conditional that do not end in -er (« pourrait », « viendraient »), before -ait, -aient. */
export const CONDITIONAL_STEMS_FR: readonly string[] = ['pourr', 'devr', 'voudr', 'faudr', 'viendr', 'tiendr', 'prendr', 'verr', 'enverr', 'rendr', 'attendr', 'ir']

/** Verbs in the past, whole, that tell a clause's past: « a », « était », « s’est », "was", "ran", "lasted" (besides endings: « -ait », "-ed"). */
export const PAST_VERBS: Record<Lang, readonly string[]> = {
  fr: ['a', 'ont', 'avait', 'avaient', 'était', 'étaient', 'fut', 'furent', 's’est', 'se sont'],
  en: ['was', 'were', 'had', 'did', 'ran', 'went', 'stayed', 'lasted', 'remained', 'kept', 'held']
}

/** Endings of the French imperfect and past historic, after two letters or more: « fermait », « durèrent ». */
export const PAST_ENDINGS_FR: readonly string[] = ['ait', 'aient', 'èrent']

/** The auxiliaries of a pluperfect with « avoir » / "have": « avaient fait 20 morts », "had killed 20" (« il y avait 20 morts » has no participle after it). */
export const PLUPERFECT_AUXILIARIES: Record<Lang, readonly string[]> = {
  fr: ['avait', 'avaient'],
  en: ['had']
}

/** Adverbs between the auxiliary of a pluperfect and its participle: « avait déjà quitté », "had already left" (« été » too: « avait été arrêté »). */
export const BACKSTORY_ADVERBS: Record<Lang, readonly string[]> = {
  fr: ['notamment', 'aussi', 'déjà', 'finalement', 'alors', 'ensuite', 'ensemble', 'pas', 'jamais', 'même', 'également', 'd’abord', 'été'],
  en: ['already', 'also', 'previously', 'just', 'first', 'earlier', 'reportedly', 'allegedly', 'never', 'not', 'then', 'since']
}

/** Endings of a past participle: « arrêté », « parties », « venu », « mort », « atteint »; "arrested", "taken", "flown", "left". */
export const PARTICIPLE_ENDINGS: Record<Lang, readonly string[]> = {
  fr: [
    'é', 'ée', 'és', 'ées', 'i', 'ie', 'is', 'ies', 'u', 'ue', 'us', 'ues', 'it', 'ite', 'its', 'ites', 'ert', 'erte', 'erts', 'ertes', 'ort', 'orte', 'orts', 'ortes',
    'eint', 'aint(e)(s)', 'eint(s)'
  ],
  en: ['ed', 'en', 'wn', 'ne', 'lt', 'pt', 'ught', 'ound', 'ent', 'ade', 'et', 'ld', 'ft', 'ung', 'oke', 'ote', 'un', 'id', 'ad']
}

/** Verbs of the story's own line, whole, after a pluperfect: « a », « est », « va », "was", "has", "will" (besides the French « -èrent »). */
export const STORY_VERBS: Record<Lang, readonly string[]> = {
  fr: ['a', 'ont', 'est', 'sont', 'fut', 'furent', 'va', 'vont', 's’est', 'se sont'],
  en: ['was', 'were', 'is', 'are', 'has', 'have', 'did', 'does', 'do', 'will']
}
