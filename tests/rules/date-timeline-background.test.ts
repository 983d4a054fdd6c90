import {describe, expect, test} from 'vitest'
import {messages} from '../dates/helpers.js'

// Checked with `date -d`: 2016-12-23 is a Friday, 2016-03-22 a Tuesday,
// 2025-06-16 a Monday, 2025-06-13 a Friday, 2026-12-07 a Monday, 2026-12-03 a Thursday.
async function reported(text: string, lang: 'fr' | 'en') {
  return (await messages(text, lang, 'date-timeline')).map(String)
}

describe('a date its clause dates from another event is background, not the next step', () => {
  test('« deux jours après l’attaque », "two days after the attack" after the date', async () => {
    expect(await reported('Le suspect a été tué près de Turin le vendredi 23 décembre 2016. Il a pris le train, puis il a été filmé à Anvers le 18 décembre, deux jours après l’attaque.', 'fr')).toEqual([])
    expect(await reported('The suspect was killed near Turin on Friday, Dec. 23, 2016. He took a train, then he was filmed in Antwerp on Dec. 18, two days after the attack.', 'en')).toEqual([])
  })

  test('a date in a noun complement, « trois jours avant son arrestation », "three days before his arrest"', async () => {
    expect(await reported('Le procès s’est ouvert le mardi 22 mars 2016. Plus tard, le suspect, jugé pour une agression le 11 mars 2016 à Gand, trois jours avant son arrestation, a parlé.', 'fr')).toEqual([])
    expect(await reported('The trial opened on Tuesday, March 22, 2016. Later the suspect, tried over an assault on March 11, 2016 in Ghent, three days before his arrest, spoke.', 'en')).toEqual([])
  })

  test('the anchor before the date', async () => {
    expect(await reported('Le suspect a été tué le vendredi 23 décembre 2016. Puis, deux jours après l’attaque, le 18 décembre, il a été filmé à Anvers.', 'fr')).toEqual([])
    expect(await reported('The suspect was killed on Friday, Dec. 23, 2016. Then, two days after the attack, on Dec. 18, he was filmed in Antwerp.', 'en')).toEqual([])
  })

  test('true cases nearby: the same sentences without the anchor, or with « trois jours après », "three days later" alone', async () => {
    expect(await reported('Le suspect a été tué près de Turin le vendredi 23 décembre 2016. Il a pris le train, puis il a été filmé à Anvers le 18 décembre.', 'fr')).toEqual(['1:118-1:129: « 18 décembre » (18 décembre 2016) est raconté après « vendredi 23 décembre 2016 » (23 décembre 2016) mais le précède de 5 jours'])
    expect(await reported('The suspect was killed near Turin on Friday, Dec. 23, 2016. He took a train, then he was filmed in Antwerp on Dec. 18.', 'en')).toEqual(['1:111-1:118: "Dec. 18" (December 18, 2016) is told after "Friday, Dec. 23, 2016" (December 23, 2016) but comes 5 days before it'])
    expect(await reported('Le procès s’est ouvert le mardi 22 mars 2016. Plus tard, le suspect, jugé pour une agression le 11 mars 2016 à Gand, a parlé.', 'fr')).toEqual(['1:97-1:109: « 11 mars 2016 » (11 mars 2016) est raconté après « mardi 22 mars 2016 » (22 mars 2016) mais le précède de 11 jours'])
    expect(await reported('Il a été arrêté le lundi 16 juin 2025, puis condamné le vendredi 13 juin 2025, trois jours après.', 'fr')).toEqual(['1:57-1:78: « vendredi 13 juin 2025 » (13 juin 2025) est raconté après « lundi 16 juin 2025 » (16 juin 2025) mais le précède de 3 jours'])
    expect(await reported('He was arrested on Monday, June 16, 2025, then sentenced on Friday, June 13, 2025, three days later.', 'en')).toEqual(['1:61-1:82: "Friday, June 13, 2025" (June 13, 2025) is told after "Monday, June 16, 2025" (June 16, 2025) but comes 3 days before it'])
  })
})

