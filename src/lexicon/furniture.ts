/**
 * Page furniture of news sites that a CMS export delivers with the story:
 * the words that open a call to action or a link line (« » Suivez toute
 * l’actu sur Facebook », "» Sign up for our newsletter"), read by the
 * quotation scanner, for which a » before them is an arrow, not a mark; and
 * the fields of a pasted e-mail header.
 */

/** First words of a call to action, lower case: the imperatives of news sites and the nouns of their link lines. */
export const CALL_TO_ACTION_WORDS: ReadonlySet<string> = new Set([
  // French
  'suivez', 'retrouvez', 'lisez', 'lire', 'relire', 'voir', 'revoir', 'voyez', 'découvrez', 'abonnez-vous', 'inscrivez-vous',
  'téléchargez', 'regardez', 'écoutez', 'consultez', 'rejoignez', 'cliquez', 'partagez', 'recevez', 'réagissez', 'commentez',
  'vidéo', 'vidéos', 'photos', 'diaporama', 'podcast', 'infographie', 'newsletter',
  // English
  'follow', 'read', 'watch', 'listen', 'see', 'sign', 'subscribe', 'download', 'join', 'click', 'share', 'discover',
  'video', 'videos', 'gallery', 'podcast'
])

/** « À lire », « À voir »: the French link line that opens with « à » and an infinitive. */
export const CALL_TO_ACTION_AFTER_A: ReadonlySet<string> = new Set(['lire', 'voir', 'revoir', 'écouter', 'découvrir', 'suivre', 'regarder'])

/** A call to action is a line, not a paragraph: at most this many words. */
export const CALL_TO_ACTION_MAX_WORDS = 20

/**
 * Fields of an e-mail or memo header pasted into a draft, lower case, French
 * and English (duplicate-block reads such lines as no story's text): who sent
 * it and when…
 */
export const SENDER_FIELDS: readonly string[] = ['from', 'sent', 'date', 'de', 'envoyé', 'envoyé le', 'expéditeur', 'expediteur']

/** …and to whom or about what. */
export const RECIPIENT_FIELDS: readonly string[] = ['to', 'cc', 'bcc', 'subject', 're', 'memorandum for', 'à', 'a', 'cci', 'objet', 'destinataire', 'destinataires']

/** Words of a credit in parentheses that make a paragraph a caption: « (Photo d’illustration.) », "(Credit: …)". */
export const CREDIT_WORDS: readonly string[] = ['photo(s)', 'illustration', 'crédit(s)', 'credit(s)', 'image']

/** Labels of a credit at a paragraph's start, before a colon: « Photo : AFP », "Credits: …". */
export const CREDIT_LABELS: readonly string[] = ['photo(s)', 'crédit(s)', 'credit(s)', 'image']

/** Credits printed in capitals, as whole words: "PHOTO", "REUTERS", "GETTY IMAGES". */
export const CREDIT_CAPITALS: readonly string[] = ['PHOTO', 'PHOTOS', 'REUTERS', 'GETTY IMAGES']

/** Agencies whose credit names the photographer after a slash: "AFP/Jane Doe". */
export const CREDIT_AGENCIES: readonly string[] = ['AFP', 'AP', 'EPA']

/** Credits of an illustration the author supplied, closing a caption: "Author provided" (The Conversation), « Fourni par l’auteur ». */
export const AUTHOR_CREDITS: readonly string[] = ['author provided', 'provided by the author', 'fourni par l’auteur', 'fournie par l’auteur', 'fourni par l’autrice', 'fournie par l’autrice']

/**
 * How a wire's credit line opens, in parentheses at a story's end, lower
 * case: "(Reporting by Jane Doe in SINGAPORE; Editing by …)", « (Reportage
 * Jean Dupont, édité par …) », « (Version française …) ». Its names and
 * places are set in the wire's style (cities in capitals), not the story's.
 */
export const WIRE_CREDIT_OPENERS: readonly string[] = [
  'reporting by', 'additional reporting by', 'further reporting by', 'writing by', 'editing by', 'compiled by', 'graphics by',
  'reportage', 'avec', 'rédigé par', 'rédaction', 'édité par', 'version française', 'correspondance'
]

/** Labels opening the caption of a table, a chart or a map, before its number: « Tableau 2 repris de … », "Figure 3: …", « Graphique : … ». */
export const FIGURE_LABELS: readonly string[] = ['tableau', 'figure', 'graphique', 'carte', 'infographie', 'schéma', 'table', 'chart', 'graph', 'map', 'fig.']

/** What follows a figure label and its number in a caption: a colon or a dash, or the source it is taken from (« repris de », "adapted from"). */
export const FIGURE_SOURCES: readonly string[] = ['repris', 'reprise', 'adapté', 'adaptée', 'd’après', 'source', 'sources', 'from', 'adapted', 'courtesy', 'via']

/** Image banks a credit names in square brackets at a caption's end: « [Wachiwit / Shutterstock] », "[Getty Images]". */
export const IMAGE_BANKS: readonly string[] = ['Shutterstock', 'Getty Images', 'iStock', 'Alamy', 'Unsplash', 'Adobe Stock']

/** What follows the dashes of a forwarded or replied e-mail: "-----Original Message-----", « --- Message transféré --- ». */
export const MAIL_SEPARATORS: readonly string[] = ['original message', 'forwarded message', 'message d’origine', 'message transféré']

/** Markers of a link to another article, at a line's start (the line is boilerplate even when it is long): « À lire aussi », "Read more". */
export const CROSS_REFERENCES: Record<'fr' | 'en', readonly string[]> = {
  fr: [
    ...['aussi', 'également', 'egalement', 'la suite'].flatMap((word) => [`(à )lire ${word}`, `(a )lire ${word}`]),
    '(à )voir aussi', '(a )voir aussi', 'sur le même sujet', 'sur le meme sujet'
  ],
  en: ['read more', 'read also', 'read next', 'see also', 'also read', 'related', 'more on this']
}
