import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {ruleTester} from '../support/rule-tester.js'

// Invalid: one person's age given twice differently. Valid: the same age, two
// people (another first name, « M. » and « Mme »), another time (a year,
// « à l’époque », "when"), or figures that are no one's age.
ruleTester('figure-mismatch', {
  valid: [
    {text: 'Jean Dupont, 54 ans, a été élu maire. M. Dupont, 54 ans, succède à Paul Martin.', lang: 'fr'},
    {text: 'M. Dupont, 56 ans, et Mme Dupont, 54 ans, tiennent la boutique.', lang: 'fr'},
    {text: 'Jean Dupont, 54 ans, et son fils Paul Dupont, 30 ans, tiennent la ferme. M. Dupont, 30 ans, reprendra.', lang: 'fr'},
    {text: 'En 2015, Jean Dupont, 49 ans, était élu. Jean Dupont, 54 ans, est réélu.', lang: 'fr'},
    {text: 'Jean Dupont, 54 ans, est élu. Jean Martin, 56 ans, est battu.', lang: 'fr'},
    {text: 'Marie Curel, 38 ans, dirige la clinique. Paul Curel, 40 ans, la seconde.', lang: 'fr'},
    {text: 'Karim Benali, 24 ans, a été interpellé. Son frère, 26 ans, aussi.', lang: 'fr'},
    {text: 'Sophie Lambert, 61 ans, témoigne. Elle a 63 ans selon sa fille.', lang: 'fr'},
    {text: 'Paul Girard, 70 ans, a fondé l’entreprise il y a 40 ans.', lang: 'fr'},
    {text: 'Luc Morel, 52 ans, a démissionné. À l’époque, Luc Morel, 45 ans, débutait.', lang: 'fr'},
    {text: 'Claire Petit, 44 ans, a porté plainte. Quand Claire Petit, 40 ans, est arrivée, tout allait bien.', lang: 'fr'},
    {text: 'Thomas Leroy, 41 ans, préside le club depuis 12 ans.', lang: 'fr'},
    {text: 'Lyon, 54 ans de jumelage. Lyon, 56 ans de rivalité.', lang: 'fr'},
    {text: 'Les Bleus, 23 ans de moyenne d’âge. Les Bleus, 25 ans en 2026.', lang: 'fr'},
    {text: 'Nadia Benhamou, 50 ans, est élue pour 6 ans.', lang: 'fr'},
    {text: 'Pierre Fabre, 80 ans, vit seul ; Pierre Fabre fils, 52 ans, habite Paris.', lang: 'fr'},
    {text: 'Hugo Blanc, 19 ans, et Léa Blanc, 17 ans, ont été blessés.', lang: 'fr'},
    {text: 'Mme Roux, 29 ans, et M. Roux, 31 ans, ont signé.', lang: 'fr'},
    {text: 'Antoine Meunier, 46 ans, est gendarme. Antoine Meunier, 46 ans, a témoigné.', lang: 'fr'},
    {text: 'Lucie Faure, 35 ans, est avocate depuis 10 ans, et plaide depuis 8 ans.', lang: 'fr'},
    {text: 'Alain Roche, 58 ans, a tranché. Alain Roche avait 57 ans lors du premier procès.', lang: 'fr'},
    {text: 'Jean Dupont, 30 ans de carrière, prend sa retraite. Jean Dupont, 62 ans, quitte la mairie.', lang: 'fr'},
    {text: 'Jean Dupont, 54 ans, a été élu. Jean Dupont, 20 ans après, est réélu.', lang: 'fr'},
    {text: 'John Smith, 54, was elected mayor. Mr. Smith, 54, said he was pleased.', lang: 'en'},
    {text: 'Mr. Smith, 56, and Mrs. Smith, 54, run the shop.', lang: 'en'},
    {text: 'John Smith, 54, and his son Paul Smith, 30, run the farm. Mr. Smith, 30, will take over.', lang: 'en'},
    {text: 'In 2015, John Smith, 49, was elected. John Smith, 54, was re-elected.', lang: 'en'},
    {text: 'John Smith, 54, was elected. John Martin, 56, lost.', lang: 'en'},
    {text: 'Mary Jones, 38, runs the clinic. Paul Jones, 40, assists her.', lang: 'en'},
    {text: 'Karim Benali, 24, was arrested. His brother, 26, was too.', lang: 'en'},
    {text: 'Sarah Lambert, 61, testified. She is 63, her daughter said.', lang: 'en'},
    {text: 'Paul Gerrard, 70, founded the firm 40 years ago.', lang: 'en'},
    {text: 'Luke Morris, 52, resigned. At the time, Luke Morris, 45, was a newcomer.', lang: 'en'},
    {text: 'Claire Little, 44, filed a complaint. When Claire Little, 40, arrived, all was well.', lang: 'en'},
    {text: 'Tom Lee, 41, has chaired the club for 12 years.', lang: 'en'},
    {text: 'On March 3, 54 people were hurt. On March 5, 56 people were hurt.', lang: 'en'},
    {text: 'Britain, 54, and France, 56, signed.', lang: 'en'},
    {text: 'The 22-year-old Scot scored. The 25-year-old Scot missed.', lang: 'en'},
    {text: 'Peter Fabian, 80, lives alone; Peter Fabian Jr., 52, lives in London.', lang: 'en'},
    {text: 'Hugo White, 19, and Lea White, 17, were injured.', lang: 'en'},
    {text: 'Mrs. Rowe, 29, and Mr. Rowe, 31, signed.', lang: 'en'},
    {text: 'Anthony Miller, 46, is an officer. Anthony Miller, 46, testified.', lang: 'en'},
    {text: 'Lucy Ford, 35, has been a lawyer for 10 years.', lang: 'en'},
    {text: 'Alan Rock, 58, ruled. Alan Rock was 57 at the first trial.', lang: 'en'}
  ],
  invalid: [
    {text: 'Jean Dupont, 54 ans, a été élu maire. M. Dupont, 56 ans, succède à Paul Martin.', lang: 'fr', errors: [{place: '1:50-1:52', reason: 'Âge de Jean Dupont : 56 ans ici, 54 ans plus haut ; un seul est attendu', expected: ["54"]}]},
    {text: 'Jean Dupont, 54 ans, a été élu maire. Jean Dupont (56 ans) succède à Paul Martin.', lang: 'fr', errors: [{place: '1:52-1:54', reason: 'Âge de Jean Dupont : 56 ans ici, 54 ans plus haut ; un seul est attendu', expected: ["54"]}]},
    {text: 'Marie Curel, 38 ans, dirige la clinique.\n\nSelon Mme Curel, 39 ans, les soins continuent.', lang: 'fr', errors: [{place: '3:18-3:20', reason: 'Âge de Marie Curel : 39 ans ici, 38 ans plus haut ; un seul est attendu', expected: ["38"]}]},
    {text: 'Le suspect, Karim Benali, 24 ans, a été interpellé. Karim Benali, 25 ans, sera jugé lundi.', lang: 'fr', errors: [{place: '1:67-1:69', reason: 'Âge de Karim Benali : 25 ans ici, 24 ans plus haut ; un seul est attendu', expected: ["24"]}]},
    {text: 'Sophie Lambert, âgée de 61 ans, témoigne. Mme Lambert, 63 ans, raconte la nuit.', lang: 'fr', errors: [{place: '1:56-1:58', reason: 'Âge de Sophie Lambert : 63 ans ici, 61 ans plus haut ; un seul est attendu', expected: ["61"]}]},
    {text: 'Paul Girard, 70 ans, a fondé l’entreprise. Paul Girard, 71 ans, a cédé ses parts.', lang: 'fr', errors: [{place: '1:57-1:59', reason: 'Âge de Paul Girard : 71 ans ici, 70 ans plus haut ; un seul est attendu', expected: ["70"]}]},
    {text: 'Le maire, Luc Morel, 52 ans, a démissionné. M. Morel, 57 ans, dénonce des pressions.', lang: 'fr', errors: [{place: '1:55-1:57', reason: 'Âge de Luc Morel : 57 ans ici, 52 ans plus haut ; un seul est attendu', expected: ["52"]}]},
    {text: 'Claire Petit (44 ans) a porté plainte. Claire Petit, 45 ans, attend le procès.', lang: 'fr', errors: [{place: '1:54-1:56', reason: 'Âge de Claire Petit : 45 ans ici, 44 ans plus haut ; un seul est attendu', expected: ["44"]}]},
    {text: 'Ahmed Haddad, 33 ans, est infirmier. Ahmed Haddad, 35 ans, travaille de nuit.', lang: 'fr', errors: [{place: '1:52-1:54', reason: 'Âge de Ahmed Haddad : 35 ans ici, 33 ans plus haut ; un seul est attendu', expected: ["33"]}]},
    {text: 'Le chef étoilé Marc Veyrat, 68 ans, rouvre son restaurant. Marc Veyrat, 69 ans, y croit.', lang: 'fr', errors: [{place: '1:73-1:75', reason: 'Âge de Marc Veyrat : 69 ans ici, 68 ans plus haut ; un seul est attendu', expected: ["68"]}]},
    {text: 'Julie Roux, 29 ans, a couru le marathon. Julie Roux (30 ans) a fini deuxième.', lang: 'fr', errors: [{place: '1:54-1:56', reason: 'Âge de Julie Roux : 30 ans ici, 29 ans plus haut ; un seul est attendu', expected: ["29"]}]},
    {text: 'Thomas Leroy, 41 ans, préside le club. M. Leroy, 14 ans, dit le contraire.', lang: 'fr', errors: [{place: '1:50-1:52', reason: 'Âge de Thomas Leroy : 14 ans ici, 41 ans plus haut ; un seul est attendu', expected: ["41"]}]},
    {text: 'Nadia Benhamou, 50 ans, est élue. Mme Benhamou, 52 ans, promet des changements.', lang: 'fr', errors: [{place: '1:49-1:51', reason: 'Âge de Nadia Benhamou : 52 ans ici, 50 ans plus haut ; un seul est attendu', expected: ["50"]}]},
    {text: 'Pierre Fabre, 80 ans, vit seul. Pierre Fabre, 82 ans, refuse l’aide.', lang: 'fr', errors: [{place: '1:47-1:49', reason: 'Âge de Pierre Fabre : 82 ans ici, 80 ans plus haut ; un seul est attendu', expected: ["80"]}]},
    {text: 'Hugo Blanc, 19 ans, a été blessé. Hugo Blanc, 18 ans, est sorti de l’hôpital.', lang: 'fr', errors: [{place: '1:47-1:49', reason: 'Âge de Hugo Blanc : 18 ans ici, 19 ans plus haut ; un seul est attendu', expected: ["19"]}]},
    {text: 'Le doyen, Émile Caron, 101 ans, a voté. Émile Caron, 103 ans, se souvient de tout.', lang: 'fr', errors: [{place: '1:54-1:57', reason: 'Âge de Émile Caron : 103 ans ici, 101 ans plus haut ; un seul est attendu', expected: ["101"]}]},
    {text: 'Inès Garnier, 27 ans, dirige la liste. Mme Garnier, 28 ans, vise la mairie.', lang: 'fr', errors: [{place: '1:53-1:55', reason: 'Âge de Inès Garnier : 28 ans ici, 27 ans plus haut ; un seul est attendu', expected: ["27"]}]},
    {text: 'Antoine Meunier, 46 ans, est gendarme. Antoine Meunier (47 ans) a témoigné.', lang: 'fr', errors: [{place: '1:57-1:59', reason: 'Âge de Antoine Meunier : 47 ans ici, 46 ans plus haut ; un seul est attendu', expected: ["46"]}]},
    {text: 'Lucie Faure, 35 ans, est avocate. Lucie Faure, âgée de 36 ans, plaide.', lang: 'fr', errors: [{place: '1:56-1:58', reason: 'Âge de Lucie Faure : 36 ans ici, 35 ans plus haut ; un seul est attendu', expected: ["35"]}]},
    {text: 'Le pilote, Yann Tessier, 31 ans, a survécu. M. Tessier, 32 ans, est soigné à Lyon.', lang: 'fr', errors: [{place: '1:57-1:59', reason: 'Âge de Yann Tessier : 32 ans ici, 31 ans plus haut ; un seul est attendu', expected: ["31"]}]},
    {text: 'Le juge Alain Roche, 58 ans, a tranché. Alain Roche, 59 ans, quitte la magistrature.', lang: 'fr', errors: [{place: '1:54-1:56', reason: 'Âge de Alain Roche : 59 ans ici, 58 ans plus haut ; un seul est attendu', expected: ["58"]}]},
    {text: 'John Smith, 54, was elected mayor. Mr. Smith, 56, said he was pleased.', lang: 'en', errors: [{place: '1:47-1:49', reason: 'Unexpected age 56 for John Smith, given as 54 earlier; expected one age', expected: ["54"]}]},
    {text: 'The 54-year-old John Smith won. John Smith, 56, said he was pleased.', lang: 'en', errors: [{place: '1:45-1:47', reason: 'Unexpected age 56 for John Smith, given as 54 earlier; expected one age', expected: ["54"]}]},
    {text: 'Mary Jones, 38, runs the clinic.\n\nMs. Jones, 39, said care would continue.', lang: 'en', errors: [{place: '3:12-3:14', reason: 'Unexpected age 39 for Mary Jones, given as 38 earlier; expected one age', expected: ["38"]}]},
    {text: 'The suspect, Karim Benali, 24, was arrested. Karim Benali, 25, will appear in court.', lang: 'en', errors: [{place: '1:60-1:62', reason: 'Unexpected age 25 for Karim Benali, given as 24 earlier; expected one age', expected: ["24"]}]},
    {text: 'Sarah Lambert, aged 61, testified. Mrs. Lambert, 63, described the night.', lang: 'en', errors: [{place: '1:50-1:52', reason: 'Unexpected age 63 for Sarah Lambert, given as 61 earlier; expected one age', expected: ["61"]}]},
    {text: 'Paul Gerrard, 70, founded the firm. Paul Gerrard, 71, sold his stake.', lang: 'en', errors: [{place: '1:51-1:53', reason: 'Unexpected age 71 for Paul Gerrard, given as 70 earlier; expected one age', expected: ["70"]}]},
    {text: 'The mayor, Luke Morris, 52, resigned. Mr. Morris, 57, said he was pressured.', lang: 'en', errors: [{place: '1:51-1:53', reason: 'Unexpected age 57 for Luke Morris, given as 52 earlier; expected one age', expected: ["52"]}]},
    {text: 'Claire Little (44) filed a complaint. Claire Little, 45, is awaiting trial.', lang: 'en', errors: [{place: '1:54-1:56', reason: 'Unexpected age 45 for Claire Little, given as 44 earlier; expected one age', expected: ["44"]}]},
    {text: 'Ahmed Haddad, 33, is a nurse. Ahmed Haddad, 35, works nights.', lang: 'en', errors: [{place: '1:45-1:47', reason: 'Unexpected age 35 for Ahmed Haddad, given as 33 earlier; expected one age', expected: ["33"]}]},
    {text: 'Chef Mark Hill, 68, reopened his restaurant. Mark Hill, 69, said he believed in it.', lang: 'en', errors: [{place: '1:57-1:59', reason: 'Unexpected age 69 for Mark Hill, given as 68 earlier; expected one age', expected: ["68"]}]},
    {text: 'Julie Rowe, 29, ran the marathon. Julie Rowe (30) finished second.', lang: 'en', errors: [{place: '1:47-1:49', reason: 'Unexpected age 30 for Julie Rowe, given as 29 earlier; expected one age', expected: ["29"]}]},
    {text: 'Tom Lee, 41, chairs the club. Mr. Lee, 14, said otherwise.', lang: 'en', errors: [{place: '1:40-1:42', reason: 'Unexpected age 14 for Tom Lee, given as 41 earlier; expected one age', expected: ["41"]}]},
    {text: 'Nadia Khan, 50, was elected. Ms. Khan, 52, promised change.', lang: 'en', errors: [{place: '1:40-1:42', reason: 'Unexpected age 52 for Nadia Khan, given as 50 earlier; expected one age', expected: ["50"]}]},
    {text: 'Peter Fabian, 80, lives alone. Peter Fabian, 82, refuses help.', lang: 'en', errors: [{place: '1:46-1:48', reason: 'Unexpected age 82 for Peter Fabian, given as 80 earlier; expected one age', expected: ["80"]}]},
    {text: 'Hugo White, 19, was injured. Hugo White, 18, has left hospital.', lang: 'en', errors: [{place: '1:42-1:44', reason: 'Unexpected age 18 for Hugo White, given as 19 earlier; expected one age', expected: ["19"]}]},
    {text: 'The oldest voter, Emil Carter, 101, cast a ballot. Emil Carter, 103, remembers everything.', lang: 'en', errors: [{place: '1:65-1:68', reason: 'Unexpected age 103 for Emil Carter, given as 101 earlier; expected one age', expected: ["101"]}]},
    {text: 'A 27-year-old Ines Garner leads the list. Ms. Garner, 28, is running for mayor.', lang: 'en', errors: [{place: '1:55-1:57', reason: 'Unexpected age 28 for Ines Garner, given as 27 earlier; expected one age', expected: ["27"]}]},
    {text: 'Anthony Miller, 46, is a police officer. Anthony Miller (47) testified.', lang: 'en', errors: [{place: '1:58-1:60', reason: 'Unexpected age 47 for Anthony Miller, given as 46 earlier; expected one age', expected: ["46"]}]},
    {text: 'Lucy Ford, 35, is a lawyer. Lucy Ford, aged 36, argued the case.', lang: 'en', errors: [{place: '1:45-1:47', reason: 'Unexpected age 36 for Lucy Ford, given as 35 earlier; expected one age', expected: ["35"]}]},
    {text: 'The pilot, Ian Tess, 31, survived. Mr. Tess, 32, is being treated in Leeds.', lang: 'en', errors: [{place: '1:46-1:48', reason: 'Unexpected age 32 for Ian Tess, given as 31 earlier; expected one age', expected: ["31"]}]},
    {text: 'Judge Alan Rock, 58, ruled. Alan Rock, 59, is leaving the bench.', lang: 'en', errors: [{place: '1:40-1:42', reason: 'Unexpected age 59 for Alan Rock, given as 58 earlier; expected one age', expected: ["58"]}]}
  ]
})

describe('figure-mismatch: a whole message', () => {
  it('is a warning on the second age, with the first as its related place and the first age suggested', async () => {
    const file = await lint('John Smith, 54, was elected mayor. Mr. Smith, 56, said he was pleased.', {path: 'a.txt', lang: 'en', rules: {'figure-mismatch': 'warn'}})
    const [message] = file.messages
    expect(message).toMatchObject({ruleId: 'figure-mismatch', source: 'factlint', url: 'https://github.com/factlint/factlint/blob/main/docs/rules/figure-mismatch.md', actual: '56', expected: ['54'], fatal: false})
    expect(message!.cause).toMatchObject({reason: 'Age given earlier: 54 (John Smith)'})
  })
})
