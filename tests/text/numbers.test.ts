import {describe, expect, it} from 'vitest'
import {formatNumber, rangeOf, readNumbers} from '../../src/text/numbers.js'
import type {Lang} from '../../src/types.js'

const readings: Array<[Lang, string, Array<Partial<{text: string; value: number; unit: string; approx: string; year: boolean; currency: string | undefined}>>]> = [
  ['fr', 'Il y a 2 400 foyers.', [{text: '2 400', value: 2400}]],
  ['fr', 'Il mesure 2 400,5 mètres.', [{text: '2 400,5', value: 2400.5}]],
  ['fr', 'Le taux est de 7,1 %.', [{text: '7,1 %', value: 7.1, unit: 'percent'}]],
  ['fr', 'Le taux est de 7.1% selon l’Insee.', [{text: '7.1%', value: 7.1, unit: 'percent'}]],
  ['fr', 'Un budget de 3,5 millions d’euros.', [{text: '3,5 millions', value: 3_500_000}]],
  ['fr', 'Une dette de 1,2 milliard.', [{text: '1,2 milliard', value: 1_200_000_000}]],
  ['fr', 'Deux élus et vingt-et-un conseillers, quarante-deux en tout.', [{text: 'Deux', value: 2}, {text: 'vingt-et-un', value: 21}, {text: 'quarante-deux', value: 42}]],
  ['fr', 'Il y avait vingt et un candidats.', [{text: 'vingt et un', value: 21}]],
  ['fr', 'Près de 300 personnes, plus de 40 élus, moins de 10 absents.', [{value: 300, approx: 'about'}, {value: 40, approx: 'over'}, {value: 10, approx: 'under'}]],
  ['fr', 'Une douzaine de blessés.', [{text: 'Une douzaine', value: 12, approx: 'about'}]],
  ['fr', 'Une hausse de 0,3 point.', [{text: '0,3 point', value: 0.3, unit: 'point'}]],
  ['fr', 'En 2019, il a gagné.', [{text: '2019', year: true}]],
  ['fr', 'Le 2.400 ne se lit pas.', []],
  ['fr', "Genève compte 20'000 foyers, dont 12’500 en ville.", [{text: "20'000", value: 20_000}, {text: '12’500', value: 12_500}]],
  ['fr', "But à la 12' et à la 85’ minute.", [{text: '12', value: 12}, {text: '85', value: 85}]],
  ['en', 'There are 2,400 households.', [{text: '2,400', value: 2400}]],
  ['en', 'It is 2,400.5 miles away.', [{text: '2,400.5', value: 2400.5}]],
  ['en', 'The rate is 7.1% and 3 percent.', [{text: '7.1%', unit: 'percent'}, {text: '3 percent', unit: 'percent'}]],
  ['en', 'A $3.5 million budget and 1.2 billion users.', [{text: '3.5 million', value: 3_500_000}, {text: '1.2 billion', value: 1_200_000_000}]],
  ['en', 'Twenty-one seats, about 40 staff, more than 12 people, nearly 9 hours.', [{value: 21}, {value: 40, approx: 'about'}, {value: 12, approx: 'over'}, {value: 9, approx: 'about'}]],
  ['en', 'A dozen people.', [{text: 'A dozen', value: 12, approx: 'about'}]],
  ['en', 'Up 0.4 percentage points.', [{text: '0.4 percentage points', unit: 'point'}]],
  ['en', 'Pages 1,2 and 3.', [{text: '3', value: 3}]],
  ['en', "Geneva has 20'000 homes and 3 schools.", [{text: '3', value: 3}]],
  ['en', 'It scored 5m goals in 5 m.', [{text: '5', value: 5}]],
  // Suffixed amounts of the business pages, with their currency.
  ['en', 'A $3.5bn deal, a £12m fine and a €40m budget.', [{text: '3.5bn', value: 3.5e9, currency: 'dollar'}, {text: '12m', value: 12e6, currency: 'pound'}, {text: '40m', value: 40e6, currency: 'euro'}]],
  ['en', 'Debt of 3.5 bn, then 1.2 trillion, then $2tn.', [{text: '3.5 bn', value: 3.5e9}, {text: '1.2 trillion', value: 1.2e12}, {text: '2tn', value: 2e12, currency: 'dollar'}]],
  ['en', 'A US$40m loan and a $25k bonus.', [{text: '40m', value: 40e6, currency: 'dollar'}, {text: '25k', value: 25e3}]],
  ['en', 'A 5m wall, a 12k run and 3 mm of rain.', [{text: '3', value: 3}]],
  ['en', 'Two million people and three billion dollars.', [{text: 'Two million', value: 2e6}, {text: 'three billion', value: 3e9, currency: 'dollar'}]],
  ['en', 'A million people, one billion users, half a million jobs.', [{text: 'A million', value: 1e6}, {text: 'one billion', value: 1e9}]],
  ['en', 'Three hundred people, two thousand five hundred homes.', [{text: 'Three hundred', value: 300}]],
  ['en', 'It cost 40 euros and 2.5 million dollars.', [{text: '40', currency: 'euro'}, {text: '2.5 million', value: 2.5e6, currency: 'dollar'}]],
  ['en', 'In 2019 it cost $2019.', [{text: '2019', year: true}, {text: '2019', year: false, currency: 'dollar'}]],
  ['en', '1.5 million and a half.', []],
  ['fr', 'Un contrat de 3,5 Md€, un budget de 12 M€ et une dette de 1,2 Mds.', [{text: '3,5 Md€', value: 3.5e9, currency: 'euro'}, {text: '12 M€', value: 12e6, currency: 'euro'}, {text: '1,2 Mds', value: 1.2e9}]],
  ['fr', 'Il a coûté 3,5Md€ et 40k€, puis 2 Mrd d’euros.', [{text: '3,5Md€', value: 3.5e9}, {text: '40k€', value: 40e3, currency: 'euro'}, {text: '2 Mrd', value: 2e9, currency: 'euro'}]],
  ['fr', 'Deux millions d’habitants et trois cents élus.', [{text: 'Deux millions', value: 2e6}, {text: 'trois cents', value: 300}]],
  ['fr', 'Vingt mille manifestants et un milliard d’euros.', [{text: 'Vingt mille', value: 20e3}, {text: 'un milliard', value: 1e9, currency: 'euro'}]],
  ['fr', 'Deux mille cinq cents foyers et deux cent vingt élus.', []],
  ['fr', 'Un billion d’euros, mille milliards de dollars.', [{text: '1', value: 1}].slice(1)],
  ['fr', 'La dette atteint 3 billions, ou 3 000 milliards.', [{text: '3 billions', value: 3e12}, {text: '3 000 milliards', value: 3e12}]],
  ['fr', 'Un budget de 12 M et 2 millions et demi d’euros.', [{text: '12', value: 12}]],
  ['fr', 'Le stade de 42\u2009000 places coûte 12 € et 3 francs suisses, CHF 1’234.50.', [{text: '42\u2009000', value: 42000}, {text: '12', currency: 'euro'}, {text: '3', currency: 'franc'}, {text: '1’234.50', value: 1234.5, currency: 'franc'}]],
]

