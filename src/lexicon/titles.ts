/**
 * Words that go with people's names in news copy, in French and English,
 * lower-cased: what a run of names and titles is made of.
 */

/**
 * Words written before a name that say nothing about which person it is:
 * honorifics and titles (« Mme Delorme », "Senator Whitehouse").
 */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'doctor', 'rev', 'reverend', 'father', 'sister', 'brother',
  'president', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'judge', 'justice', 'minister', 'premier',
  'chancellor', 'secretary', 'ambassador', 'speaker', 'chairman', 'chairwoman', 'commissioner', 'inspector', 'detective', 'officer', 'agent', 'sheriff',
  'general', 'gen', 'admiral', 'colonel', 'col', 'major', 'captain', 'capt', 'lieutenant', 'lt', 'sergeant', 'sgt', 'corporal', 'commander', 'marshal',
  'coach', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'emperor', 'pope', 'bishop', 'archbishop', 'cardinal', 'rabbi', 'imam', 'sheikh', 'emir',
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mgr', 'pr', 'madame', 'monsieur', 'mademoiselle', 'maître', 'docteur', 'professeur', 'président',
  'présidente', 'ministre', 'général', 'capitaine', 'commandant', 'monseigneur', 'père', 'frère', 'sœur', 'soeur', 'abbé', 'juge', 'maire', 'préfet', 'roi',
  'reine', 'princesse', 'duc', 'duchesse', 'pape', 'cheikh', 'émir', 'saint', 'sainte', 'st'
])

/** Words of OFFICES that qualify an office rather than name one (« ancien », "acting"). */
export const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set(['former', 'ancien', 'ancienne', 'ex', 'acting', 'intérim', 'vice', 'sous', 'haut', 'haute', 'premier', 'première'])

/**
 * Offices and the words that qualify them, beyond the titles: « le Premier
 * ministre », « la secrétaire d’État », "the deputy chief of staff".
 */
export const OFFICES: ReadonlySet<string> = new Set([
  'premier', 'première', 'vice', 'sous', 'secrétaire', 'directeur', 'directrice', 'adjoint', 'adjointe', 'délégué', 'déléguée', 'porte', 'parole', 'chef', 'cheffe',
  'procureur', 'procureure', 'député', 'députée', 'sénateur', 'sénatrice', 'conseiller', 'conseillère', 'maréchal', 'colonel', 'lieutenant', 'ambassadeur', 'ambassadrice',
  'gouverneur', 'commissaire', 'patron', 'patronne', 'fondateur', 'fondatrice', 'élu', 'élue', 'haut', 'haute', 'état', 'major', 'général', 'générale',
  'deputy', 'chief', 'head', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'attorney', 'prosecutor', 'councillor', 'councilor', 'founder', 'staff',
  'former', 'ancien', 'ancienne', 'ex', 'acting', 'intérim'
])

/** Articles, prepositions and conjunctions that join names and titles: « au ministre de l’Intérieur et à la juge ». */
export const NAME_LINKS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'et', 'ou', 'à', 'au', 'aux', 'en', 'pour', 'avec', 'chez', 'par', 'ainsi', 'que',
  'the', 'a', 'an', 'of', 'and', 'or', 'to', 'for', 'with', 'at', 'by', 'as', 'well', 'in', 'on'
])

/**
 * The titles and offices above as written before a name, capitalised: a
 * title before a name given an age is no part of the name (« le juge Alain
 * Roche, 54 ans », "Former Judge Alan Rock, 54" are Alain Roche and Alan
 * Rock), and a name that holds one is no person's name (figure-mismatch).
 * An abbreviated title written with its full stop is an honorific, read
 * apart.
 */
export const TITLES_BEFORE_NAMES: ReadonlySet<string> = new Set([...TITLES, ...OFFICES].map((word) => word.charAt(0).toUpperCase() + word.slice(1)))
