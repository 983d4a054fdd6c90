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

/** The kinds of people a toll counts, as figure-mismatch names them. */
type TollKindName = 'dead' | 'injured' | 'arrested' | 'evacuated'

/** Beginnings of the words of each kind of toll, any language: a paragraph without one holds no toll (« bless », "injur"). */
export const TOLL_STEMS: Record<TollKindName | 'victims', readonly string[]> = {
  dead: ['mort', 'péri', 'perdu la vie', 'tué', 'tue', 'tuant', 'décè', 'kill', 'dead', 'death', 'died'],
  injured: ['bless', 'injur', 'wound', 'hurt'],
  arrested: ['interpel', 'arrest', 'arrêt'],
  evacuated: ['évacu', 'evacu'],
  victims: ['victim']
}

/** French nouns and participles of the dead right after a count: « 12 morts », « 3 tuées », « 2 décès ». */
export const DEAD_AFTER_FR: readonly string[] = ['mort(s)', 'tué(s)', 'tuée(s)', 'décès']

/** English auxiliaries of the passive between a count and its participle: "12 were killed", "3 have been injured". */
export const PASSIVE_AUXILIARIES_EN: readonly string[] = ['were', 'have been', 'had been', 'are', 'being']

/** Verbs right before a count of people, by kind: « a tué 12 personnes », "killing 12", "Fire kills 12". */
export const TOLL_VERBS_BEFORE: Record<Lang, ReadonlyArray<readonly [TollKindName, readonly string[]]>> = {
  fr: [
    ['dead', ['tué', 'tuant', 'tue', 'tuent']],
    ['injured', ['blessé', 'blessant', 'blesse', 'blessent']],
    ['arrested', ['interpellé', 'arrêté']],
    ['evacuated', ['évacué']]
  ],
  en: [
    ['dead', ['killed', 'killing', 'kills', 'kill']],
    ['injured', ['injured', 'injuring', 'injures', 'injure', 'wounded', 'wounding', 'wounds', 'wound']],
    ['arrested', ['arrested', 'arresting', 'arrests', 'arrest']],
    ['evacuated', ['evacuated', 'evacuating', 'evacuates', 'evacuate']]
  ]
}

/** English words right after a count that end it with no noun, so a verb before it names its kind: "killing 12 and …", "killed 3 in …". */
export const COUNT_ENDS_EN: readonly string[] = ['and', 'in', 'on', 'at', 'when', 'as', 'after', 'while']

/** A single count in words: the nouns after « un », « une », "one" (« un mort », « une victime », "one dead"). */
export const ONE_TOLL_NOUNS: Record<'un' | 'une' | 'one', readonly string[]> = {
  un: ['mort', 'tué', 'blessé', 'interpellé', 'évacué', 'décès'],
  une: ['victime'],
  one: ['dead', 'killed', 'injured', 'victim']
}

/** The participles after « une personne (a été) », "one person (was)". */
export const ONE_PERSON_PARTICIPLES: Record<Lang, readonly string[]> = {
  fr: ['tuée', 'blessée', 'interpellée', 'évacuée'],
  en: ['killed', 'injured', 'arrested']
}

/**
 * Words before « un mort », "one dead" that make it a count: a verb of toll
 * (« a fait un mort », "left one dead"), « bilan », « et », « dont », "and".
 */
export const ONE_TOLL_OPENERS: readonly string[] = [
  'fait', 'faisant', 'laissé', 'laissant', 'déplore', 'déplorer', 'compte', 'bilan', 'et', 'dont', 'left', 'leaving', 'and', 'including', 'toll'
]

/** Words right after a count that are no kind of it, before the toll's word: « 12 personnes tuées », "12 were killed". */
export const NOT_TOLL_QUALIFIERS: readonly string[] = ['personne(s)', 'people', 'persons', 'were', 'have', 'had', 'are', 'being', 'ont', 'sont', 'étaient', 'avaient']

/**
 * Words in -s or -x after a toll's word that are no noun nor adjective
 * qualifying it (« 3 morts dans », « 12 blessés depuis », "12 dead was").
 */
export const NOT_PLURAL_QUALIFIERS: Record<Lang, readonly string[]> = {
  fr: [
    'dans', 'sous', 'depuis', 'après', 'plus', 'puis', 'alors', 'lors', 'vers', 'sans', 'hors', 'jamais', 'toujours', 'tous', 'toutes', 'désormais', 'mais', 'ainsi',
    'moins', 'très', 'chez', 'pas', 'dès', 'auprès', 'près', 'deux', 'trois', 'six', 'dix', 'ceux', 'eux', 'nous', 'vous', 'leurs', 'ses', 'ces', 'des', 'les', 'mes',
    'aux', 'lesquels', 'lesquelles', 'selon', 'avons', 'avez', 'étions', 'étiez', 'sommes', 'êtes', 'fois'
  ],
  en: [
    'was', 'is', 'has', 'as', 'its', 'his', 'this', 'thus', 'always', 'perhaps', 'whereas', 'across', 'towards', 'besides', 'unless', 'plus', 'less', 'yes', 'us',
    'includes', 'remains', 'lies', 'comes', 'goes'
  ]
}

/** English plurals without -s after a toll's word that qualify it: "12 dead men", "3 injured police". */
export const PLURALS_WITHOUT_S_EN: readonly string[] = ['men', 'women', 'children', 'people', 'fish', 'sheep', 'cattle', 'deer', 'police', 'staff', 'crew']

/** Prepositions of a complement after a count: « de Lyon », « à Paris », "in Leeds", "of the first day". */
export const COMPLEMENT_PREPOSITIONS: Record<Lang, readonly string[]> = {
  fr: ['de', 'du', 'des', 'd’', 'à', 'au', 'aux', 'en', 'dans', 'sur', 'parmi', 'lors'],
  en: ['of', 'in', 'at', 'from', 'on', 'during', 'among']
}

/** Prepositions that open a place's name in a toll's sentence: « à Lyon », « près de Lille », "in Leeds", "outside York". */
export const PLACE_OPENERS: Record<Lang, readonly string[]> = {
  fr: ['à', 'au', 'aux', 'en', 'dans', 'près de', 'vers'],
  en: ['in', 'at', 'near', 'outside']
}

/**
 * Nouns after « à », « dans », "at", "in" that name no site of a count: a
 * time (« dans la nuit », "in the morning"), a wide area that holds the
 * whole count (« dans la province », "in the region"), and a few others.
 */
export const NOT_SITES: Record<Lang, readonly string[]> = {
  fr: [
    'large', 'nuit', 'journée', 'jour', 'matinée', 'matin', 'soirée', 'soir', 'après-midi', 'semaine', 'week-end', 'heure', 'heures', 'minute', 'minutes', 'moment',
    'total', 'tout', 'toute', 'tous', 'province', 'région', 'pays', 'département', 'ville', 'capitale', 'commune', 'agglomération', 'territoire', 'zone', 'secteur',
    'ensemble', 'moins', 'plus', 'hôpital', 'état', 'attente'
  ],
  en: [
    'night', 'day', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'hour', 'hours', 'minutes', 'total', 'all', 'province', 'region', 'country', 'state', 'city',
    'town', 'capital', 'area', 'territory', 'zone', 'hospital', 'attack', 'fire', 'blast'
  ]
}

/** English words after "dead" that make it no toll's: "dead weight", "dead heat", "dead end", "dead line", "dead ball". */
export const DEAD_COMPOUNDS_EN: readonly string[] = ['weight', 'heat', 'end', 'line', 'ball']
