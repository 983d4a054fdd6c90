/**
 * What the rules know of people's names, written once: the particles of
 * surnames, and pairs of names one letter apart that are both common.
 */

/**
 * Where a particle is read:
 * - `between`: in lower case between a first name and a surname (Charles de
 *   Gaulle, Vincent van Gogh, Marcelo Rebelo de Sousa);
 * - `capital`: capitalised, opening a surname after an honorific (« M. Le
 *   Pen », "Dr. Van Helsing"), part of it only when a capitalised word follows;
 * - `doubled`: a preposition of the same spelling may stand before it (« de
 *   De Gaulle », "van Van Gogh"), which is no doubled word;
 * - `age`: between the words of a name given an age (figure-mismatch);
 * - `inName`, `inNameCapital`: before a later word of a name after an
 *   honorific, in lower case or capitalised ("Ludwig van Beethoven", « Marine
 *   Le Pen »; abbreviation).
 */
type ParticleUse = 'between' | 'capital' | 'doubled' | 'age' | 'inName' | 'inNameCapital'

/** Surname particles, lower case, in the order the age pattern tries them; « d’ » and « de la » only there. */
const PARTICLES: ReadonlyArray<readonly [string, readonly ParticleUse[]]> = [
  ['de', ['between', 'capital', 'doubled', 'age', 'inName', 'inNameCapital']],
  ['du', ['between', 'capital', 'age', 'inName', 'inNameCapital']],
  ['des', ['between', 'capital', 'age', 'inName', 'inNameCapital']],
  ['d’', ['age']],
  ['van', ['between', 'capital', 'doubled', 'age', 'inName', 'inNameCapital']],
  ['von', ['between', 'capital', 'doubled', 'age', 'inName', 'inNameCapital']],
  ['der', ['between', 'capital', 'age', 'inName']],
  ['le', ['capital', 'age', 'inName', 'inNameCapital']],
  ['la', ['capital', 'age', 'inName', 'inNameCapital']],
  ['al', ['between', 'age']],
  ['el', ['between', 'age']],
  ['ben', ['age']],
  ['bin', ['between', 'age']],
  ['di', ['between', 'capital', 'doubled', 'age', 'inName']],
  ['da', ['between', 'capital', 'doubled', 'age', 'inName']],
  ['dos', ['between', 'capital', 'age']],
  ['de la', ['age']],
  ['do', ['between']],
  ['das', ['between']],
  ['del', ['between', 'capital', 'doubled', 'inName']],
  ['della', ['between', 'capital']],
  ['den', ['between', 'capital', 'inName']],
  ['ter', ['between']],
  ['zu', ['between']],
  ['ibn', ['between']],
  ['les', ['capital']]
]

/** The particles read in one place (see ParticleUse), in the table's order. */
export function particlesFor(use: ParticleUse): string[] {
  return PARTICLES.filter(([, uses]) => uses.includes(use)).map(([word]) => word)
}

/** The same, capitalised as they open a surname (« Le », "Van"); `capital` by default. */
export function capitalisedParticles(use: ParticleUse = 'capital'): string[] {
  return particlesFor(use).map((word) => word.charAt(0).toUpperCase() + word.slice(1))
}

/** A regular-expression alternative of the particles of `use`: « d’ » either apostrophe, « de la » any run of spaces. */
export function particlePattern(use: ParticleUse): string {
  return particlesFor(use)
    .map((word) => word.replace('’', "[’']").replace(' ', '\\s+'))
    .join('|')
}

/**
 * What inconsistent-spelling skips between a first name and the surname it
 * looks for, as written there, in the order its patterns try them. Not
 * PARTICLES's `between`: these were set on the rule's own cases and read
 * them in both cases at once, so they hold articles (« le », « la »: « Marine
 * Le Pen »), Arabic patronymics (« ben », "Abu") and the Scottish prefixes
 * (Mac, Mc) that the table keeps elsewhere or not at all, and leave out
 * « do », « das », « ter », « zu ». Folding them into the table would change
 * the rule's findings.
 * - `evidence`: after a form used as a first name, the surname that tells who
 *   bears it (Mohammad al-Adnani, Raheem Talib); a hyphen or an apostrophe may
 *   join a particle to it;
 * - `firstName`: after a form, the surname that makes it a first name
 *   (« François de Rugy », « Marine Le Pen », "Ursula von der Leyen", "Mary
 *   McAleese").
 */
