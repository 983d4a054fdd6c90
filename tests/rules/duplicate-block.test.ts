import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import type {VFileMessage} from 'vfile-message'
import {applyFixes, fixesOf} from '../../src/fix/apply.js'
import {lint, lintFiles} from '../../src/index.js'
import type {Fix} from '../../src/types.js'
import {messagesOf, ruleTester} from '../support/rule-tester.js'

const RULE = 'duplicate-block'

// Paragraphs of invented news copy, in both languages, used to build drafts.
const FR = [
  'Le conseil municipal a voté mardi soir le budget de la ville pour l’année prochaine, après quatre heures de débats parfois tendus.',
  'L’opposition a dénoncé une hausse des impôts locaux qu’elle juge injustifiée au regard des économies promises pendant la campagne.',
  'Le maire a défendu un budget « responsable » qui finance la rénovation des écoles et la création de deux nouvelles lignes de bus.',
  'Les travaux du nouveau groupe scolaire doivent commencer au printemps et durer dix-huit mois, selon le calendrier présenté aux élus.'
]
const EN = [
  'The city council approved next year’s budget on Tuesday night after four hours of sometimes heated debate between the two camps.',
  'The opposition criticised a rise in local taxes that it called unjustified given the savings promised during the election campaign.',
  'The mayor defended a “responsible” budget that pays for school renovations and two new bus routes serving the northern districts.',
  'Work on the new school is due to start in the spring and last eighteen months, according to the timetable presented to councillors.'
]

const lines = (...paragraphs: string[]) => paragraphs.join('\n')

async function lintOne(text: string, path = 'draft.txt', options?: unknown) {
  const file = await lint(text, {path, rules: {[RULE]: options === undefined ? 'error' : ['error', options]}})
  return file.messages.filter((message) => message.ruleId === RULE)
}

const fixOf = (message: VFileMessage) => (message as VFileMessage & {fix?: Fix}).fix
const dataOf = (message: VFileMessage) => (message as VFileMessage & {data?: Record<string, unknown>}).data

