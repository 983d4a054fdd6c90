/**
 * The words that tell figures and how they relate, in French and English:
 * changes, totals, approximations, the words that restate a figure as
 * another (arithmetic, date-arithmetic). Written as printed, lower case;
 * src/lexicon/patterns.ts turns a list into a pattern.
 */
import type {Lang} from '../types.js'

/**
 * Words that restate the figures before them as the one after (« passe de 20
 * à 25, soit 5 de plus », "12 of 40, i.e. 30%"). "i.e." and "that is" may
 * take a comma, "or" not.
 */
export const RESTATING: Record<Lang, readonly string[]> = {
  fr: ['soit', 'c’est-à-dire'],
  en: ['or', 'i.e.', 'i.e.,', 'that is', 'that is,']
}

/** The participle that says the figure after it is what those before come to: « représentant », "representing". */
export const REPRESENTING: Record<Lang, string> = {fr: 'représentant', en: 'representing'}

/** The clause of the same meaning before a change: « ce qui représente une hausse de », "which is a rise of". */
export const REPRESENTING_CLAUSES: Record<Lang, readonly string[]> = {fr: ['ce qui représente'], en: ['which is']}

/** Words before a total after its parts, beside RESTATING: « , pour un total de 18 », "making a total of 18". */
export const TOTAL_LINKS: Record<Lang, readonly string[]> = {
  fr: ['ce qui fait', 'pour'],
  en: ['for', 'making', 'totalling', 'totaling', 'with']
}

/** Words right before a total that say it is one: « au total 18 », "a total of 18". */
export const TOTAL_BEFORE: Record<Lang, readonly string[]> = {
  fr: ['un total de', 'au total', 'en tout'],
  en: ['a total of', 'in all', 'in total', 'altogether']
}

/** Words right after a total that say it is one: « 18 au total », "18 in all". */
export const TOTAL_AFTER: Record<Lang, readonly string[]> = {
  fr: ['au total', 'en tout', 'au cumul', 'cumulés', 'cumulées'],
  en: ['in all', 'in total', 'altogether', 'combined']
}

/**
 * Words arithmetic strips from before a figure or between two (« près de 40 »,
 * "more than 40"): fewer than ABOUT, OVER and UNDER, which say how a figure
 * is read; kept as they are, the rule's findings depend on them.
 */