export const SURNAME_LEADS = {
  evidence: [
    'de', 'du', 'des', 'd’', 'le', 'la', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'bin', 'ibn', 'al', 'el', 'ben', 'abu',
    'Le', 'La', 'De', 'Du', 'Van', 'Von', 'Di', 'Da', 'Del', 'Al', 'El', 'Ben', 'Abu'
  ],
  firstName: [
    'de', 'du', 'des', 'd’', 'le', 'la', 'van', 'von', 'der', 'den', 'di', 'da', 'del', 'della', 'dos', 'bin', 'ibn', 'al', 'el',
    'Le', 'La', 'De', 'Du', 'Van', 'Von', 'Di', 'Da', 'Del', 'Al', 'El', 'Ben', 'Mac', 'Mc'
  ]
} as const satisfies Record<string, readonly string[]>

/** A regular-expression alternative of one of SURNAME_LEADS, « d’ » with either apostrophe. */
export function surnameLeadPattern(lead: keyof typeof SURNAME_LEADS): string {
  return SURNAME_LEADS[lead].map((word) => word.replace('’', "['’]")).join('|')
}

/**
 * Capital letters alone that are words, not a first name's initial before a
 * surname: an article or a pronoun ("A", "I", "O", « Y »), and « À », the
 * preposition « A » is when written with its accent.
 */
export const NOT_INITIALS: ReadonlySet<string> = new Set(['A', 'I', 'O', 'Y', 'À'])

/**
 * Pairs of surnames or first names one letter apart that are both common:
 * one of them in a draft is no evidence of a slip for the other. Lower
 * case, without accents.
 */
export const FREQUENT_NAME_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['johnson', 'johnston'], ['thomson', 'thompson'], ['phillips', 'philips'], ['phillip', 'philip'], ['matthews', 'mathews'], ['matthew', 'mathew'],
  ['matthieu', 'mathieu'], ['matthias', 'mathias'], ['nicholas', 'nicolas'], ['nichols', 'nicols'], ['dennis', 'denis'], ['brian', 'bryan'], ['allen', 'allan'],
  ['jeffrey', 'jeffery'], ['simmons', 'simons'], ['michelle', 'michele'], ['mohammed', 'mohamed'], ['muhammad', 'muhammed'], ['olivier', 'oliver'],
  ['louis', 'luis'], ['gilles', 'giles'], ['lawrence', 'laurence'], ['bernard', 'barnard'], ['isabel', 'isobel'], ['katherine', 'katharine'],
  ['catherine', 'catharine'], ['rachid', 'rashid'], ['hussein', 'hussain'], ['anderson', 'andersen'], ['hanson', 'hansen'], ['peterson', 'petersen'],
  ['carlson', 'carlsen'], ['larson', 'larsen'], ['nielson', 'nielsen'], ['jenson', 'jensen'], ['mackenzie', 'mckenzie'], ['macdonald', 'mcdonald'],
  ['macmillan', 'mcmillan'], ['smith', 'smyth'], ['hoffman', 'hoffmann'], ['kaufman', 'kaufmann'], ['lehman', 'lehmann'], ['neuman', 'neumann'],
  ['schmitt', 'schmidt'], ['meyer', 'meier'], ['mayer', 'meyer'], ['muller', 'mueller'], ['fischer', 'fisher'], ['weber', 'webber'], ['lefebvre', 'lefevre'],
  ['fabre', 'favre'], ['gauthier', 'gautier'], ['thibault', 'thibaut'], ['girard', 'giraud']
]
