/**
 * The words of an event's toll, in French and English (figure-mismatch).
 */
import type {Lang} from '../types.js'

/**
 * Events a toll is told of, singular, lower case: a sentence that names
 * one names which event its count is of (« incendie », "shooting").
 */
export const EVENT_NOUNS: Record<Lang, readonly string[]> = {
  fr: [
    'incendie', 'feu', 'attentat', 'attaque', 'explosion', 'accident', 'séisme', 'tremblement de terre', 'fusillade', 'collision', 'crash', 'naufrage', 'inondation',
    'tempête', 'ouragan', 'cyclone', 'typhon', 'avalanche', 'éboulement', 'effondrement', 'glissement de terrain', 'émeute', 'manifestation', 'bombardement', 'frappe',
    'tuerie', 'carambolage', 'déraillement', 'épidémie', 'canicule', 'agression', 'rixe'
  ],
  en: [
    'fire', 'blaze', 'attack', 'bombing', 'explosion', 'blast', 'accident', 'crash', 'earthquake', 'quake', 'shooting', 'collision', 'sinking', 'flood', 'flooding',
    'storm', 'hurricane', 'cyclone', 'typhoon', 'avalanche', 'landslide', 'collapse', 'riot', 'protest', 'demonstration', 'strike', 'airstrike', 'massacre', 'pile-up',
    'derailment', 'epidemic', 'outbreak', 'heatwave', 'stabbing'
  ]
}

/** Determiners before a count that refer back to one told before: « les 14 victimes », « ces 12 morts », "the 14 dead". */
export const REFERRING_DETERMINERS: Record<Lang, readonly string[]> = {
  fr: ['les', 'des', 'aux', 'ces', 'ses', 'leurs'],
  en: ['the', 'these', 'those', 'its', 'their']
}

/** Words before a count that make it a part of another: « 14 victimes, dont 12 morts », "including 3 children", "among the dead". */
export const PART_OPENERS: Record<Lang, readonly string[]> = {
  fr: ['dont', 'parmi', 'notamment'],
  en: ['including', 'of whom', 'among', 'amongst']
}

/** Words right after a count's category that make it a part of a count: « 5 blessés graves », « 6 blessées légèrement », "17 seriously injured" (read before). */
export const PART_QUALIFIERS: Record<Lang, readonly string[]> = {
  fr: ['grave', 'graves', 'léger', 'légers', 'légère', 'légères', 'légèrement', 'grièvement', 'gravement', 'sérieusement', 'en urgence'],
  en: ['seriously', 'critically', 'slightly', 'badly', 'severely', 'lightly']
}
