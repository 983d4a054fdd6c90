import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {ruleTester} from '../support/rule-tester.js'

// The genre's repeats that are not pastes, in made-up copy of the same
// shape as real stories, with the pastes next to them that must still be
// reported. A story opens with a headline, then its standfirst and lede.
const RULE = 'duplicate-block'
const lines = (...paragraphs: string[]) => paragraphs.join('\n')

const FR_TITLE = 'Écoles : la ville lance son grand chantier'
const FR_STANDFIRST = 'Le conseil municipal a adopté mardi un plan de rénovation des écoles, qui coûtera douze millions d’euros sur cinq ans.'
const FR_LEDE = 'Après des mois de débats, la majorité a obtenu le vote du texte, malgré l’abstention de l’opposition qui réclamait un calendrier plus précis.'
const FR_BODY = [
  'Le chantier commencera par les trois groupes scolaires du quartier nord, dont les toitures fuient depuis plusieurs hivers selon les parents d’élèves.',
  'Les syndicats d’enseignants ont salué un effort attendu, tout en demandant que les travaux ne se déroulent pas pendant les périodes d’examens.',
  'La préfecture doit encore valider le financement, dont une partie viendra d’un emprunt souscrit auprès de la banque des territoires.'
]
const EN_TITLE = 'Senate race tightens in final week'
const EN_STANDFIRST = 'Mary Walsh told supporters in Springfield she would “fight for every vote in this state” as polls showed the race tightening.'
const EN_LEDE = 'The senator, who is seeking a third term, spent the day touring farms and factories in the north of the state before an evening rally.'
const EN_BODY = [
  'Her opponent, a former county prosecutor, has spent heavily on television advertising in the suburbs, where both campaigns expect the race to be decided.',
  'Turnout in early voting has already passed the figure recorded four years ago, according to the secretary of state’s office.',
  'Local party officials said volunteers had knocked on more than forty thousand doors since the start of the month.'
]
const fr = (...body: string[]) => lines(FR_TITLE, FR_STANDFIRST, FR_LEDE, ...body)
const en = (...body: string[]) => lines(EN_TITLE, EN_STANDFIRST, EN_LEDE, ...body)

