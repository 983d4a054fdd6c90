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

// Years ago and anniversaries against the story's date (front matter, or a
// dateline with its year): « il y a dix ans, en 2015 », "the 10th anniversary
// of the 2015 attacks", « dix ans après … 2015, … toujours ». Valid: the count
// a year off either way (a decade two), no story date, an approximation, a
// year after the story's, a year joined to another clause, « après » of a
// past moment (no « toujours », "still"), one year.
ruleTester('date-arithmetic', {
  valid: [
    {text: '---\ndate: 2019-04-15\n---\nLe 50e anniversaire du premier pas sur la Lune, en juillet 1969, approche.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2025-11-13\n---\nIl y a dix ans, le 13 novembre 2015, des commandos frappaient Paris.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2025-11-10\n---\nLe dixième anniversaire des attentats du 13 novembre 2015 sera discret.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2025-01-10\n---\nIl y a neuf ans, en novembre 2015, la salle fermait.', lang: 'fr', path: 'a.md'},
    {text: 'Il y a vingt ans, en 2015, le club montait en Ligue 1.', lang: 'fr'},
    {text: '---\ndate: 2024-05-01\n---\nIl y a près de douze ans, en 2014, le club montait.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2020-11-13\n---\nDix ans après les attentats de 2015, il avait déménagé.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2020-11-13\n---\nIl y a dix ans, le maire, élu en 2015, promettait une piscine.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2020-06-01\n---\nIl y a une décennie, en 2011, la mine fermait.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2024-06-01\n---\nLe 10e anniversaire de la loi de 2015 sera célébré l’an prochain.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2024-06-01\n---\nIl y a dix ans, en 2030, rien.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2025-06-01\n---\nEn 2016, il y a neuf ans, tout a changé.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2023-09-01\n---\nIl y a quarante ans, en 1983, naissait le festival.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2023-09-01\n---\nIl y a plusieurs années, en 1983, naissait le festival.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2023-09-01\n---\nLe premier anniversaire de la réforme de 2022 passe inaperçu.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2023-09-01\n---\nIl y a un an, en 2022, la réforme passait.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2021-05-01\n---\nLe dixième anniversaire de la fusion aura lieu en 2011.', lang: 'fr', path: 'a.md'},
    {text: 'PARIS, 12 novembre 2025 (AFP) - Il y a dix ans, en 2015, la salle rouvrait.', lang: 'fr'},
    {text: '---\ndate: 2024-09-01\n---\nVingt ans après la crue de 2004, le quartier reste fragile.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2024-09-01\n---\nDix ans après la crue de 2004, en 2014, le quartier était reconstruit.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2026-01-01\n---\nLe 40e anniversaire de Jean Dupont, né en 1985, a été fêté.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2025-07-01\n---\nIl y a trente ans, en 1995, le village comptait 300 habitants.', lang: 'fr', path: 'a.md'},
    {text: '---\ndate: 2025-11-13\n---\nTen years ago, on November 13, 2015, gunmen attacked Paris.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2025-11-10\n---\nThe tenth anniversary of the 2015 attacks passed quietly.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2025-01-10\n---\nNine years ago, in November 2015, the hall closed.', lang: 'en', path: 'a.md'},
    {text: 'Twenty years ago, in 2015, the club was promoted.', lang: 'en'},
    {text: '---\ndate: 2024-05-01\n---\nNearly 12 years ago, in 2014, the club was promoted.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2020-11-13\n---\nA decade after the 2015 attacks, he had moved away.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2020-11-13\n---\nTen years ago, the mayor, elected in 2015, promised a pool.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2020-06-01\n---\nA decade ago, in 2011, the mine closed.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2024-06-01\n---\nThe 10th anniversary of the 2015 law will be marked next year.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2024-06-01\n---\nTen years ago, in 2030, nothing.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2025-06-01\n---\nIn 2016, nine years ago, everything changed.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2023-09-01\n---\nForty years ago, in 1983, the festival was born.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2023-09-01\n---\nMany years ago, in 1983, the festival was born.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2023-09-01\n---\nThe first anniversary of the 2022 reform passed unnoticed.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2023-09-01\n---\nA year ago, in 2022, the reform passed.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2021-05-01\n---\nThe tenth anniversary of the merger is in 2011.', lang: 'en', path: 'a.md'},
    {text: 'PARIS, Nov. 12, 2025 (AFP) - Ten years ago, in 2015, the hall reopened.', lang: 'en'},
    {text: '---\ndate: 2024-09-01\n---\nTwenty years after the 2004 flood, the district remains fragile.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2024-09-01\n---\nTen years after the 2004 flood, in 2014, the district was rebuilt.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2026-01-01\n---\nThe 40th anniversary of John Smith, born in 1985, was celebrated.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2025-07-01\n---\nThree decades ago, in 1995, the village had 300 residents.', lang: 'en', path: 'a.md'},
    {text: '---\ndate: 2020-06-01\n---\nAlmost a decade ago, in 2015, the mine closed.', lang: 'en', path: 'a.md'},
  ],
  invalid: [
    {text: '---\ndate: 2025-11-13\n---\nIl y a vingt ans, le 13 novembre 2015, des commandos frappaient Paris.', lang: 'fr', path: 'a.md', errors: [{place: '4:8-4:13', reason: '« vingt » ne correspond pas à l’écart entre 2015 et la date de l’article, le 13 novembre 2025 (10 ans) : « dix » attendu', expected: ['dix']}]},
    {text: '---\ndate: 2020-11-13\n---\nLe dixième anniversaire des attentats du 13 novembre 2015 est discret.', lang: 'fr', path: 'a.md', errors: [{place: '4:4-4:11', reason: '« dixième anniversaire » ne correspond pas à l’écart entre 2015 et la date de l’article, le 13 novembre 2020 (5 ans) : « cinquième » attendu', expected: ['cinquième']}]},
    {text: '---\ndate: 2024-05-01\n---\nIl y a 12 ans, en 2014, le club montait en Ligue 1.', lang: 'fr', path: 'a.md', errors: [{place: '4:8-4:10', reason: '« 12 » ne correspond pas à l’écart entre 2014 et la date de l’article, le 1er mai 2024 (10 ans) : « 10 » attendu', expected: ['10']}]},
    {text: '---\ndate: 2025-03-01\n---\nLe 10e anniversaire de la loi de 2010 passe inaperçu.', lang: 'fr', path: 'a.md', errors: [{place: '4:4-4:7', reason: '« 10e anniversaire » ne correspond pas à l’écart entre 2010 et la date de l’article, le 1er mars 2025 (15 ans) : « 15e » attendu', expected: ['15e']}]},
    {text: '---\ndate: 2020-11-13\n---\nDix ans après les attentats de 2015, la ville reste marquée.', lang: 'fr', path: 'a.md', errors: [{place: '4:1-4:4', reason: '« Dix » ne correspond pas à l’écart entre 2015 et la date de l’article, le 13 novembre 2020 (5 ans) : « Cinq » attendu', expected: ['Cinq']}]},
    {text: '---\ndate: 2025-06-01\n---\nEn 2016, il y a cinq ans, tout a changé.', lang: 'fr', path: 'a.md', errors: [{place: '4:17-4:21', reason: '« cinq » ne correspond pas à l’écart entre 2016 et la date de l’article, le 1er juin 2025 (9 ans) : « neuf » attendu', expected: ['neuf']}]},
    {text: '---\ndate: 2020-06-01\n---\nIl y a une décennie, en 2015, la mine fermait.', lang: 'fr', path: 'a.md', errors: [{place: '4:8-4:20', reason: '« une décennie » ne correspond pas à l’écart entre 2015 et la date de l’article, le 1er juin 2020 (5 ans) : « 5 ans » attendu', expected: ['5 ans']}]},
    {text: 'PARIS, 12 novembre 2020 (AFP) - Il y a dix ans, en 2015, la salle rouvrait.', lang: 'fr', errors: [{place: '1:40-1:43', reason: '« dix » ne correspond pas à l’écart entre 2015 et la date de l’article, le 12 novembre 2020 (5 ans) : « cinq » attendu', expected: ['cinq']}]},
    {text: '---\ndate: 2023-09-01\n---\nIl y a trente ans, en 1983, naissait le festival.', lang: 'fr', path: 'a.md', errors: [{place: '4:8-4:14', reason: '« trente » ne correspond pas à l’écart entre 1983 et la date de l’article, le 1er septembre 2023 (40 ans) : « quarante » attendu', expected: ['quarante']}]},
    {text: '---\ndate: 2022-01-10\n---\nIl y a quinze ans jour pour jour, le 10 janvier 2012, le pont s’effondrait.', lang: 'fr', path: 'a.md', errors: [{place: '4:8-4:14', reason: '« quinze » ne correspond pas à l’écart entre 2012 et la date de l’article, le 10 janvier 2022 (10 ans) : « dix » attendu', expected: ['dix']}]},
    {text: '---\ndate: 2021-05-01\n---\nLe vingtième anniversaire de la fusion de 2011 sera fêté en mai.', lang: 'fr', path: 'a.md', errors: [{place: '4:4-4:13', reason: '« vingtième anniversaire » ne correspond pas à l’écart entre 2011 et la date de l’article, le 1er mai 2021 (10 ans) : « dixième » attendu', expected: ['dixième']}]},
    {text: '---\ndate: 2026-02-01\n---\nIl y a 40 ans, en 1996, l’usine ouvrait.', lang: 'fr', path: 'a.md', errors: [{place: '4:8-4:10', reason: '« 40 » ne correspond pas à l’écart entre 1996 et la date de l’article, le 1er février 2026 (30 ans) : « 30 » attendu', expected: ['30']}]},
    {text: '---\ndate: 2018-08-01\n---\nLe 30e anniversaire de la catastrophe de 1978 rassemble les familles.', lang: 'fr', path: 'a.md', errors: [{place: '4:4-4:7', reason: '« 30e anniversaire » ne correspond pas à l’écart entre 1978 et la date de l’article, le 1er août 2018 (40 ans) : « 40e » attendu', expected: ['40e']}]},
    {text: '---\ndate: 2024-09-01\n---\nVingt ans après la crue de 2014, le quartier reste fragile.', lang: 'fr', path: 'a.md', errors: [{place: '4:1-4:6', reason: '« Vingt » ne correspond pas à l’écart entre 2014 et la date de l’article, le 1er septembre 2024 (10 ans) : « Dix » attendu', expected: ['Dix']}]},
    {text: '---\ndate: 2024-03-01\n---\nLe 22 mars 1998, il y a vingt ans, la grève commençait.', lang: 'fr', path: 'a.md', errors: [{place: '4:25-4:30', reason: '« vingt » ne correspond pas à l’écart entre 1998 et la date de l’article, le 1er mars 2024 (26 ans) : « vingt-six » attendu', expected: ['vingt-six']}]},
    {text: '---\ndate: 2015-10-01\n---\nIl y a dix ans, en 2012, le maire était élu.', lang: 'fr', path: 'a.md', errors: [{place: '4:8-4:11', reason: '« dix » ne correspond pas à l’écart entre 2012 et la date de l’article, le 1er octobre 2015 (3 ans) : « trois » attendu', expected: ['trois']}]},
    {text: '---\ndate: 2019-12-01\n---\nLe 25e anniversaire du tunnel sous la Manche, ouvert en 1984, est célébré.', lang: 'fr', path: 'a.md', errors: [{place: '4:4-4:7', reason: '« 25e anniversaire » ne correspond pas à l’écart entre 1984 et la date de l’article, le 1er décembre 2019 (35 ans) : « 35e » attendu', expected: ['35e']}]},
    {text: '---\ndate: 2025-07-01\n---\nIl y a deux décennies, en 1995, le village comptait 300 habitants.', lang: 'fr', path: 'a.md', errors: [{place: '4:8-4:22', reason: '« deux décennies » ne correspond pas à l’écart entre 1995 et la date de l’article, le 1er juillet 2025 (30 ans) : « 30 ans » attendu', expected: ['30 ans']}]},
    {text: '---\ndate: 2027-01-01\n---\nIl y a cinq ans, en 2017, elle ouvrait sa boutique.', lang: 'fr', path: 'a.md', errors: [{place: '4:8-4:12', reason: '« cinq » ne correspond pas à l’écart entre 2017 et la date de l’article, le 1er janvier 2027 (10 ans) : « dix » attendu', expected: ['dix']}]},
    {text: '---\ndate: 2020-06-01\n---\nQuinze ans après le référendum de 2015, le débat est toujours vif.', lang: 'fr', path: 'a.md', errors: [{place: '4:1-4:7', reason: '« Quinze » ne correspond pas à l’écart entre 2015 et la date de l’article, le 1er juin 2020 (5 ans) : « Cinq » attendu', expected: ['Cinq']}]},
    {text: '---\ndate: 2025-11-13\n---\nTwenty years ago, on November 13, 2015, gunmen attacked Paris.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:7', reason: 'Unexpected `Twenty` for the years between 2015 and the story’s date, November 13, 2025 (10 years), expected `Ten`', expected: ['Ten']}]},
    {text: '---\ndate: 2020-11-13\n---\nThe tenth anniversary of the 2015 attacks passed quietly.', lang: 'en', path: 'a.md', errors: [{place: '4:5-4:10', reason: 'Unexpected `tenth anniversary` for 2015: the story’s date, November 13, 2020, is 5 years later, expected `fifth`', expected: ['fifth']}]},
    {text: '---\ndate: 2024-05-01\n---\n12 years ago, in 2014, the club was promoted.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:3', reason: 'Unexpected `12` for the years between 2014 and the story’s date, May 1, 2024 (10 years), expected `10`', expected: ['10']}]},
    {text: '---\ndate: 2025-03-01\n---\nThe 10th anniversary of the 2010 law went unnoticed.', lang: 'en', path: 'a.md', errors: [{place: '4:5-4:9', reason: 'Unexpected `10th anniversary` for 2010: the story’s date, March 1, 2025, is 15 years later, expected `15th`', expected: ['15th']}]},
    {text: '---\ndate: 2020-11-13\n---\nA decade after the 2015 attacks, the city still mourns.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:9', reason: 'Unexpected `A decade` for the years between 2015 and the story’s date, November 13, 2020 (5 years), expected `5 years`', expected: ['5 years']}]},
    {text: '---\ndate: 2025-06-01\n---\nIn 2016, five years ago, everything changed.', lang: 'en', path: 'a.md', errors: [{place: '4:10-4:14', reason: 'Unexpected `five` for the years between 2016 and the story’s date, June 1, 2025 (9 years), expected `nine`', expected: ['nine']}]},
    {text: 'PARIS, Nov. 12, 2020 (AFP) - Ten years ago, in 2015, the hall reopened.', lang: 'en', errors: [{place: '1:30-1:33', reason: 'Unexpected `Ten` for the years between 2015 and the story’s date, November 12, 2020 (5 years), expected `Five`', expected: ['Five']}]},
    {text: '---\ndate: 2023-09-01\n---\nThirty years ago, in 1983, the festival was born.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:7', reason: 'Unexpected `Thirty` for the years between 1983 and the story’s date, September 1, 2023 (40 years), expected `Forty`', expected: ['Forty']}]},
    {text: '---\ndate: 2022-01-10\n---\nFifteen years ago this week, on January 10, 2012, the bridge collapsed.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:8', reason: 'Unexpected `Fifteen` for the years between 2012 and the story’s date, January 10, 2022 (10 years), expected `Ten`', expected: ['Ten']}]},
    {text: '---\ndate: 2021-05-01\n---\nThe twentieth anniversary of the 2011 merger will be marked in May.', lang: 'en', path: 'a.md', errors: [{place: '4:5-4:14', reason: 'Unexpected `twentieth anniversary` for 2011: the story’s date, May 1, 2021, is 10 years later, expected `tenth`', expected: ['tenth']}]},
    {text: '---\ndate: 2026-02-01\n---\n40 years ago, in 1996, the plant opened.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:3', reason: 'Unexpected `40` for the years between 1996 and the story’s date, February 1, 2026 (30 years), expected `30`', expected: ['30']}]},
    {text: '---\ndate: 2018-08-01\n---\nThe 30th anniversary of the 1978 disaster brings families together.', lang: 'en', path: 'a.md', errors: [{place: '4:5-4:9', reason: 'Unexpected `30th anniversary` for 1978: the story’s date, August 1, 2018, is 40 years later, expected `40th`', expected: ['40th']}]},
    {text: '---\ndate: 2024-09-01\n---\nTwenty years after the 2014 flood, the district remains fragile.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:7', reason: 'Unexpected `Twenty` for the years between 2014 and the story’s date, September 1, 2024 (10 years), expected `Ten`', expected: ['Ten']}]},
    {text: '---\ndate: 2024-03-01\n---\nOn March 22, 1998, twenty years ago, the strike began.', lang: 'en', path: 'a.md', errors: [{place: '4:20-4:26', reason: 'Unexpected `twenty` for the years between 1998 and the story’s date, March 1, 2024 (26 years), expected `twenty-six`', expected: ['twenty-six']}]},
    {text: '---\ndate: 2015-10-01\n---\nTen years ago, in 2012, the mayor was elected.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:4', reason: 'Unexpected `Ten` for the years between 2012 and the story’s date, October 1, 2015 (3 years), expected `Three`', expected: ['Three']}]},
    {text: '---\ndate: 2019-12-01\n---\nThe 25th anniversary of the Channel Tunnel, opened in 1984, is celebrated.', lang: 'en', path: 'a.md', errors: [{place: '4:5-4:9', reason: 'Unexpected `25th anniversary` for 1984: the story’s date, December 1, 2019, is 35 years later, expected `35th`', expected: ['35th']}]},
    {text: '---\ndate: 2025-07-01\n---\nTwo decades ago, in 1995, the village had 300 residents.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:12', reason: 'Unexpected `Two decades` for the years between 1995 and the story’s date, July 1, 2025 (30 years), expected `30 years`', expected: ['30 years']}]},
    {text: '---\ndate: 2027-01-01\n---\nFive years ago, in 2017, she opened her shop.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:5', reason: 'Unexpected `Five` for the years between 2017 and the story’s date, January 1, 2027 (10 years), expected `Ten`', expected: ['Ten']}]},
    {text: '---\ndate: 2020-06-01\n---\nFifteen years after the 2015 referendum, the debate is still heated.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:8', reason: 'Unexpected `Fifteen` for the years between 2015 and the story’s date, June 1, 2020 (5 years), expected `Five`', expected: ['Five']}]},
    {text: '---\ndate: 2023-06-01\n---\nThe 21st anniversary of the 2011 uprising is on Friday.', lang: 'en', path: 'a.md', errors: [{place: '4:5-4:9', reason: 'Unexpected `21st anniversary` for 2011: the story’s date, June 1, 2023, is 12 years later, expected `12th`', expected: ['12th']}]},
    {text: '---\ndate: 2020-06-01\n---\nA decade ago, in 2015, the mine closed.', lang: 'en', path: 'a.md', errors: [{place: '4:1-4:9', reason: 'Unexpected `A decade` for the years between 2015 and the story’s date, June 1, 2020 (5 years), expected `5 years`', expected: ['5 years']}]},
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

