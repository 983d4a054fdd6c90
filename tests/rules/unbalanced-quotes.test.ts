import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {ruleTester} from '../support/rule-tester.js'

ruleTester('unbalanced-quotes', {
  valid: [
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
    {text: 'Die Zeitung schrieb „Das ist gut“ am Montag.', name: 'German low-high quotes'}
  ],
  invalid: [
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
    {text: 'He said “yes (maybe” and left.', lang: 'en', name: 'en: parenthesis left open inside a quotation', errors: [{place: '1:14-1:15'}]}
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