ruleTester(RULE, {
  valid: [
    {
      text: fr(FR_BODY[0]!, `Selon l’adjointe à l’éducation, le conseil municipal a adopté mardi un plan de rénovation des écoles, qui coûtera douze millions d’euros sur cinq ans, le plus gros investissement du mandat.`, FR_BODY[1]!),
      name: 'fr: the body repeats a sentence of the standfirst'
    },
    {
      text: en(EN_BODY[0]!, `“We are going to fight for every vote in this state, from the cities to the smallest farm town, and we are going to win,” Walsh said to loud cheers.`, EN_BODY[1]!),
      name: 'en: a partial quotation in the standfirst, then the full quotation'
    },
    {
      text: fr(
        FR_BODY[0]!,
        'Le maire a répondu sur les réseaux sociaux : « Nous ne lèverons aucun impôt nouveau pour financer les écoles, ni cette année ni la suivante. »',
        'Nous ne lèverons aucun impôt nouveau pour financer les écoles, ni cette année ni la suivante. — Jean Dupont (@jeandupont) 3 mars 2020',
        FR_BODY[1]!
      ),
      name: 'fr: a quotation in the prose, then the embedded post it comes from'
    },
    {
      text: en(
        EN_BODY[0]!,
        'Walsh later wrote on social media that “turnout in early voting has already passed the figure recorded four years ago in every county of the state.”',
        'Turnout in early voting has already passed the figure recorded four years ago in every county of the state. pic.twitter.com/abc123',
        EN_BODY[1]!
      ),
      name: 'en: a quotation in the prose, then the post with its link'
    },
    {
      text: fr(FR_BODY[0]!, 'Les toitures des trois groupes scolaires du quartier nord fuient depuis plusieurs hivers, selon les parents d’élèves. (Photo d’illustration.)', FR_BODY[1]!),
      name: 'fr: a caption repeats a sentence of the body'
    },
    {
      text: fr(FR_BODY[0]!, 'Les toitures des trois groupes scolaires du quartier nord fuient depuis plusieurs hivers, selon les parents d’élèves. [Claire Morel / Shutterstock]', FR_BODY[1]!, 'Les toitures des trois groupes scolaires du quartier nord fuient depuis plusieurs hivers, selon les parents d’élèves.'),
      name: 'fr: a caption with its credit in square brackets repeats a body paragraph'
    },
    {
      text: en(EN_BODY[0]!, 'Turnout in early voting has already passed the figure recorded four years ago, according to the secretary of state’s office. [EPA-EFE/JOHN SMALL]', EN_BODY[2]!, 'Turnout in early voting has already passed the figure recorded four years ago, according to the secretary of state’s office.'),
      name: 'en: a caption with an agency credit in square brackets repeats a body paragraph'
    },
    {
      text: fr(
        FR_BODY[0]!,
        'Tableau repris de Marie Leclerc et Paul Roche, 2022, Habiter la ville, une enquête nationale sur les quartiers populaires.',
        FR_BODY[1]!,
        'Tableau 2 repris de Marie Leclerc et Paul Roche, 2022, Habiter la ville, une enquête nationale sur les quartiers populaires.',
        FR_BODY[2]!,
        'Graphique repris de Marie Leclerc et Paul Roche, 2022, Habiter la ville, une enquête nationale sur les quartiers populaires.'
      ),
      name: 'fr: the captions of a series of tables give the same source with another number'
    },
    {
      text: en(EN_BODY[0]!, 'Turnout in early voting has already passed the figure recorded four years ago, according to the secretary of state’s office, Author provided', EN_BODY[2]!, 'Turnout in early voting has already passed the figure recorded four years ago, according to the secretary of state’s office.'),
      name: 'en: a caption credited "Author provided" repeats a body paragraph'
    },
    {
      text: fr(
        FR_BODY[0]!,
        'La lettre a été adressée au Premier ministre Jean Dupont et au ministre de l’Intérieur Paul Martin, qui n’ont pas répondu.',
        FR_BODY[1]!,
        'Les élus ont ensuite écrit au Premier ministre Jean Dupont et au ministre de l’Intérieur Paul Martin pour demander une rallonge budgétaire.'
      ),
      name: 'fr: a run of names and titles named twice'
    },
    {
      text: en(
        EN_BODY[0]!,
        'The letter went to Secretary of State John Miller and Defense Secretary Paul Brown and Attorney General Mary Jones, who did not reply.',
        EN_BODY[1]!,
        'Walsh wrote again to Secretary of State John Miller and Defense Secretary Paul Brown and Attorney General Mary Jones on Friday.'
      ),
      name: 'en: a run of names and titles named twice'
    },
    {
      text: lines(
        'floppy: Members of this group can read from and write to the floppy drive without asking an administrator for permission.',
        'tape: Members of this group can read from and write to the tape drive without asking an administrator for permission.',
        'audio: Members of this group can record and play sound through every device the system finds at start-up.'
      ),
      name: 'en: list entries with one slot word changed throughout'
    },
    {
      text: fr(
        FR_BODY[0]!,
        'Lundi : réunion publique sur le projet de rénovation des écoles à la mairie annexe du quartier nord, à partir de 18 heures.',
        'Mardi : réunion publique sur le projet de rénovation des écoles à la mairie annexe du quartier nord, à partir de 18 heures.'
      ),
      name: 'fr: a schedule with another day'
    },
    {
      text: en(
        EN_BODY[0]!,
        'In Springfield, residents have waited for months for the new bridge promised by the governor before the last election.',
        'In Riverside, residents have waited for months for the new library promised by the governor before the last election.'
      ),
      name: 'en: one pattern with another place, whatever else changed'
    },
    {
      text: en(
        EN_BODY[0]!,
        'Residents have waited for months for the new bridge promised by the governor last spring.',
        'Residents have waited for years for the new library promised by the governor last spring.'
      ),
      name: 'en: two short sentences on one pattern, two places changed'
    },
    {
      text: lines(
        'The mayor’s office released the messages on Friday.',
        'From: Jane Smith',
        'Sent: Monday, March 2, 2020 10:14 AM',
        'To: Paul Brown; Mary Jones; Peter White; Anne Green; John Black; Sarah Grey; Tom Gold; Ruth Silver',
        'Subject: Re: budget meeting',
        'Paul, I think we should move the meeting to Thursday, since the mayor will not be back from Brussels before Wednesday night.',
        'On Mon, Mar 2, 2020 at 9:02 AM, Paul Brown wrote:',
        'Jane, can we still meet on Wednesday morning to go over the figures for the schools before the council votes on the plan?',
        'From: Paul Brown',
        'Sent: Monday, March 2, 2020 9:02 AM',
        'To: Jane Smith; Mary Jones; Peter White; Anne Green; John Black; Sarah Grey; Tom Gold; Ruth Silver',
        'Subject: budget meeting',
        'Jane, can we still meet on Wednesday morning to go over the figures for the schools before the council votes on the plan?',
        'Neither the mayor nor his chief of staff answered questions about the messages.'
      ),
      name: 'en: an e-mail thread reprinted, its headers and quoted replies'
    },
    {
      text: lines(
        'La mairie a publié vendredi les échanges entre les deux services.',
        'De : Jeanne Martin',
        'Envoyé : lundi 2 mars 2020 10:14',
        'À : Paul Durand ; Marie Leroy ; Pierre Blanc ; Anne Vert ; Jean Noir ; Sophie Gris ; Luc Roux',
        'Objet : RE: réunion budget',
        'Paul, je propose de déplacer la réunion à jeudi, car le maire ne rentrera pas de Bruxelles avant mercredi soir.',
        'Le lun. 2 mars 2020 à 09:02, Paul Durand a écrit :',
        'Jeanne, pouvons-nous toujours nous voir mercredi matin pour revoir les chiffres des écoles avant le vote du conseil ?',
        'De : Paul Durand',
        'Envoyé : lundi 2 mars 2020 09:02',
        'À : Jeanne Martin ; Marie Leroy ; Pierre Blanc ; Anne Vert ; Jean Noir ; Sophie Gris ; Luc Roux',
        'Objet : réunion budget',
        'Jeanne, pouvons-nous toujours nous voir mercredi matin pour revoir les chiffres des écoles avant le vote du conseil ?'
      ),
      name: 'fr: an e-mail thread reprinted, its headers and quoted replies'
    }
  ],
  invalid: [
    {
      text: fr(
        FR_BODY[0]!,
        'Tableau 1 repris de Marie Leclerc et Paul Roche, 2022, Habiter la ville, une enquête nationale sur les quartiers populaires.',
        FR_BODY[1]!,
        'Tableau 1 repris de Marie Leclerc et Paul Roche, 2022, Habiter la ville, une enquête nationale sur les quartiers populaires.'
      ),
      name: 'fr: a table’s caption pasted twice, word for word, is still reported',
      errors: [{reason: /^La ligne 7 répète la ligne 5/}]
    },
    {
      text: fr(FR_BODY[0]!, FR_BODY[1]!, FR_BODY[2]!, `Le maire a défendu son plan devant les parents. ${FR_BODY[1]!} Il leur a promis un calendrier précis avant l’été.`),
      name: 'fr: a sentence alone on its line, also inside a longer paragraph: reported as a question (a pull quote?)',
      errors: [{reason: 'Ce passage répète la ligne 5, un paragraphe à part : une citation mise en exergue ? Sinon, un seul exemplaire est attendu'}]
    },
    {
      text: en(EN_BODY[0]!, `The secretary of state spoke to reporters on Tuesday. ${EN_BODY[1]!} She expects a record turnout next week.`, EN_BODY[2]!, EN_BODY[1]!),
      name: 'en: a sentence of a longer paragraph set alone on its line after it: reported as a question (a pull quote?)',
      errors: [{reason: 'This paragraph repeats a passage of line 5: a pull quote? If not, expected one copy'}]
    },
    {
      text: fr(FR_BODY[0]!, `Rien n’est joué. ${FR_BODY[1]!}`, FR_BODY[2]!, `Le maire a défendu son plan devant les parents. ${FR_BODY[1]!} Il leur a promis un calendrier précis avant l’été.`),
      name: 'fr: a paragraph with words of its own around the repeated sentence is no line set apart: a paste',
      errors: [{reason: /^Ce passage de 2\d mots répète un passage de la ligne 5 : un seul exemplaire est attendu$/}]
    },
    {
      text: fr(FR_BODY[0]!, 'Les toitures des trois groupes scolaires du quartier nord fuient depuis plusieurs hivers, selon les parents d’élèves, qui ont écrit au maire et au recteur pour demander des travaux avant la rentrée. [1/2]', FR_BODY[1]!, 'Les toitures des trois groupes scolaires du quartier nord fuient depuis plusieurs hivers, selon les parents d’élèves, qui ont écrit au maire et au recteur pour demander des travaux avant la rentrée. [1/2]'),
      name: 'fr: square brackets holding no credit (a part number) make no caption: the paste is reported',
      errors: [{reason: /^La ligne 7 répète la ligne 5/}]
    },
    {
      text: fr(FR_BODY[0]!, FR_BODY[1]!, `Rien n’est joué. ${FR_BODY[0]!} La mairie promet une réponse.`),
      name: 'fr: a sentence of the body pasted into another body paragraph',
      errors: [{place: '6:18-6:166', reason: 'Ce passage de 22 mots répète un passage de la ligne 4 : un seul exemplaire est attendu'}]
    },
    {
      text: fr(FR_BODY[0]!, FR_STANDFIRST, FR_BODY[1]!),
      name: 'fr: the standfirst repeated whole as a body paragraph, a deletion to make by hand',
      errors: [{place: '5:1-5:119', reason: 'La ligne 5 répète la ligne 2 : un seul exemplaire est attendu', expected: ['']}]
    },
    {
      text: en(EN_BODY[0]!, `Asked about the race, Walsh said: “${EN_BODY[1]!.slice(0, -1)}.”`, EN_BODY[2]!, `Asked about the race, Walsh said: “${EN_BODY[1]!.slice(0, -1)}.”`),
      name: 'en: the same whole quotation with its speaker pasted twice',
      errors: [{reason: 'Line 7 repeats line 5, expected one copy'}]
    },
    {
      text: en(EN_BODY[1]!, `Officials said that turnout in early voting has already passed the figure recorded four years ago, according to the secretary of state’s office.`),
      name: 'en: a body paragraph repeated with a lead-in, not quoted in either place',
      errors: [{reason: 'Line 5 is 93% similar to line 4, expected one copy'}]
    },
    {
      text: en(
        EN_BODY[0]!,
        'Walsh won re-election on Tuesday night with 58 percent of the votes cast across the state, the largest share won by any candidate of her party since the war.',
        EN_BODY[1]!,
        'Walsh won a third term on Tuesday night with 58 percent of the ballots cast across the state, the largest share won by any candidate from her party since the war.'
      ),
      name: 'en: a 30-word paragraph repeated with three scattered edits',
      errors: [{reason: 'Line 7 is 85% similar to line 5, expected one copy', expected: []}]
    },
    {
      text: fr(
        FR_BODY[0]!,
        'Le maire a promis mardi soir aux parents que les travaux des trois écoles du quartier nord seraient achevés avant la rentrée de septembre, au plus tard à la Toussaint.',
        FR_BODY[1]!,
        'Le maire a assuré mardi soir aux parents que les travaux des trois écoles du quartier nord seraient terminés avant la rentrée de septembre, ou au plus tard à la Toussaint.'
      ),
      name: 'fr: a 30-word paragraph repeated with three scattered edits',
      errors: [{reason: 'La ligne 7 reprend à 91\u00a0% la ligne 5 : un seul exemplaire est attendu', expected: []}]
    },
    {
      text: lines(
        'The mayor’s office released the messages on Friday.',
        'From: Jane Smith',
        'To: Paul Brown; Mary Jones',
        'Subject: budget meeting',
        'Paul, I think we should move the meeting to Thursday, since the mayor will not be back from Brussels before Wednesday night.',
        'Neither the mayor nor his chief of staff answered questions about the messages, which were released after a request by the council.',
        'The vote on the plan is expected next month, when the council meets again to set the budget for the schools of the northern districts.',
        'Neither the mayor nor his chief of staff answered questions about the messages, which were released after a request by the council.'
      ),
      name: 'en: a paragraph of the story pasted twice next to an e-mail exhibit',
      errors: [{reason: 'Line 8 repeats line 6, expected one copy', expected: ['']}]
    }
  ]
})