ruleTester(RULE, {
  valid: [
    {text: lines(...FR), name: 'fr: distinct paragraphs'},
    {text: lines(...EN), name: 'en: distinct paragraphs'},
    {text: lines('Tunis, Alger ensuite Rabat', FR[0]!, 'Tunis, Alger ensuite Rabat', FR[1]!), name: 'fr: a repeated short heading alone'},
    // Real-copy measure (spelling4): a long institution's name given again in the next paragraph is no paste.
    {
      text: lines(
        FR[0]!,
        'Selon Mme Karima Hadj, directrice de l’action sociale et de la solidarité du département de la Haute-Loire, quarante fauteuils ont été livrés.',
        'La même responsable a ajouté que la direction de l’action sociale et de la solidarité du département de la Haute-Loire suit trois cents familles.'
      ),
      name: 'fr: a long institution name repeated in neighbouring paragraphs'
    },
    {
      text: lines(
        EN[0]!,
        'The equipment is paid for by the regional office of the Department of Health and Social Care for the County of Kent, officials said.',
        'A spokesman said the regional office of the Department of Health and Social Care for the County of Kent would review the order.'
      ),
      name: 'en: a long institution name repeated in neighbouring paragraphs'
    },
    {
      text: lines(
        FR[0]!,
        FR[1]!,
        'Un tiers des aides à domicile sont nées à l’étranger, selon la Direction de la prévision, de l’évaluation et de la recherche des services sociaux.',
        FR[2]!,
        'Pour expliquer cet écart, les auteurs de la note de la Direction de la prévision, de l’évaluation et de la recherche des services sociaux citent la langue.'
      ),
      name: 'fr: a French institution name capitalised on its first noun only, repeated in two sentences'
    },
    {text: lines(FR[0]!, 'Par Jeanne Martin, avec AFP', FR[1]!, 'Par Jeanne Martin, avec AFP'), name: 'fr: a repeated sign-off'},
    {
      text: lines(FR[0]!, 'Lire aussi : Le conseil municipal adopte enfin son plan de rénovation des écoles de la ville', FR[1]!, 'Lire aussi : Le conseil municipal adopte enfin son plan de rénovation des écoles de la ville'),
      name: 'fr: a repeated « Lire aussi » line, even a long one'
    },
    {
      text: lines(EN[0]!, 'Read more: City council finally adopts its plan to renovate every school in the northern districts', EN[1]!, 'Read more: City council finally adopts its plan to renovate every school in the northern districts'),
      name: 'en: a repeated "Read more" line'
    },
    {
      text: lines('Le ministre de la Défense a rencontré vendredi son homologue marocain à Rabat pour discuter de la coopération militaire.', 'Le ministre des Affaires étrangères a rencontré jeudi son homologue algérien à Alger pour discuter de la sécurité aux frontières.'),
      name: 'fr: two sentences built on the same pattern are not duplicates'
    },
    {
      text: lines('Ten words are fewer than the twelve the rule requires.', EN[0]!, 'Ten words are fewer than the twelve the rule requires.'),
      name: 'en: a repeated sentence shorter than minWords'
    },
    {
      text: ['# Usage', '', FR[0]!, '', '```sh', 'factlint --fix-type duplicate-block article.md et encore quelques mots de plus pour dépasser douze', '```', '', FR[1]!, '', '```sh', 'factlint --fix-type duplicate-block article.md et encore quelques mots de plus pour dépasser douze', '```', ''].join('\n'),
      path: 'doc.md',
      name: 'md: repeated code blocks are ignored'
    },
    {text: lines(FR[0]!, FR[1]!, FR[0]!.replace('mardi soir', 'mercredi matin').replace('quatre heures', 'deux heures').replace('parfois tendus', 'très calmes')), name: 'fr: three words changed in a short paragraph'},
    {text: lines(EN[0]!, EN[1]!, EN[0]!), options: {minWords: 40}, name: 'en: paragraph shorter than minWords from the options'}
  ],
  invalid: [
    {
      text: lines(FR[0]!, FR[1]!, FR[2]!, FR[1]!),
      name: 'fr: one paragraph repeated',
      errors: [{place: '4:1-4:131', reason: 'La ligne 4 répète la ligne 2 : un seul exemplaire est attendu', expected: ['']}]
    },
    {
      text: lines(EN[0]!, EN[1]!, EN[2]!, EN[0]!, EN[1]!),
      name: 'en: two paragraphs repeated, one finding',
      errors: [{place: '4:1-5:132', reason: 'Lines 4–5 repeat lines 1–2, expected one copy', expected: ['']}]
    },
    {
      text: lines(FR[0]!, FR[1]!, FR[2]!, FR[1]!.replace('hausse', 'baisse')),
      name: 'fr: one word changed',
      errors: [{place: '4:1-4:131', reason: 'La ligne 4 reprend à 94\u00a0% la ligne 2 : un seul exemplaire est attendu', expected: []}]
    },
    {
      text: lines(EN[0]!, EN[1]!, EN[2]!, EN[1]!.replace('a rise in', 'a steep rise in')),
      name: 'en: one word added',
      errors: [{reason: 'Line 4 is 97% similar to line 2, expected one copy'}]
    },
    {
      text: lines(EN[0]!, EN[1]!, EN[2]!, EN[1]!.replace(' local', '')),
      name: 'en: one word removed',
      errors: [{reason: 'Line 4 is 97% similar to line 2, expected one copy'}]
    },
    {
      text: lines(FR[0]!, FR[2]!, `${FR[1]!} Le débat reprendra la semaine prochaine.`, FR[3]!, `Selon un conseiller, ${FR[1]!.charAt(0).toLowerCase()}${FR[1]!.slice(1)} Il attend la suite.`),
      name: 'fr: a sentence repeated inside a different paragraph',
      errors: [{place: '5:22-5:151', reason: 'Ce passage de 19 mots répète un passage de la ligne 3 : un seul exemplaire est attendu', expected: []}]
    },
    {
      text: lines(
        FR[0]!,
        FR[1]!,
        'Le préfet, qui recevait les maires du canton, a confirmé que la direction de l’action sociale et de la solidarité du département de la Haute-Loire a perdu son agrément en mars.',
        FR[2]!,
        'Un élu a rappelé que la direction de l’action sociale et de la solidarité du département de la Haute-Loire a perdu son agrément en mars, privant les familles de leurs aides depuis six mois.'
      ),
      name: 'fr: the same name in a clause given twice is still a paste',
      errors: [{reason: /^Ce passage de 2\d mots répète un passage de la ligne 3 /}]
    },
    {
      text: lines(
        FR[0]!,
        FR[1]!,
        'Le maire a rappelé que la Commission a rejeté la demande de la ville et des associations de quartier, sans explication.',
        FR[2]!,
        'Dans un communiqué, les élus regrettent que la Commission a rejeté la demande de la ville et des associations de quartier en juin.'
      ),
      name: 'fr: a clause opened by a capitalised name, with its verb, is no name given again',
      errors: [{reason: /^Ce passage de 1\d mots répète un passage de la ligne 3 /}]
    },
    {
      text: lines(
        EN[0]!,
        EN[1]!,
        'Reached by phone, an adviser to the mayor of Pinecrest declined to comment on the closure of the depot.',
        EN[2]!,
        'Reached by phone, an adviser to the mayor of Pinecrest declined to comment on the new bus timetable.'
      ),
      name: 'en: the capital opening a sentence is no head of a name: the passage opening both sentences is reported',
      errors: [{reason: /^This (?:1\d-word passage repeats a passage|sentence is \d+% similar to a sentence) of line 3, expected one copy$/}]
    },
    {
      text: lines(
        EN[0]!,
        EN[1]!,
        'The prefect, who met the mayors of the district, confirmed that the regional office of the Department of Health and Social Care for the County of Kent lost its licence in March.',
        EN[2]!,
        'A councillor recalled that the regional office of the Department of Health and Social Care for the County of Kent lost its licence in March, leaving families without help for six months.'
      ),
      name: 'en: the same name in a clause given twice is still a paste',
      errors: [{reason: /^This 2\d-word passage repeats a passage of line 3,/}]
    },
    {
      text: lines(EN[0]!, EN[3]!, `${EN[1]!} Talks resume next week.`, EN[2]!, `Asked about it, the mayor said that ${EN[1]!.slice(4)}`),
      name: 'en: a sentence repeated inside a different paragraph',
      errors: [{reason: 'This 19-word passage repeats a passage of line 3, expected one copy'}]
    },
    {
      text: lines(FR[2]!, FR[3]!, `${FR[0]!} Les travaux du nouveau groupe scolaire commenceront au printemps et dureront dix-huit mois selon la mairie.`, FR[1]!, `Rien n’est joué. Les travaux du nouveau groupe scolaire débuteront au printemps et dureront dix-huit mois selon la mairie.`),
      name: 'fr: a sentence repeated with one word changed inside a different paragraph',
      errors: [{reason: 'Cette phrase reprend à 94\u00a0% une phrase de la ligne 3 : un seul exemplaire est attendu', expected: []}]
    },
    {
      text: lines(EN[2]!, EN[3]!, `${EN[0]!} Officials said work on the new school would start in the spring and last eighteen months.`, EN[1]!, `Work will be slow. Officials said work on the new school would start in the autumn and last eighteen months.`),
      name: 'en: a sentence repeated with one word changed inside a different paragraph',
      errors: [{reason: 'This sentence is 93% similar to a sentence of line 3, expected one copy'}]
    },
    {
      text: lines('Pour M. Esper, cette visite doit intensifier les relations «déjà étroites» avec le Maroc, l’allié majeur de la région.', FR[0]!, 'Pour M. Esper, cette visite doit intensifier les relations « déjà étroites » avec le Maroc, l\'allié majeur de la région.'),
      name: 'fr: quotes and apostrophes that differ only by typography',
      errors: [{reason: 'La ligne 3 répète la ligne 1 : un seul exemplaire est attendu', expected: ['']}]
    },
    {
      text: lines('“We will not raise taxes,” the mayor’s spokesman said on Tuesday, before the council voted the budget.', EN[0]!, '"We will not raise taxes," the mayor\'s spokesman said on Tuesday , before the council voted the budget.'),
      name: 'en: straight and curly quotes, space before a comma',
      errors: [{reason: 'Line 3 repeats line 1, expected one copy'}]
    },
    {
      text: ['## Tunis, Alger ensuite Rabat', '', FR[0]!, '', FR[1]!, '', '```', 'code', '```', '', '## Tunis, Alger ensuite Rabat', '', FR[0]!, '', FR[1]!, ''].join('\n'),
      path: 'draft.md',
      name: 'md: a repeated section, heading included',
      errors: [{place: '11:4-15:131', reason: 'Les lignes 11 à 15 répètent les lignes 1 à 5 : un seul exemplaire est attendu'}]
    }
  ]
})

