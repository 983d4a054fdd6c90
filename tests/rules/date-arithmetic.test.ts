import {describe, expect, it} from 'vitest'
import {lint} from '../../src/index.js'
import {ruleTester} from '../support/rule-tester.js'

// Invalid: a range's stated length, "N days later" or an age that the dates
// contradict. Valid: the right count, a count of something else, a bound,
// a date before that is background or too far back, two people, no
// publication date for an age. Ages take the publication date from the front matter.
ruleTester('date-arithmetic', {
  valid: [
    {text: 'Le festival a lieu du lundi 2 au vendredi 6 mars 2026, soit cinq jours de concerts.', lang: 'fr'},
    {text: 'Le festival a lieu du 2 au 6 mars 2026, soit cinq jours.', lang: 'fr'},
    {text: 'Le séjour va du 12 au 15 août 2026, soit trois nuits.', lang: 'fr'},
    {text: 'Le festival a lieu du 2 au 6 mars 2026, soit près de quatre jours.', lang: 'fr'},
    {text: 'Le festival a lieu du 2 au 6 mars 2026, et quatre jours de répétitions le précèdent.', lang: 'fr'},
    {text: 'Du 2 au 6 mars 2026, quatre groupes se produiront.', lang: 'fr'},
    {text: 'Les soldes durent du 7 janvier au 3 février 2026, soit 28 jours.', lang: 'fr'},
    {text: 'La foire a duré du 28 février au 2 mars 2026, soit trois jours.', lang: 'fr'},
    {text: 'Le lundi 2 mars 2026, il est arrêté. Quatre jours plus tard, le vendredi 6 mars, il est libéré.', lang: 'fr'},
    {text: 'L’accord est signé le 4 juin 2026. Trois semaines plus tard, le 25 juin, il est dénoncé.', lang: 'fr'},
    {text: 'Il avait été vu le 28 février 2026. Le 2 mars, il est arrêté. Trois jours plus tard, le 5 mars, il est libéré.', lang: 'fr'},
    {text: 'Le 10 mai 2026, la digue a cédé. Deux jours plus tard, l’eau a reflué.', lang: 'fr'},
    {text: 'Le 10 mai 2026, la digue a cédé.\n\nDeux jours plus tard, le 13 mai, une autre a cédé à Nantes.', lang: 'fr'},
    {text: 'Le 10 mai 2026, la digue a cédé. Le maire a réagi. Le préfet aussi. Deux jours plus tard, le 13 mai, l’eau a reflué.', lang: 'fr'},
    {text: 'Le 10 mai 2026 la digue a cédé, et deux jours plus tard, le 12 mai, l’eau a reflué.', lang: 'fr'},
    {text: '---\ndate: 2020-10-01\n---\nJean Dupont, né le 3 mars 1970 à Lyon, âgé de 50 ans, dirige la société.', lang: 'fr', path: "a.md"},
    {text: 'Jean Dupont, né le 3 mars 1970 à Lyon, âgé de 49 ans, dirige la société.', lang: 'fr', path: "a.md"},
    {text: '---\ndate: 2020-10-01\n---\nJean Dupont, né le 3 mars 1970, avait 30 ans lors de son élection.', lang: 'fr', path: "a.md"},
    {text: '---\ndate: 2020-10-01\n---\nJean Dupont, né le 3 mars 1970, et sa sœur, née le 4 mai 1975, 45 ans, tiennent la ferme.', lang: 'fr', path: "a.md"},
    {text: '---\ndate: 2020-10-01\n---\nJean Dupont est né le 3 mars 1970 à Lyon. Son fils, 20 ans, et sa fille, 18 ans, l’aident.', lang: 'fr', path: "a.md"},
    {text: '---\ndate: 2020-02-01\n---\nJean Dupont, né le 3 mars 1970 à Lyon, âgé de 49 ans, dirige la société.', lang: 'fr', path: "a.md"},
    {text: 'La grève a duré du lundi 2 au lundi 9 mars 2026, soit six jours ouvrés.', lang: 'fr'},
    {text: 'The talks ran from Monday, March 2, to Friday, March 6, 2026, or five days.', lang: 'en'},
    {text: 'The festival runs from March 2 to 6, 2026, five days in all.', lang: 'en'},
    {text: 'The stay runs from Aug. 12 to Aug. 15, 2026, or three nights.', lang: 'en'},
    {text: 'The festival runs from March 2 to 6, 2026, or nearly four days.', lang: 'en'},
    {text: 'The festival runs from March 2 to 6, 2026, and four days of rehearsals come before it.', lang: 'en'},
    {text: 'From March 2 to 6, 2026, four bands will play.', lang: 'en'},
    {text: 'The sale runs from Jan. 7 to Feb. 3, 2026, or 28 days.', lang: 'en'},
    {text: 'The fair ran from Feb. 28 to March 2, 2026, or three days.', lang: 'en'},
    {text: 'He was arrested on Monday, March 2, 2026. Four days later, on Friday, March 6, he was freed.', lang: 'en'},
    {text: 'The deal was signed on June 4, 2026. Three weeks later, on June 25, it was torn up.', lang: 'en'},
    {text: 'He had been seen on Feb. 28, 2026. On March 2 he was arrested. Three days later, on March 5, he was freed.', lang: 'en'},
    {text: 'The levee broke on May 10, 2026. Two days later, the water receded.', lang: 'en'},
    {text: 'The levee broke on May 10, 2026.\n\nTwo days later, on May 13, another broke in Leeds.', lang: 'en'},
    {text: 'The levee broke on May 10, 2026. The mayor spoke. So did the governor. Two days later, on May 13, the water receded.', lang: 'en'},
    {text: 'The levee broke on May 10, 2026, and two days later, on May 12, the water receded.', lang: 'en'},
    {text: '---\ndate: 2020-10-01\n---\nJohn Smith, born on March 3, 1970, in Leeds, aged 50, runs the firm.', lang: 'en', path: "a.md"},
    {text: 'John Smith, born on March 3, 1970, in Leeds, aged 49, runs the firm.', lang: 'en', path: "a.md"},
    {text: '---\ndate: 2020-10-01\n---\nJohn Smith, born on March 3, 1970, was 30 when he was first elected.', lang: 'en', path: "a.md"},
    {text: '---\ndate: 2020-10-01\n---\nJohn Smith, born on March 3, 1970, and his sister, born on May 4, 1975, aged 45, run the farm.', lang: 'en', path: "a.md"},
    {text: '---\ndate: 2020-10-01\n---\nJohn Smith was born on March 3, 1970. His son, aged 20, and his daughter, aged 18, help him.', lang: 'en', path: "a.md"},
    {text: '---\ndate: 2020-02-01\n---\nJohn Smith, born on March 3, 1970, in Leeds, aged 49, runs the firm.', lang: 'en', path: "a.md"},
    {text: 'The strike ran from Monday, March 2, to Monday, March 9, 2026, or six working days.', lang: 'en'}
  ],
  invalid: [
    {text: 'Le festival a lieu du lundi 2 au vendredi 6 mars 2026, soit quatre jours de concerts.', lang: 'fr', errors: [{place: '1:61-1:67', reason: '« quatre » ne correspond pas aux dates, du 2 mars 2026 au 6 mars 2026 (5 jours, bornes comprises) : « cinq » attendu', expected: ["cinq"]}]},
    {text: 'Le festival a lieu du 2 au 6 mars 2026, soit quatre jours.', lang: 'fr', errors: [{place: '1:46-1:52', reason: '« quatre » ne correspond pas aux dates, du 2 mars 2026 au 6 mars 2026 (5 jours, bornes comprises) : « cinq » attendu', expected: ["cinq"]}]},
    {text: 'La grève a duré du 10 au 14 avril 2026, soit six jours.', lang: 'fr', errors: [{place: '1:46-1:49', reason: '« six » ne correspond pas aux dates, du 10 avril 2026 au 14 avril 2026 (5 jours, bornes comprises) : « cinq » attendu', expected: ["cinq"]}]},
    {text: 'Le salon se tient du mardi 3 au dimanche 8 novembre 2026 (cinq jours).', lang: 'fr', errors: [{place: '1:59-1:63', reason: '« cinq » ne correspond pas aux dates, du 3 novembre 2026 au 8 novembre 2026 (6 jours, bornes comprises) : « six » attendu', expected: ["six"]}]},
    {text: 'Les fouilles ont eu lieu du 1er au 10 juillet 2025, soit neuf jours.', lang: 'fr', errors: [{place: '1:58-1:62', reason: '« neuf » ne correspond pas aux dates, du 1er juillet 2025 au 10 juillet 2025 (10 jours, bornes comprises) : « dix » attendu', expected: ["dix"]}]},
    {text: 'Le séjour va du 12 au 15 août 2026, soit quatre nuits.', lang: 'fr', errors: [{place: '1:42-1:48', reason: '« quatre » ne correspond pas aux dates, du 12 août 2026 au 15 août 2026 (3 nuits) : « trois » attendu', expected: ["trois"]}]},
    {text: 'Le procès se tiendra du 5 au 16 octobre 2026, soit dix jours d’audience.', lang: 'fr', errors: [{place: '1:52-1:55', reason: '« dix » ne correspond pas aux dates, du 5 octobre 2026 au 16 octobre 2026 (12 jours, bornes comprises) : « douze » attendu', expected: ["douze"]}]},
    {text: 'Les soldes durent du 7 janvier au 3 février 2026, soit 27 jours.', lang: 'fr', errors: [{place: '1:56-1:58', reason: '« 27 » ne correspond pas aux dates, du 7 janvier 2026 au 3 février 2026 (28 jours, bornes comprises) : « 28 » attendu', expected: ["28"]}]},
    {text: 'Le tournoi se joue du samedi 6 au dimanche 14 juin 2026, soit huit jours.', lang: 'fr', errors: [{place: '1:63-1:67', reason: '« huit » ne correspond pas aux dates, du 6 juin 2026 au 14 juin 2026 (9 jours, bornes comprises) : « neuf » attendu', expected: ["neuf"]}]},
    {text: 'La foire a duré du 28 février au 2 mars 2026, soit deux jours.', lang: 'fr', errors: [{place: '1:52-1:56', reason: '« deux » ne correspond pas aux dates, du 28 février 2026 au 2 mars 2026 (3 jours, bornes comprises) : « trois » attendu', expected: ["trois"]}]},
    {text: 'Le lundi 2 mars 2026, il est arrêté. Trois jours plus tard, le vendredi 6 mars, il est libéré.', lang: 'fr', errors: [{place: '1:38-1:43', reason: '« Trois » ne correspond pas à l’écart entre le 2 mars 2026 et le 6 mars 2026 (4 jours) : « Quatre » attendu', expected: ["Quatre"]}]},
    {text: 'Le 10 mai 2026, la digue a cédé. Deux jours plus tard, le 13 mai, l’eau a reflué.', lang: 'fr', errors: [{place: '1:34-1:38', reason: '« Deux » ne correspond pas à l’écart entre le 10 mai 2026 et le 13 mai 2026 (3 jours) : « Trois » attendu', expected: ["Trois"]}]},
    {text: 'L’accord est signé le 4 juin 2026. Trois semaines plus tard, le 29 juin, il est dénoncé.', lang: 'fr', errors: [{place: '1:36-1:41', reason: '« Trois » ne correspond pas à l’écart entre le 4 juin 2026 et le 29 juin 2026 (25 jours) : « Quatre » attendu', expected: ["Quatre"]}]},
    {text: 'Elle a été hospitalisée le 1er septembre 2025. Dix jours plus tard, le 12 septembre, elle est sortie.', lang: 'fr', errors: [{place: '1:48-1:51', reason: '« Dix » ne correspond pas à l’écart entre le 1er septembre 2025 et le 12 septembre 2025 (11 jours) : « Onze » attendu', expected: ["Onze"]}]},
    {text: 'Le premier tour a lieu le 8 mars 2026. Sept jours plus tard, le 16 mars, se tient le second.', lang: 'fr', errors: [{place: '1:40-1:44', reason: '« Sept » ne correspond pas à l’écart entre le 8 mars 2026 et le 16 mars 2026 (8 jours) : « Huit » attendu', expected: ["Huit"]}]},
    {text: 'Le navire quitte Brest le 2 avril 2026. Cinq jours après, le 8 avril, il accoste à Dakar.', lang: 'fr', errors: [{place: '1:41-1:45', reason: '« Cinq » ne correspond pas à l’écart entre le 2 avril 2026 et le 8 avril 2026 (6 jours) : « Six » attendu', expected: ["Six"]}]},
    {text: '---\ndate: 2020-10-01\n---\nJean Dupont, né le 3 mars 1970 à Lyon, âgé de 49 ans, dirige la société.', lang: 'fr', path: "a.md", errors: [{place: '4:47-4:49', reason: 'Âge de « 49 » ans incompatible avec la naissance le 3 mars 1970 : au 1er octobre 2020, date de publication, 50 ans attendu', expected: ["50"]}]},
    {text: '---\ndate: 2020-10-01\n---\nJean Dupont est né le 3 mars 1970 à Lyon. Âgé de 49 ans, il dirige la société.', lang: 'fr', path: "a.md", errors: [{place: '4:50-4:52', reason: 'Âge de « 49 » ans incompatible avec la naissance le 3 mars 1970 : au 1er octobre 2020, date de publication, 50 ans attendu', expected: ["50"]}]},
    {text: '---\ndate: 2026-06-15\n---\nMarie Leroy, 36 ans, née le 20 juin 1990 à Nantes, a pris la tête du club.', lang: 'fr', path: "a.md", errors: [{place: '4:14-4:16', reason: 'Âge de « 36 » ans incompatible avec la naissance le 20 juin 1990 : au 15 juin 2026, date de publication, 35 ans attendu', expected: ["35"]}]},
    {text: '---\ndate: 2026-01-10\n---\nLe chef, né le 5 janvier 1960, reste aux fourneaux. Âgé de 65 ans, il forme encore des apprentis.', lang: 'fr', path: "a.md", errors: [{place: '4:60-4:62', reason: 'Âge de « 65 » ans incompatible avec la naissance le 5 janvier 1960 : au 10 janvier 2026, date de publication, 66 ans attendu', expected: ["66"]}]},
    {text: '---\ndate: 2026-03-01\n---\nPaul Martin (né le 1er mars 2000 à Metz), 25 ans, est champion de France.', lang: 'fr', path: "a.md", errors: [{place: '4:43-4:45', reason: 'Âge de « 25 » ans incompatible avec la naissance le 1er mars 2000 : au 1er mars 2026, date de publication, 26 ans attendu', expected: ["26"]}]},
    {text: 'The talks ran from Monday, March 2, to Friday, March 6, 2026, or four days.', lang: 'en', errors: [{place: '1:66-1:70', reason: 'Unexpected `four` for the dates from March 2, 2026 to March 6, 2026 (5 days, both ends included), expected `five`', expected: ["five"]}]},
    {text: 'The festival runs from March 2 to 6, 2026, four days in all.', lang: 'en', errors: [{place: '1:44-1:48', reason: 'Unexpected `four` for the dates from March 2, 2026 to March 6, 2026 (5 days, both ends included), expected `five`', expected: ["five"]}]},
    {text: 'The strike lasted from April 10 to April 14, 2026, or six days.', lang: 'en', errors: [{place: '1:55-1:58', reason: 'Unexpected `six` for the dates from April 10, 2026 to April 14, 2026 (5 days, both ends included), expected `five`', expected: ["five"]}]},
    {text: 'The fair runs from Tuesday, Nov. 3, to Sunday, Nov. 8, 2026 (five days).', lang: 'en', errors: [{place: '1:62-1:66', reason: 'Unexpected `five` for the dates from November 3, 2026 to November 8, 2026 (6 days, both ends included), expected `six`', expected: ["six"]}]},
    {text: 'The dig ran from July 1 to July 10, 2025, or nine days.', lang: 'en', errors: [{place: '1:46-1:50', reason: 'Unexpected `nine` for the dates from July 1, 2025 to July 10, 2025 (10 days, both ends included), expected `ten`', expected: ["ten"]}]},
    {text: 'The stay runs from Aug. 12 to Aug. 15, 2026, or four nights.', lang: 'en', errors: [{place: '1:49-1:53', reason: 'Unexpected `four` for the dates from August 12, 2026 to August 15, 2026 (3 nights), expected `three`', expected: ["three"]}]},
    {text: 'The trial runs from Oct. 5 to Oct. 16, 2026, or ten days of hearings.', lang: 'en', errors: [{place: '1:49-1:52', reason: 'Unexpected `ten` for the dates from October 5, 2026 to October 16, 2026 (12 days, both ends included), expected `twelve`', expected: ["twelve"]}]},
    {text: 'The sale runs from Jan. 7 to Feb. 3, 2026, or 27 days.', lang: 'en', errors: [{place: '1:47-1:49', reason: 'Unexpected `27` for the dates from January 7, 2026 to February 3, 2026 (28 days, both ends included), expected `28`', expected: ["28"]}]},
    {text: 'The tournament is played from Saturday, June 6, to Sunday, June 14, 2026, or eight days.', lang: 'en', errors: [{place: '1:78-1:83', reason: 'Unexpected `eight` for the dates from June 6, 2026 to June 14, 2026 (9 days, both ends included), expected `nine`', expected: ["nine"]}]},
    {text: 'The fair ran from Feb. 28 to March 2, 2026, or two days.', lang: 'en', errors: [{place: '1:48-1:51', reason: 'Unexpected `two` for the dates from February 28, 2026 to March 2, 2026 (3 days, both ends included), expected `three`', expected: ["three"]}]},
    {text: 'He was arrested on Monday, March 2, 2026. Three days later, on Friday, March 6, he was freed.', lang: 'en', errors: [{place: '1:43-1:48', reason: 'Unexpected `Three` for the gap between March 2, 2026 and March 6, 2026 (4 days), expected `Four`', expected: ["Four"]}]},
    {text: 'The levee broke on May 10, 2026. Two days later, on May 13, the water receded.', lang: 'en', errors: [{place: '1:34-1:37', reason: 'Unexpected `Two` for the gap between May 10, 2026 and May 13, 2026 (3 days), expected `Three`', expected: ["Three"]}]},
    {text: 'The deal was signed on June 4, 2026. Three weeks later, on June 29, it was torn up.', lang: 'en', errors: [{place: '1:38-1:43', reason: 'Unexpected `Three` for the gap between June 4, 2026 and June 29, 2026 (25 days), expected `Four`', expected: ["Four"]}]},
    {text: 'She was admitted on Sept. 1, 2025. Ten days later, on Sept. 12, she went home.', lang: 'en', errors: [{place: '1:36-1:39', reason: 'Unexpected `Ten` for the gap between September 1, 2025 and September 12, 2025 (11 days), expected `Eleven`', expected: ["Eleven"]}]},
    {text: 'The first round was held on March 8, 2026. Seven days later, on March 16, came the runoff.', lang: 'en', errors: [{place: '1:44-1:49', reason: 'Unexpected `Seven` for the gap between March 8, 2026 and March 16, 2026 (8 days), expected `Eight`', expected: ["Eight"]}]},
    {text: 'The ship left Brest on April 2, 2026. Five days later, on April 8, it docked in Dakar.', lang: 'en', errors: [{place: '1:39-1:43', reason: 'Unexpected `Five` for the gap between April 2, 2026 and April 8, 2026 (6 days), expected `Six`', expected: ["Six"]}]},
    {text: '---\ndate: 2020-10-01\n---\nJohn Smith, born on March 3, 1970, in Leeds, aged 49, runs the firm.', lang: 'en', path: "a.md", errors: [{place: '4:51-4:53', reason: 'Unexpected age `49` for a birth on March 3, 1970: on October 1, 2020, the publication date, expected 50', expected: ["50"]}]},
    {text: '---\ndate: 2020-10-01\n---\nJohn Smith was born on March 3, 1970. The 49-year-old runs the firm.', lang: 'en', path: "a.md", errors: [{place: '4:43-4:45', reason: 'Unexpected age `49` for a birth on March 3, 1970: on October 1, 2020, the publication date, expected 50', expected: ["50"]}]},
    {text: '---\ndate: 2026-06-15\n---\nMary Lee, born on June 20, 1990, in Bristol, aged 36, now leads the club.', lang: 'en', path: "a.md", errors: [{place: '4:51-4:53', reason: 'Unexpected age `36` for a birth on June 20, 1990: on June 15, 2026, the publication date, expected 35', expected: ["35"]}]},
    {text: '---\ndate: 2026-01-10\n---\nThe chef, born on Jan. 5, 1960, is a 65-year-old veteran of the trade.', lang: 'en', path: "a.md", errors: [{place: '4:38-4:40', reason: 'Unexpected age `65` for a birth on January 5, 1960: on January 10, 2026, the publication date, expected 66', expected: ["66"]}]},
    {text: '---\ndate: 2026-03-01\n---\nPaul Martin (born on March 1, 2000, in Leeds), aged 25, is the national champion.', lang: 'en', path: "a.md", errors: [{place: '4:53-4:55', reason: 'Unexpected age `25` for a birth on March 1, 2000: on March 1, 2026, the publication date, expected 26', expected: ["26"]}]}
  ]
})

describe('date-arithmetic: a whole message', () => {
  it('is an error on the stated count, with the first date as its related place and the count suggested by hand', async () => {
    const file = await lint('Le festival a lieu du 2 au 6 mars 2026, soit quatre jours.', {path: 'a.txt', lang: 'fr', rules: {'date-arithmetic': 'error'}})
    const [message] = file.messages
    expect(message).toMatchObject({ruleId: 'date-arithmetic', source: 'factlint', url: 'https://github.com/factlint/factlint/blob/main/docs/rules/date-arithmetic.md', actual: 'quatre', expected: ['cinq'], fatal: true})
    expect((message as unknown as {fix?: unknown}).fix).toBeUndefined()
    expect(message!.cause).toMatchObject({reason: 'Date de départ'})
  })

  it('reads an age against --date as against the front matter', async () => {
    const file = await lint('Jean Dupont, né le 3 mars 1970 à Lyon, âgé de 49 ans, dirige la société.', {path: 'a.txt', lang: 'fr', referenceDate: new Date('2020-10-01T00:00:00Z'), rules: {'date-arithmetic': 'error'}})
    expect(file.messages.map((message) => message.expected)).toEqual([['50']])
  })
})
