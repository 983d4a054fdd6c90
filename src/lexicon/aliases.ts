/**
 * The words that introduce another name of the same bearer: an alias, a
 * nickname, a birth name (the suspect, a/k/a 'Omar Khaledi'; Paolo
 * Lombardi, alias « Paolo Lombardo »; Marie Curie, née Skłodowska). A name
 * given this way is written differently on purpose.
 */
export const ALIAS_MARKERS: readonly string[] = [
  // English
  'a/k/a', 'a.k.a.', 'aka', 'alias', 'also known as', 'known as', 'nicknamed', 'née', 'born', 'formerly',
  // French
  'alias', 'surnommé', 'surnommée', 'né', 'née', 'de son vrai nom', 'connu sous le nom de', 'connue sous le nom de'
]

/** French « dit », « dite » introduce a nickname after a comma only (Jean Martin, dit « le Grand »): « a dit Martin » reports speech. */
export const ALIAS_MARKERS_AFTER_COMMA: readonly string[] = ['dit', 'dite']