// Paragraphs written on one pattern with other figures: results, a death toll updated, votes per district, earnings.
const EN_RESULTS = [
  'Lyon beat Nantes 3-1 on Saturday at the Stade de la Beaujoire, where the visitors had not lost since the start of the season.',
  'Lille beat Nantes 2-0 on Sunday at the Stade de la Beaujoire, where the visitors had not lost since the start of the season.'
]
const FR_RESULTS = [
  'Lyon a battu Nantes 3-1 samedi au stade de la Beaujoire, où les visiteurs n’avaient plus perdu depuis le début de la saison.',
  'Lille a battu Nantes 2-0 dimanche au stade de la Beaujoire, où les visiteurs n’avaient plus perdu depuis le début de la saison.'
]
const EN_TOLL = '12 people were killed and 30 injured when a bus overturned on the A7 motorway near Valence on Saturday morning, police said.'
const FR_TOLL = '12 personnes ont été tuées et 30 blessées samedi matin dans l’accident d’un car sur l’autoroute A7 près de Valence, selon la police.'
const EN_EARNINGS = 'The group reported a net profit of 1.2 billion euros for the third quarter, up 8% on a year earlier, on sales of 14 billion euros.'
const FR_VOTES = 'Dans la 3e circonscription, la députée sortante obtient 12 345 voix, soit 52,3 % des suffrages exprimés, contre 11 270 voix à son adversaire.'