// Months and years later, counts told back (« plus tôt », "earlier"), a date
// then a count from another (« soit trois jours après … du 2 mars »), years
// later against the one year told before, and days, weeks or months ago
// against the story's date. Valid: the right count, a part of a year that
// lets a count be one off, two years before, background, « quinze jours »
// for two weeks, a vague or approximate count, no story date.
const MARCH_5 = new Date(Date.UTC(2026, 2, 5))
ruleTester('date-arithmetic', {
  valid: [
    {text: 'En 2010, il fonde sa société. Neuf ans plus tard, en 2019, il la revend.', lang: 'fr'},
    {text: 'En mars 2010, il fonde sa société. Dix ans plus tard, en 2019, il la revend.', lang: 'fr', name: 'a month lets a count of years be one off'},
    {text: 'Fin 2010, il fonde sa société. Dix ans plus tard, en 2019, il la revend.', lang: 'fr'},
    {text: 'En 2010, il fonde sa société, comme son père en 1985. Dix ans plus tard, en 2019, il la revend.', lang: 'fr', name: 'two years before: which one is unsure'},
    {text: 'Depuis 2010, il dirige sa société. Dix ans plus tard, en 2019, il la revend.', lang: 'fr', name: 'background'},
    {text: 'En 2010-2012, il dirige la société. Dix ans plus tard, en 2022, il la revend.', lang: 'fr', name: 'a span: which end is unsure'},
    {text: 'Il dirige la société de 2010 à 2012. Sept ans plus tard, en 2019, il la revend.', lang: 'fr', name: 'two years before'},
    {text: 'En 2010, il fonde sa société.\n\nDix ans plus tard, en 2019, il la revend.', lang: 'fr', name: 'another paragraph'},
    {text: 'En 2019, il revend sa société. Neuf ans plus tôt, en 2010, il l’avait fondée.', lang: 'fr'},
    {text: 'Dix ans après les attentats de 2015, en 2025, la salle a rouvert.', lang: 'fr', name: 'after an event, not a step'},
    {text: 'Le 3 mars 2010, il est élu. Cinq ans plus tard, le 1er mars 2015, il est battu.', lang: 'fr'},
    {text: 'Le 2 mars 2026, il est arrêté. Trois mois plus tard, le 5 juin, il est jugé.', lang: 'fr'},
    {text: 'Le 2 mars 2026, il est arrêté. Quinze jours plus tard, le 16 mars, il est jugé.', lang: 'fr', name: '« quinze jours » is two weeks'},
    {text: 'Le 2 mars 2026, il est arrêté. Huit jours plus tard, le 9 mars, il est jugé.', lang: 'fr', name: '« huit jours » is a week'},
    {text: 'Le 5 mars 2026, il est libéré. Trois jours plus tôt, le 2 mars, il avait été arrêté.', lang: 'fr'},
    {text: 'Il est libéré le 5 mars 2026, soit trois jours après son arrestation du 2 mars.', lang: 'fr'},
    {text: 'Il est libéré le 5 mars 2026, trois jours après son arrestation, et jugé le 2 avril.', lang: 'fr', name: 'the next date is another event'},
    {text: 'Il y a trois jours, le 2 mars, le toit s’est effondré.', lang: 'fr', referenceDate: MARCH_5},
    {text: 'Le toit s’est effondré le 2 mars, il y a trois jours.', lang: 'fr', referenceDate: MARCH_5},
    {text: 'Il y a deux semaines, le 19 février, le toit s’est effondré.', lang: 'fr', referenceDate: MARCH_5},
    {text: 'Il y a quelques jours, le 2 mars, le toit s’est effondré.', lang: 'fr', referenceDate: MARCH_5},
    {text: 'Il y a près de deux jours, le 2 mars, le toit s’est effondré.', lang: 'fr', referenceDate: MARCH_5},
    {text: 'Il y a deux jours, le 2 mars 2026, le toit s’est effondré.', lang: 'fr', name: 'no story date'},
    {text: 'In 2010, he founded the firm. Nine years later, in 2019, he sold it.', lang: 'en'},
    {text: 'In late 2010, he founded the firm. Ten years later, in 2019, he sold it.', lang: 'en'},
    {text: 'In 2010, he founded the firm, as his father had in 1985. Ten years later, in 2019, he sold it.', lang: 'en'},
    {text: 'Since 2010, he has run the firm. Ten years later, in 2019, he sold it.', lang: 'en'},
    {text: 'In 2010-12, he ran the firm. Ten years later, in 2022, he sold it.', lang: 'en', name: 'a span: which end is unsure'},
    {text: 'In 2019 he sold the firm. Nine years earlier, in 2010, he had founded it.', lang: 'en'},
    {text: 'He was elected on March 3, 2010. Five years later, on March 1, 2015, he lost.', lang: 'en'},
    {text: 'He was arrested on March 2, 2026. Three months later, on June 5, he was tried.', lang: 'en'},
    {text: 'He was freed on March 5, 2026. Three days earlier, on March 2, he had been arrested.', lang: 'en'},
    {text: 'He was freed on March 5, 2026, three days after his arrest on March 2.', lang: 'en'},
    {text: 'Three days ago, on March 2, the roof collapsed.', lang: 'en', referenceDate: MARCH_5},
    {text: 'The roof collapsed on March 2, three days ago.', lang: 'en', referenceDate: MARCH_5},
    {text: 'A few days ago, on March 2, the roof collapsed.', lang: 'en', referenceDate: MARCH_5},
    {text: 'Two days ago, on March 2, 2026, the roof collapsed.', lang: 'en', name: 'no story date'}
  ],
  invalid: [
    {text: 'En 2010, il fonde sa société. Dix ans plus tard, en 2019, il la revend.', lang: 'fr', errors: [{place: '1:31-1:34', reason: '« Dix » ne correspond pas à l’écart entre 2010 et 2019 (9 ans) : « Neuf » attendu', expected: ['Neuf']}]},
    {text: 'En 2019, il revend sa société. Huit ans plus tôt, en 2010, il l’avait fondée.', lang: 'fr', errors: [{place: '1:32-1:36', reason: '« Huit » ne correspond pas à l’écart entre 2010 et 2019 (9 ans) : « Neuf » attendu', expected: ['Neuf']}]},
    {text: 'Le 3 mars 2010, il est élu. Six ans plus tard, le 1er mars 2015, il est battu.', lang: 'fr', errors: [{place: '1:29-1:32', reason: '« Six » ne correspond pas à l’écart entre le 3 mars 2010 et le 1er mars 2015 (5 ans) : « Cinq » attendu', expected: ['Cinq']}]},
    {text: 'Le 2 mars 2026, il est arrêté. Deux mois plus tard, le 5 juin, il est jugé.', lang: 'fr', errors: [{place: '1:32-1:36', reason: '« Deux » ne correspond pas à l’écart entre le 2 mars 2026 et le 5 juin 2026 (3 mois) : « Trois » attendu', expected: ['Trois']}]},
    {text: 'Le 5 mars 2026, il est libéré. Deux jours plus tôt, le 2 mars, il avait été arrêté.', lang: 'fr', errors: [{place: '1:32-1:36', reason: '« Deux » ne correspond pas à l’écart entre le 2 mars 2026 et le 5 mars 2026 (3 jours) : « Trois » attendu', expected: ['Trois']}]},
    {text: 'Il est libéré le 5 mars 2026, soit deux jours après son arrestation du 2 mars.', lang: 'fr', errors: [{place: '1:36-1:40', reason: '« deux » ne correspond pas à l’écart entre le 2 mars 2026 et le 5 mars 2026 (3 jours) : « trois » attendu', expected: ['trois']}]},
    {text: 'Il y a deux jours, le 2 mars, le toit s’est effondré.', lang: 'fr', referenceDate: MARCH_5, errors: [{place: '1:8-1:12', reason: '« deux » ne correspond pas à l’écart entre le 2 mars 2026 et la date de l’article, le 5 mars 2026 (3 jours) : « trois » attendu', expected: ['trois']}]},
    {text: 'Le toit s’est effondré le 2 mars, il y a deux jours.', lang: 'fr', referenceDate: MARCH_5, errors: [{place: '1:42-1:46', reason: '« deux » ne correspond pas à l’écart entre le 2 mars 2026 et la date de l’article, le 5 mars 2026 (3 jours) : « trois » attendu', expected: ['trois']}]},
    {text: 'PARIS, 5 mars 2026 (AFP) - Il y a trois semaines, le 19 février, le toit s’est effondré.', lang: 'fr', errors: [{place: '1:35-1:40', reason: '« trois » ne correspond pas à l’écart entre le 19 février 2026 et la date de l’article, le 5 mars 2026 (14 jours) : « deux » attendu', expected: ['deux']}]},
    {text: 'In 2010, he founded the firm. Ten years later, in 2019, he sold it.', lang: 'en', errors: [{place: '1:31-1:34', reason: 'Unexpected `Ten` for the years between 2010 and 2019 (9 years), expected `Nine`', expected: ['Nine']}]},
    {text: 'He was elected on March 3, 2010. Six years later, on March 1, 2015, he lost.', lang: 'en', errors: [{place: '1:34-1:37', reason: 'Unexpected `Six` for the gap between March 3, 2010 and March 1, 2015 (5 years), expected `Five`', expected: ['Five']}]},
    {text: 'He was arrested on March 2, 2026. Two months later, on June 5, he was tried.', lang: 'en', errors: [{place: '1:35-1:38', reason: 'Unexpected `Two` for the gap between March 2, 2026 and June 5, 2026 (3 months), expected `Three`', expected: ['Three']}]},
    {text: 'He was freed on March 5, 2026. Two days earlier, on March 2, he had been arrested.', lang: 'en', errors: [{place: '1:32-1:35', reason: 'Unexpected `Two` for the gap between March 2, 2026 and March 5, 2026 (3 days), expected `Three`', expected: ['Three']}]},
    {text: 'He was freed on March 5, 2026, two days after his arrest on March 2.', lang: 'en', errors: [{place: '1:32-1:35', reason: 'Unexpected `two` for the gap between March 2, 2026 and March 5, 2026 (3 days), expected `three`', expected: ['three']}]},
    {text: 'Two days ago, on March 2, the roof collapsed.', lang: 'en', referenceDate: MARCH_5, errors: [{place: '1:1-1:4', reason: 'Unexpected `Two` for the gap between March 2, 2026 and the story’s date, March 5, 2026 (3 days), expected `Three`', expected: ['Three']}]},
    {text: 'PARIS, March 5, 2026 (AFP) - Three weeks ago, on Feb. 19, the roof collapsed.', lang: 'en', errors: [{place: '1:30-1:35', reason: 'Unexpected `Three` for the gap between February 19, 2026 and the story’s date, March 5, 2026 (14 days), expected `Two`', expected: ['Two']}]}
  ]
})