describe('readNumbers', () => {
  for (const [lang, text, expected] of readings) {
    it(`${lang}: ${text}`, () => {
      const found = readNumbers(text, lang)
      expect(found).toHaveLength(expected.length)
      expected.forEach((fields, index) => expect(found[index]).toMatchObject(fields))
    })
  }
})

describe('rangeOf', () => {
  it('reads rounding from the digits written and widens approximations', () => {
    const [rounded, decimal, count, about] = readNumbers('2 400, 7,4 %, 12 et environ 40', 'fr')
    expect(rangeOf(rounded!)).toEqual([2350, 2450])
    expect(rangeOf(decimal!).map((value) => Number(value.toFixed(2)))).toEqual([7.35, 7.45])
    expect(rangeOf(count!)).toEqual([12, 12])
    expect(rangeOf(about!).map((value) => Number(value.toFixed(1)))).toEqual([36, 44])
  })
})

describe('formatNumber', () => {
  it('writes a value in the language’s way, grouped like the figure it corrects', () => {
    expect(formatNumber(2700, 0, 'fr', '2 400')).toBe('2 700')
    expect(formatNumber(2700, 0, 'fr')).toBe('2700')
    expect(formatNumber(27000, 0, 'fr')).toBe('27\u00a0000')
    expect(formatNumber(0.3, 1, 'fr')).toBe('0,3')
    expect(formatNumber(2700, 0, 'en')).toBe('2,700')
    expect(formatNumber(4.06, 1, 'en')).toBe('4.1')
  })
})