ruleTester(RULE, {
  valid: [
    {text: lines(EN_RESULTS[0]!, EN[1]!, EN_RESULTS[1]!), name: 'en: two results on one pattern'},
    {text: lines(FR_RESULTS[0]!, FR[1]!, FR_RESULTS[1]!), name: 'fr: two results on one pattern'},
    {text: lines(EN_TOLL, EN[1]!, EN_TOLL.replace('12 people', '14 people')), name: 'en: a death toll updated'},
    {text: lines(FR_TOLL, FR[1]!, FR_TOLL.replace('12 personnes', '14 personnes')), name: 'fr: a death toll updated'},
    {
      text: lines(EN_TOLL, EN[1]!, `${EN_TOLL.replace('12 people', '14 people')} The toll could still rise, the prefect warned on Sunday evening.`),
      name: 'en: a death toll updated in a longer paragraph (no repeated passage either)'
    },
    {
      text: lines(FR_TOLL, FR[1]!, `${FR_TOLL.replace('12 personnes', '14 personnes')} Le bilan pourrait encore s’alourdir, a prévenu le préfet dimanche soir.`),
      name: 'fr: a death toll updated in a longer paragraph (no repeated passage either)'
    },
    {text: lines(EN_EARNINGS, EN[1]!, EN_EARNINGS.replace('1.2', '1.4').replace('third', 'fourth').replace('8%', '11%').replace('14 billion', '15 billion')), name: 'en: quarterly earnings'},
    {text: lines(FR_VOTES, FR[1]!, FR_VOTES.replace('3e', '4e').replace('12 345', '10 118').replace('52,3', '48,9').replace('11 270', '10 560')), name: 'fr: votes in another district'},
    {text: lines(EN[2]!, EN[1]!, EN[2]!.replace('two new', 'three new')), name: 'en: a number in letters changed'},
    {text: lines(FR[2]!, FR[1]!, FR[2]!.replace('deux nouvelles', 'trois nouvelles')), name: 'fr: a number in letters changed'},
    {text: lines(EN_TOLL, EN[1]!, EN_TOLL.replace('12 people', '12 passengers')), name: 'en: the word standing with a figure changed'},
    {text: lines(FR_TOLL, FR[1]!, FR_TOLL.replace('12 personnes', '12 passagères')), name: 'fr: the word standing with a figure changed'},
    {
      text: lines(`${EN[0]!} Officials said 40 workers would start on the new school in the spring and stay there for eighteen months.`, EN[1]!, 'Work will be slow. Officials said 60 workers would start on the new school in the spring and stay there for eighteen months.'),
      name: 'en: a sentence on one pattern with another figure, inside a different paragraph'
    },
    {
      text: lines(`${FR[0]!} Selon la mairie, 40 ouvriers commenceront au printemps le chantier du nouveau groupe scolaire, qui doit durer dix-huit mois.`, FR[1]!, 'Rien n’est joué. Selon la mairie, 60 ouvriers commenceront au printemps le chantier du nouveau groupe scolaire, qui doit durer dix-huit mois.'),
      name: 'fr: a sentence on one pattern with another figure, inside a different paragraph'
    }
  ],
  invalid: [
    {text: lines(EN_TOLL, EN[1]!, EN_TOLL), name: 'en: a paragraph with figures pasted', errors: [{reason: 'Line 3 repeats line 1, expected one copy', expected: ['']}]},
    {text: lines(FR_TOLL, FR[1]!, FR_TOLL), name: 'fr: a paragraph with figures pasted', errors: [{reason: 'La ligne 3 répète la ligne 1 : un seul exemplaire est attendu', expected: ['']}]},
    {
      text: lines(EN_TOLL.replace('people', 'peolpe'), EN[1]!, EN_TOLL),
      name: 'en: a paste with figures and a typo fixed next to one',
      errors: [{reason: 'Line 3 is 95% similar to line 1, expected one copy', expected: []}]
    },
    {
      text: lines(FR_TOLL.replace('personnes', 'persones'), FR[1]!, FR_TOLL),
      name: 'fr: a paste with figures and a typo fixed next to one',
      errors: [{reason: 'La ligne 3 reprend à 95\u00a0% la ligne 1 : un seul exemplaire est attendu', expected: []}]
    },
    {
      text: lines(EN_EARNINGS.replace('14 billion', '14 000 million'), EN[1]!, EN_EARNINGS.replace('14 billion', '14000 million')),
      name: 'en: a paste whose figure is written with grouped digits',
      errors: [{reason: 'Line 3 is 94% similar to line 1, expected one copy'}]
    },
    {
      text: lines(FR_VOTES, FR[1]!, FR_VOTES.replace('12 345', '12345')),
      name: 'fr: a paste whose figure lost the space between its digit groups',
      errors: [{reason: 'La ligne 3 reprend à 93\u00a0% la ligne 1 : un seul exemplaire est attendu'}]
    },
    {
      text: lines(EN[0]!, EN[1]!, EN_TOLL, EN[3]!, EN[0]!, EN[1]!, EN_TOLL.replace('12 people', '14 people')),
      name: 'en: a pasted block ending with a toll updated is reported without it',
      errors: [{place: '5:1-6:132', reason: 'Lines 5–6 repeat lines 1–2, expected one copy', expected: ['']}]
    },
    {
      text: lines(FR_TOLL.replace('12 personnes', '14 personnes'), FR[0]!, FR[1]!, FR[3]!, FR_TOLL, FR[0]!, FR[1]!),
      name: 'fr: a pasted block starting with a toll updated is reported without it',
      errors: [{place: '6:1-7:131', reason: 'Les lignes 6 à 7 répètent les lignes 2 à 3 : un seul exemplaire est attendu', expected: ['']}]
    },
    {
      text: lines(`${EN[1]!} Talks resume next week.`, EN[2]!, `On 12 March, ${EN[1]!.charAt(0).toLowerCase()}${EN[1]!.slice(1)}`),
      name: 'en: a paste with a date added (a figure added, not replaced) is still a near copy',
      errors: [{reason: 'Line 3 is 85% similar to line 1, expected one copy'}]
    },
    {
      text: lines(FR[0]!, FR[2]!, `${FR[1]!} Le débat reprendra la semaine prochaine.`, FR[3]!, `Le 12 mars, ${FR[1]!.charAt(0).toLowerCase()}${FR[1]!.slice(1)}`),
      name: 'fr: a paste with a date added (a figure added, not replaced) is still a repeat',
      errors: [{reason: 'Ce passage de 19 mots répète un passage de la ligne 3 : un seul exemplaire est attendu'}]
    },
    {
      text: lines(EN_RESULTS[0]!, EN[1]!, EN_RESULTS[1]!, EN[1]!),
      name: 'en: a pasted paragraph next to two results on one pattern',
      errors: [{place: '4:1-4:132', reason: 'Line 4 repeats line 2, expected one copy'}]
    },
    {
      text: lines(FR_RESULTS[0]!, FR[1]!, FR_RESULTS[1]!, FR[1]!),
      name: 'fr: a pasted paragraph next to two results on one pattern',
      errors: [{place: '4:1-4:131', reason: 'La ligne 4 répète la ligne 2 : un seul exemplaire est attendu'}]
    }
  ]
})

describe('duplicate-block on the reference document', () => {
  const text = readFileSync(new URL('../../fixtures/esper-rabat.fr.txt', import.meta.url), 'utf8')

  it('reports exactly one block, lines 19–35, naming lines 2–18', async () => {
    const messages = await lintOne(text, 'esper-rabat.fr.txt')
    expect(messages.map(String)).toEqual(['esper-rabat.fr.txt:19:1-35:211: Les lignes 19 à 35 répètent les lignes 2 à 18 : un seul exemplaire est attendu'])
    const [message] = messages
    expect(message).toMatchObject({ruleId: RULE, source: 'factlint', fatal: true, url: 'https://github.com/factlint/factlint/blob/main/docs/rules/duplicate-block.md', expected: ['']})
    expect(message!.cause).toMatchObject({reason: 'Premier exemplaire (les lignes 2 à 18)', file: 'esper-rabat.fr.txt', place: {start: {line: 2, column: 1}, end: {line: 18, column: 211}}})
    expect(dataOf(message!)).toMatchObject({kind: 'exact', similarity: 1, paragraphs: 17, lines: [19, 35], earlier: {lines: [2, 18]}})
  })

  it('offers an unsafe fix that leaves lines 1–18 exactly', async () => {
    const [message] = await lintOne(text, 'esper-rabat.fr.txt')
    const fix = fixOf(message!)!
    expect(fix.unsafe).toBe(true)
    const fixed = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
    expect(fixed).toBe(text.split('\n').slice(0, 18).join('\n'))
  })

  it('is applied only when the rule is named (--fix-type)', async () => {
    const file = await lint(text, {path: 'esper-rabat.fr.txt', rules: {[RULE]: 'error'}})
    const safe = fixesOf(file.messages)
    expect(safe.some((candidate) => candidate.ruleId === RULE)).toBe(false)
    const named = applyFixes(text, fixesOf(file.messages, {fixTypes: [RULE]}))
    expect(named.applied.map((candidate) => candidate.ruleId)).toContain(RULE)
    expect(named.output.split('\n')).toHaveLength(18)
  })

  it('still reports the block when only lines 19–35 differ by typography', async () => {
    const copy = text.split('\n')
    const retyped = copy.map((line, index) => (index >= 18 ? line.replaceAll('’', "'").replaceAll('«', '« ').replaceAll('»', ' »') : line))
    const messages = await lintOne(retyped.join('\n'))
    expect(messages.map((message) => message.reason)).toEqual(['Les lignes 19 à 35 répètent les lignes 2 à 18 : un seul exemplaire est attendu'])
  })
})