describe('a date told in the pluperfect or the past conditional is backstory', () => {
  test('« avait été filmé », « se seraient rendus », "had been filmed", "would have traveled"', async () => {
    expect(await reported('Le suspect a été tué le vendredi 23 décembre 2016. Il s’était rendu à Gand, puis à Anvers où il avait été filmé le 18 décembre.', 'fr')).toEqual([])
    expect(await reported('The suspect was killed on Friday, Dec. 23, 2016. He had gone to Ghent, then to Antwerp where he had been filmed on Dec. 18.', 'en')).toEqual([])
    expect(await reported('Les enquêteurs ont perquisitionné le mardi 22 mars 2016. Les deux hommes se seraient rendus en Grèce -- un pays par lequel ont transité d’autres membres --, puis aux Pays-Bas le 7 novembre 2015.', 'fr')).toEqual([])
    expect(await reported('Investigators searched the flat on Tuesday, March 22, 2016. The two men would have traveled to Greece (a country others went through), then to the Netherlands on Nov. 7, 2015.', 'en')).toEqual([])
    expect(await reported('Les enquêteurs ont perquisitionné le mardi 22 mars 2016. Ensuite, l’homme aurait quitté la ville le 7 novembre 2015.', 'fr')).toEqual([])
  })

  test('true cases nearby: the same steps in the passé composé or the simple past', async () => {
    expect(await reported('Le suspect a été tué le vendredi 23 décembre 2016. Il s’est rendu à Gand, puis à Anvers où il a été filmé le 18 décembre.', 'fr')).toEqual(['1:110-1:121: « 18 décembre » (18 décembre 2016) est raconté après « vendredi 23 décembre 2016 » (23 décembre 2016) mais le précède de 5 jours'])
    expect(await reported('The suspect was killed on Friday, Dec. 23, 2016. He went to Ghent, then to Antwerp where he was filmed on Dec. 18.', 'en')).toEqual(['1:107-1:114: "Dec. 18" (December 18, 2016) is told after "Friday, Dec. 23, 2016" (December 23, 2016) but comes 5 days before it'])
    expect(await reported('Les enquêteurs ont perquisitionné le mardi 22 mars 2016. Les deux hommes se sont rendus en Grèce, puis aux Pays-Bas le 7 novembre 2015.', 'fr')).toEqual(['1:120-1:135: « 7 novembre 2015 » (7 novembre 2015) est raconté après « mardi 22 mars 2016 » (22 mars 2016) mais le précède d’environ 4 mois'])
  })

  test('a contradiction within the backstory, or a story verb after it, is still reported', async () => {
    expect(await reported('Il avait été arrêté le lundi 16 juin 2025 puis condamné le vendredi 13 juin 2025.', 'fr')).toEqual(['1:60-1:81: « vendredi 13 juin 2025 » (13 juin 2025) est raconté après « lundi 16 juin 2025 » (16 juin 2025) mais le précède de 3 jours'])
    expect(await reported('He had been arrested on Monday, June 16, 2025 and then sentenced on Friday, June 13, 2025.', 'en')).toEqual(['1:69-1:90: "Friday, June 13, 2025" (June 13, 2025) is told after "Monday, June 16, 2025" (June 16, 2025) but comes 3 days before it'])
    expect(await reported('Le procès s’est ouvert le lundi 7 décembre 2026. L’accusé avait fui, puis il a été arrêté le jeudi 3 décembre.', 'fr')).toEqual(['1:94-1:110: « jeudi 3 décembre » (3 décembre 2026) est raconté après « lundi 7 décembre 2026 » (7 décembre 2026) mais le précède de 4 jours'])
    expect(await reported('The trial opened on Monday, Dec. 7, 2026. The defendant had fled, then he was arrested on Thursday, Dec. 3.', 'en')).toEqual(['1:91-1:107: "Thursday, Dec. 3" (December 3, 2026) is told after "Monday, Dec. 7, 2026" (December 7, 2026) but comes 4 days before it'])
  })
})