describe('duplicate-block devices: the standfirst', () => {
  it('keeps the finding on a standfirst repeated whole but offers no fix', async () => {
    const file = await lint(fr(FR_BODY[0]!, FR_STANDFIRST, FR_BODY[1]!), {path: 'draft.txt', rules: {[RULE]: 'error'}})
    const [message] = file.messages.filter((message) => message.ruleId === RULE)
    expect((message as {fix?: unknown}).fix).toBeUndefined()
  })
})

describe('duplicate-block devices: a sentence set apart', () => {
  it('reports a sentence set alone on its line and inside a longer paragraph one level lower, a plain passage at its severity', async () => {
    const apart = await lint(fr(FR_BODY[0]!, FR_BODY[1]!, FR_BODY[2]!, `Le maire a défendu son plan devant les parents. ${FR_BODY[1]!} Il leur a promis un calendrier précis avant l’été.`), {path: 'draft.txt'})
    // Near miss: words of its own around the sentence on line 5, no line set apart.
    const pasted = await lint(fr(FR_BODY[0]!, `Rien n’est joué. ${FR_BODY[1]!}`, FR_BODY[2]!, `Le maire a défendu son plan devant les parents. ${FR_BODY[1]!} Il leur a promis un calendrier précis avant l’été.`), {path: 'draft.txt'})
    const severityOf = (file: Awaited<ReturnType<typeof lint>>) => file.messages.filter((message) => message.ruleId === RULE).map((message) => message.fatal)
    expect(severityOf(apart)).toEqual([false])
    expect(severityOf(pasted)).toEqual([true])
  })
})
