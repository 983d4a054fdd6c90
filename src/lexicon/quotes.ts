/**
 * Quotation marks and brackets, written once: which mark closes which, and
 * what each is called in French and English. The one quotation scanner
 * (src/text/quotations.ts and its strict reading, text/quotation-marks.ts)
 * and the messages of unbalanced-quotes read them here.
 */

/** The closing mark of each opening one: guillemets, curly and low quotes, brackets; a straight quote closes itself. */
export const CLOSING_MARK: Readonly<Record<string, string>> = {
  '«': '»',
  '“': '”',
  '‘': '’',
  '„': '“',
  '‹': '›',
  '(': ')',
  '[': ']',
  '"': '"'
}

/** Every closing mark an opening one takes: its own, and also ” after „ (the Polish and Romanian pair). */
export const CLOSING_MARKS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(CLOSING_MARK).map(([opening, closing]) => [opening, opening === '„' ? [closing, '”'] : [closing]])
)

/** Every quotation mark, opening and closing, brackets aside: « » “ ” ‘ ’ „ ‹ › ". */
export const QUOTATION_MARKS: string = [...new Set(Object.entries(CLOSING_MARK).filter(([opening]) => opening !== '(' && opening !== '[').flat())].join('')

/** The double quotation marks of each style of quotation, opening and closing (typography's styles). */
export const QUOTE_STYLE_MARKS = {guillemets: ['«', '»'], curly: ['“', '”'], straight: ['"', '"']} as const satisfies Record<string, readonly [string, string]>

/** What each mark is called, with its article in French (« le guillemet fermant »), as messages name it. */
export const MARK_NAMES: Readonly<Record<string, {fr: string; en: string}>> = {
  '«': {fr: 'le guillemet ouvrant «', en: 'opening guillemet `«`'},
  '»': {fr: 'le guillemet fermant »', en: 'closing guillemet `»`'},
  '‹': {fr: 'le guillemet simple ouvrant ‹', en: 'opening single guillemet `‹`'},
  '›': {fr: 'le guillemet simple fermant ›', en: 'closing single guillemet `›`'},
  '“': {fr: 'le guillemet ouvrant “', en: 'opening quote `“`'},
  '”': {fr: 'le guillemet fermant ”', en: 'closing quote `”`'},
  '„': {fr: 'le guillemet bas „', en: 'opening low quote `„`'},
  '‘': {fr: 'le guillemet simple ouvrant ‘', en: 'opening single quote `‘`'},
  '’': {fr: 'le guillemet simple fermant ’', en: 'closing single quote `’`'},
  '"': {fr: 'le guillemet droit "', en: 'straight quote `"`'},
  "'": {fr: "le guillemet simple droit '", en: "straight single quote `'`"},
  '(': {fr: 'la parenthèse ouvrante (', en: 'opening parenthesis `(`'},
  ')': {fr: 'la parenthèse fermante )', en: 'closing parenthesis `)`'},
  '[': {fr: 'le crochet ouvrant [', en: 'opening bracket `[`'},
  ']': {fr: 'le crochet fermant ]', en: 'closing bracket `]`'}
}

/**
 * Words that end in an apostrophe when elided, lower-cased, apostrophe left
 * out: French (qu’, jusqu’, aujourd’hui, prud’homme, entr’ouvert,
 * grand’mère) and Italian (dell’, nell’, quest’, un’, po’). A ’ after one of
 * them, before a letter, is an apostrophe, not a closing quote.
 */
export const ELIDED_WORDS: ReadonlySet<string> = new Set(['qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu', 'aujourd', 'prud', 'entr', 'grand', 'dell', 'all', 'nell', 'dall', 'sull', 'quest', 'quell', 'un', 'po'])

/** French words elided before a vowel, lower-cased, apostrophe left out: the single letters (l’, d’, c’est, j’ai, m’a, n’est, s’il, t’as) and qu’, jusqu’, lorsqu’… of ELIDED_WORDS. */
export const ELIDED_FRENCH: readonly string[] = ['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu', 'aujourd']

/** What follows the apostrophe of an English contraction, lower-cased: can’t, it’s, we’re, I’ve, we’ll, I’d, I’m, rock ’n’ roll, ’em, o’clock. */
export const CONTRACTIONS: ReadonlySet<string> = new Set(['t', 's', 're', 've', 'll', 'd', 'm', 'n', 'em', 'clock'])
