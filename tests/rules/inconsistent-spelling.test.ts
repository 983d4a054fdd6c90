import {describe, expect, it} from 'vitest'
import {findSpellingVariants, isNameSlip} from '../../src/analysis/spelling.js'
import {lint} from '../../src/index.js'
import {ruleTester} from '../support/rule-tester.js'

ruleTester('inconsistent-spelling', {
  valid: [
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
    {text: 'LA RÉUNION DU SAHEL A EU LIEU\n\nLe Sahel est une région. Le Sahel a souffert.', lang: 'fr', name: 'fr: all-caps heading'},
    {text: 'Un évènement ou un événement : l’événement a eu lieu.', lang: 'fr', name: 'fr: é/è is a spelling choice, not a missing accent'}
  ],
  invalid: [
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
      name: 'fr: majority wins over the accent',
      errors: [{place: '1:38-1:43', expected: ['Ecole']}]
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
      name: 'fr: hyphen and space in a first name',
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
      text: 'NATO met in Brussels. Nato allies agreed. Nato leaders left.',
      lang: 'en',
      name: 'en: capitals against the capitalised form',
      errors: [{place: '1:1-1:5', expected: ['Nato']}]
    }
  ]
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