export const APPROXIMATIONS: Record<Lang, readonly string[]> = {
  fr: ['près de', 'près d’', 'environ', 'quelque', 'presque', 'quasi', 'quasiment', 'autour de', 'autour d’', 'plus de', 'plus d’', 'moins de', 'moins d’'],
  en: ['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'more than', 'less than', 'over', 'under']
}

/** Nouns of a rise: « une hausse de 3 % », "a 3% increase". */
export const RISE_NOUNS: Record<Lang, readonly string[]> = {
  fr: ['hausse', 'augmentation', 'progression', 'croissance', 'bond', 'envolée', 'amélioration', 'gain'],
  en: ['increase', 'rise', 'jump', 'gain', 'growth', 'surge', 'hike', 'climb']
}

/** Nouns of a fall: « une baisse de 3 % », "a 3% drop". */
export const FALL_NOUNS: Record<Lang, readonly string[]> = {
  fr: ['baisse', 'diminution', 'recul', 'chute', 'repli', 'réduction', 'contraction', 'perte', 'dégringolade', 'déclin'],
  en: ['decrease', 'decline', 'drop', 'fall', 'cut', 'reduction', 'loss', 'slump', 'plunge', 'dip']
}

/** Nouns of a change that say no direction: « une dégradation de 0,9 point », "a change of 3 points". */
export const CHANGE_NOUNS: Record<Lang, readonly string[]> = {
  fr: ['variation', 'évolution', 'dégradation', 'écart', 'différence', 'détérioration'],
  en: ['change', 'difference', 'swing', 'deterioration']
}

/** A rise or a fall said by an adverb (« soit 3 de plus », "up 3%"); a sign before a figure reads as the French one (« +3 % »). */
export const UP: Record<Lang, string> = {fr: 'plus', en: 'up'}
export const DOWN: Record<Lang, string> = {fr: 'moins', en: 'down'}

/** Comparatives after a stated change: « 25 % de plus », "30% more", "higher". */
export const MORE: Record<Lang, readonly string[]> = {fr: ['plus'], en: ['more', 'higher']}
export const LESS: Record<Lang, readonly string[]> = {fr: ['moins'], en: ['less', 'lower']}

/** Names of money written after a figure, singular and plural (« de 3 à 4 euros », "from 3 to 4 pounds"). */
export const CURRENCY_NOUNS: readonly string[] = ['euro', 'euros', 'dollar', 'dollars', 'livre', 'livres', 'pound', 'pounds']

/** Words before a figure that make it approximate (« environ 40 », "an estimated 40"): a tenth either way (src/text/numbers.ts). */
export const ABOUT: Record<Lang, readonly string[]> = {
  fr: ['près de', 'près d’', 'environ', 'quelque', 'presque', 'quasi', 'quasiment', 'autour de', 'autour d’', 'à peu près', 'approximativement', 'grosso modo',
    'un peu plus de', 'un peu plus d’', 'un peu moins de', 'un peu moins d’'],
  en: ['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'close to', 'an estimated', 'estimated', 'just over', 'just under', 'a little over', 'a little under']
}

/** Words before a figure that make it a lower bound: « plus de 40 », "at least 40". */
export const OVER: Record<Lang, readonly string[]> = {
  fr: ['plus de', 'plus d’', 'au moins', 'supérieur à', 'supérieure à', 'supérieurs à', 'supérieures à'],
  en: ['more than', 'over', 'at least', 'upwards of', 'above', 'in excess of']
}

/** Words before a figure that make it an upper bound: « jusqu’à 40 », "up to 40". */
export const UNDER: Record<Lang, readonly string[]> = {
  fr: ['moins de', 'moins d’', 'jusqu’à', 'au plus', 'inférieur à', 'inférieure à', 'inférieurs à', 'inférieures à'],
  en: ['less than', 'fewer than', 'under', 'below', 'up to', 'at most', 'no more than']
}

/** Words that name about so many, with the count: « une douzaine », "a dozen", « une vingtaine » (src/text/numbers.ts). */
export const ABOUT_COUNTS: Record<Lang, ReadonlyArray<readonly [string, number]>> = {
  fr: [
    ['une douzaine', 12],
    ['une quinzaine', 15],
    ['une vingtaine', 20],
    ['une trentaine', 30],
    ['une quarantaine', 40],
    ['une cinquantaine', 50],
    ['une soixantaine', 60],
    ['une centaine', 100]
  ],
  en: [
    ['a dozen', 12],
    ['a score', 20],
    ['a hundred', 100]
  ]
}

/** Words right before a size that make it approximate or a bound (« près de 40 millions », "more than $40m"): figure-mismatch compares no such size. */
export const BOUNDS_BEFORE_SIZE: Record<Lang, readonly string[]> = {
  fr: ['près de', 'près d’', 'environ', 'quelque', 'presque', 'plus de', 'plus d’', 'moins de', 'moins d’', 'au moins'],
  en: ['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'more than', 'less than', 'at least', 'over', 'under', 'up to']
}

/** Words right before a count of years that make it rough (« près de dix ans », "just over ten years"): date-arithmetic checks no such count. */
export const ROUGH_BEFORE_COUNT: readonly string[] = [
  'près', 'presque', 'environ', 'plus', 'moins', 'quelque', 'nearly', 'almost', 'about', 'around', 'some', 'over', 'more than', 'less than', 'just'
]

/**
 * Things an amount is the size of: a deal, a fine, a budget (figure-mismatch).
 * « plan », « programme », « projet », « fonds », "fund", "project" are left
 * out: a story often names several at once.
 */
export const DEAL_NOUNS: Record<Lang, readonly string[]> = {
  fr: ['contrat', 'accord', 'marché', 'rachat', 'prêt', 'budget', 'amende', 'chantier', 'commande', 'emprunt', 'enveloppe', 'transfert'],
  en: ['deal', 'contract', 'takeover', 'acquisition', 'merger', 'bid', 'offer', 'loan', 'package', 'settlement', 'fine', 'budget', 'order', 'bailout', 'transfer']
}

/** Names of money after a French amount, singular or plural (« 3,5 milliards d’euros »), beside the signs € and $. */
export const AMOUNT_CURRENCIES_FR: readonly string[] = ['euro(s)', 'dollar(s)', 'franc(s)', 'dinar(s)', 'livre(s)']

/** English scales after an amount with its sign: "$3.5 million", "£40m", "$2bn". */
export const AMOUNT_SCALES_EN: readonly string[] = ['million', 'billion', 'bn', 'm', 'trillion', 'tn']