describe('duplicate-block details', () => {
  it('does not offer a fix for a near duplicate', async () => {
    const [message] = await lintOne(lines(FR[0]!, FR[1]!, FR[1]!.replace('hausse', 'baisse')))
    expect(fixOf(message!)).toBeUndefined()
    expect(dataOf(message!)).toMatchObject({kind: 'near', similarity: 0.947})
  })

  it('merges an exact and a near copy into one block with the weighted similarity', async () => {
    const messages = await lintOne(lines(EN[0]!, EN[1]!, EN[2]!, EN[3]!, EN[0]!, EN[1]!.replace('local', 'municipal')))
    expect(messages.map(String)).toEqual(['draft.txt:5:1-6:136: Lines 5–6 are 97% similar to lines 1–2, expected one copy'])
  })

  it('reports a paragraph pasted twice in a row once', async () => {
    const messages = await lintOne(lines(FR[0]!, FR[1]!, FR[1]!, FR[2]!))
    expect(messages.map((message) => message.reason)).toEqual(['La ligne 3 répète la ligne 2 : un seul exemplaire est attendu'])
  })

  it('names a hard-wrapped original by its line range', async () => {
    const wrapped = ['Le maire a défendu mardi un budget « responsable » qui', 'finance la rénovation des écoles et la création de deux', 'nouvelles lignes de bus dans les quartiers du nord.'].join('\n')
    const text = [FR[0]!, '', FR[3]!, '', wrapped, '', `Interrogé sur ce point, il a répété qu’il finance la rénovation des écoles et la création de deux nouvelles lignes de bus.`].join('\n')
    expect((await lintOne(text)).map(String)).toEqual(['draft.txt:9:43-9:122: Ce passage de 14 mots répète un passage des lignes 6 à 7 : un seul exemplaire est attendu'])
  })

  it('accepts a stricter similarity', async () => {
    const text = lines(FR[0]!, FR[2]!, FR[1]!, FR[1]!.replace('hausse', 'baisse'))
    // Above the paragraphs' similarity, only the 14 identical words after the change remain a repeat.
    expect((await messagesOf(RULE, {text, options: {similarity: 0.95}})).map((message) => message.reason)).toEqual(['Ce passage de 14 mots répète un passage de la ligne 3 : un seul exemplaire est attendu'])
    expect((await messagesOf(RULE, {text, options: {similarity: 0.9}})).map((message) => message.reason)).toEqual(['La ligne 4 reprend à 94\u00a0% la ligne 3 : un seul exemplaire est attendu'])
  })

  it('refuses invalid options with the zod error', async () => {
    const file = await lint('Texte.', {rules: {[RULE]: ['error', {similarity: 2}]}})
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]!.reason).toMatch(/similarity/)
  })

  it('reports in English when the language is undetermined', async () => {
    const text = lines('Der Stadtrat hat am Dienstagabend nach vier Stunden teilweise hitziger Debatten den Haushalt der Stadt für das kommende Jahr verabschiedet.', 'Die Opposition kritisierte eine Erhöhung der Gemeindesteuern.', 'Der Stadtrat hat am Dienstagabend nach vier Stunden teilweise hitziger Debatten den Haushalt der Stadt für das kommende Jahr verabschiedet.')
    expect((await lintOne(text)).map((message) => message.reason)).toEqual(['Line 3 repeats line 1, expected one copy'])
  })
})

