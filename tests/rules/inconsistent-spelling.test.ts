import {describe, expect, it} from 'vitest'
import {findSpellingVariants, firstNamesBefore, isNameSlip, mayBeOnePerson, nameSlipKind} from '../../src/analysis/inconsistent-spelling.js'
import {applyFixes, fixesOf} from '../../src/fix/apply.js'
import {lint} from '../../src/index.js'
import {ruleTester} from '../support/rule-tester.js'

ruleTester('inconsistent-spelling', {
  valid: [
    {
      text: 'La militante a posé ses conditions : « Malgré tout, nous irons. » Elle a insisté, « Malgré les menaces ». Les chroniqueuses Anne Roy et Léa Malagré seront présentes.',
      lang: 'fr',
      name: 'fr: a capitalised word opening a quotation after a colon or a comma opens a sentence: no name (Malgré / Malagré)'
    },
    {
      text: 'The film shows Britain’s wartime factories. It draws on the memoirs of nurse Vera Brittain, published in 1933.',
      lang: 'en',
      name: 'en: once each, the later in full after a first name, the earlier bare: a person introduced after another word (Britain / Vera Brittain)'
    },
    {text: 'WASHINGTON — The defense secretary left Washington on Friday. Washington and Rabat signed.', lang: 'en', name: 'en: a dateline in capitals'},
    {text: 'RABAT, 2 octobre (AFP) — Le ministre a quitté Rabat vendredi. Rabat et Washington ont signé.', lang: 'fr', name: 'fr: a dateline in capitals'},
    {text: 'Le président a reçu la présidente du Sénat. Le président a ensuite parlé.', lang: 'fr', name: 'fr: inflection président/présidente'},
    {text: 'L’Alliance atlantique et ses Alliés se sont réunis. Les Alliés ont signé.', lang: 'fr', name: 'fr: Alliance/Alliés are two words'},
    {text: 'Il a signé le texte. Elle a signée la lettre. Il signe. Elle signe encore.', lang: 'fr', name: 'fr: signé/signée/signe are inflection'},
    {text: 'Le ministre est allé à Tunis puis en Tunisie. Tunis reste la capitale, la Tunisie le pays.', lang: 'fr', name: 'fr: Tunis/Tunisie are two places'},
    {text: 'Les troupes ont quitté le Mali pour Malte. Le Mali et Malte ont protesté.', lang: 'fr', name: 'fr: Mali/Malte are two places'},
    {text: 'La Défense nationale et la défense du territoire. La Défense a répondu sur la défense.', lang: 'fr', name: 'fr: capital of a common noun is not a variant'},
    {text: 'L’État-major Général a parlé. Le général a répondu. Le Général est arrivé.', lang: 'fr', name: 'fr: Général/général differ by case only'},
    {text: 'Le marché a ouvert. Il marche vers la place du marché.', lang: 'fr', name: 'fr: marche/marché are two words'},
    {text: 'La côte est proche et la cote de popularité baisse. La côte attire.', lang: 'fr', name: 'fr: côte/cote are two words'},
    {text: 'M. Delorme a parlé avec Mme Delorne, son épouse.', lang: 'fr', options: {distinct: ['Delorne']}, name: 'fr: close names declared distinct'},
    {text: 'Loudyi a parlé. Puis Loudiy a répondu.', lang: 'fr', name: 'fr: names only at the start of sentences are not known to be names'},
    {text: 'Il a dit « The State Department and the Government of Estonia agreed » hier. Le government a parlé. Government.', lang: 'fr', name: 'fr: words inside an English quotation'},
    {text: 'Delegates from Gambia and Zambia met. Gambia and Gambia again with Zambia.', lang: 'en', name: 'en: a different first letter is another name'},
    {text: 'The US said the plan helps us. The US and us.', lang: 'en', name: 'en: US/us: a short acronym against a lower-case word'},
    {text: 'AIDS research funds aids to victims. The AIDS programme grew.', lang: 'en', name: 'en: capitals against a lower-case word'},
    {text: 'We will follow up on the follow-up meeting. The follow-up was long.', lang: 'en', name: 'en: follow-up/follow up is a noun and a verb'},
    {text: 'Il viendra peut-être. Cela peut être vrai. Peut-être demain.', lang: 'fr', name: 'fr: peut-être/peut être are two phrases'},
    {text: 'She will re-sign the contract. She did not resign. He will re-sign too.', lang: 'en', name: 'en: re-sign/resign are two words'},
    {text: 'Mr Hassan met Mr Hassen. Hassan, Hassan and Hassan spoke; Hassen, Hassen and Hassen replied.', lang: 'en', name: 'en: two close names both frequent'},
    {text: 'Tom Hall met Hal Jordan. Later, Hall said that Hal and Hall had agreed.', lang: 'en', name: 'en: a short name and its doubled-letter neighbour are two names (Hall, Hal)'},
    {text: 'Jean Bell et Louis Bel se sont parlé. Bell a répondu à Bell et à Bel.', lang: 'fr', name: 'fr: Bell and Bel are two names'},
    {text: 'The Africans and the African Union. African leaders and Africans.', lang: 'en', name: 'en: plural on the last letter'},
    {
      text: 'Q&A\n\nIsabelle Roux directs it.\n\nHALE: Why?\n\nROUX: Because.\n\nHALE: And?\n\nROUX: Never.',
      lang: 'en',
      name: 'en: speaker labels in capitals are no spelling of the name (ROUX: / Isabelle Roux)'
    },
    {
      text: 'Entretien\n\nMarie Dupont dirige le musée depuis 2019.\n\nLEROY : Pourquoi ?\n\nDUPONT : Parce que.\n\nLEROY : Et ensuite ?\n\nDUPONT : Rien.\n\n**DUPONT :** Jamais.',
      lang: 'fr',
      name: 'fr: speaker labels in capitals, with a space or emphasis before the colon (DUPONT :)'
    },
    {
      text: 'HALE: Why?\nROUX: Because.\nHALE: And?\nROUX: Never, said Isabelle Roux.',
      lang: 'en',
      name: 'en: speaker labels on the lines of one paragraph'
    },
    {
      text: 'The meeting is set for WEDNESDAY, at noon. Come on WEDNESDAY or call. On Wednesday the union votes.',
      lang: 'en',
      name: 'en: capitals in the majority are never the expected form of a capitalised word'
    },
    {
      text: 'Le SAHEL brûle. Au SAHEL, la sécheresse dure. Le Sahel souffre.',
      lang: 'fr',
      name: 'fr: capitals in the majority are never the expected form of a capitalised word'
    },
    {
      text: 'L’ONU a voté. Selon l’Onu, le vote est acquis. L’Onu a publié le texte.',
      lang: 'fr',
      name: 'fr: a three-letter acronym (ONU/Onu) is not compared'
    },
    {
      text: 'BILAN : l’ETAT paiera. Selon l’État, tout est prêt. L’État paiera.\n\nETAT : ce que dit le texte.',
      lang: 'fr',
      name: 'fr: ETAT in capitals without its accent against État is a style, not a slip'
    },
    {text: 'LA RÉUNION DU SAHEL A EU LIEU\n\nLe Sahel est une région. Le Sahel a souffert.', lang: 'fr', name: 'fr: all-caps heading'},
    {text: 'Un évènement ou un événement : l’événement a eu lieu.', lang: 'fr', name: 'fr: é/è is a spelling choice, not a missing accent'},
    {
      text: 'Le couturier Jean Paul Gaultier a rendu hommage jeudi à Jean-Paul Belmondo. Jean-Paul Belmondo et Jean-Paul Rappeneau étaient amis.',
      lang: 'fr',
      name: 'fr: a name’s hyphen is compared within one full name only (Jean Paul Gaultier, Jean-Paul Belmondo)'
    },
    {
      text: 'Designer Jean Paul Gaultier paid tribute to actor Jean-Paul Belmondo. Jean-Paul Belmondo and Jean-Paul Sartre were cited.',
      lang: 'en',
      name: 'en: a name’s hyphen is compared within one full name only (Jean Paul Gaultier, Jean-Paul Belmondo)'
    },
    {
      text: 'Boris Johnson spoke on Thursday. Johnson said the party was united. Asked about it, Johnson smiled. The event was organised by Dustin Johnston, a donor.',
      lang: 'en',
      name: 'en: two close names each with its own first name are two people (Boris Johnson, Dustin Johnston)'
    },
    {
      text: 'Le juge Jean Delorme a parlé. Selon Jean Delorme, rien ne change. L’avocate Claire Delorne a répondu.',
      lang: 'fr',
      name: 'fr: two close names each with its own first name are two people (Jean Delorme, Claire Delorne)'
    },
    {
      text: 'The chief executive of Philips, Roy Jakobs, met the former England captain Kalvin Phillips. Philips shares rose; Philips said sales were up.',
      lang: 'en',
      name: 'en: two frequent names (Philips, Phillips) without a shared first name'
    },
    {
      text: 'L’entraîneur Pierre Girard a parlé. Selon Girard, l’équipe est prête. Girard a ensuite quitté la salle avec M. Giraud.',
      lang: 'fr',
      name: 'fr: two frequent names (Girard, Giraud) without a shared first name'
    },
    {
      text: 'Jacqueline Moreau est morte. Moreau avait 91 ans. Le peintre Paul Moreaux exposait ses toiles.',
      lang: 'fr',
      name: 'fr: names differing on the last letter with different first names (Jacqueline Moreau, Paul Moreaux)'
    },
    {
      text: 'Jill Martin came. Martin said yes. Later the Martins came to dinner.',
      lang: 'en',
      name: 'en: names differing on the last letter without the same first name (Martin, the Martins)'
    },
    {
      text: 'Le Président Africain a parlé. Le Président Africaine a répondu. Le Président Africain est parti.',
      lang: 'fr',
      name: 'fr: an ending after a title is not a name slip (Africain/Africaine)'
    },
    {
      text: 'The meeting is set for WEDNESDAY, NOV. 24, 2026. On Wednesday the union votes. Wednesday is late.',
      lang: 'en',
      name: 'en: a stretch set in capitals inside a paragraph (WEDNESDAY, NOV. 24)'
    },
    {
      text: 'Le Sahel brûle. Au Sahel, la sécheresse dure. Le rapport SAHEL EN DANGER paraît demain.',
      lang: 'fr',
      name: 'fr: a stretch set in capitals inside a paragraph (SAHEL EN DANGER)'
    },
    {
      text: 'Emma Thompson and Emma Thompson’s co-star, Mark Thomson, and Thompson again.',
      lang: 'en',
      name: 'en: Thompson and Thomson with different first names'
    },
    {
      text: 'Le président Marcelo Rebelo de Sousa visitera l’exposition du peintre Amadeo de Souza-Cardoso. M. Rebelo de Sousa arrive lundi.',
      lang: 'fr',
      name: 'fr: the first name is read before a particle (Amadeo de Souza, Rebelo de Sousa): two people'
    },
    {
      text: 'The painter Amadeo de Souza-Cardoso is shown in Paris during the visit of President Marcelo Rebelo de Sousa. Sousa arrives on Monday.',
      lang: 'en',
      name: 'en: the first name is read before a particle (Amadeo de Souza, Rebelo de Sousa): two people'
    },
    {text: 'The chief executive, Helen Marsh, said the accounts were filed in March. Marsh declined to comment.', lang: 'en', name: 'en: a month is no slip of a name (March, Marsh)'},
    {text: 'La directrice générale, Helen Marsh, a déposé les comptes en mars. Mme Marsh n’a pas souhaité commenter.', lang: 'fr', name: 'fr: a month is no slip of a name (mars, Marsh)'},
    {
      text: 'Rectificatif\n\nLe nom de l’adjoint aux finances est M. Karim Benali, et non M. Karim Benhali. Nous présentons nos excuses à M. Benali.',
      lang: 'fr',
      name: 'fr: a correction denies the wrong name next to the right one (« Benali, et non Benhali »)'
    },
    {text: 'Il faut écrire non pas Etat mais État. L’État a répondu ; l’État paiera.', lang: 'fr', name: 'fr: « non pas Etat mais État »'},
    {
      text: 'Correction\n\nAn earlier version of this story misspelled the name of the council leader. She is Helen Lefèvre, not Helen Lefevre. Ms. Lefèvre was elected in 2022.',
      lang: 'en',
      name: 'en: a correction denies the wrong name next to the right one ("Lefèvre, not Lefevre")'
    },
    // Issue 17: different words one or two letters apart, read as one name.
    {text: 'Selon François Bayrou, les Français attendent. Les Français ont voté. Pour les Français, rien ne change. Les Français jugeront.', lang: 'fr', name: 'fr: a first name against a people (François Bayrou / les Français)'},
    {text: 'Les Français votent. Pour les Français, rien ne change. Le ministre François de Rugy a répondu aux Français.', lang: 'fr', name: 'fr: a first name before a particle (François de Rugy / les Français)'},
    {text: 'Le directeur Jean-François Martin a parlé. Les Français et les Français encore ; les Français.', lang: 'fr', name: 'fr: a first name in a compound against a people, no « Jean-Français » suggested'},
    {text: 'Marine Le Pen était dans la Marne jeudi. Marine Le Pen a visité une usine. Selon Marine Le Pen, le site doit rester ouvert.', lang: 'fr', name: 'fr: a first name against a place (Marine Le Pen / la Marne)'},
    {text: 'Le général a parlé. Le général est parti. Le général revient. L’outil general-purpose tourne.', lang: 'fr', name: 'fr: no « général-purpose » is built from a compound the document lacks'},
    {text: 'La Seine-et-Marne vote. Marine Le Pen parle. Selon Marine Le Pen, non. Marine Le Pen repart.', lang: 'fr', name: 'fr: no « Seine-et-Marine » is ever suggested'},
    {text: 'Les photos (Belga) sont parues. Bella Martin a répondu. Puis Bella Martin est partie. Bella Martin a conclu.', lang: 'fr', name: 'fr: a credit in brackets against a first name (Belga / Bella Martin)'},
    {text: 'She starred in Being Julia. Annette Bening won. Critics praised Annette Bening, and Bening thanked them.', lang: 'en', name: 'en: a title’s word used as a first name against a surname (Being Julia / Annette Bening)'},
    {text: 'Latin America is changing. Leaders of Latin America met. Latin American leaders spoke.', lang: 'en', name: 'en: a place and its adjective after a shared qualifier (Latin America / Latin American)'},
    {text: 'The band earned three Brit Award nods and took the Brit Award for best group. They now own a pair of Brit Awards.', lang: 'en', name: 'en: the plural of a noun in a title-case name (Brit Award / Brit Awards)'},
    {text: 'Il a reçu un Billboard Music Award et deux MTV Music Awards. Le Billboard Music Award est venu plus tard.', lang: 'fr', name: 'fr: the plural of a noun in a title-case name (Music Award / Music Awards)'},
    {text: 'Elle a gagné un Grammy Music Award puis a chanté aux Grammy Music Awards. Le Grammy Music Award lui revient.', lang: 'fr', name: 'fr: a prize and its ceremony, two words shared before (Grammy Music Award / Awards)'},
    {text: 'Les œuvres présentées et présentés aux visiteurs ont été présentés hier ; les artisanes présentes ont parlé.', lang: 'fr', name: 'fr: an accent in the last two letters is inflection (présentés / présentes)'},
    // Issue 17: capitals that are layout.
    {text: 'CHARLEROI - Le bourgmestre de Charleroi a inauguré le pont. Charleroi attend les travaux.', lang: 'fr', name: 'fr: a dateline closed by a spaced hyphen'},
    {text: 'HAVANA - Cuba said on Monday that Havana would not negotiate. Havana has said so before.', lang: 'en', name: 'en: a dateline closed by a spaced hyphen'},
    {text: 'The minister arrives. REUTERS/Jane Doe. Reuters reported it first. Reuters said so again.', lang: 'en', name: 'en: an agency credit (REUTERS/…)'},
    {text: 'Le ministre est arrivé (BELGA). L’agence Belga l’a confirmé. Selon Belga, il repart demain.', lang: 'fr', name: 'fr: an agency credit in brackets (BELGA)'},
    {text: 'The memo read: FROM: John Smith TO: Jane Doe DATE: 12 May. The Date of the memo matters. Date and place were set.', lang: 'en', name: 'en: memo labels inside a line, and a common word opening sentences (DATE: / Date)'},
    {text: 'Le courriel disait : DE : Paul Martin OBJET : Budget. L’Objet du litige reste flou. Objet de toutes les attentions.', lang: 'fr', name: 'fr: memo labels inside a line (OBJET : Budget)'},
    // Issue 18 point 6: code is no spelling.
    {text: 'Use --full-name to print it. The fullname flag, fullname again, and --no-await with noawait and noawait.', lang: 'en', name: 'en: an option is no hyphenation of a word (--full-name / fullname)'},
    {text: 'Set BLOCKSIZE first. The Block-size and the Block-size again.', lang: 'en', name: 'en: a constant in capitals is no variant of a compound (BLOCKSIZE / Block-size)'},
    {text: 'Lancez `set-selection` puis réglez la sélection. La sélection reste active ; la sélection change.', lang: 'fr', name: 'fr: a token between backticks is no word of the text'},
    {text: 'Le paramètre securite_max règle la sécurité. La sécurité passe avant tout.', lang: 'fr', name: 'fr: a token with an underscore is code (securite_max / sécurité)'},
    {text: 'Options:\n  --set-selection   choose the sélection\n  --verbose   print more\nThe setselection step and the setselection value.', lang: 'en', name: 'en: an option column'},
    // Real-copy measure (spelling4): near names that are two people, two places or two words.
    {text: 'Ireland: Murphy, Horgan, Keane, Walsh, Byrne, Doyle.\nReplacements: Sheahan, Horan, Miller, Dempsey, Quinn.\nShane Horgan scored twice.', lang: 'en', name: 'en: two entries of team sheets are two players (Horgan / Horan)'},
    {text: 'Composition : Martin, Lebrun, Dubois, Moreau, Girard, Petit.\nRemplaçants : Lefort, Lebrin, Roux, Faure, Blanc.\nMartin et Lebrun ont marqué.', lang: 'fr', name: 'fr: two entries of team sheets are two players (Lebrun / Lebrin)'},
    {text: 'The wing S. Horgan crossed twice. The prop M. Horan scored late, and Marcus Horan was named man of the match.', lang: 'en', name: 'en: initials tell two players apart (S. Horgan / M. Horan, Marcus Horan)'},
    {text: 'L’ailier T. Doolan a marqué. Le pilier P. Dolan a répondu, puis Pierre Dolan est sorti.', lang: 'fr', name: 'fr: initials tell two players apart (T. Doolan / P. Dolan, Pierre Dolan)'},
    {text: 'The coach picked N’Dembal over Dembel. Dembel was angry, and Dembel said so.', lang: 'en', name: 'en: a name hung on a letter and an apostrophe is another name (N’Dembal / Dembel)'},
    {text: 'Le sélectionneur a préféré N’Dembal à Dembel. Dembel a protesté ; Dembel reviendra.', lang: 'fr', name: 'fr: a name hung on a letter and an apostrophe is another name (N’Dembal / Dembel)'},
    {text: 'Brian Keane set up the try for P O’Brien. Brian Keane played on.', lang: 'en', name: 'en: a surname with O’ against a first name (O’Brien / Brian)'},
    {text: 'President Harlan spoke on Monday. Harlan said the report was fair, and Harlan left. White House chief of staff Tom Harlon resigned.', lang: 'en', name: 'en: an office against another office and first name (President Harlan / chief of staff Tom Harlon)'},
    {text: 'Le président Harlan a parlé lundi. Selon le président Harlan, le rapport est juste. Le directeur de cabinet Tom Harlon a démissionné.', lang: 'fr', name: 'fr: an office against another office and first name (le président Harlan / le directeur de cabinet Tom Harlon)'},
    {text: 'The poet Rahim read first, and the poet Rahim was cheered. Minister Raheem Talib spoke next.', lang: 'en', name: 'en: an office against a first name and its surname (the poet Rahim / Minister Raheem Talib)'},
    {text: 'Le poète Rahim a lu en premier. Le poète Rahim a été applaudi. Le ministre Raheem Talib a parlé ensuite.', lang: 'fr', name: 'fr: an office against a first name and its surname (le poète Rahim / le ministre Raheem Talib)'},
    {text: 'Selon Céline François, directrice marketing, les Français partent moins. Les Français voyagent ; les Français épargnent.', lang: 'fr', name: 'fr: a surname against a people (Céline François / les Français)'},
    {text: 'Voters heard Anna Dutsch, a local teacher. The Dutch voted early; the Dutch voted twice; the Dutch waited.', lang: 'en', name: 'en: a surname against a people (Anna Dutsch / the Dutch)'},
    {text: 'LYON | Les élus ont voté mardi. À Lyon, le budget passe. Lyon attend les travaux.', lang: 'fr', name: 'fr: a dateline closed by a bar (LYON |)'},
    {text: 'BOSTON | The council voted on Tuesday. In Boston, the budget passed. Boston waits.', lang: 'en', name: 'en: a dateline closed by a bar (BOSTON |)'},
    // A name's accents on other letters: reported only against a form used twice as often, and never between common words.
    {text: 'L’entraîneur Sergio Conceição a parlé. Puis Sergio Conçeicao a quitté la salle.', lang: 'fr', name: 'fr: a name with its accents moved, one use each, is left alone'},
    {text: 'Israël a répondu lundi. En Israël, le gouvernement a voté. Isräel a annoncé une trêve. Isräel attend.', lang: 'fr', name: 'fr: a place name with its accent moved, not twice as rare, is left alone'},
    {text: 'Un évènement a eu lieu. L’événement a réuni du monde. Cet événement reste. Un autre événement suit.', lang: 'fr', name: 'fr: a common word with its accent on another letter is a spelling choice'},
    {text: 'The naïve plan failed. It was a naïve view, and naïve hopes died. The naîve one stayed.', lang: 'en', name: 'en: a common word with its accent on another letter is left alone'},
    {text: 'Un événement, puis un évènement, encore un événement et un autre événement.', lang: 'fr', name: 'fr: a common word with its accents on other letters is a spelling choice (événement/évènement)'},
    // A run of letters glued to a figure is a code, an ordinal or a slip, never a word to compare or fix (« 0Etat » once became « 0État »).
    {text: 'Le chef de l’État a parlé. L’État paiera. L’État a tranché. Le 0Etat du tableau reste.', lang: 'fr', name: 'fr: letters glued to a figure are no variant (0Etat / État)'},
    {text: 'Le chef de l’État a parlé. L’État paiera. L’État a tranché. Voir la ligne Etat2 du tableau.', lang: 'fr', name: 'fr: letters followed by a figure are no variant (Etat2 / État)'},
    {text: 'The Covid-19 Taskforce met. The Taskforce agreed; the Taskforce left. Row 3Taskfroce was empty.', lang: 'en', name: 'en: letters glued to a figure are no variant (3Taskfroce / Taskforce)'},
    {
      text: 'Les manifestants sont restés devant la Maison Blanche. Un second groupe a remonté Madison drive. Devant la Maison Blanche, la police a reculé.',
      lang: 'fr',
      name: 'fr: a name after an article each time against a name never so used are two words (la Maison Blanche / Madison avenue)'
    },
  ],
  invalid: [
    {
      text: 'Judge Paul Delorme spoke on Monday. The next day, Delorne ruled.',
      lang: 'en',
      name: 'en: once each, the earlier in full after a first name: the later bare form is asked about',
      errors: [{reason: /^Unexpected `Delorne`, written `Delorme` earlier/, expected: ['Delorme']}]
    },
    // A quotation in the other language is left out: its lower-case « delorme » would make the name a common noun, and Delorne no slip of it.
    {
      text: 'Le juge Delorme a parlé, puis le juge Delorme est parti.\nSelon le juge Delorne, rien ne change.\n« We are ready and delorme we will stay with the team » a-t-il dit.\n',
      lang: 'fr',
      name: 'fr: a name’s lower case in an English quotation does not count',
      errors: [{place: '2:15-2:22', messageId: 'majority', reason: '« Delorne » est écrit « Delorme » ailleurs dans le document : « Delorme » est attendu (2 occurrences contre 1)', expected: ['Delorme']}],
      output: null,
      outputWithFixType: 'Le juge Delorme a parlé, puis le juge Delorme est parti.\nSelon le juge Delorme, rien ne change.\n« We are ready and delorme we will stay with the team » a-t-il dit.\n'
    },
    {
      text: 'Judge Delorme spoke, then Judge Delorme left.\nAccording to Judge Delorne, nothing has changed.\n“Nous sommes prêts et delorme nous restons avec les juges,” he said.\n',
      lang: 'en',
      name: 'en: a name’s lower case in a French quotation does not count',
      errors: [{place: '2:20-2:27', messageId: 'majority', reason: 'Unexpected `Delorne`, expected `Delorme` as elsewhere in the document (2 to 1)', expected: ['Delorme']}],
      output: null,
      outputWithFixType: 'Judge Delorme spoke, then Judge Delorme left.\nAccording to Judge Delorme, nothing has changed.\n“Nous sommes prêts et delorme nous restons avec les juges,” he said.\n'
    },
    // Real-copy measure (spelling4): the true shapes next to the near misses.
    {
      text: 'Frank Sheehan returns to the pack. Sheehan replaces the captain.\nIreland: G Murphy, S Horgan, B Keane, K Walsh, T Bowe, F Sheahan, J Hayes.',
      lang: 'en',
      name: 'en: a team sheet’s initial matching the first name is one player (Frank Sheehan / F Sheahan)',
      errors: [{place: '2:58-2:65', reason: 'Unexpected `Sheahan`, expected `Sheehan` as elsewhere in the document (2 to 1)', expected: ['Sheehan']}],
      output: null,
      outputWithFixType: 'Frank Sheehan returns to the pack. Sheehan replaces the captain.\nIreland: G Murphy, S Horgan, B Keane, K Walsh, T Bowe, F Sheehan, J Hayes.'
    },
    {
      text: 'Franck Lebrun revient. Lebrun remplace le capitaine.\nComposition : G. Martin, S. Dubois, B. Petit, K. Roux, F. Lebrin, J. Faure.',
      lang: 'fr',
      name: 'fr: a team sheet’s initial matching the first name is one player (Franck Lebrun / F. Lebrin)',
      errors: [{place: '2:59-2:65', reason: '« Lebrin » est écrit « Lebrun » ailleurs dans le document : « Lebrun » est attendu (2 occurrences contre 1)', expected: ['Lebrun']}],
      output: null,
      outputWithFixType: 'Franck Lebrun revient. Lebrun remplace le capitaine.\nComposition : G. Martin, S. Dubois, B. Petit, K. Roux, F. Lebrun, J. Faure.'
    },
    {
      text: 'Officials at the Elysee were silent. Crowds filled the Champs Elysees on Saturday. Police held the top of the Champs Elysee.',
      lang: 'en',
      name: 'en: a last letter apart after the same word, counted there only (Champs Elysees / Champs Elysee, not the Elysee)',
      errors: [{place: '1:118-1:124', messageId: 'name', expected: ['Elysees']}],
      output: null
    },
    {
      text: 'Le juge Delorme a parlé. Selon le juge Delorme, rien ne change. Le juge Paul Delorne a conclu.',
      lang: 'fr',
      name: 'fr: the same office on both sides is one person, a first name on one side only',
      errors: [{reason: /^« Delorne » est écrit « Delorme »/, expected: ['Delorme']}]
    },
    {
      text: 'Judge Delorme spoke. According to Judge Delorme, nothing changes. Judge Paul Delorne closed.',
      lang: 'en',
      name: 'en: the same office on both sides is one person, a first name on one side only',
      errors: [{reason: /^Unexpected `Delorne`, expected `Delorme`/, expected: ['Delorme']}]
    },
    {
      text: 'Le chef de l’État a parlé. L’État paiera. L’État a tranché. Le 2 Etat a signé.',
      lang: 'fr',
      name: 'fr: a figure set apart by a space leaves the word a word (2 Etat)',
      errors: [{place: '1:66-1:70', expected: ['État']}],
      output: 'Le chef de l’État a parlé. L’État paiera. L’État a tranché. Le 2 État a signé.'
    },
    // A place's or a brand's name too: its accents on other letters are a slip, fixed only on request.
    {
      text: 'Israël a répondu lundi. En Israël, le gouvernement a voté. Israël attend. Isräel a annoncé une trêve.',
      lang: 'fr',
      name: 'fr: a place name with its diaeresis on another letter (Isräel/Israël)',
      errors: [{place: '1:75-1:81', expected: ['Israël']}],
      output: null,
      outputWithFixType: 'Israël a répondu lundi. En Israël, le gouvernement a voté. Israël attend. Israël a annoncé une trêve.'
    },
    {
      text: 'Citroën recalled cars on Monday. Citroën said the fault was rare. Citroën shares held. Citröen dealers were told.',
      lang: 'en',
      name: 'en: a brand name with its diaeresis on another letter (Citröen/Citroën)',
      errors: [{place: '1:88-1:95', expected: ['Citroën']}],
      output: null,
      outputWithFixType: 'Citroën recalled cars on Monday. Citroën said the fault was rare. Citroën shares held. Citroën dealers were told.'
    },
    {
      text: 'L’entraîneur Sergio Conceição a parlé. Selon Conceição, tout va bien. Conceição a souri. Puis Sergio Conçeicao a quitté la salle.',
      lang: 'fr',
      name: 'fr: a name with its accents on other letters, against the form used three times (Conçeicao/Conceição)',
      errors: [{place: '1:102-1:111', expected: ['Conceição']}],
      output: null,
      outputWithFixType: 'L’entraîneur Sergio Conceição a parlé. Selon Conceição, tout va bien. Conceição a souri. Puis Sergio Conceição a quitté la salle.'
    },
    {
      text: 'Coach Sergio Conceição spoke first. According to Conceição, all is well. Conceição smiled. Then Sergio Conçeicao left the room.',
      lang: 'en',
      name: 'en: a name with its accents on other letters, against the form used three times (Conçeicao/Conceição)',
      errors: [{place: '1:104-1:113', expected: ['Conceição']}],
      output: null,
      outputWithFixType: 'Coach Sergio Conceição spoke first. According to Conceição, all is well. Conceição smiled. Then Sergio Conceição left the room.'
    },
    // Issue 17: the near-misses that must still be reported.
    {
      text: 'From June the new Federal Water Quality Standards apply to every plant. Firms must comply before the Federal Water Quality Standard takes effect.',
      lang: 'en',
      name: 'en: a name of four words written twice in full but for a plural',
      errors: [{reason: /^Unexpected `Standard`/, expected: ['Standards']}]
    },
    {
      text: 'Jacqueline Moreau chante. Selon Jacqueline Moreau, tout va bien. Jacqueline Moreau est partie. Puis Jacquline Moreau est revenue.',
      lang: 'fr',
      name: 'fr: a slip in a first name used as a first name on both sides',
      errors: [{reason: /^« Jacquline » est écrit « Jacqueline »/, expected: ['Jacqueline']}]
    },
    {
      text: 'Le rapport de la Chancellerie est paru. Selon la Chancellerie, rien ne change. La porte-parole de la Chancelerie a conclu.',
      lang: 'fr',
      name: 'fr: the slip keeps the article of the name it misspells (la Chancellerie / la Chancelerie)',
      errors: [{reason: /^« Chancelerie » est écrit « Chancellerie »/, expected: ['Chancellerie']}]
    },
    {
      text: 'The Spanish side lost at home to Atletico Madrid. Atletico Madrid scored twice. An early header put Athletico ahead.',
      lang: 'en',
      name: 'en: a first-name use on one side only, the other used neither as a thing nor as a surname (Atletico Madrid / Athletico)',
      errors: [{reason: /^Unexpected `Athletico`/, expected: ['Atletico']}]
    },
    {
      text: 'Le ministre de l’Agriculture, Mokrane Maâmar, a visité la foire. Il a rencontré les producteurs, a indiqué M. Mokrame.',
      lang: 'fr',
      name: 'fr: a title is no evidence of two people (Mokrane Maâmar / M. Mokrame)',
      errors: [{reason: /^« Mokrame » est écrit « Mokrane »/, expected: ['Mokrane']}]
    },
    {
      text: 'Il a volé dans un magasin de Villeneuve-lès-Avignon. Le magasin de Villeneuve-lès-Avignon a porté plainte. Il ne peut plus aller à Villeveuve.',
      lang: 'fr',
      name: 'fr: a slip of a compound’s first word, the word itself attested in the compound',
      errors: [{reason: /^« Villeveuve » est écrit « Villeneuve »/, expected: ['Villeneuve']}]
    },
    {
      text: 'Vice Mayor Ada Wessels voted no. Wessels said she could not support it. Later Wessells left the room.',
      lang: 'en',
      name: 'en: a doubled letter in a surname',
      errors: [{reason: /^Unexpected `Wessells`/, expected: ['Wessels']}]
    },
    {
      text: 'RABAT - Le ministre a quitté Rabat. Le Ministère de l’Etat a publié un texte. Selon l’État, tout va bien. L’État paiera.',
      lang: 'fr',
      name: 'fr: a dateline set aside, the missing capital accent of the body still reported',
      errors: [{reason: /^« Etat » est écrit « État »/, expected: ['État']}]
    },
    {
      text: 'Le comité a réuni l’Etat-major. L’État-major a confirmé. L’État-major a signé.',
      lang: 'fr',
      name: 'fr: a word inside a compound whose corrected compound the document has',
      errors: [{reason: /^« Etat-major » est écrit « État-major »/, expected: ['État-major']}]
    },
    {
      text: 'The chief executive, Helen Marsh, spoke. Helen Marsh said the accounts were filed in March. Helen Marsch declined to comment.',
      lang: 'en',
      name: 'en: a slip of a name next to a month is still one',
      errors: [{reason: /^Unexpected `Marsch`/, expected: ['Marsh']}]
    },
    {
      text: 'Le président Marcelo Rebelo de Sousa est arrivé. Marcelo Rebelo de Sousa a parlé. Puis Marcelo Rebelo de Souza est reparti.',
      lang: 'fr',
      name: 'fr: the same first name before the particle: one person, a slip',
      errors: [{reason: /^« Souza »/, expected: ['Sousa']}]
    },
    {
      text: 'President Marcelo Rebelo de Sousa arrived. Marcelo Rebelo de Sousa spoke. Then Marcelo Rebelo de Souza left.',
      lang: 'en',
      name: 'en: the same first name before the particle: one person, a slip',
      errors: [{reason: /^Unexpected `Souza`/, expected: ['Sousa']}]
    },
    {
      text: 'Le maire Karim Benali a parlé. Selon M. Benali, tout va bien. Ce n’est pas M. Benhali qui a signé.',
      lang: 'fr',
      name: 'fr: a negation without the right form next to it excuses no slip',
      errors: [{reason: /^« Benhali »/, expected: ['Benali']}]
    },
    {
      text: 'Council leader Helen Lefèvre spoke. Ms. Lefèvre said it was not Lefevre’s call, and Lefèvre left.',
      lang: 'en',
      name: 'en: a negation without the right form next to it excuses no slip',
      errors: [{reason: /^Unexpected `Lefevre/, expected: ['Lefèvre']}]
    },
    {
      text: 'M. Delorme a parlé avec Mme Delorne, son épouse.',
      lang: 'fr',
      name: 'fr: once each: the later spelling is questioned',
      errors: [{place: '1:29-1:36', reason: '« Delorne » est écrit « Delorme » plus haut dans le document : même nom ? « Delorme » est attendu s’il s’agit de la même personne ou du même lieu', expected: ['Delorme']}]
    },
    {text: 'Senator Gonzales spoke first, then Senator Gonzales left and Senator Gonzalez came back.', lang: 'en', name: 'en: a last letter that sounds the same', errors: [{place: '1:70-1:78', expected: ['Gonzales']}]},
    {text: 'Le ministre Kowalski a parlé. Selon Kowalski, rien. Puis Kowalsky est parti.', lang: 'fr', name: 'fr: i and y at the end of a name', errors: [{expected: ['Kowalski']}]},
    {text: 'Katherine Mitchell was found guilty. Ms. Mitchell showed no emotion. Her lawyer said Ms. Mitchel would appeal.', lang: 'en', name: 'en: a final double letter written single', errors: [{reason: /^Unexpected `Mitchel`/, expected: ['Mitchell']}]},
    {text: 'Le conseil a élu Delphine Marchal. Selon Mme Marchal, le budget tient. Mme Marchall a quitté la salle.', lang: 'fr', name: 'fr: a final letter doubled', errors: [{reason: /^« Marchall »/, expected: ['Marchal']}]},
    {text: 'Le maire Paul Espinasse a parlé. Selon M. Espinasse, tout va bien. M. Espinase a conclu.', lang: 'fr', name: 'fr: a double letter before the last one written single', errors: [{reason: /^« Espinase »/, expected: ['Espinasse']}]},
    {
      text: 'Le communiqué de l’Etat-major a paru. L’État-major a confirmé.',
      lang: 'fr',
      name: 'fr: tie, the accented capital wins',
      errors: [{place: '1:20-1:30', expected: ['État-major']}]
    },
    {
      text: 'L’Ecole a ouvert. L’Ecole a fermé. L’École est neuve.',
      lang: 'fr',
      name: 'fr: the accented capital wins over a majority without accent',
      errors: [
        {place: '1:3-1:8', reason: '« Ecole » est aussi écrit « École » dans le document : « École » est attendu, les capitales gardent leur accent', expected: ['École']},
        {place: '1:21-1:26', expected: ['École']}
      ]
    },
    {
      text: 'The Ecole Polytechnique opened. The Ecole Polytechnique closed. The École Polytechnique is new.',
      lang: 'en',
      name: 'en: capitals without accent, the majority wins',
      errors: [{expected: ['Ecole']}]
    },
    {
      text: 'PARIS, 27 novembre 2026 (AFP) - L’Etat paiera, selon Bercy. « L’État doit tenir ses engagements », a dit la ministre. Les dépenses de l’Etat baissent.',
      lang: 'fr',
      name: 'fr: the accented capital in a quotation is the form expected outside it',
      errors: [{place: '1:35-1:39', expected: ['État']}, {place: '1:137-1:141', expected: ['État']}]
    },
    {
      text: 'Boris Johnson spoke on Thursday. Johnson said the party was united. Later Boris Johnston smiled.',
      lang: 'en',
      name: 'en: two frequent names with the same first name are one person spelled two ways',
      errors: [{reason: /^Unexpected `Johnston`/, expected: ['Johnson']}]
    },
    {
      text: 'Le juge Jean Delorme a parlé. Selon le juge Delorme, rien ne change. Jean Delorne a conclu.',
      lang: 'fr',
      name: 'fr: a slip with the same first name',
      errors: [{expected: ['Delorme']}]
    },
    {
      text: 'Le juge Delorme a parlé. Selon le juge Delorme, rien ne change. Puis Mme Delorne a conclu.',
      lang: 'fr',
      name: 'fr: a title is not a first name',
      errors: [{expected: ['Delorme']}]
    },
    {
      text: 'The designer Jean-Paul Gaultier spoke. Jean-Paul Gaultier left, and Jean Paul Gaultier came back.',
      lang: 'en',
      name: 'en: one full name with and without its hyphen',
      errors: [{reason: /^Unexpected `Jean Paul`/, expected: ['Jean-Paul']}]
    },
    {
      text: 'Le Sahel brûle. Au Sahel, la sécheresse dure. Le SAHEL souffre.',
      lang: 'fr',
      name: 'fr: capitals outside a heading',
      errors: [{place: '1:50-1:55', expected: ['Sahel']}]
    },
    {
      text: 'Le juge Delorme a parlé. Selon le juge Delorme, rien ne change. Le juge Delorne a conclu.',
      lang: 'fr',
      name: 'fr: a name one letter apart',
      errors: [{reason: /« Delorne » est écrit « Delorme » ailleurs/, expected: ['Delorme']}]
    },
    {
      text: 'Le ministre Abdeltif Loudyi a parlé. Selon Abdeltif Loudyi, tout va bien. Abdeltif Loudiy a conclu.',
      lang: 'fr',
      name: 'fr: two letters swapped',
      errors: [{expected: ['Loudyi']}]
    },
    {
      text: 'Jean-Paul Martin a parlé. Jean-Paul Martin est arrivé. Puis Jean Paul Martin est reparti.',
      lang: 'fr',
      name: 'fr: hyphen and space in one full name',
      errors: [{expected: ['Jean-Paul']}]
    },
    {
      text: 'La sécurité d’abord. La sécurité toujours. La securite jamais.',
      lang: 'fr',
      name: 'fr: a missing lower-case accent, rare against the accented form',
      errors: [{expected: ['sécurité']}]
    },
    {
      text: 'Send an e-mail. The e-mail arrived. Another email followed.',
      lang: 'en',
      name: 'en: hyphenated and closed',
      errors: ['1:45-1:50: Unexpected `email`, expected `e-mail` as elsewhere in the document (2 to 1)']
    },
    {
      text: 'Senator Whitehouse spoke. Then Senator Whitehouse left. Later Senator Whitehose returned.',
      lang: 'en',
      name: 'en: a name one letter apart',
      errors: [{expected: ['Whitehouse']}]
    },
    {
      text: 'PARIS, 26 novembre 2026 - Jacqueline Moreau est morte. Moreau avait 91 ans. Jacqueline Moreaux avait reçu la Légion d’honneur. Mme Moreau chantait.',
      lang: 'fr',
      name: 'fr: a last letter added to a name after the same first name',
      errors: [{reason: /^« Moreaux » est écrit « Moreau »/, expected: ['Moreau']}]
    },
    {
      text: 'Jill Martin came. Martin said yes. Later Jill Martins left.',
      lang: 'en',
      name: 'en: a last letter added to a name after the same first name',
      errors: [{reason: /^Unexpected `Martins`/, expected: ['Martin']}]
    },
    {
      text: 'The meeting is set for WEDNESDAY, at noon. On Wednesday the union votes. Wednesday is late.',
      lang: 'en',
      name: 'en: a single word in capitals against its capitalised form',
      errors: [{expected: ['Wednesday']}]
    },
    {
      text: 'NATO met in Brussels. Nato allies agreed. Nato leaders left.',
      lang: 'en',
      name: 'en: capitals against the capitalised form',
      errors: [{place: '1:1-1:5', expected: ['Nato']}]
    },
    {
      text: 'L’Otan a réuni ses ministres. Selon l’Otan, la réunion a duré. Le secrétaire général de l’OTAN a conclu.',
      lang: 'fr',
      name: 'fr: an acronym alone in capitals against its capitalised majority (OTAN/Otan)',
      errors: [{reason: /^« OTAN » est écrit « Otan » ailleurs/, expected: ['Otan']}]
    },
    {
      text: 'Entretien\n\nMarie Dupont dirige le musée. Selon Marie Dupont, tout va bien. Marie Dupomt a conclu.\n\nDUPONT : Oui.\n\nDUPONT : Non.\n\nDUPONT : Peut-être.',
      lang: 'fr',
      name: 'fr: a name slip next to speaker labels is still reported, the labels left out of the count',
      errors: [{reason: /^« Dupomt » est écrit « Dupont » ailleurs dans le document : « Dupont » est attendu \(2 occurrences contre 1\)/, expected: ['Dupont']}]
    },
    {
      text: 'Q&A\n\nKate Morgan runs it. Kate Morgan is 58. Later Kate Morgen left.\n\nMORGAN: Yes.\n\nMORGAN: No.\n\nMORGAN: Maybe.',
      lang: 'en',
      name: 'en: a name slip next to speaker labels is still reported, the labels left out of the count',
      errors: [{reason: /^Unexpected `Morgen`, expected `Morgan` as elsewhere in the document \(2 to 1\)/, expected: ['Morgan']}]
    },
    {
      text: 'Le Sahel brûle. Au Sahel, la sécheresse dure. Le mot du jour, SAHEL : la région souffre.',
      lang: 'fr',
      name: 'fr: a word in capitals before a colon inside a line is no speaker label',
      errors: [{expected: ['Sahel']}]
    },
    {
      text: 'HALE: Why?\n\nWe met Martin Hale and Isabelle Roux. Hale spoke, then Hale left. The HALE report came out.',
      lang: 'en',
      name: 'en: a lone word in capitals in running text against a capitalised majority is still reported',
      errors: [{expected: ['Hale']}]
    }
  ]
})

/** The text after `--fix` (and `--fix-type inconsistent-spelling` when `unsafe`). */
async function fixed(text: string, lang: 'fr' | 'en', unsafe = false): Promise<string> {
  const file = await lint(text, {lang, rules: {'inconsistent-spelling': 'warn'}})
  return applyFixes(text, fixesOf(file.messages, {fixTypes: unsafe ? ['inconsistent-spelling'] : []})).output
}

describe('inconsistent-spelling fixes', () => {
  it('fr: adds the capital’s accent outside the quotation, and edits nothing inside it', async () => {
    const text = 'L’Etat paiera. « L’État doit tenir ses engagements », a dit la ministre. Les dépenses de l’Etat baissent.'
    expect(await fixed(text, 'fr')).toBe('L’État paiera. « L’État doit tenir ses engagements », a dit la ministre. Les dépenses de l’État baissent.')
    const quotedSlip = 'L’État paiera. « L’Etat doit tenir ses engagements », a dit la ministre. Les dépenses de l’État baissent.'
    expect(await fixed(quotedSlip, 'fr', true)).toBe(quotedSlip)
    const messages = (await lint(quotedSlip, {lang: 'fr'})).messages.filter((message) => message.ruleId === 'inconsistent-spelling')
    expect(messages.map((message) => [message.actual, message.expected, (message as {fix?: unknown}).fix])).toEqual([['Etat', ['État'], undefined]])
  })

  it('en: suggests, never edits, a variant inside a quotation (hyphen, name, capitals)', async () => {
    const text =
      'Send an e-mail. The e-mail arrived. Senator Whitehouse spoke, then Senator Whitehouse left. NATO met. Nato allies agreed. Nato leaders left. Nato ministers met. ' +
      'He said: "Another email followed, Senator Whitehose told NATO and the others", she said.'
    expect(await fixed(text, 'en', true)).toBe(text.replace('NATO met', 'Nato met'))
    const file = await lint(text, {lang: 'en'})
    const quoted = file.messages.filter((message) => message.ruleId === 'inconsistent-spelling' && !(message as {fix?: unknown}).fix)
    expect(quoted.map((message) => message.actual)).toEqual(['email', 'Whitehose', 'NATO'])
  })

  it('fr: a name’s hyphen is suggested, never edited, even on request', async () => {
    const text = 'Jean-Paul Martin a parlé. Jean-Paul Martin est arrivé. Puis Jean Paul Martin est reparti.'
    expect(await fixed(text, 'fr', true)).toBe(text)
    const text2 = 'Le couturier Jean Paul Gaultier a rendu hommage jeudi à Jean-Paul Belmondo. Jean-Paul Belmondo et Jean-Paul Rappeneau étaient amis.'
    expect(await fixed(text2, 'fr', true)).toBe(text2)
  })

  it('en: a name’s hyphen is suggested, never edited, even on request', async () => {
    const text = 'Jean-Paul Sartre wrote. Jean-Paul Sartre left. Then Jean Paul Sartre came back.'
    expect(await fixed(text, 'en', true)).toBe(text)
  })

  /** The inconsistent-spelling findings of `text`: what is reported, as what, and whether `--fix` alone may apply it. */
  async function spellingFindings(text: string, lang: 'fr' | 'en'): Promise<Array<[string, string, 'safe' | 'on request' | 'by hand']>> {
    const file = await lint(text, {lang, rules: {'inconsistent-spelling': 'warn'}})
    return file.messages.filter((message) => message.ruleId === 'inconsistent-spelling').map((message) => {
      const fix = (message as {fix?: {unsafe?: boolean}}).fix
      return [message.actual!, message.expected![0]!, fix === undefined ? 'by hand' : fix.unsafe ? 'on request' : 'safe']
    })
  }

  it('fr: an accent on a person’s surname is reported, and fixed only on request (Lefèvre and Lefevre are both surnames)', async () => {
    const text = 'Le député sortant, Jean-Marc Lefèvre, a démissionné. M. Lefèvre a félicité sa successeure. L’ancien député Jean-Marc Lefevre était dans la salle.'
    expect(await spellingFindings(text, 'fr')).toEqual([['Lefevre', 'Lefèvre', 'on request']])
    expect(await fixed(text, 'fr')).toBe(text)
    expect(await fixed(text, 'fr', true)).toBe(text.replace('Lefevre', 'Lefèvre'))
    // After a title, and on a first name (Hélène Dupont, Helene Dupont).
    const titled = 'M. Bénard a parlé. Selon M. Bénard, rien ne change. Mme Benard a répondu.'
    expect(await spellingFindings(titled, 'fr')).toEqual([['Benard', 'Bénard', 'on request']])
    const firstName = 'Hélène Dupont a parlé. Mme Dupont a été réélue ; Hélène Dupont a remercié ses électeurs. Helene Dupont a conclu.'
    expect(await spellingFindings(firstName, 'fr')).toEqual([['Helene', 'Hélène', 'on request']])
    expect(await fixed(firstName, 'fr')).toBe(firstName)
  })

  it('fr: an accent on a common word or an institution stays a safe fix next to a surname’s', async () => {
    const text =
      'L’Etat paiera, a dit Jean-Marc Lefèvre. L’État doit tenir, selon M. Lefèvre. Les Etats-Unis et les États-Unis, puis les États-Unis. ' +
      'L’Elysée et l’Élysée, puis l’Élysée. Jean-Marc Lefevre a conclu.'
    expect(await spellingFindings(text, 'fr')).toEqual([
      ['Etat', 'État', 'safe'],
      ['Etats-Unis', 'États-Unis', 'safe'],
      ['Elysée', 'Élysée', 'safe'],
      ['Lefevre', 'Lefèvre', 'on request']
    ])
    expect(await fixed(text, 'fr')).toBe(text.replace('L’Etat', 'L’État').replace('Etats-Unis et', 'États-Unis et').replace('L’Elysée', 'L’Élysée'))
    // « l’École Polytechnique »: an institution after its article, not a first name before a surname.
    const school = 'Le directeur de l’École Polytechnique a parlé. L’École Polytechnique recrute. L’Ecole Polytechnique ferme.'
    expect(await spellingFindings(school, 'fr')).toEqual([['Ecole', 'École', 'safe']])
  })

  it('en: an accent on a first name is reported, and fixed only on request (José Mourinho, Jose Mourinho)', async () => {
    const text = 'He left. José Mourinho arrived on Monday. The coach, José Mourinho, said little. Later Jose Mourinho left the ground.'
    expect(await spellingFindings(text, 'en')).toEqual([['Jose', 'José', 'on request']])
    expect(await fixed(text, 'en')).toBe(text)
    expect(await fixed(text, 'en', true)).toBe(text.replace('Jose ', 'José '))
    const doctor = 'Dr Chloé Martin spoke. Dr Chloé Martin left. Then Dr Chloe Martin came back.'
    expect(await spellingFindings(doctor, 'en')).toEqual([['Chloe', 'Chloé', 'on request']])
  })

  it('en: an accent on a place or an institution stays a safe fix', async () => {
    const text = 'The Élysée Palace said no. The Élysée Palace agreed later. Then the Elysee Palace denied it. José Mourinho came.'
    expect(await spellingFindings(text, 'en')).toEqual([['Elysee', 'Élysée', 'safe']])
    expect(await fixed(text, 'en')).toBe(text.replace('Elysee', 'Élysée'))
  })

  it('fr: a word inside an embedded post is the post’s, never reported; a headline’s hyphen is suggested, never fixed', async () => {
    const post = 'Le Québec a reçu 40 cm de neige. Au Québec, les écoles ferment. Le Québec attend.\n\nIl neige encore à Quebec ce matin pic.twitter.com/AbC123 — Marie Roy (@marieroy) 3 mars 2020'
    expect(await spellingFindings(post, 'fr')).toEqual([])
    expect(await fixed(post, 'fr', true)).toBe(post)
    const headline = 'Un weekend de fête en ville\n\nLe week-end a commencé. Ce week-end, la ville danse. Le week-end finit.'
    expect(await spellingFindings(headline, 'fr')).toEqual([['weekend', 'week-end', 'by hand']])
    // Near miss: the same variant in the body is fixed; a dateline is left alone.
    const body = 'Une fête en ville\n\nLe week-end a commencé. Ce week-end, la ville danse. Le weekend finit.'
    expect(await fixed(body, 'fr')).toBe(body.replace('Le weekend', 'Le week-end'))
    const dateline = 'LYON | Les élus ont voté. À Lyon, le budget passe. Lyon attend.'
    expect(await fixed(dateline, 'fr', true)).toBe(dateline)
  })

  it('en: a word inside an embedded post is the post’s, never reported; a headline’s hyphen is suggested, never fixed', async () => {
    const post = 'Montréal voted on Monday. In Montréal, turnout rose. Montréal waits.\n\nSnow again in Montreal today pic.twitter.com/XyZ789 — Anne Roy (@anneroy) March 3, 2020'
    expect(await spellingFindings(post, 'en')).toEqual([])
    // Near miss: the same word in the story's own sentence is reported.
    expect(await spellingFindings(post.replace(' pic.twitter.com/XyZ789 — Anne Roy (@anneroy) March 3, 2020', '.'), 'en')).toEqual([['Montreal', 'Montréal', 'safe']])
    expect(await fixed(post, 'en', true)).toBe(post)
    const headline = 'Antiwar protest fills the square\n\nThe anti-war march began at noon. Anti-war groups met. The anti-war vote came later.'
    expect(await spellingFindings(headline, 'en')).toEqual([['Antiwar', 'Anti-war', 'by hand']])
    const body = 'Protest fills the square\n\nThe anti-war march began at noon. Anti-war groups met. The antiwar vote came later.'
    expect(await fixed(body, 'en')).toBe(body.replace('antiwar', 'anti-war'))
    const dateline = 'BOSTON | The council voted. In Boston, the budget passed. Boston waits.'
    expect(await fixed(dateline, 'en', true)).toBe(dateline)
  })

  it('fr: a name in a post’s signature is the account’s display name, never compared', async () => {
    const signed = 'Le préfet Paul Ferrand a parlé. Selon Paul Ferrand, la route rouvre. Ferrand attend.\n\nLa route rouvre ce soir pic.twitter.com/QrS456 — Paul FERRAND (@PFerrand) 4 mars 2021'
    expect(await spellingFindings(signed, 'fr')).toEqual([])
    // The same capitals in the post's text, before its signature, are the post's words: not reported either.
    const inPost = 'Le préfet Paul Ferrand a parlé. Selon Paul Ferrand, la route rouvre. Ferrand attend.\n\nMerci à FERRAND pour la route pic.twitter.com/QrS456 — Anne Roy (@anneroy) 4 mars 2021'
    expect(await spellingFindings(inPost, 'fr')).toEqual([])
    // Near miss: in the story's own sentence, they are compared.
    const inProse = 'Le préfet Paul Ferrand a parlé. Selon Paul Ferrand, la route rouvre. Ferrand attend.\n\nLe maire a remercié FERRAND pour la route.'
    expect((await spellingFindings(inProse, 'fr')).map(([actual, expected]) => [actual, expected])).toEqual([['FERRAND', 'Ferrand']])
  })

  it('en: a name in a post’s signature is the account’s display name, never compared', async () => {
    const signed = 'Mayor Jane Holloway spoke on Monday. Holloway said the road reopens. Holloway waits.\n\nRoad open tonight pic.twitter.com/TuV789 — Jane HOLLOWAY (@JHolloway) March 4, 2021'
    expect(await spellingFindings(signed, 'en')).toEqual([])
  })

  it('en: a name slip inside a short quotation is reported, by hand, however its few words score', async () => {
    const text = 'Daniel McAllister denies fraud. McAllister spoke for two hours. “You knew, MacAllister, didn’t you?” the prosecutor said.'
    expect(await spellingFindings(text, 'en')).toEqual([['MacAllister', 'McAllister', 'by hand']])
    expect(await fixed(text, 'en', true)).toBe(text)
    // Near miss: two frequent names without a shared first name are two people, quoted or not.
    const two = 'Boris Johnson denies fraud. Johnson spoke for two hours. “You knew, Johnston, didn’t you?” the prosecutor said.'
    expect(await spellingFindings(two, 'en')).toEqual([])
  })

  it('fr: a name slip inside a short quotation is reported, by hand', async () => {
    const text = 'Paul Lefebvre nie les faits. Lefebvre a parlé deux heures. « Bravo, Lefebre, ton argent, ton silence, ton mensonge ! » a lancé l’avocate.'
    expect(await spellingFindings(text, 'fr')).toEqual([['Lefebre', 'Lefebvre', 'by hand']])
    const nested = 'Paul Lefebvre nie les faits. Lefebvre a parlé deux heures. « “Vous saviez, Lefebre ?” a demandé le président », raconte un témoin.'
    expect(await spellingFindings(nested, 'fr')).toEqual([['Lefebre', 'Lefebvre', 'by hand']])
    expect(await fixed(nested, 'fr', true)).toBe(nested)
  })

  it('fr: a long quotation in English makes no slip of its common words, next to a slip that is reported', async () => {
    const text =
      'Le Président a parlé. Le Président est parti. Paul Lefebvre nie les faits. Lefebvre a parlé. ' +
      '« The President and the team will stay with us for the whole of the year », a dit l’ambassadeur. « Bravo, Lefebre, ton argent, ton silence, ton mensonge ! »'
    expect(await spellingFindings(text, 'fr')).toEqual([['Lefebre', 'Lefebvre', 'by hand']])
  })

  it('en: a long quotation in French makes no slip of its common words, next to a slip that is reported', async () => {
    const text =
      'The employers’ group Medef said no. Medef later agreed. Daniel McAllister spoke. McAllister left. ' +
      '« Nous avons toujours dit que le MEDEF et le gouvernement étaient d’accord », he said. “You knew, MacAllister, didn’t you?”'
    expect(await spellingFindings(text, 'en')).toEqual([['MacAllister', 'McAllister', 'by hand']])
  })

  it('still closes up or hyphenates a lower-case compound outside quotations', async () => {
    expect(await fixed('Send an e-mail. The e-mail arrived. Another email followed.', 'en')).toBe('Send an e-mail. The e-mail arrived. Another e-mail followed.')
    expect(await fixed('Le week-end a été calme. Le week-end prochain aussi. Ce weekend-là non.', 'fr')).toContain('Le week-end')
  })
})

describe('inconsistent-spelling analysis', () => {
  it('tells a slip from inflection and different names', () => {
    expect(isNameSlip('Delorme', 'Delorne')).toBe(true)
    expect(isNameSlip('Loudyi', 'Loudiy')).toBe(true)
    expect(isNameSlip('Africain', 'Africaine')).toBe(false)
    expect(isNameSlip('Gambia', 'Zambia')).toBe(false)
    expect(isNameSlip('Colombia', 'Columbia')).toBe(false)
    expect(isNameSlip('Delorme', 'Delorne', new Set(['delorne']))).toBe(false)
  })

  it('tells two people from one name spelled two ways by their first names', () => {
    const boris = firstNamesBefore([['Boris Johnson spoke.', 6]])
    const dustin = firstNamesBefore([['by Dustin Johnston, a donor', 10]])
    expect(boris).toEqual([{name: 'boris', initial: true}])
    expect(dustin).toEqual([{name: 'dustin', initial: false}])
    // « Boris » opens a sentence: it counts only where it is also seen elsewhere.
    expect(mayBeOnePerson('slip', 'Delorme', firstNamesBefore([['Selon Delorme, rien.', 6]]), 'Delorne', firstNamesBefore([['puis Jean Delorne', 10]]))).toBe(true)
    expect(mayBeOnePerson('slip', 'Delorme', firstNamesBefore([['puis Marie Delorme', 11]]), 'Delorne', firstNamesBefore([['puis Jean Delorne', 10]]))).toBe(false)
    expect(mayBeOnePerson('slip', 'Delorme', firstNamesBefore([['Mme Delorme', 4]]), 'Delorne', firstNamesBefore([['puis Jean Delorne', 10]]))).toBe(true)
    expect(mayBeOnePerson('slip', 'Johnson', [], 'Johnston', [])).toBe(false)
    expect(mayBeOnePerson('slip', 'Johnson', firstNamesBefore([['said Boris Johnson', 11]]), 'Johnston', firstNamesBefore([['said Boris Johnston', 11]]))).toBe(true)
    // A last letter changed needs the same first name: Moreau/Moreaux, not Africain/Africaine.
    expect(nameSlipKind('Moreau', 'Moreaux')).toBe('ending')
    expect(nameSlipKind('Delorme', 'Delorne')).toBe('slip')
    expect(mayBeOnePerson('ending', 'Moreau', [], 'Moreaux', [])).toBe(false)
    expect(mayBeOnePerson('ending', 'Moreau', firstNamesBefore([['de Jacqueline Moreau', 14]]), 'Moreaux', firstNamesBefore([['de Jacqueline Moreaux', 14]]))).toBe(true)
  })

  it('honours the document’s list of distinct words', async () => {
    const text = 'Le juge Delorme a parlé. Selon le juge Delorme, rien. Le juge Delorne a conclu.'
    expect(findSpellingVariants([text], 'fr', {distinct: ['Delorne']})).toEqual([])
    const file = await lint(text, {lang: 'fr', rules: {'inconsistent-spelling': ['warn', {distinct: ['Delorne']}]}})
    expect(file.messages.filter((message) => message.ruleId === 'inconsistent-spelling')).toEqual([])
  })

  it('reports the whole message with its fix and the majority form as cause', async () => {
    const text = 'Le juge Delorme a parlé. Selon le juge Delorme, rien. Le juge Delorne a conclu.'
    const file = await lint(text, {path: 'a.txt', lang: 'fr'})
    const message = file.messages.find((candidate) => candidate.ruleId === 'inconsistent-spelling')!
    expect({
      ruleId: message.ruleId,
      source: message.source,
      url: message.url,
      fatal: message.fatal,
      actual: message.actual,
      expected: message.expected,
      fix: (message as unknown as {fix: unknown}).fix,
      cause: String(message.cause)
    }).toEqual({
      ruleId: 'inconsistent-spelling',
      source: 'factlint',
      url: 'https://github.com/factlint/factlint/blob/main/docs/rules/inconsistent-spelling.md',
      fatal: false,
      actual: 'Delorne',
      expected: ['Delorme'],
      fix: {range: [62, 69], text: 'Delorme', unsafe: true},
      cause: '1:9-1:16: Première occurrence de « Delorme »'
    })
  })
})
