import {describe, expect, it} from 'vitest'
import {balanceParagraphs} from '../../src/analysis/unbalanced-quotes.js'
import {lint} from '../../src/index.js'
import {ruleTester} from '../support/rule-tester.js'

ruleTester('unbalanced-quotes', {
  valid: [
    {text: '“The streets are lovely and quiet, with old houses.\n\nThe park is the heart of the town (Photo: Getty Images)\n\n“The park is the heart of the town, and families love it.”', lang: 'en', name: 'en: a quotation reopened after a photo caption set between its paragraphs'},
    {text: 'Sur scène, Matthieu (-M-) à la guitare et Anna (Nach) aux chœurs.', lang: 'fr', name: 'fr: a stage name in brackets ending on a hyphen (-M-) is no key combination'},
    {text: 'Type C-x then M-( to open the group.', lang: 'en', name: 'en: an Emacs key after a space is still a key combination'},
    {text: '"Nous resterons.\n\nLe maire a dit « non » deux fois.\n\nNous partirons demain."', lang: 'fr', name: 'fr: a paragraph between whose own quotation (of another pair) balances: the statement runs over it'},
    {
      text: '"Je vous écris pour dire notre colère.\n\nNous avons deux enfants et aucune place en crèche.\n\nAidez les familles qui travaillent. "',
      lang: 'fr',
      name: 'fr: a letter quoted over paragraphs, closed by a straight quote after a space at the last paragraph’s end'
    },
    {
      text: '« Cet article déforme notre pensée.\n\nNos propos n’ont rien d’hostile.\n\nLe sociologue juge notre position "paradoxale" et "datée".\n\nNous défendons les droits de toutes. »',
      lang: 'fr',
      name: 'fr: a statement carried over a paragraph whose own straight quotations balance inside it'
    },
    {
      text: '“This report distorts what we said.\n\nOur words were never hostile.\n\nThe professor calls our view ‘paradoxical’ and ‘dated’.\n\nWe stand for the rights of all.”',
      lang: 'en',
      name: 'en: a statement carried over a paragraph whose own single quotations balance inside it'
    },
    {text: '"My son called me at ten," said Carmen Rojas. "We just want to hear his voice."', lang: 'en', name: 'en: two straight quotations in a row'},
    {text: '"Mon fils m’a appelé à dix heures", a dit Carmen Rojas. "Nous voulons juste entendre sa voix."', lang: 'fr', name: 'fr: two straight quotations in a row'},
    {text: 'Il a salué des relations « déjà étroites » avec le Maroc.', lang: 'fr', name: 'fr: balanced guillemets'},
    {text: 'Il a salué des relations «déjà étroites» avec le Maroc.', lang: 'fr', name: 'fr: guillemets without inner spaces'},
    {text: 'L’État et l’État-major, aujourd’hui comme hier.', lang: 'fr', name: 'fr: apostrophes inside words'},
    {text: 'Le ministre (délégué) a parlé [sic] longtemps.', lang: 'fr', name: 'fr: brackets'},
    {text: '« Nous resterons, dit-il. Rien ne changera.\n\n« Le Maroc est un allié. Nous le savons.\n\n« Et nous le dirons. »', lang: 'fr', name: 'fr: a quotation over several paragraphs reopened with «'},
    {text: '« Nous resterons, dit-il. Rien ne changera.\n\n» Le Maroc est un allié.\n\n» Et nous le dirons. »', lang: 'fr', name: 'fr: continuation paragraphs reopened with » (guillemets de suite)'},
    {text: '« Nous resterons, dit-il.\n» Rien ne changera. »', lang: 'fr', name: 'fr: continuation on the next line of a one-paragraph-per-line draft'},
    {text: 'Music of the ’90s and rock ’n’ roll filled the students’ hall.', lang: 'en', name: 'en: apostrophes at word edges'},
    {text: 'He is 5\'10" tall and bought a 27" screen.', lang: 'en', name: 'en: inch and foot marks'},
    {text: '“People told us, ‘Build it faster,’ and we heard them.”', lang: 'en', name: 'en: nested quotes'},
    {text: 'He said "no" twice (and meant it).', lang: 'en', name: 'en: straight quotes and parentheses'},
    {text: '“We will stay,” he said. “Nothing changes.\n\n“We know it. We will say it.”', lang: 'en', name: 'en: a quotation over two paragraphs'},
    {text: 'Steps: a) sign the deal b) ratify it.', lang: 'en', name: 'en: list markers'},
    {text: 'Die Zeitung schrieb „Das ist gut“ am Montag.', name: 'German low-high quotes'},
    // British style: ‘ ’ are the main quotation marks, and ’ is also the apostrophe.
    {text: 'LONDON, 27 November 2026 - ‘The voters’ message is clear,’ she said.', lang: 'en', name: 'en: a plural possessive inside a British quotation'},
    {text: '‘It was like the ’90s,’ she said.', lang: 'en', name: 'en: an elided decade inside a British quotation'},
    {text: '‘Wait ’til they see ’em. It’s only rock ’n’ roll,’ he said.', lang: 'en', name: 'en: elisions opening a word inside a British quotation'},
    {text: '‘I can’t,’ he said. ‘O’Brien knows it.’', lang: 'en', name: 'en: apostrophes inside words of a British quotation'},
    {text: '‘The Jones’ house,’ he said, ‘was the polling station.’', lang: 'en', name: 'en: a possessive s’ before the quotation closes'},
    {text: '‘The boys’ toys, the girls’ books,’ she said.', lang: 'en', name: 'en: two possessives in one British quotation'},
    {text: '‘We thank the nurses’, the teachers’ and the doctors’ unions. They kept us going,’ she said.', lang: 'en', name: 'en: possessives before a comma and a full stop while the quotation goes on'},
    {text: '‘Talkin’ to him was hard,’ she said.', lang: 'en', name: 'en: a dropped final letter inside a British quotation'},
    {text: '‘She said “no”,’ he recalled. ‘They call it « l’État ».’', lang: 'en', name: 'en: double quotes and French guillemets inside British quotations'},
    {text: '“He told me, ‘The voters’ message is clear,’ and left,” she said.', lang: 'en', name: 'en: a possessive inside a nested single quotation'},
    {text: '“He told me ‘never again’,” the aide said. ‘Scare quotes’ are fine, the nurses’ union said.', lang: 'en', name: 'en: a word-final ’ closes when no later ’ can'},
    {text: 'He called it ‘fine’ and ‘over’, and the nurses’ union agreed.', lang: 'en', name: 'en: a later quotation bounds where the first can close'},
    {text: '‘The boys’ (and the girls’) toys,’ she said.', lang: 'en', name: 'en: a ’ inside brackets does not close the quotation around them'},
    {text: 'Outre-Manche, le Times titre ‘Voters’ revenge?’ et le Guardian ‘A night to forget’.', lang: 'fr', name: 'fr: an English possessive in a quoted British headline'},
    {text: '« Ils rejouent ‘Rock ’n’ roll !’ », dit-il.', lang: 'fr', name: 'fr: elisions inside a single quotation nested in guillemets'},
    {text: '« Il m’a lancé ‘’tain, c’est fini !’ », raconte-t-elle.', lang: 'fr', name: 'fr: a colloquial elision opening a nested quotation'},
    // A " after a digit closes the straight quotation open before it: titles and scores ending in a number.
    {text: 'Voters chose "Option 2" in the referendum.', lang: 'en', name: 'en: a quoted title ending in a digit'},
    {text: 'The film "Apollo 13" (1995) won two Oscars.', lang: 'en', name: 'en: a quoted film title ending in a number, then brackets'},
    {text: 'He said the score was "2-1" before leaving.', lang: 'en', name: 'en: a quoted score'},
    {text: '"Sunday, November 28" (Saturday)', lang: 'en', name: 'en: a quoted date ending in a number'},
    {text: 'Il cita "Apollo 13" et "Mission 2030".', lang: 'fr', name: 'fr: two quoted titles ending in numbers'},
    {text: 'Les électeurs ont choisi "Option 2" au référendum.', lang: 'fr', name: 'fr: a quoted title ending in a digit'},
    {text: 'Le tableau affichait "2-1" à la mi-temps.', lang: 'fr', name: 'fr: a quoted score'},
    // Near misses: with no straight quotation open, or one that a later " closes, a " after a digit is a unit.
    {text: 'He laid a 12" pipe; he is 5\' 11" and owns a 15.6" screen.', lang: 'en', name: 'en: inch marks with no quotation open'},
    {text: 'Il a acheté un écran de 27" et une tablette de 10,5".', lang: 'fr', name: 'fr: inch marks with no quotation open'},
    {text: '"I need a 12" pipe and a 5" one," he said.', lang: 'en', name: 'en: inch marks inside a straight quotation that closes later'},
    {text: '"Il me faut un écran de 27" demain", dit-il.', lang: 'fr', name: 'fr: an inch mark inside a straight quotation that closes later'},
    {text: 'The embassy sits at 48°51\'24"N, 2°21\'08"E, near the river.', lang: 'en', name: 'en: the seconds of a coordinate before its compass point'},
    {text: 'Le refuge est à 45°49\'58"N, 6°51\'54"O.', lang: 'fr', name: 'fr: the seconds of a coordinate, O for ouest'},
    {
      text: '‘The voters’ message is clear, she said.',
      lang: 'en',
      name: 'en: a possessive s’ with no later ’ reads as the closing quote (‘Scare quotes’ are fine. has the same shape)'
    },
    // Copy cut into paragraphs inside a quotation: the next paragraph closes it without reopening it.
    {text: '«Il faudrait être sourd pour ne pas entendre cette colère.\n\nNous la regardons en face.» Le ministre a ajouté «rien».', lang: 'fr', name: 'fr: a quotation closed in the next paragraph without reopening'},
    {
      text: '«Le budget sera voté.\n\nLes écoles seront rénovées.» Puis : «Les routes aussi.\n\nEt les ponts.» Fin.',
      lang: 'fr',
      name: 'fr: quotations running on from paragraph to paragraph, one after another'
    },
    {text: '“We will not give up on this town.\n\nWe owe it to the families,” the mayor said.', lang: 'en', name: 'en: a quotation closed in the next paragraph without reopening'},
    {text: '"We will not give up on this town.\n\nWe owe it to the families," the mayor said.', lang: 'en', name: 'en: a straight quotation closed in the next paragraph'},
    // A line set apart inside a quotation or a parenthesis (a link, a slogan) that the paragraph after it closes.
    {text: '« Ils ont franchi la grille et ont crié\n\nrendez-nous nos terres\n\npuis sont repartis dans le calme », a dit la préfecture.', lang: 'fr', name: 'fr: a slogan set apart inside a quotation'},
    {text: 'Le conseil votera lundi (le compte rendu sera envoyé aux abonnés.\n\nInscrivez-vous ici\n\n.)', lang: 'fr', name: 'fr: a link line set apart inside a parenthesis'},
    {text: 'The flowers bloom for a day and then wilt. (\n\nWatch the video\n\n)', lang: 'en', name: 'en: a link line set apart inside a parenthesis'},
    {text: '“They climbed the fence and shouted\n\nfree our comrades\n\nthen left quietly,” the police said.', lang: 'en', name: 'en: a slogan set apart inside a quotation'},
    // A statement or a letter quoted over several paragraphs, opened once and closed once, with no mark in the paragraphs between.
    {text: '"Je suis arrivé en 1998 dans ce quartier. Tout était à faire.\n\nNous avons ouvert la salle avec trois bénévoles.\n\nAujourd\'hui, ils sont quarante et le club tourne.\n\nJe ne regrette rien."', lang: 'fr', name: 'fr: a straight-quoted letter over four paragraphs, opened and closed once'},
    {text: '"We came here in 1998. Everything had to be built.\n\nWe opened the hall with three volunteers.\n\nToday there are forty of them," the founder said.', lang: 'en', name: 'en: a straight-quoted statement over three paragraphs, opened and closed once'},
    {text: '« Je suis arrivé en 1998.\n\nNous avons ouvert la salle avec trois bénévoles.\n\nJe ne regrette rien », dit-il.', lang: 'fr', name: 'fr: guillemets over three paragraphs, not reopened'},
    {text: '“We came here in 1998.\n\nWe opened the hall with three volunteers.\n\nToday there are forty of them,” he said.', lang: 'en', name: 'en: curly quotes over three paragraphs, not reopened'},
    // Marks that are no marks of the sentence.
    {text: '» LIRE AUSSI - Le maire de Liège démissionne\n\nLe conseil se réunira lundi.', lang: 'fr', name: 'fr: » as the arrow of a “read also” line'},
    // Feet and inches set with curly marks: no quotation.
    {text: 'Police sought a 5’6” 200-pound male. “He ran,” a witness said.', lang: 'en', name: 'en: a height in feet and inches with curly marks (5’6”)'},
    {text: '“Police sought a 5’6” male,” he said.', lang: 'en', name: 'en: a height with curly marks inside a quotation closed later'},
    {text: 'La fiche décrit un homme de 5’11” aux cheveux courts.', lang: 'fr', name: 'fr: a height in feet and inches with curly marks (5’11”)'},
    {text: 'Après la prise de la ville par l ’« État islamique », un attentat a frappé le marché.', lang: 'fr', name: 'fr: an elision’s apostrophe typed after a space, before a quotation, is no closing quote'},
    {text: 'The raid followed the capture of the city by l ’« État islamique », the report said.', lang: 'en', name: 'en: a French elision’s apostrophe typed after a space is no closing quote'},
    {text: 'Les dirigeants se sont accordés sur le budget.\n\n» Le détail des conclusions du sommet est à lire ici.\n\nLa réunion reprendra demain.', lang: 'fr', name: 'fr: » before a teaser that says where to read on, full stop and all'},
    {text: 'Leaders agreed on the budget.\n\n» The full conclusions of the summit: read them here.\n\nTalks resume tomorrow.', lang: 'en', name: 'en: » before a teaser that says where to read on, full stop and all'},
    // Page furniture: a » opening a short call to action or link line is an arrow.
    {text: 'Le conseil se réunira lundi.\n\n» Suivez toute l’actualité de la région sur Facebook et Instagram.', lang: 'fr', name: 'fr: » as the arrow of a call to action'},
    {text: '» À lire aussi : notre dossier sur les élections\n\n» Abonnez-vous à notre lettre du matin', lang: 'fr', name: 'fr: » before « À lire » and a reflexive imperative'},
    {text: 'The council meets on Monday.\n\n» Sign up for our morning newsletter\n\n› Watch the full debate', lang: 'en', name: 'en: » and › as the arrows of calls to action'},
    {text: '» READ MORE: Council votes on the budget', lang: 'en', name: 'en: » as the arrow of a “read more” line'},
    {text: 'Accueil » Sport » Football', lang: 'fr', name: 'fr: » as the arrows of a breadcrumb trail'},
    {text: 'Tapez “(” pour ouvrir un groupe et “)” pour le fermer, ou « [ » dans une liste.', lang: 'fr', name: 'fr: brackets named as characters between quotation marks'},
    {text: 'Type "(" to open a group and ")" to close it; the `]` key ends a list.', lang: 'en', name: 'en: brackets named as characters between quotes or in a code span'},
    {text: 'Press Ctrl-] to leave the session, or Ctrl+( in the editor.', lang: 'en', name: 'en: brackets in key combinations'},
    {text: 'Appuyez sur Ctrl-] pour quitter la session.', lang: 'fr', name: 'fr: a bracket in a key combination'},
    {text: '"We will stay,\'\' the mayor said.', lang: 'en', name: 'en: the wire services’ closing two apostrophes'},
    {text: '"Nous resterons,\'\' a dit le maire.', lang: 'fr', name: 'fr: the wire services’ closing two apostrophes'},
    {text: 'Le mot ‘gilet jaune’correspond à un mouvement né en 2018.', lang: 'fr', name: 'fr: a closing single quote short of its space is read with its pair'},
    {text: 'The word ‘lockdown’became common in 2020.', lang: 'en', name: 'en: a closing single quote short of its space is read with its pair'},
    {text: 'Quel dommage :-( et bof ;( vraiment.', lang: 'fr', name: 'fr: opening parentheses of emoticons'},
    {text: 'So sad :-<( really.', lang: 'en', name: 'en: an emoticon with an opening parenthesis'},
    {text: 'Set --sort=(yes|no) or name=(a b c) in the file.', lang: 'en', name: 'en: =( opens a group in code, not an emoticon'},
    {text: '«Nous ne sommes pas des grévistes, nous sommes des «oubliés», lance-t-elle. Le cortège repart.', lang: 'fr', name: 'fr: one » closes a quotation and the word quoted inside it, before an inverted verb (lance-t-elle)'},
    {text: 'Le maire juge que "la saison a été "exceptionnelle", a expliqué son adjoint.', lang: 'fr', name: 'fr: one straight quote closes both, before an auxiliary and a participle'},
    {text: 'Procès à Lyon : "Pourquoi nous ? Il y avait des cibles plus "faciles"', lang: 'fr', name: 'fr: one straight quote closes both at the end of a headline'},
    {text: '«Nous refusons la «réforme», explique la syndicaliste. «Elle ne passera pas», dit-elle.', lang: 'fr', name: 'fr: a second quotation after the attribution of the shared closing mark'}
  ],
  invalid: [
    {
      text: '“The streets are lovely and quiet, with old houses.\n\nThe park is the heart of the town, the mayor said on Monday.\n\n“The park is the heart of the town, and families love it.”',
      lang: 'en',
      name: 'en: a paragraph of prose, no caption, between: the first quotation stays unclosed',
      errors: ['1:1-1:2: Unclosed opening quote `“`, expected a closing `”` in the same paragraph']
    },
    {
      text: '« Cet article déforme notre pensée.\n\nLe sociologue juge notre position "paradoxale et datée.\n\nNous défendons les droits de toutes. »',
      lang: 'fr',
      name: 'fr: a paragraph between with a straight quote of its own left open: the statement is not carried',
      errors: [
        '1:1-1:2: Fermeture manquante pour le guillemet ouvrant « : le guillemet fermant » attendu dans le même paragraphe',
        '3:35-3:36: Fermeture manquante pour le guillemet droit " : le guillemet droit " attendu dans le même paragraphe',
        '5:38-5:39: Ouverture manquante pour le guillemet fermant » : le guillemet ouvrant « attendu entre 5:1 et 5:38'
      ]
    },
    {
      text: 'Le maire a répondu aux habitants ce matin. "',
      lang: 'fr',
      name: 'fr: a straight quote with nothing after it closes a quotation opened nowhere',
      errors: ['1:44-1:45: Ouverture manquante pour le guillemet droit " : le guillemet droit " attendu entre 1:1 et 1:44']
    },
    {
      text: "The crowd kept shouting ‘Go, go, go!' as the runners passed the bridge.",
      lang: 'en',
      name: 'en: a single quotation closed with the straight key after its final punctuation: one mismatch at the opener',
      errors: ["1:25-1:26: Opening single quote `‘` closed by straight single quote `'` (1:37), expected a closing `’`"]
    },
    {
      text: `“My son kept telling me, ‘Just call them, mum,'" Ms Reid said on Friday.`,
      lang: 'en',
      name: 'en: a nested quotation and its outer one both closed with straight keys: one mismatch each, no stray mark',
      errors: [
        '1:1-1:2: Opening quote `“` closed by straight quote `"` (1:48), expected a closing `”`',
        "1:26-1:27: Opening single quote `‘` closed by straight single quote `'` (1:47), expected a closing `’`"
      ]
    },
    {
      text: "Le public scandait ‘Allez, allez !' au passage des coureurs.",
      lang: 'fr',
      name: 'fr: a single quotation closed with the straight key after its final punctuation: one mismatch at the opener',
      errors: ["1:20-1:21: Le guillemet simple ouvrant ‘ est fermé par le guillemet simple droit ' (1:35) : le guillemet simple fermant ’ attendu"]
    },
    {
      text: 'Il tend l’enveloppe : "Madame, c’est à vous, lance-t-il. "Merci beaucoup", répond-elle. Puis elle lit : "... et la gagnante est Léa", annonce-t-elle.',
      lang: 'fr',
      name: 'fr: a quotation opening on an ellipsis opens another one: the unclosed mark is the first, not the last',
      errors: ['1:23-1:24: Fermeture manquante pour le guillemet droit " : le guillemet droit " attendu dans le même paragraphe']
    },
    {
      text: 'He hands her the card: "Madam, over to you, he says. "Thank you", she replies. Then she reads: "... and the winner is Lea", she announces.',
      lang: 'en',
      name: 'en: a quotation opening on an ellipsis opens another one: the unclosed mark is the first, not the last',
      errors: ['1:24-1:25: Unclosed straight quote `"`, expected a closing `"` in the same paragraph']
    },
    {
      text: '«Elles répondent «jamais» puis quittent la salle du conseil. La séance est levée.',
      lang: 'fr',
      name: 'fr: the quotation goes on after the word quoted inside it: still open',
      errors: ['1:1-1:2: Fermeture manquante pour le guillemet ouvrant « : le guillemet fermant » attendu dans le même paragraphe']
    },
    {
      text: '«Je suis inquiet pour la suite, confie le commerçant. «Nous fermons à midi», a-t-il ajouté.',
      lang: 'fr',
      name: 'fr: a quotation opened at a new sentence is no quotation inside the first: the first stays open',
      errors: ['1:1-1:2: Fermeture manquante pour le guillemet ouvrant « : le guillemet fermant » attendu dans le même paragraphe']
    },
    {
      text: '«Ils parlent de «pilleurs», pour effrayer les habitants. La rue était calme.',
      lang: 'fr',
      name: 'fr: no attribution after the inner quotation: still open',
      errors: ['1:1-1:2: Fermeture manquante pour le guillemet ouvrant « : le guillemet fermant » attendu dans le même paragraphe']
    },
    {
      text: '“They are not protesters, they are “looters”, he added. The street was calm.',
      lang: 'en',
      name: 'en: English writes both closing marks: the outer quotation stays open',
      errors: ['1:1-1:2: Unclosed opening quote `“`, expected a closing `”` in the same paragraph']
    },
    {
      text: '"My son called me at ten, said Carmen Rojas, whose son is trapped. "We just want to hear his voice."',
      lang: 'en',
      name: 'en: a straight quote opening the next quotation leaves the one before it unclosed, reported where it opens',
      errors: ['1:1-1:2: Unclosed straight quote `"`, expected a closing `"` in the same paragraph']
    },
    {
      text: '"Mon fils m’a appelé à dix heures, a dit Carmen Rojas. "Nous voulons juste entendre sa voix."',
      lang: 'fr',
      name: 'fr: a straight quote opening the next quotation leaves the one before it unclosed, reported where it opens',
      errors: ['1:1-1:2: Fermeture manquante pour le guillemet droit " : le guillemet droit " attendu dans le même paragraphe']
    },
    {text: 'Il a salué des relations « déjà étroites avec le Maroc.', lang: 'fr', errors: ['1:26-1:27: Fermeture manquante pour le guillemet ouvrant « : le guillemet fermant » attendu dans le même paragraphe']},
    {text: 'Le ministre (arrivé hier a signé.', lang: 'fr', name: 'fr: the expected mark agrees with its name', errors: ['1:13-1:14: Fermeture manquante pour la parenthèse ouvrante ( : la parenthèse fermante ) attendue dans le même paragraphe']},
    {
      text: 'Il a salué des relations déjà étroites » avec le Maroc.',
      lang: 'fr',
      errors: ['1:40-1:41: Ouverture manquante pour le guillemet fermant » : le guillemet ouvrant « attendu entre 1:1 et 1:40']
    },
    {text: 'Le ministre (délégué a parlé.', lang: 'fr', errors: [{place: '1:13-1:14', reason: /parenthèse ouvrante/}]},
    {text: '« Nous resterons, dit-il.\n\nLe Maroc est un allié.', lang: 'fr', name: 'fr: next paragraph does not reopen', errors: [{place: '1:1-1:2'}]},
    {text: 'Après la prise de la ville par le ’« groupe », un attentat a frappé.', lang: 'fr', name: 'fr: a ’ after a space and a word that is no elision is a closing quote without an opening', errors: [{place: '1:35-1:36', messageId: 'unopened'}]},
    {text: 'Police sought a 56” male.', lang: 'en', name: 'en: a ” after a number with no foot mark before it is a closing mark without an opening', errors: [{place: '1:19-1:20', messageId: 'unopened'}]},
    {text: 'Il a conclu.\n\n» Le Maroc est un allié sûr.', lang: 'fr', name: 'fr: » before a sentence that ends with a full stop and says nothing of a link is a mark', errors: [{place: '3:1-3:2', messageId: 'unopened'}]},
    {text: 'He concluded.\n\n» Morocco is a firm ally, read the deal.', lang: 'en', name: 'en: » before a sentence that ends with a full stop and says nothing of a link is a mark', errors: [{place: '3:1-3:2', messageId: 'unopened'}]},
    {text: 'He called it “a breakthrough and left.', lang: 'en', errors: ['1:14-1:15: Unclosed opening quote `“`, expected a closing `”` in the same paragraph']},
    {text: 'He called it a breakthrough” and left.', lang: 'en', errors: ['1:28-1:29: Unexpected closing quote `”` without an opening `“`, expected one between 1:1 and 1:28']},
    {text: 'He said "no twice and left.', lang: 'en', errors: [{place: '1:9-1:10'}]},
    {text: '» Le Maroc est un allié.', lang: 'fr', name: 'fr: a closing mark opening a paragraph with nothing to continue', errors: ['1:1-1:2: Ouverture manquante pour le guillemet fermant » : le guillemet ouvrant « attendu avant 1:1']},
    {text: 'The figures [from 2020 were wrong.', lang: 'en', errors: [{place: '1:13-1:14', reason: /bracket/}]},
    {text: 'He said “yes (maybe” and left.', lang: 'en', name: 'en: parenthesis left open inside a quotation', errors: [{place: '1:14-1:15'}]},
    {
      text: '‘It was like the ’90s, she said.',
      lang: 'en',
      name: 'en: an elision cannot close a British quotation left open',
      errors: ['1:1-1:2: Unclosed opening single quote `‘`, expected a closing `’` in the same paragraph']
    },
    {text: '‘I can’t, he said.', lang: 'en', name: 'en: an apostrophe inside a word cannot close a British quotation', errors: [{place: '1:1-1:2', reason: /Unclosed opening single quote/}]},
    {
      text: 'The voters’ message is clear,’ she said.',
      lang: 'en',
      name: 'en: a possessive is no opening mark for a later closing quote',
      errors: ['1:30-1:31: Unexpected closing single quote `’` without an opening `‘`, expected one between 1:1 and 1:30']
    },
    {
      text: '‘The voters’ message is clear,’ she said, and left.’',
      lang: 'en',
      name: 'en: a closing quote after the possessive and the true closing quote',
      errors: ['1:52-1:53: Unexpected closing single quote `’` without an opening `‘`, expected one between 1:32 and 1:52']
    },
    {text: '‘The boys’ toys, the girls’ books,” she said.', lang: 'en', name: 'en: a British quotation closed by the wrong mark', errors: [{place: '1:35-1:36', reason: /closing quote `”`/}]},
    {
      text: '« Il m’a dit ‘c’est fini, et il est parti. »',
      lang: 'fr',
      name: 'fr: an apostrophe cannot close a single quotation nested in guillemets',
      errors: ['1:14-1:15: Fermeture manquante pour le guillemet simple ouvrant ‘ : le guillemet simple fermant ’ attendu dans le même paragraphe']
    },
    {
      text: '« Ils fredonnaient ‘les années ’80 », dit-il.',
      lang: 'fr',
      name: 'fr: an elided decade cannot close a single quotation left open inside guillemets',
      errors: [{place: '1:20-1:21', reason: /guillemet simple ouvrant ‘/}]
    },
    {
      text: 'Le ministre a parlé de l’État, a-t-il dit.’',
      lang: 'fr',
      name: 'fr: a closing single quote after an apostrophe with no opening',
      errors: ['1:43-1:44: Ouverture manquante pour le guillemet simple fermant ’ : le guillemet simple ouvrant ‘ attendu entre 1:1 et 1:43']
    },
    {
      text: 'The embassy sits at 48°51\'24"N. He said "it is wide.',
      lang: 'en',
      name: 'en: an unclosed straight quotation after a coordinate',
      errors: ['1:41-1:42: Unclosed straight quote `"`, expected a closing `"` in the same paragraph']
    },
    {
      text: 'He bought a 12" pipe and said "it fits.',
      lang: 'en',
      name: 'en: an unclosed straight quotation after an inch mark',
      errors: ['1:31-1:32: Unclosed straight quote `"`, expected a closing `"` in the same paragraph']
    },
    {
      text: 'Il a acheté un écran de 27" et a dit "il est parfait.',
      lang: 'fr',
      name: 'fr: an unclosed straight quotation after an inch mark',
      errors: ['1:38-1:39: Fermeture manquante pour le guillemet droit " : le guillemet droit " attendu dans le même paragraphe']
    },
    {text: 'The film "Apollo 13" won and "Catch-22 did not.', lang: 'en', name: 'en: a title closed by a " after a digit, then an unclosed one', errors: [{place: '1:30-1:31', reason: /Unclosed straight quote/}]},
    {text: 'Il cita "Apollo 13" et "Mission 2030 sans fermer.', lang: 'fr', name: 'fr: a title closed by a " after a digit, then an unclosed one', errors: [{place: '1:24-1:25', reason: /Fermeture manquante/}]},
    {text: 'Il est reparti aussitôt…’ a-t-elle conclu.', lang: 'fr', name: 'fr: a stray closing single quote after an ellipsis', errors: [{place: '1:25-1:26', reason: /Ouverture manquante/}]},
    // Near misses of the patterns left alone above.
    {
      text: '« Nous resterons.\n\nLe maire a dit « non » hier.',
      lang: 'fr',
      name: 'fr: the next paragraph balanced on its own does not close a quotation left open',
      errors: [{place: '1:1-1:2', reason: /Fermeture manquante pour le guillemet ouvrant «/}]
    },
    {
      text: '“We will stay.\n\nThe mayor said “no” twice.',
      lang: 'en',
      name: 'en: the next paragraph balanced on its own does not close a quotation left open',
      errors: [{place: '1:1-1:2', reason: /Unclosed opening quote/}]
    },
    {
      text: 'Le conseil votera lundi (le compte rendu sera envoyé.\n\nLa séance est ouverte.\n\n.)',
      lang: 'fr',
      name: 'fr: a sentence between the two paragraphs is no line set apart: both marks are reported',
      errors: [{place: '1:25-1:26', reason: /Fermeture manquante/}, {place: '5:2-5:3', reason: /Ouverture manquante/}]
    },
    {
      text: 'The council votes on Monday (the minutes will follow\n\nsubscribe to our morning newsletter for the full list of votes\n\n.)',
      lang: 'en',
      name: 'en: a line of more than eight words between the two paragraphs: both marks are reported',
      errors: [{place: '1:29-1:30', reason: /Unclosed opening parenthesis/}, {place: '5:2-5:3', reason: /Unexpected closing parenthesis/}]
    },
    {
      text: '“We will stay.\n\nWatch the video\n\nThe mayor said “no” twice.',
      lang: 'en',
      name: 'en: the paragraph after a line set apart, balanced on its own, does not close the quotation',
      errors: [{place: '1:1-1:2', reason: /Unclosed opening quote/}]
    },
    // A ” glued between a sentence's end and a capital opens the quotation when the next curly mark can close it: one slip, one finding.
    {
      text: 'She described the carriage that awaited her.”I came home. A carriage waited. Destination: Rome,” Williams wrote. “To escort me,” she added.',
      lang: 'en',
      name: 'en: a ” glued after a sentence and before a capital opens the quotation the next ” closes',
      errors: [{place: '1:45-1:46', reason: /^Closing quote `”` opens the quotation closed at 1:96/}]
    },
    {
      text: 'Elle a décrit la calèche qui l’attendait.”Je suis rentrée tard. Une calèche attendait. Destination : Rome”, a-t-elle écrit.',
      lang: 'fr',
      name: 'fr: a ” glued after a sentence and before a capital opens the quotation the next ” closes',
      errors: [{place: '1:42-1:43', reason: /ouvre la citation fermée en 1:106/}]
    },
    {
      text: 'She said she was ready.”I came home late. Then “no,” she wrote.',
      lang: 'en',
      name: 'en: a glued ” before a quotation that opens with “ stays a closing mark without an opening one',
      errors: [{place: '1:24-1:25', reason: /^Unexpected closing quote/}]
    },
    {
      text: '"Nous resterons.\n\nLe maire a dit « non » puis « oui ».\n\nIl a ajouté : "Non.\n\nNous partirons demain."',
      lang: 'fr',
      name: 'fr: a paragraph between opening a quotation of the same pair: the first is not carried over it (the second runs on to the last paragraph)',
      errors: [{place: '1:1-1:2', reason: /Fermeture manquante/}]
    },
    {
      text: '"Nous resterons.\n\nUn.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq.\n\nSix.\n\nNous partirons demain."',
      lang: 'fr',
      name: 'fr: six paragraphs between the two marks: both are reported',
      errors: [{place: '1:1-1:2', reason: /Fermeture manquante/}, {place: '15:23-15:24', reason: /Ouverture manquante/}]
    },
    {
      text: '"Nous resterons.\n\nLe maire a répondu.\n\nIl a ajouté : "Non, jamais.',
      lang: 'fr',
      name: 'fr: a later paragraph opening a quotation of its own does not close the one left open',
      errors: [{place: '1:1-1:2', reason: /Fermeture manquante/}, {place: '5:15-5:16', reason: /Fermeture manquante/}]
    },
    {
      text: 'The council"s budget was cut by a third.\n\nThe mayor spoke for an hour.\n\nThe city"s debt grew, "a record," she said.',
      lang: 'en',
      name: 'en: a straight quote typed for an apostrophe opens no quotation to carry',
      errors: [{place: '1:12-1:13', reason: /Unclosed straight quote/}, {place: '5:9-5:10', reason: /Unclosed straight quote/}]
    },
    {
      text: '"Nous devons être prêts au cas où». Fin.',
      lang: 'fr',
      name: 'fr: a straight quote closed by a guillemet is one mismatch, reported once',
      errors: ['1:1-1:2: Le guillemet droit " est fermé par le guillemet fermant » (1:34) : le guillemet droit " attendu']
    },
    {
      text: '"There was no choice,” said the mayor.',
      lang: 'en',
      name: 'en: a straight quote closed by a curly one is one mismatch, reported once',
      errors: ['1:1-1:2: Straight quote `"` closed by closing quote `”` (1:22), expected a closing `"`']
    },
    // A quotation opened with “ or « and closed with the straight key: one slip, one finding, at the opener.
    {
      text: '“We will keep the clinic open," the mayor said on Monday.',
      lang: 'en',
      name: 'en: a curly quote closed by a straight one is one mismatch, reported once',
      errors: ['1:1-1:2: Opening quote `“` closed by straight quote `"` (1:31), expected a closing `”`']
    },
    {
      text: '« Nous garderons la clinique ouverte", a déclaré la maire lundi.',
      lang: 'fr',
      name: 'fr: a guillemet closed by a straight quote is one mismatch, reported once',
      errors: [{place: '1:1-1:2', messageId: 'mismatched', reason: /Le guillemet ouvrant « est fermé par le guillemet droit "/}]
    },
    {
      text: '“We are using this meeting too ..." she said. “Everyone has an agenda.”',
      lang: 'en',
      name: 'en: a curly quote closed by a straight one, then a quotation of its own, is one mismatch',
      errors: [{place: '1:1-1:2', messageId: 'mismatched'}]
    },
    // The same slip made twice: each quotation opened with one pair and closed with the other, one mismatch each.
    {
      text: '“We will stay," he said. "Nothing will change.”',
      lang: 'en',
      name: 'en: “…," then "…” is two mismatches, each at its opener',
      errors: ['1:1-1:2: Opening quote `“` closed by straight quote `"` (1:15), expected a closing `”`', '1:26-1:27: Straight quote `"` closed by closing quote `”` (1:47), expected a closing `"`']
    },
    {
      text: '« Nous resterons", a-t-il dit. "Rien ne changera »',
      lang: 'fr',
      name: 'fr: « …", then "… » is two mismatches, each at its opener',
      errors: [{place: '1:1-1:2', messageId: 'mismatched'}, {place: '1:32-1:33', messageId: 'mismatched'}]
    },
    // Near misses: a later mark of the opener's own pair closes it, or the straight quotes pair up inside it.
    {
      text: '“They called it a fraud" he said, nothing more.”',
      lang: 'en',
      name: 'en: a straight quote before the curly quotation closes is reported on its own',
      errors: [{place: '1:24-1:25', messageId: 'unclosed'}]
    },
    {
      text: '« Ils parlent d’une fraude" a-t-il dit, sans plus. »',
      lang: 'fr',
      name: 'fr: a straight quote before the guillemets close is reported on its own',
      errors: [{place: '1:27-1:28', messageId: 'unclosed'}]
    },
    {
      text: '“It was a "fraud" he said, and left.',
      lang: 'en',
      name: 'en: a straight pair inside an unclosed curly quote leaves the curly one unclosed',
      errors: [{place: '1:1-1:2', messageId: 'unclosed'}]
    },
    // A possessive after initials is an apostrophe; after a full stop before any other word, ’ still closes.
    {
      text: 'The U.N.’s envoy and the U.S.’s negotiators met in Geneva.',
      lang: 'en',
      name: 'en: ’s after initials with full stops is an apostrophe',
      errors: []
    },
    {
      text: 'Le rapport de l’O.N.U.’sera publié lundi.',
      lang: 'fr',
      name: 'fr: a ’ after initials before a word that is no contraction is still a stray closing quote',
      errors: [{place: '1:23-1:24', messageId: 'unopened'}]
    },
    {
      text: 'The envoy left the U.N.’said an aide.',
      lang: 'en',
      name: 'en: a ’ after initials before a word that is no contraction is still a stray closing quote',
      errors: [{place: '1:24-1:25', messageId: 'unopened'}]
    },
    {
      text: '”Yes,” she said.',
      lang: 'en',
      name: 'en: a closing quote typed for the opening one is reported once',
      errors: [{place: '1:1-1:2', messageId: 'reversed', reason: 'Closing quote `”` opens the quotation closed at 1:6, expected an opening `“`', expected: ['“']}]
    },
    // One mis-typed glyph, one finding: the first » stands for «, the second closes the quotation.
    {
      text: 'Samedi 4 avril (»Étape 3»): le peloton repart.',
      lang: 'fr',
      name: 'fr: » typed for « before a title in brackets is one finding, on the first »',
      errors: [{place: '1:17-1:18', messageId: 'reversed', reason: 'Le guillemet fermant » ouvre la citation fermée en 1:25 : le guillemet ouvrant « attendu', expected: ['«']}]
    },
    {
      text: 'Le club a publié »Nos valeurs» lundi, puis »Notre charte» mardi.',
      lang: 'fr',
      name: 'fr: two quotations opened with » are one finding each',
      errors: [
        {place: '1:18-1:19', messageId: 'reversed', expected: ['«']},
        {place: '1:44-1:45', messageId: 'reversed', expected: ['«']}
      ]
    },
    {
      text: 'Round two (»Heat 2») starts at noon.',
      lang: 'en',
      name: 'en: » typed for « before a title in brackets is one finding',
      errors: [{place: '1:12-1:13', messageId: 'reversed', reason: 'Closing guillemet `»` opens the quotation closed at 1:19, expected an opening `«`', expected: ['«']}]
    },
    // An elided word is always followed by the word it elides: a » right after it opens, typed with the wrong side.
    {
      text: 'Le maire pense «aux blessés» ainsi qu’»aux familles des victimes».',
      lang: 'fr',
      name: 'fr: » typed for « after an elision (glued) is one finding, on that »',
      errors: [{place: '1:39-1:40', messageId: 'reversed', reason: 'Le guillemet fermant » ouvre la citation fermée en 1:65 : le guillemet ouvrant « attendu', expected: ['«']}]
    },
    {
      text: 'Le maire pense « aux blessés » ainsi qu’» aux familles des victimes ».',
      lang: 'fr',
      name: 'fr: » typed for « after an elision (spaced) is one finding, on that »',
      errors: [{place: '1:41-1:42', messageId: 'reversed', expected: ['«']}]
    },
    {
      text: 'The mayor thinks of «the injured» and of the victims’ »families».',
      lang: 'en',
      name: 'en: a » after a possessive apostrophe, before a word, closing later: one finding on it',
      errors: [{place: '1:55-1:56', messageId: 'reversed', expected: ['«']}]
    },
    // Near misses: a » with no later » to close it has no provable correction and stays one unopened mark.
    {text: 'Le maire pense aux blessés ainsi qu’» aux familles des victimes.', lang: 'fr', name: 'fr: a » after an elision with nothing to close its quotation stays unopened', errors: [{place: '1:37-1:38', messageId: 'unopened', expected: []}]},
    {text: 'Il a dit »oui et il est parti.', lang: 'fr', name: 'fr: a » before a word with nothing to close its quotation stays unopened', errors: [{place: '1:10-1:11', messageId: 'unopened', expected: []}]},
    {text: 'He said »yes and left.', lang: 'en', name: 'en: a » before a word with nothing to close its quotation stays unopened', errors: [{place: '1:9-1:10', messageId: 'unopened', expected: []}]},
    // A call to action that goes on with another guillemet is a quotation: its marks are read.
    {text: '» Suivez le guide », lance-t-elle.', lang: 'fr', name: 'fr: » before an imperative in a paragraph with another » is no arrow: one » typed for «', errors: [{place: '1:1-1:2', messageId: 'reversed', expected: ['«']}]},
    {
      text: '» Suivez les consignes des secouristes, restez chez vous, fermez les volets, ne prenez pas la voiture et attendez la fin de l’alerte avant de sortir de nouveau.',
      lang: 'fr',
      name: 'fr: » before an imperative in a paragraph too long for a link line is no arrow',
      errors: [{place: '1:1-1:2', messageId: 'unopened'}]
    },
    {text: 'Il a dit oui » et il est parti.', lang: 'fr', name: 'fr: a lone » between words, no trail, is still reported', errors: [{place: '1:14-1:15', reason: /Ouverture manquante/}]},
    {text: '» Le maire a parlé » hier.', lang: 'fr', name: 'fr: » opening a paragraph before a word is no arrow: one » typed for «', errors: [{place: '1:1-1:2', messageId: 'reversed', expected: ['«']}]},
    // » typed for « in French spacing, closed by the next »: one slip, one finding.
    {
      text: 'Le maire quitte la salle. » Suivez-moi », lance-t-il aux élus.',
      lang: 'fr',
      name: 'fr: a spaced » typed for « and closed by the next » is one finding',
      errors: [{place: '1:27-1:28', messageId: 'reversed', reason: 'Le guillemet fermant » ouvre la citation fermée en 1:40 : le guillemet ouvrant « attendu', expected: ['«']}]
    },
    {
      text: 'Elle répond\u00a0: »\u00a0Pas question\u00a0», avant de partir.',
      lang: 'fr',
      name: 'fr: a » typed for « with no-break spaces is one finding',
      errors: [{place: '1:15-1:16', messageId: 'reversed', expected: ['«']}]
    },
    // A page's link bullets: a » before a word in capitals, or opening a short link line whose guillemets pair up.
    {text: 'Les pompiers ont été mobilisés toute la journée. » LIRE AUSSI - «Retraites»: ce que prévoit le texte', lang: 'fr', name: 'fr: a » before a word in capitals inside a paragraph is a link bullet', errors: []},
    {text: 'Le cortège est arrivé vers midi. » À VOIR AUSSI - Les images du cortège » RETROUVEZ NOTRE DIRECT', lang: 'fr', name: 'fr: two link bullets in one paragraph are no quotation', errors: []},
    {text: '» Paroles de «manifestants»: ce qu’ont entendu nos journalistes samedi', lang: 'fr', name: 'fr: a » opening a short link line whose guillemets pair up is a bullet', errors: []},
    {text: '» Paroles de «manifestants»: ce qu’ont entendu nos journalistes samedi.', lang: 'fr', name: 'fr: the same line ended as a sentence is read', errors: [{place: '1:1-1:2', messageId: 'unopened'}]},
    {text: '» Paroles de «manifestants: ce qu’ont entendu nos journalistes samedi', lang: 'fr', name: 'fr: a link line whose guillemets do not pair up is read', errors: [{place: '1:1-1:2'}, {place: '1:14-1:15'}]},
    {text: '» À VOIR AUSSI - Les temps forts de la journée des «manifestants»', lang: 'fr', name: 'fr: » before « À VOIR » is a link bullet', errors: []},
    {text: '» Jean Martin: «Qu’attend la ville pour agir?»', lang: 'fr', name: 'fr: a link line may end with a question', errors: []},
    // ‘…' and ‘‘…'': a quotation opened with ‘ and closed with the straight key, at the end of a word.
    {text: 'Les syndicats dénoncent les ‘‘violences policières\'\' du week-end.', lang: 'fr', name: 'fr: ‘‘ closed by two straight quotes is one quotation', errors: []},
    {text: 'Ils scandaient ‘Macron démission\' devant la mairie.', lang: 'fr', name: 'fr: ‘ closed by a straight quote at the end of a word', errors: []},
    {text: 'They chanted ‘no more cuts\' outside the town hall.', lang: 'en', name: 'en: ‘ closed by a straight quote at the end of a word', errors: []},
    {text: 'Ils scandaient ‘Macron l\'a dit devant la mairie.', lang: 'fr', name: 'fr: an apostrophe between letters closes no ‘', errors: [{place: '1:16-1:17', reason: /guillemet simple ouvrant/}]},
    // Near misses: a spaced » that nothing closes after it, or a quotation closed first, stays as it was.
    {text: 'Il a dit « oui » » et il est parti.', lang: 'fr', name: 'fr: a second » after a closed quotation, nothing after it, stays unopened', errors: [{place: '1:18-1:19', messageId: 'unopened'}]},
    {text: 'Le maire est parti. » Nous verrons, dit-il.', lang: 'fr', name: 'fr: a spaced » with no later » stays unopened', errors: [{place: '1:21-1:22', messageId: 'unopened', expected: []}]},
    {text: 'He left. ” We will see, he said ”.', lang: 'en', name: 'en: a spaced ” is no opener (English sets no space inside quotes)', errors: [{place: '1:10-1:11', messageId: 'unopened'}, {place: '1:33-1:34', messageId: 'unopened'}]},
    {text: 'Il a dit “(et il est parti” hier.', lang: 'fr', name: 'fr: a bracket inside a quotation with words is a bracket', errors: [{place: '1:11-1:12', reason: /parenthèse ouvrante/}]},
    {text: 'The control (see below is off.', lang: 'en', name: 'en: a word ending in a key name is no key combination', errors: [{place: '1:13-1:14'}]},
    {text: '"We will stay,\'\' he said, "and fight.', lang: 'en', name: 'en: after a quotation closed by two apostrophes, an unclosed one', errors: [{place: '1:27-1:28', reason: /Unclosed straight quote/}]},
    {text: '‘Il est aujourd’hui parti, dit-elle.', lang: 'fr', name: 'fr: an elision is no closing quote short of its space', errors: [{place: '1:1-1:2', reason: /guillemet simple ouvrant/}]},
    {text: '‘I can’t go, he said.', lang: 'en', name: 'en: a contraction is no closing quote short of its space', errors: [{place: '1:1-1:2', reason: /Unclosed opening single quote/}]}
  ]
})

describe('unbalanced-quotes in Markdown', () => {
  it('ignores code and points into the .md file', async () => {
    const text = '# Titre\n\n```\n« code\n```\n\nUn texte avec `«` en code et « une citation.\n'
    const file = await lint(text, {path: 'a.md', lang: 'fr'})
    expect(file.messages.filter((message) => message.ruleId === 'unbalanced-quotes').map(String)).toEqual([
      'a.md:7:30-7:31: Fermeture manquante pour le guillemet ouvrant « : le guillemet fermant » attendu dans le même paragraphe'
    ])
  })
})

describe('unbalanced-quotes reads a ’ in work linear in the paragraph', () => {
  /** Characters given to `RegExp.prototype.test` while `run` runs: every neighbour of a mark is read through one. */
  function testedCharacters(run: () => void): number {
    const original = RegExp.prototype.test
    let total = 0
    RegExp.prototype.test = function (this: RegExp, value: string) {
      total += String(value).length
      return original.call(this, value)
    }
    try {
      run()
    } finally {
      RegExp.prototype.test = original
    }
    return total
  }

  it('looks ahead for a later closing quote once per quotation, not once per possessive', () => {
    // Each possessive sits inside brackets still open, so the only ’ that can close the quotation is the last one.
    const paragraph = (count: number) => `‘${'(the voters’ '.repeat(count)}${')'.repeat(count)},’ she said.`
    const small = testedCharacters(() => expect(balanceParagraphs([paragraph(300)])).toEqual([[]]))
    const large = testedCharacters(() => expect(balanceParagraphs([paragraph(1200)])).toEqual([[]]))
    // Looking ahead to the end from every possessive would make this about 16.
    expect(large / small).toBeLessThan(4.6)
  })
})

describe('unbalanced-quotes under a heading above a hard-wrapped paragraph', () => {
  /** Fills a paragraph at `width` columns, as an editor's wrap does. */
  const fill = (text: string, width = 72) =>
    text
      .split(' ')
      .reduce<string[]>((lines, word) => {
        const last = lines.at(-1)
        if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`
        else lines.push(word)
        return lines
      }, [])
      .join('\n')
  // Made-up drafts: quotations and parentheses cross line breaks once filled.
  const fr = fill(
    'Le conseil municipal a voté mardi soir le budget de la ville, après un débat de trois heures. « Nous avons tenu nos engagements (sans hausse des impôts, ni nouvelle dette) et la dette baisse », a déclaré le maire, qui brigue un nouveau mandat (le troisième) et promet « une ville plus verte, plus sûre et plus solidaire ».'
  )
  const en = fill(
    'The council passed the city budget on Tuesday night after a three-hour debate. “We kept our promises (no tax rise, no new borrowing) and the debt is going down,” the mayor said, adding that the vote was (in her own words) “a turning point for the town and for every family that lives in it.”'
  )
  const found = async (text: string, lang: 'fr' | 'en') => (await lint(text, {path: 'draft.txt', lang})).messages.filter((message) => message.ruleId === 'unbalanced-quotes').map(String)

  it.each([
    ['fr', fr, 'Budget municipal'],
    ['en', en, 'City budget']
  ] as const)('%s: finds nothing, with the heading as without it', async (lang, draft, heading) => {
    // The marks do cross line breaks: read line by line, they would not balance.
    expect(draft.split('\n').some((line) => (line.match(/[(“«]/g) ?? []).length !== (line.match(/[)”»]/g) ?? []).length)).toBe(true)
    expect(await found(draft, lang)).toEqual([])
    expect(await found(`${heading}\n${draft}`, lang)).toEqual([])
  })

  it('fr: still reports a quotation that never closes in the wrapped paragraph', async () => {
    const broken = fill('Le conseil municipal a voté mardi soir le budget de la ville, après un débat de trois heures. « Nous avons tenu nos engagements (sans hausse des impôts, ni nouvelle dette) et la dette baisse, a déclaré le maire, qui brigue un nouveau mandat (le troisième).')
    expect(await found(`Budget municipal\n${broken}`, 'fr')).toEqual([
      'draft.txt:3:24-3:25: Fermeture manquante pour le guillemet ouvrant « : le guillemet fermant » attendu dans le même paragraphe'
    ])
  })
})