describe('duplicate-block across files', () => {
  const frDraft = lines('Tunis, Alger ensuite Rabat', ...FR)
  const enDraft = lines(...EN)

  it('names each pair of copies once, on the later file, as a warning', async () => {
    const files = await lintFiles([
      {path: 'a.fr.txt', text: frDraft},
      {path: 'b.en.txt', text: enDraft},
      {path: 'c.fr.txt', text: frDraft},
      {path: 'd.en.txt', text: lines(EN[3]!, EN[0]!, EN[1]!)}
    ])
    const report = files.map((file) => file.messages.filter((message) => message.ruleId === RULE).map((message) => `${String(message)} [${message.fatal ? 'error' : 'warning'}]`))
    expect(report).toEqual([
      [],
      [],
      ['c.fr.txt:1:1-5:133: Les lignes 1 à 5 répètent les lignes 1 à 5 de a.fr.txt : un seul exemplaire est attendu [warning]'],
      // Two passages of one draft in another: one finding for the pair, naming how many more (another version of the same story?).
      ['d.en.txt:1:1-1:132: Line 1 repeats line 4 of b.en.txt, and so does 1 more passage of this draft: another version of the same story? If not, expected one copy [warning]']
    ])
    expect(dataOf(files[3]!.messages.find((message) => message.ruleId === RULE)!)).toMatchObject({lines: [1, 1], earlier: {lines: [4, 4]}, more: [{lines: [2, 3], earlier: {lines: [1, 2]}}]})
    const cause = files[2]!.messages[0]!.cause as VFileMessage
    expect(cause.file).toBe('a.fr.txt')
    expect(cause.place).toMatchObject({start: {line: 1, column: 1}, end: {line: 5, column: 133}})
  })

  it('fr: two passages of one draft in another are one finding, naming how many more', async () => {
    const files = await lintFiles([
      {path: 'a.fr.txt', text: frDraft},
      {path: 'b.fr.txt', text: lines(FR[3]!, FR[0]!, FR[1]!)}
    ])
    expect(files[1]!.messages.filter((message) => message.ruleId === RULE).map(String)).toEqual([
      'b.fr.txt:1:1-1:133: La ligne 1 reprend la ligne 5 de a.fr.txt, et 1 autre passage de ce fichier aussi : une autre version du même article ? Sinon, un seul exemplaire est attendu'
    ])
  })

  it('reports on the same file whatever the order of the run', async () => {
    const inputs = [
      {path: 'b.txt', text: enDraft},
      {path: 'a.txt', text: enDraft}
    ]
    const files = await lintFiles(inputs)
    expect(files.map((file) => file.messages.map(String))).toEqual([['b.txt:1:1-4:132: Lines 1–4 repeat lines 1–4 of a.txt, expected one copy'], []])
  })

  it('finds a near copy in another file', async () => {
    const files = await lintFiles([
      {path: 'a.txt', text: enDraft},
      {path: 'b.txt', text: lines('An unrelated opening paragraph about the weather, which was mild and dry for most of the week across the whole region.', EN[2]!.replace('school renovations', 'school repairs'))}
    ])
    expect(files[1]!.messages.filter((message) => message.ruleId === RULE).map((message) => message.reason)).toEqual(['Line 2 is 95% similar to line 3 of a.txt, expected one copy'])
  })

  it('does not report a paragraph of another file written on the same pattern with other figures', async () => {
    const files = await lintFiles([
      {path: 'a.en.txt', text: lines(EN_TOLL, EN[1]!)},
      {path: 'a.fr.txt', text: lines(FR_TOLL, FR[1]!)},
      {path: 'b.en.txt', text: lines(EN[3]!, EN_TOLL.replace('12 people', '14 people'), EN[1]!)},
      {path: 'b.fr.txt', text: lines(FR[3]!, FR_TOLL.replace('12 personnes', '14 personnes'), FR[1]!)}
    ])
    // The true copy next to it is still reported.
    expect(files.map((file) => file.messages.filter((message) => message.ruleId === RULE).map((message) => message.reason))).toEqual([
      [],
      [],
      ['Line 3 repeats line 2 of a.en.txt, expected one copy'],
      ['La ligne 3 répète la ligne 2 de a.fr.txt : un seul exemplaire est attendu']
    ])
  })

  it('follows the acrossFiles option', async () => {
    const inputs = [
      {path: 'a.txt', text: enDraft},
      {path: 'b.txt', text: enDraft}
    ]
    const asError = await lintFiles(inputs, {rules: {[RULE]: ['error', {acrossFiles: 'error'}]}})
    expect(asError[1]!.messages.map((message) => message.fatal)).toEqual([true])
    const off = await lintFiles(inputs, {rules: {[RULE]: ['error', {acrossFiles: 'off'}]}})
    expect(off.flatMap((file) => file.messages)).toEqual([])
  })

  it('does not report again across files what a file repeats within itself', async () => {
    const files = await lintFiles([
      {path: 'a.txt', text: enDraft},
      {path: 'b.txt', text: lines(EN[0]!, 'A different second paragraph that nobody has written anywhere else in this run.', EN[0]!)}
    ])
    expect(files[1]!.messages.map((message) => `${message.reason} [${message.fatal ? 'error' : 'warning'}]`)).toEqual([
      'Line 1 repeats line 1 of a.txt, expected one copy [warning]',
      'Line 3 repeats line 1, expected one copy [error]'
    ])
  })

  it('reports a copied draft as one block even when some of its paragraphs are in a third file', async () => {
    const files = await lintFiles([
      {path: 'x1.txt', text: enDraft},
      {path: 'x2.txt', text: enDraft},
      {path: 'x3.txt', text: lines(EN[0]!, 'A paragraph of its own, about the harbour and the ferries that no other draft of this run mentions.', EN[3]!)}
    ])
    expect(files.map((file) => file.messages.filter((message) => message.ruleId === RULE).map((message) => message.reason))).toEqual([
      [],
      ['Lines 1–4 repeat lines 1–4 of x1.txt, expected one copy'],
      []
    ])
  })

  it('treats a paragraph found in three files or more as boilerplate', async () => {
    const disclaimer = 'This article was produced with the support of the regional press fund, which had no say over its content.'
    const files = await lintFiles([EN[0]!, EN[1]!, EN[2]!].map((paragraph, index) => ({path: `${index}.txt`, text: lines(paragraph, disclaimer)})))
    expect(files.flatMap((file) => file.messages)).toEqual([])
  })
})

// A pull quote lifts a quotation or a sentence of the story into a blockquote (Markdown) or onto a line of its own between quotation marks.
const FR_SAYING = '« Nous ne lâcherons rien, ni cette semaine ni les suivantes, tant que le gouvernement refusera de retirer son texte »'
const EN_SAYING = '“We will not give up, not this week and not the weeks after, as long as the government refuses to withdraw its bill”'
const FR_SPEECH = `Devant les grévistes réunis place de la République, la secrétaire générale a été claire. ${FR_SAYING}, a-t-elle déclaré.`
const EN_SPEECH = `Speaking to strikers gathered in the main square, the union leader was blunt. ${EN_SAYING.replace(/”$/, ',”')} she said.`
const EN_PULL = EN_SAYING.replace(/”$/, '.”')
const md = (...paragraphs: string[]) => [...paragraphs, ''].join('\n\n')

