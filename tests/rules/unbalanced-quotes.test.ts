import {describe, expect, it} from 'vitest'
import {balanceParagraphs} from '../../src/analysis/quote-balance.js'
import {lint} from '../../src/index.js'
import {ruleTester} from '../support/rule-tester.js'

ruleTester('unbalanced-quotes', {
  valid: [
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
    }
  ],
  invalid: [
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
    {text: 'Il est reparti aussitôt…’ a-t-elle conclu.', lang: 'fr', name: 'fr: a stray closing single quote after an ellipsis', errors: [{place: '1:25-1:26', reason: /Ouverture manquante/}]}
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
