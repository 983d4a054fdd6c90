/**
 * Words that make a figure another thing's, another time's or a changed
 * one, in French and English (figure-mismatch). Read anywhere in a
 * sentence, most as beginnings of words. Written with their optional
 * endings in parentheses (src/lexicon/patterns.ts, `formsPattern`).
 */
import type {Lang} from '../types.js'
import {weekdaysFromMonday} from './calendar.js'

/** Counts read in « il y a N ans » beside figures: a person's age is then another time's. */
export const YEARS_AGO_COUNTS_FR: readonly string[] = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'vingt', 'trente', 'quarante', 'cinquante']

/** Words that put an age at another time: « à l’époque », « alors âgé », « lorsqu », "at the time", "years ago" (read anywhere). */
export const OTHER_AGE_TIME: Record<Lang, readonly string[]> = {
  fr: ['à l’époque', 'alors âgé(e)', 'lorsqu', 'quand', 'naissance', 'prochain', 'dernier', 'passé'],
  en: ['at the time', 'year(s) ago', 'then aged']
}

/** English words that put an age at another time, as whole words: "when", "born", "last year". */
export const OTHER_AGE_TIME_WORDS_EN: readonly string[] = ['when', 'born', 'last year', 'next year']

/**
 * Words that make a size another thing's, another time's or a changed one:
 * « initial », « nouveau », « rival », « revu », "original", "revised",
 * "sweetened", "last year" (French read anywhere, English as whole words).
 */
export const OTHER_REFERENT: Record<Lang, readonly string[]> = {
  fr: [
    'initial(e)(s)', 'nouveau(x)', 'nouvelle(s)', 'nouvel', 'premier(e)(s)', 'premièr(e)(s)', 'second', 'deuxième', 'précédent(e)(s)', 'ancienn(e)(s)',
    'autre(s)', 'rival(e)(s)', 'concurrent(e)(s)', 'révisé(e)(s)', 'revu(e)(s)', 'relevé(e)(s)', 'ramené(e)(s)', 'réduit(e)(s)', 'augmenté(e)(s)', 'porté(e)(s) à',
    'passé(e)(s) à', 'final(e)(s)', 'dernièr(e)(s)', 'prochain(e)(s)', 'l’an dernier', 'il y a', 'projet de', 'version', 'annexe(s)', 'chacun(e)', 'par an', 'par mois'
  ],
  en: [
    'original', 'initial', 'earlier', 'previous', 'prior', 'new', 'newer', 'first', 'second', 'another', 'other', 'rival', 'competing', 'counter', 'revised', 'raised',
    'lowered', 'increased', 'reduced', 'cut', 'sweetened', 'improved', 'final', 'last', 'next', 'draft', 'version', 'annex', 'appendix', 'each', 'per year', 'a year',
    'a month', 'ago'
  ]
}

/** Words between two mentions of a size that say it changed: « passé à », « porté à », « revu à la hausse », "raised to" (French read anywhere, English as whole words). */
export const SIZE_CHANGED: Record<Lang, readonly string[]> = {
  fr: [
    'passé(e)(s) à', 'passe(e)(s) à', 'porté(e)(s) à', 'porte(e)(s) à', 'ramené(e)(s) à', 'ramene(e)(s) à', 'relevé(e)(s) à', 'releve(e)(s) à',
    'revu(e)(s) (à la )hausse', 'revu(e)(s) (à la )baisse', 'reve(e)(s) (à la )hausse', 'reve(e)(s) (à la )baisse', 'augment', 'rédui', 'réévalu', 'corrig', 'rectifi',
    'au lieu de', 'et non', 'plutôt que'
  ],
  en: [
    'risen', 'raised', 'increased', 'lowered', 'cut', 'reduced', 'revised', 'sweetened', 'corrected', 'amended', 'updated', 'grew', 'grown', 'fell', 'fallen', 'dropped',
    'instead of', 'rather than', 'not the', 'up from', 'down from'
  ]
}

/**
 * Another time, another event, another scope, as whole words: « l’an
 * dernier », « lors de », « depuis », « précédent », « autre », a yearly or
 * national total; "last year", "previous", "another", "since",
 * "nationwide". A count told in such a sentence may be another referent's.
 */