ruleTester(RULE, {
  valid: [
    {text: md('# Grève', FR[0]!, `> ${FR_SAYING}, a déclaré Sophie Binet.`, FR_SPEECH, FR[1]!), path: 'draft.md', name: 'md fr: a pull quote before the body it excerpts'},
    {text: md('# Strike', EN[0]!, EN_SPEECH, `> ${EN_PULL}`, EN[1]!), path: 'draft.md', name: 'md en: a pull quote after the body it excerpts'},
    {text: md(FR[0]!, FR[1]!, `> ${FR[1]!}`, FR[2]!), path: 'draft.md', name: 'md fr: a pull quote repeating a whole body paragraph'},
    {text: md(`> ${EN[2]!}`, EN[0]!, EN[1]!, EN[2]!), path: 'draft.md', name: 'md en: a pull quote before the whole body paragraph it repeats'},
    {text: lines(FR[0]!, FR_SPEECH, `${FR_SAYING}.`, FR[1]!), name: 'txt fr: a quotation alone on its line, repeating the quotation of the body'},
    {text: lines(EN[0]!, EN_PULL, EN[1]!, EN_SPEECH), name: 'txt en: a quotation alone on its line before the body that quotes it'}
  ],
  invalid: [
    {
      text: md(`> ${FR_SAYING}, a déclaré Sophie Binet.`, FR[0]!, FR_SPEECH, FR[1]!, FR_SPEECH),
      path: 'draft.md',
      name: 'md fr: a body paragraph pasted twice is reported although a pull quote came first',
      errors: [{place: `9:1-9:${FR_SPEECH.length + 1}`, reason: 'La ligne 9 répète la ligne 5 : un seul exemplaire est attendu', expected: ['']}]
    },
    {
      text: md(`> ${EN[2]!}`, EN[0]!, EN[2]!, EN[1]!, EN[2]!),
      path: 'draft.md',
      name: 'md en: a body paragraph pasted twice is reported although a pull quote of all of it came first',
      errors: [{place: `9:1-9:${EN[2]!.length + 1}`, reason: 'Line 9 repeats line 5, expected one copy', expected: ['']}]
    },
    {
      text: md(EN[0]!, `> ${EN_PULL}`, EN_SPEECH, EN[1]!, `> ${EN_PULL}`),
      path: 'draft.md',
      name: 'md en: a blockquote pasted twice',
      errors: [{place: `9:3-9:${EN_PULL.length + 3}`, reason: 'Line 9 repeats line 3, expected one copy', expected: ['']}]
    },
    {
      text: md(`> ${FR_SAYING}.`, FR[2]!, FR[3]!, `${FR[0]!} Les parents d’élèves attendent une réponse écrite.`, FR_SPEECH, `Rien n’est joué. ${FR[0]!} Le vote définitif aura lieu jeudi, après une dernière séance de débats en commission.`),
      path: 'draft.md',
      name: 'md fr: a body sentence repeated in another paragraph next to a pull quote',
      errors: [{reason: 'Ce passage de 22 mots répète un passage de la ligne 7 : un seul exemplaire est attendu'}]
    },
    {
      text: md(`> ${FR_SAYING}.`, FR[2]!, FR[3]!, FR[0]!, FR_SPEECH, FR[1]!, `Jeudi encore, devant la presse, elle a répété : ${FR_SAYING}. Le gouvernement n’a pas réagi.`),
      path: 'draft.md',
      name: 'md fr: a quotation repeated in the body is reported as a repeat of the body, not of the pull quote before it',
      errors: [{reason: /^Ce passage de \d+ mots répète un passage de la ligne 9 /}]
    },
    {
      text: lines(EN_PULL, EN[0]!, EN_SPEECH, EN_PULL),
      name: 'txt en: a quotation alone on its line pasted twice',
      errors: [{place: `4:1-4:${EN_PULL.length + 1}`, reason: 'Line 4 repeats line 1, expected one copy', expected: ['']}]
    },
    {
      text: lines(`${FR_SAYING}.`, FR_SPEECH, FR[0]!, FR_SPEECH),
      name: 'txt fr: a paragraph quoting someone pasted twice next to its pull quote',
      errors: [{place: `4:1-4:${FR_SPEECH.length + 1}`, reason: 'La ligne 4 répète la ligne 2 : un seul exemplaire est attendu', expected: ['']}]
    }
  ]
})

// A statement quoted over several paragraphs (each reopened, the last closed) repeats what the reporter said of it.
const EN_STATEMENT = [
  'Fire crews were called to a house on Mill Road on Tuesday evening.',
  'Neighbours said smoke could be seen from the end of the street.',
  'The woman was taken to the county hospital with burns that are believed to be serious but not life-threatening.',
  'A police spokesperson said: “Officers attended a fire at a house on Mill Road at around 7pm on Tuesday.',
  '“A woman was taken to the county hospital with burns that are believed to be serious but not life-threatening.',
  '“No further information is available.”'
]
const FR_STATEMENT = [
  'Les pompiers sont intervenus mardi soir dans une maison de la rue des Moulins.',
  'Des voisins ont vu la fumée depuis le bout de la rue.',
  'La femme a été transportée au centre hospitalier avec des brûlures jugées graves mais sans danger pour sa vie.',
  'La gendarmerie a indiqué : « Les secours sont intervenus vers 19 heures dans une maison de la rue des Moulins.',
  '« Une femme a été transportée au centre hospitalier avec des brûlures jugées graves mais sans danger pour sa vie.',
  '« Aucune autre information n’est disponible pour le moment. »'
]
const EN_INSIDE = 'A police spokesperson said: “A man aged in his 40s has been taken to the county hospital to be treated for injuries believed to be serious but not life-threatening.'

