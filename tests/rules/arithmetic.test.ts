import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {ruleTester} from '../support/rule-tester.js'

// Each invalid case is a stated result its figures do not give; each valid one
// is the same shape where they do, or a near miss the rule must leave alone
// (a range, an overlapping breakdown, a bound, a rounded figure, another unit).
ruleTester('arithmetic', {
  valid: [
    {text: 'Le taux de chômage passe de 7,4 % à 7,1 %, soit une baisse de 0,3 point.', lang: 'fr'},
    {text: 'Le nombre de candidats a doublé, de 120 à 240.', lang: 'fr'},
    {text: 'La commune compte 2 400 foyers, dont 1 200 à Saint-Omer et 1 100 à Arques.', lang: 'fr'},
    {text: 'Douze des 40 membres, soit 30 %, ont voté contre.', lang: 'fr'},
    {text: 'Les jeunes de 18 à 25 ans, soit 30 % de la population, votent peu.', lang: 'fr'},
    {text: 'Le nombre de candidats a presque doublé, de 120 à 230.', lang: 'fr'},
    {text: 'Le taux passe de 7,4 % à 7,1 %, soit une baisse de 4 %.', lang: 'fr'},
    {text: 'Le séisme a fait 2 400 victimes, dont 1 200 femmes et 1 500 enfants.', lang: 'fr'},
    {text: 'Plus de 2 000 foyers, dont 1 200 à Lille et 1 500 à Roubaix, sont privés d’eau.', lang: 'fr'},
    {text: 'Les effectifs sont passés de 80 à 100 élèves, soit une hausse de 25 %.', lang: 'fr'},
    {text: 'Le budget est passé de 3,5 millions à 4,2 millions, soit une hausse de 20 %.', lang: 'fr'},
    {text: '18 des 24 députés, soit 75 %, ont voté le texte.', lang: 'fr'},
    {text: 'Deux des trois juges, soit environ 70 %, ont suivi le rapporteur.', lang: 'fr'},
    {text: 'Le prix passe de 1,50 € à 1,80 €, soit 30 centimes de plus.', lang: 'fr'},
    {text: 'Le taux est passé de 12 % à 15 %, soit une hausse de 25 %.', lang: 'fr'},
    {text: 'Le taux est passé de 12 % à 15 %, soit une hausse de 3 points.', lang: 'fr'},
    {text: 'Le bilan est passé de 12 à 14 morts, selon la préfecture.', lang: 'fr'},
    {text: 'Les loyers ont augmenté de 3 % à 5 % selon les villes, soit 4 % en moyenne.', lang: 'fr'},
    {text: 'L’association compte 500 adhérents, dont 300 à Lille et 200 à Roubaix.', lang: 'fr'},
    {text: "Dans l’Ain, 20'000 clients étaient privés de courant, dont 5000 à Bourg et 3000 à Oyonnax.", lang: 'fr', name: 'a Swiss group mark is no break: 20\'000 is twenty thousand, not 000'},
    {text: 'La dette a plus que doublé, de 2 milliards à 5 milliards d’euros.', lang: 'fr'},
    {text: '45 sur 60 communes, soit 75 %, ont signé la charte.', lang: 'fr'},
    {text: 'Le taux d’abstention est passé de 40,5 % à 45 %, soit une hausse de 4,5 points.', lang: 'fr'},
    {text: 'Le nombre de communes est passé de 36 000 à 35 000, soit une baisse de 1 000.', lang: 'fr'},
    {text: 'Entre 2015 et 2020, le nombre de lits a été réduit de 20 %, de 500 à 400.', lang: 'fr'},
    {text: 'Le taux de chômage est tombé à 7,1 %, contre 7,4 %, soit une baisse de 0,3 point.', lang: 'fr'},
    {text: 'Le chômage est tombé à 7,1 % en France contre 9 % en Espagne, soit 2 points.', lang: 'fr'},
    {text: 'Membership went from 20 to 25, a 25% increase.', lang: 'en'},
    {text: 'Twelve of the 40 members, or 30%, voted against.', lang: 'en'},
    {text: 'The rate fell from 7.4% to 7.1%, down 0.3 percentage points.', lang: 'en'},
    {text: 'The number of applicants doubled, from 120 to 240.', lang: 'en'},
    {text: 'The town has 2,400 households, including 1,200 in Leeds and 1,100 in York.', lang: 'en'},
    {text: 'People aged from 18 to 25, or 30% of the population, rarely vote.', lang: 'en'},
    {text: 'The number of applicants nearly doubled, from 120 to 230.', lang: 'en'},
    {text: 'The earthquake left 2,400 victims, including 1,200 women and 1,500 children.', lang: 'en'},
    {text: 'More than 2,000 households, including 1,200 in Leeds and 1,500 in York, lost power.', lang: 'en'},
    {text: 'The budget rose from 3.5 million to 4.2 million, an increase of 20%.', lang: 'en'},
    {text: 'The rate fell from 7.4% to 7.1%, a 4% drop.', lang: 'en'},
    {text: 'Two of the three judges, or about 70%, agreed.', lang: 'en'},
    {text: 'Fares went from $1.50 to $1.80, 30 cents more.', lang: 'en'},
    {text: 'The rate rose from 12% to 15%, up 3 points.', lang: 'en'},
    {text: 'The rate rose from 12% to 15%, a 25% increase.', lang: 'en'},
    {text: 'The death toll rose from 12 to 14, officials said.', lang: 'en'},
    {text: 'The union has 500 members, including 300 in Leeds and 200 in York.', lang: 'en'},
    {text: 'The debt more than doubled, from $2 billion to $5 billion.', lang: 'en'},
    {text: '45 out of 60 councils, or 75%, voted yes.', lang: 'en'},
    {text: 'Abstention rose from 40.5% to 45%, up 4.5 points.', lang: 'en'},
    {text: 'From 2019 to 2023, the number of beds was cut by 20%, from 500 to 400.', lang: 'en'},
    {text: 'Rents rose from 3% to 5% depending on the city, or 4% on average.', lang: 'en'},
    {text: 'Sales rose to 300 from 240, up 25%.', lang: 'en'},
    {text: 'Unemployment fell to 7.1% in France from 9% in Spain, or 2 points.', lang: 'en'}
  ],
  invalid: [
    {text: 'Le taux de chômage passe de 7,4 % à 7,1 %, soit une baisse de 0,4 point.', lang: 'fr', errors: [{place: '1:63-1:72', reason: '« 0,4 point » ne correspond pas à la variation de « 7,4 % » à « 7,1 % » : 0,3 point attendu', expected: ["0,3 point"]}]},
    {text: 'Le taux de chômage passe de 7,4 % à 7,1 %, soit une baisse de 0,3 %.', lang: 'fr', errors: [{place: '1:63-1:68', reason: '« 0,3 % » confond points et pour cent : de « 7,4 % » à « 7,1 % », l’écart est de 0,3 point, soit une variation de 4,1 %', expected: ["0,3 point","4,1 %"]}]},
    {text: 'Le nombre de candidats a doublé, de 120 à 180.', lang: 'fr', errors: [{place: '1:43-1:46', reason: '« 180 » ne correspond pas au doublement annoncé depuis « 120 » : 240 attendu', expected: ["240"]}]},
    {text: 'La commune compte 2 400 foyers, dont 1 200 à Saint-Omer et 1 500 à Arques.', lang: 'fr', errors: [{place: '1:19-1:24', reason: 'Les parties (1 200 + 1 500 = 2 700) dépassent le total « 2 400 »', expected: ["2 700"]}]},
    {text: 'Douze des 40 membres, soit 25 %, ont voté contre.', lang: 'fr', errors: [{place: '1:28-1:32', reason: '« 25 % » ne correspond pas à « Douze » sur « 40 » : 30 % attendu', expected: ["30 %"]}]},
    {text: 'Le budget est passé de 3,5 millions d’euros à 4,2 millions, soit une hausse de 25 %.', lang: 'fr', errors: [{place: '1:80-1:84', reason: '« 25 % » ne correspond pas à la variation de « 3,5 millions » à « 4,2 millions » : 20 % attendu', expected: ["20 %"]}]},
    {text: 'Les effectifs sont passés de 80 à 100 élèves, soit une hausse de 20 %.', lang: 'fr', errors: [{place: '1:66-1:70', reason: '« 20 % » ne correspond pas à la variation de « 80 » à « 100 » : 25 % attendu', expected: ["25 %"]}]},
    {text: 'Le prix du ticket passe de 1,50 € à 1,80 €, soit une augmentation de 30 %.', lang: 'fr', errors: [{place: '1:70-1:74', reason: '« 30 % » ne correspond pas à la variation de « 1,50 » à « 1,80 » : 20 % attendu', expected: ["20 %"]}]},
    {text: 'La participation a reculé de 62 % à 55 %, soit un recul de 8 points.', lang: 'fr', errors: [{place: '1:60-1:68', reason: '« 8 points » ne correspond pas à la variation de « 62 % » à « 55 % » : 7 points attendu', expected: ["7 points"]}]},
    {text: 'Le nombre de chômeurs est passé de 3 200 à 2 900, soit 400 de moins.', lang: 'fr', errors: [{place: '1:56-1:59', reason: '« 400 » ne correspond pas à la variation de « 3 200 » à « 2 900 » : 300 attendu', expected: ["300"]}]},
    {text: 'Les ventes sont passées de 240 à 300 unités, soit une hausse de 20 %.', lang: 'fr', errors: [{place: '1:65-1:69', reason: '« 20 % » ne correspond pas à la variation de « 240 » à « 300 » : 25 % attendu', expected: ["25 %"]}]},
    {text: 'La dette a triplé, de 2 milliards à 5 milliards d’euros.', lang: 'fr', errors: [{place: '1:37-1:48', reason: '« 5 milliards » ne correspond pas au triplement annoncé depuis « 2 milliards » : 6 milliards attendu', expected: ["6 milliards"]}]},
    {text: '18 des 24 députés, soit 70 %, ont voté le texte.', lang: 'fr', errors: [{place: '1:25-1:29', reason: '« 70 % » ne correspond pas à « 18 » sur « 24 » : 75 % attendu', expected: ["75 %"]}]},
    {text: '45 sur 60 communes, soit 80 %, ont signé la charte.', lang: 'fr', errors: [{place: '1:26-1:30', reason: '« 80 % » ne correspond pas à « 45 » sur « 60 » : 75 % attendu', expected: ["75 %"]}]},
    {text: 'Le taux est passé de 12 % à 15 %, soit une hausse de 3 %.', lang: 'fr', errors: [{place: '1:54-1:57', reason: '« 3 % » confond points et pour cent : de « 12 % » à « 15 % », l’écart est de 3 points, soit une variation de 25 %', expected: ["3 points","25 %"]}]},
    {text: 'Le taux passe de 7,4 % à 7,1 %, soit une hausse de 0,3 point.', lang: 'fr', errors: [{place: '1:52-1:61', reason: 'Le sens de la variation contredit les chiffres : de « 7,4 % » à « 7,1 % », c’est une baisse', expected: []}]},
    {text: "Dans l’Ain, 20'400 foyers, dont 15'000 à Bourg et 8'000 à Oyonnax, sont privés de courant.", lang: 'fr', errors: [{place: '1:13-1:19', reason: "Les parties (15'000 + 8'000 = 23'000) dépassent le total « 20'400 »", expected: ["23'000"]}]},
    {text: 'L’association compte 500 adhérents, dont 300 à Lille et 250 à Roubaix.', lang: 'fr', errors: [{place: '1:22-1:25', reason: 'Les parties (300 + 250 = 550) dépassent le total « 500 »', expected: ["550"]}]},
    {text: 'Le nombre de visiteurs a quadruplé, passant de 1 500 à 4 000.', lang: 'fr', errors: [{place: '1:56-1:61', reason: '« 4 000 » ne correspond pas au quadruplement annoncé depuis « 1 500 » : 6 000 attendu', expected: ["6 000"]}]},
    {text: 'Le nombre d’inscrits est passé de vingt à trente, soit une hausse de 40 %.', lang: 'fr', errors: [{place: '1:70-1:74', reason: '« 40 % » ne correspond pas à la variation de « vingt » à « trente » : 50 % attendu', expected: ["50 %"]}]},
    {text: 'Le chiffre d’affaires est passé de 40 à 60 millions d’euros, soit une hausse de 30 %.', lang: 'fr', errors: [{place: '1:81-1:85', reason: '« 30 % » ne correspond pas à la variation de « 40 » à « 60 millions » : 50 % attendu', expected: ["50 %"]}]},
    {text: 'Le taux d’abstention est passé de 40,5 % à 45 %, soit une hausse de 5,5 points.', lang: 'fr', errors: [{place: '1:69-1:79', reason: '« 5,5 points » ne correspond pas à la variation de « 40,5 % » à « 45 % » : 4,5 points attendu', expected: ["4,5 points"]}]},
    {text: 'La population a doublé en dix ans, passant de 12 000 à 18 000 habitants.', lang: 'fr', errors: [{place: '1:56-1:62', reason: '« 18 000 » ne correspond pas au doublement annoncé depuis « 12 000 » : 24 000 attendu', expected: ["24 000"]}]},
    {text: 'Le réseau compte 1 200 km de pistes, dont 700 en Bretagne et 650 en Normandie.', lang: 'fr', errors: [{place: '1:18-1:23', reason: 'Les parties (700 + 650 = 1 350) dépassent le total « 1 200 »', expected: ["1 350"]}]},
    {text: 'Le taux de chômage est tombé à 7,1 %, contre 7,4 %, soit une baisse de 0,4 point.', lang: 'fr', errors: [{place: '1:72-1:81', reason: '« 0,4 point » ne correspond pas à la variation de « 7,4 % » à « 7,1 % » : 0,3 point attendu', expected: ["0,3 point"]}]},
    {text: 'Membership went from 20 to 25, a 30% increase.', lang: 'en', errors: [{place: '1:34-1:37', reason: 'Unexpected `30%` for the change from "20" to "25", expected 25%', expected: ["25%"]}]},
    {text: 'Twelve of the 40 members, or 25%, voted against.', lang: 'en', errors: [{place: '1:30-1:33', reason: 'Unexpected `25%` for "Twelve" of "40", expected 30%', expected: ["30%"]}]},
    {text: 'The rate fell from 7.4% to 7.1%, down 0.4 percentage points.', lang: 'en', errors: [{place: '1:39-1:60', reason: 'Unexpected `0.4 percentage points` for the change from "7.4%" to "7.1%", expected 0.3 percentage points', expected: ["0.3 percentage points"]}]},
    {text: 'The rate fell from 7.4% to 7.1%, down 0.3%.', lang: 'en', errors: [{place: '1:39-1:43', reason: 'Unexpected `0.3%`, which mixes up percent and percentage points: from "7.4%" to "7.1%" is 0.3 percentage points, a change of 4.1%', expected: ["0.3 percentage points","4.1%"]}]},
    {text: 'The budget rose from $3.5 million to $4.2 million, an increase of 25%.', lang: 'en', errors: [{place: '1:67-1:70', reason: 'Unexpected `25%` for the change from "3.5 million" to "4.2 million", expected 20%', expected: ["20%"]}]},
    {text: 'The town has 2,400 households, including 1,200 in Leeds and 1,500 in York.', lang: 'en', errors: [{place: '1:14-1:19', reason: 'Unexpected total `2,400`: its parts (1,200 + 1,500) add up to 2,700', expected: ["2,700"]}]},
    {text: 'The number of applicants doubled, from 120 to 180.', lang: 'en', errors: [{place: '1:47-1:50', reason: 'Unexpected `180` after the doubling told from "120", expected 240', expected: ["240"]}]},
    {text: 'Sales rose from 240 to 300 units, up 20%.', lang: 'en', errors: [{place: '1:38-1:41', reason: 'Unexpected `20%` for the change from "240" to "300", expected 25%', expected: ["25%"]}]},
    {text: 'Turnout dropped from 62% to 55%, a fall of 8 points.', lang: 'en', errors: [{place: '1:44-1:52', reason: 'Unexpected `8 points` for the change from "62%" to "55%", expected 7 points', expected: ["7 points"]}]},
    {text: 'Unemployment fell from 3,200 to 2,900, a drop of 400.', lang: 'en', errors: [{place: '1:50-1:53', reason: 'Unexpected `400` for the change from "3,200" to "2,900", expected 300', expected: ["300"]}]},
    {text: '18 of the 24 MPs, or 70%, backed the bill.', lang: 'en', errors: [{place: '1:22-1:25', reason: 'Unexpected `70%` for "18" of "24", expected 75%', expected: ["75%"]}]},
    {text: 'The rate rose from 12% to 15%, an increase of 3%.', lang: 'en', errors: [{place: '1:47-1:49', reason: 'Unexpected `3%`, which mixes up percent and percentage points: from "12%" to "15%" is 3 percentage points, a change of 25%', expected: ["3 percentage points","25%"]}]},
    {text: 'The rate fell from 7.4% to 7.1%, a rise of 0.3 points.', lang: 'en', errors: [{place: '1:44-1:54', reason: 'Unexpected direction of change: from "7.4%" to "7.1%" is a fall', expected: []}]},
    {text: 'The union has 500 members, including 300 in Leeds and 250 in York.', lang: 'en', errors: [{place: '1:15-1:18', reason: 'Unexpected total `500`: its parts (300 + 250) add up to 550', expected: ["550"]}]},
    {text: 'Visitor numbers quadrupled, from 1,500 to 4,000.', lang: 'en', errors: [{place: '1:43-1:48', reason: 'Unexpected `4,000` after the quadrupling told from "1,500", expected 6,000', expected: ["6,000"]}]},
    {text: 'Enrolment grew from twenty to thirty, a 40% increase.', lang: 'en', errors: [{place: '1:41-1:44', reason: 'Unexpected `40%` for the change from "twenty" to "thirty", expected 50%', expected: ["50%"]}]},
    {text: 'Revenue climbed from $40 million to $60 million, up 30%.', lang: 'en', errors: [{place: '1:53-1:56', reason: 'Unexpected `30%` for the change from "40 million" to "60 million", expected 50%', expected: ["50%"]}]},
    {text: 'Abstention rose from 40.5% to 45%, up 5.5 points.', lang: 'en', errors: [{place: '1:39-1:49', reason: 'Unexpected `5.5 points` for the change from "40.5%" to "45%", expected 4.5 points', expected: ["4.5 points"]}]},
    {text: 'The population tripled, from 12,000 to 24,000.', lang: 'en', errors: [{place: '1:40-1:46', reason: 'Unexpected `24,000` after the tripling told from "12,000", expected 36,000', expected: ["36,000"]}]},
    {text: '45 out of 60 councils, or 80%, voted yes.', lang: 'en', errors: [{place: '1:27-1:30', reason: 'Unexpected `80%` for "45" of "60", expected 75%', expected: ["75%"]}]},
    {text: 'Fares went from $1.50 to $1.80, a 30% increase.', lang: 'en', errors: [{place: '1:35-1:38', reason: 'Unexpected `30%` for the change from "1.50" to "1.80", expected 20%', expected: ["20%"]}]},
    {text: 'The debt doubled from $2 billion to $5 billion.', lang: 'en', errors: [{place: '1:38-1:47', reason: 'Unexpected `5 billion` after the doubling told from "2 billion", expected 4 billion', expected: ["4 billion"]}]},
    {text: 'Sales rose to 300 from 240, up 20%.', lang: 'en', errors: [{place: '1:32-1:35', reason: 'Unexpected `20%` for the change from "240" to "300", expected 25%', expected: ["25%"]}]}
  ]
})

describe('arithmetic: a whole message', () => {
  it('names the stated figure, the figures it is computed from and the computed value, by hand', async () => {
    const file = await lint('Le taux passe de 7,4 % à 7,1 %, soit une baisse de 0,4 point.', {path: 'a.txt', lang: 'fr', rules: {arithmetic: 'error'}})
    const [message] = file.messages
    expect(message).toMatchObject({
      ruleId: 'arithmetic',
      source: 'factlint',
      url: 'https://github.com/factlint/factlint/blob/main/docs/rules/arithmetic.md',
      actual: '0,4 point',
      expected: ['0,3 point'],
      fatal: true
    })
    expect((message as unknown as {fix?: unknown}).fix).toBeUndefined()
    expect(message!.cause).toMatchObject({reason: 'Calculé à partir de « 7,4 % » et « 7,1 % »'})
    expect(String((message!.cause as {place: {start: {column: number}}}).place.start.column)).toBe('18')
  })
})