export const OTHER_TOLL_REFERENT: Record<Lang, readonly string[]> = {
  fr: [
    'l’an dernier', 'l’année dernière', 'l’année précédente', 'il y a', 'lors d', 'depuis', 'précédent(e)(s)', 'autre(s)', 'déjà', 'ancienn(e)(s)',
    'en moyenne', 'chaque', 'par an', 'par jour', 'par semaine', 'par mois', 'record(s)', 'pire', 'au total', 'en tout', 'total', 'dans tout le pays', 'dans toute la',
    'à travers', 'sur l’ensemble', 'au niveau national', 'partout', 'statistique(s)', 'à l’époque', 'semblable', 'similaire', 'comme en', 'comme lors', 'loin des',
    'loin du', 'loin de', 'contre', 'par rapport', 'après les',
    ...[...weekdaysFromMonday('fr'), 'week-end'].flatMap((day) => ['dernier', 'précédent', 'passé'].map((last) => `${day} ${last}`)),
    'la semaine dernière', 'la semaine passée', 'la semaine précédente', 'le mois dernier', 'le mois passé', 'le mois précédent', 'la veille'
  ],
  en: [
    'last year', 'last month', 'last week', 'previous', 'previously', 'earlier', 'another', 'other', 'ago', 'since', 'past', 'record(s)', 'worst', 'deadliest',
    'average', 'each', 'every', 'per year', 'per day', 'per week', 'per month', 'a year', 'annual', 'total', 'overall', 'nationwide', 'across', 'in all', 'altogether',
    'first', 'second', 'similar', 'former', 'statistics', 'at the time', 'compared', 'comparison', 'against', 'down from', 'up from', 'versus', 'vs',
    ...[...weekdaysFromMonday('en'), 'weekend'].map((day) => `last ${day}`), 'the day before', 'the previous day'
  ]
}

/** Beginnings of French words of another referent, read with any ASCII ending: « plus meurtrier », « cumulés », « comparé », « au lieu de ». */
export const OTHER_TOLL_REFERENT_STEMS_FR: readonly string[] = ['plus meurtri', 'cumul', 'compar', 'au lieu d']

/** Words anywhere in a document that tell a count changed, as whole words: the rule then compares no toll of it. */
export const TOLL_CHANGED: Record<Lang, readonly string[]> = {
  fr: [
    'provisoire(s)', 'nouveau bilan', 'dernier bilan', 'premier bilan', 'bilan initial', 'bilan actualisé', 'bilan revu', 'bilan officiel', 's’est alourdi', 'alourdi',
    'qui était de', 'revu à la hausse', 'revu à la baisse', 'grimpé', 'grimpe', 'désormais', 'porté à', 'mis à jour', 'actualisé',
    'révisé', 'corrigé', 's’élève maintenant', 'atteint maintenant'
  ],
  en: [
    'risen', 'rising', 'rises', 'climbed', 'worsened', 'worsening', 'climbing', 'climbs', 'updated', 'update', 'revised', 'latest', 'provisional', 'preliminary',
    'initial', 'initially', 'now stands', 'has reached', 'increased', 'jumped', 'up from', 'down from', 'lowered', 'corrected', 'correction', 'incorrectly', 'at first',
    'first reported', 'earlier toll(s)', 'earlier count(s)', 'earlier figure(s)', 'earlier report(s)'
  ]
}

/** Forms of « passer » before « à » in a changed count, with or without « de X »: « passé de 12 à 14 », « passés à 14 ». */
export const PASSED_FR: readonly string[] = ['passé(e)(s)', 'passe(e)(s)']

/** Beginnings of French words that say a count grew worse: « s’aggrave », « aggravé ». */
export const WORSENING_STEMS_FR: readonly string[] = ['s’aggrav', 'aggrav']

/** Words after « contre X » that make X an earlier count: « contre 12 auparavant ». */
export const EARLIER_FR: readonly string[] = ['auparavant', 'précédemment', 'plus tôt']

/**
 * Words that put an age told beside a birth date at another time than the
 * story's (« à l’époque », « il y a », « quand », "at the time", "when"), or
 * make its person dead (« mort », "died"). Read anywhere.
 */
export const AGE_ELSEWHEN: Record<Lang, readonly string[]> = {
  fr: ['à l’époque', 'alors', 'il y a', 'quand', 'lorsqu', 'à l’âge', 'avait', 'mort', 'décédé(e)', 'disparu(e)', 'était'],
  en: ['at the time', 'then', 'year(s) ago', 'when', 'at the age', 'died', 'dead']
}

/** English words of the same, as whole words ("was", "had"), and read to a word's end ("the late"). */
export const AGE_ELSEWHEN_WORDS_EN: readonly string[] = ['was', 'had']
export const AGE_ELSEWHEN_ENDS_EN: readonly string[] = ['late']

/** English verbs and pronouns after an age in commas that make it one: "John Smith, 54, said". */
export const AGE_APPOSITION_FOLLOWERS_EN: readonly string[] = ['said', 'says', 'told', 'who', 'is', 'has']

/** French words after « N ans » that make the years a span of something else: « 30 ans de carrière », « 30 ans après », « 20 ans plus tôt ». */
export const NOT_AGE_AFTER_FR: readonly string[] = ['de', 'd’', 'après', 'plus', 'auparavant', 'plus tôt']

/** English words after "Name, 54" that make 54 an age: "John Smith, 54, said", "…, 54, of Leeds", "…, 54, and his wife". */
export const AGE_NAME_FOLLOWERS_EN: readonly string[] = ['said', 'says', 'told', 'who', 'was', 'is', 'has', 'had', 'of', 'from', 'and']