ruleTester(RULE, {
  valid: [
    {text: lines(...EN_STATEMENT), name: 'txt en: a paragraph of a quoted statement, reopened, repeating the reporter’s sentence'},
    {text: lines(...FR_STATEMENT), name: 'txt fr: a paragraph of a quoted statement, reopened, repeating the reporter’s sentence'},
    {
      text: lines(EN_STATEMENT[0]!, EN_STATEMENT[1]!, 'The man was taken to the county hospital to be treated for injuries believed to be serious but not life-threatening.', EN_INSIDE, '“No further information is available.”'),
      name: 'txt en: a passage of a quotation left open for the next paragraph, repeating the reporter’s sentence'
    }
  ],
  invalid: [
    {
      text: lines(EN_STATEMENT[0]!, EN_STATEMENT[1]!, EN_STATEMENT[4]!, 'The council said the road would reopen on Wednesday morning after checks.', EN_STATEMENT[4]!),
      name: 'txt en: a paragraph of a quoted statement pasted twice',
      errors: [{place: `5:1-5:${EN_STATEMENT[4]!.length + 1}`, reason: 'Line 5 repeats line 3, expected one copy'}]
    },
    {
      text: lines(FR_STATEMENT[0]!, FR_STATEMENT[1]!, FR_STATEMENT[2]!, 'La route a été rouverte dans la soirée après des vérifications.', FR_STATEMENT[2]!),
      name: 'txt fr: the reporter’s paragraph pasted twice next to the statement',
      errors: [{place: `5:1-5:${FR_STATEMENT[2]!.length + 1}`, reason: 'La ligne 5 répète la ligne 3 : un seul exemplaire est attendu'}]
    }
  ]
})

// A timetable or a standings table repeats its cells row after row.
const FR_TABLE = [
  '| Jour | TGV | Intercités | TER | Transilien | RER |',
  '|---|---|---|---|---|---|',
  '| Lundi 7 décembre | 1 sur 2 | 2 sur 3 | 1 sur 3 | 30 % | 1 sur 3 |',
  '| Mardi 8 décembre | 1 sur 2 | 2 sur 3 | 1 sur 3 | 30 % | 1 sur 3 |',
  '| Mercredi 9 décembre | 1 sur 2 | 2 sur 3 | 1 sur 3 | 30 % | 1 sur 3 |'
].join('\n')
const EN_TABLE = [
  '| Team | Played | Won | Drawn | Lost | Points |',
  '| --- | --- | --- | --- | --- | --- |',
  '| Leinster | four games played | three wins at home | no draw this season | one defeat away from home | fourteen points |',
  '| Munster | four games played | three wins at home | no draw this season | one defeat away from home | fourteen points |',
  '| Ulster | four games played | three wins at home | no draw this season | one defeat away from home | fourteen points |'
].join('\n')

ruleTester(RULE, {
  valid: [
    {text: md('# Grève', FR[0]!, FR_TABLE, FR[1]!), path: 'draft.md', name: 'md fr: the rows of a timetable repeat their cells'},
    {text: md('# Standings', EN[0]!, EN_TABLE, EN[1]!), path: 'draft.md', name: 'md en: the rows of a standings table repeat their cells'},
    {text: lines(EN[0]!, ...EN_TABLE.split('\n'), EN[1]!), name: 'txt en: a pipe table typed in plain text'}
  ],
  invalid: [
    {
      text: md(FR[0]!, FR_TABLE, FR[1]!, FR[0]!),
      path: 'draft.md',
      name: 'md fr: a body paragraph pasted twice next to a table',
      errors: [{place: `11:1-11:${FR[0]!.length + 1}`, reason: 'La ligne 11 répète la ligne 1 : un seul exemplaire est attendu'}]
    },
    {
      text: md(EN[0]!, EN_TABLE, EN[1]!, EN[0]!),
      path: 'draft.md',
      name: 'md en: a body paragraph pasted twice next to a table',
      errors: [{place: `11:1-11:${EN[0]!.length + 1}`, reason: 'Line 11 repeats line 1, expected one copy'}]
    }
  ]
})

describe('duplicate-block fix and pull quotes', () => {
  const fixed = async (text: string) => {
    const file = await lint(text, {path: 'draft.md', rules: {[RULE]: 'error'}})
    return applyFixes(text, fixesOf(file.messages, {fixTypes: [RULE]})).output
  }

  it('leaves a pull quote and the body it repeats in place (fr, en)', async () => {
    const french = md(FR[0]!, FR[1]!, `> ${FR[1]!}`, FR[2]!)
    const english = md(`> ${EN[2]!}`, EN[0]!, EN[2]!)
    expect(await fixed(french)).toBe(french)
    expect(await fixed(english)).toBe(english)
  })
})

describe('parallel items across files, from the text of plain drafts as from the prints of Markdown ones', () => {
  const items = {
    fr: [
      'À Lyon, le conseil municipal a voté mardi soir le budget de la ville pour l’année prochaine, après trois heures d’un débat animé.',
      'À Lille, le conseil municipal a voté mardi soir le budget de la ville pour l’année prochaine, après trois heures d’un débat animé.',
      'À Lyon, le conseil municipal a voté mardi soir le budget de la ville pour l’année prochaine, après trois heures d’un débat houleux.'
    ],
    en: [
      'In Leeds, the city council voted on Tuesday night for the budget of the next year, after three hours of a lively debate in the chamber.',
      'In Bristol, the city council voted on Tuesday night for the budget of the next year, after three hours of a lively debate in the chamber.',
      'In Leeds, the city council voted on Tuesday night for the budget of the next year, after three hours of a heated debate in the chamber.'
    ]
  }
  it.each([
    ['fr', 'txt'],
    ['fr', 'md'],
    ['en', 'txt'],
    ['en', 'md']
  ] as const)('%s, .%s: another place is another fact, another adjective a copy edited', async (lang, extension) => {
    const [first, otherPlace, edited] = items[lang]
    const run = (later: string) => lintFiles([{path: `a.${extension}`, text: `${first}\n`}, {path: `b.${extension}`, text: `${later}\n`}], {rules: {[RULE]: 'error'}})
    expect((await run(otherPlace!)).flatMap((file) => file.messages.filter((message) => message.ruleId === RULE))).toEqual([])
    const copied = await run(edited!)
    expect(copied.map((file) => file.messages.filter((message) => message.ruleId === RULE).map((message) => dataOf(message)?.kind))).toEqual([[], ['near']])
  })
})
