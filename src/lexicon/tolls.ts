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
