/**
 * The verbs that tell a figure changed, and the words around a change, in
 * French and English (arithmetic, figure-mismatch). Stems are beginnings
 * read with whatever ending follows (« augment » for « augmente »,
 * « augmenté »); forms are whole words. Lower case; src/lexicon/patterns.ts
 * turns a list into a pattern.
 */
import type {Lang} from '../types.js'

const withEndings = (stem: string, endings: readonly string[]) => endings.map((ending) => stem + ending)

/** Beginnings of verbs of change before « de X à Y », "from X to Y" (the forms of « passer » are all its own). */
export const CHANGE_STEMS: Record<Lang, readonly string[]> = {
  fr: [
    ...withEndings('pass', ['e', 'é', 'ée', 'és', 'ées', 'er', 'ent', 'ait', 'aient', 'era', 'eront', 'ant']),
    'grimp', 'chut', 'augment', 'baiss', 'recul', 'progress', 'bondi', 'diminu', 'descend', 'doubl', 'tripl', 'quadrupl', 'évolu', 'hausse', 'baisse', 's’envol',
    'plong', 'rédui', 'réduct', 'gonfl', 'tomb', 'glissé', 'grossi', 'élargi', 'divisé', 'ralenti', 'accélér', 's’est établi'
  ],
  en: [
    'went', 'goes', 'go', 'gone', 'going', 'rose', 'risen', 'rising', 'rises', 'fell', 'fallen', 'falls', 'falling', 'increas', 'decreas', 'grew', 'grown', 'grows',
    'climb', 'drop', 'declin', 'jump', 'surg', 'soar', 'plung', 'slid', 'doubl', 'tripl', 'quadrupl', 'cut', 'rais', 'reduc', 'shrank', 'shrunk', 'expand', 'swell',
    'swoll', 'edg', 'tumbl', 'slump', 'dipp', 'dip', 'halv', 'slow', 'accelerat', 'widen', 'narrow', 'up from', 'down from', 'moved'
  ]
}

/** Forms of French verbs of change read as whole words only (« monte », not « montagne »; « fondu », not « fonds »). */
export const CHANGE_FORMS_FR: readonly string[] = [...withEndings('mont', ['é', 'e', 'er', 'ent', 'ait']), 'fondu', 'fondre']

/** Beginnings of French verbs of a rise whose « de » says by how much: « a augmenté de 3 % ». */
export const RISING_STEMS_FR: readonly string[] = ['augment', 'progress', 'grimp', 'bondi', 'cru', 'crû', 'gagn', 'mont', 'envol']

/** Beginnings of French verbs of a fall whose « de » says by how much: « a reculé de 3 % ». */
export const FALLING_STEMS_FR: readonly string[] = ['baiss', 'recul', 'diminu', 'chut', 'perd', 'descend', 'plong', 'rédui']

/** More beginnings of French verbs of a fall, told with the amount first (« a ralenti de 2 %, passant de … »). */
export const MORE_FALLING_STEMS_FR: readonly string[] = ['ralenti', 'dégringol', 'glissé']

/** Beginnings of French verbs of a speeding up, told with the amount first. */
export const SPEEDING_STEMS_FR: readonly string[] = ['accélér']

/** French nouns of a change whose « de » says by how much: « en hausse de 3 % ». */
export const CHANGE_NOUNS_BY_FR: readonly string[] = ['hausse', 'baisse']

/** English verbs of a rise, told with the amount: "rose 25%", "was up 3%". */
export const RISING_VERBS_EN: readonly string[] = [
  'rose', 'risen', 'rising', 'rises', 'increased', 'grew', 'grown', 'climbed', 'jumped', 'surged', 'soared', 'was up', 'were up', 'is up', 'up'
]

/** English verbs of a fall, told with the amount: "fell 25%", "was down 3%". */
export const FALLING_VERBS_EN: readonly string[] = [
  'fell', 'fallen', 'falls', 'falling', 'decreased', 'dropped', 'declined', 'plunged', 'slid', 'slipped', 'shrank', 'tumbled', 'slumped', 'dipped', 'was down',
  'were down', 'is down', 'down'
]

const FIRST_GROUP = ['é', 'e', 'ent', 'er', 'ait', 'aient', 'era']

/** Verbs that multiply a figure, with the factor, as whole words: « a doublé », « le doublement », "tripled". */
export const MULTIPLYING: Record<Lang, ReadonlyArray<readonly [number, readonly string[]]>> = {
  fr: [
    [2, withEndings('doubl', [...FIRST_GROUP, 'ement'])],
    [3, withEndings('tripl', [...FIRST_GROUP, 'ement'])],
    [4, withEndings('quadrupl', [...FIRST_GROUP, 'ement'])],
    [10, withEndings('décupl', FIRST_GROUP)]
  ],
  en: [
    [2, withEndings('doubl', ['ed', 'es', 'e', 'ing'])],
    [3, withEndings('tripl', ['ed', 'es', 'e', 'ing'])],
    [4, withEndings('quadrupl', ['ed', 'es', 'e', 'ing'])],
    [10, ['ten-fold', 'tenfold']],
    [0.5, [...withEndings('halv', ['ed', 'es', 'e', 'ing']), 'cut in half']]
  ]
}

/** The French participle of dividing, in its four forms. */
const DIVIDED = ['divisées', 'divisée', 'divisés', 'divisé']

/** French words that divide a figure, with the factor, as whole words: « divisé par deux ». */
export const DIVIDING_FR: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0.5, DIVIDED.map((form) => `${form} par deux`)],
  [1 / 3, DIVIDED.map((form) => `${form} par trois`)],
  [0.25, DIVIDED.map((form) => `${form} par quatre`)]
]

/** French words that halve a figure, read as beginnings: « réduite de moitié ». */
export const HALVING_FR: readonly string[] = [
  ...['réduites', 'réduite', 'réduits', 'réduit', 'diminuées', 'diminuée', 'diminués', 'diminué'].map((form) => `${form} de moitié`)
]

/**
 * Words before a multiplying verb that make its factor a bound or deny it:
 * « a presque doublé », "more than doubled", « n’a pas doublé ».
 */
export const LOOSE_MULTIPLE: readonly string[] = [
  'presque', 'quasiment', 'quasi', 'près de', 'plus que', 'plus de', 'pratiquement', 'environ', 'au moins', 'nearly', 'almost', 'more than', 'roughly', 'about',
  'at least', 'over', 'virtually', 'practically', 'effectively', 'not', 'pas', 'jamais', 'never'
]
