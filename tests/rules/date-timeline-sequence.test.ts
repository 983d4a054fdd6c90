import {describe, expect, test} from 'vitest'
import {messages} from '../dates/helpers.js'

// Checked with `date -d`: 2026-12-07 is a Monday, 2026-12-03 a Thursday, 2026-11-12 a Thursday,
// 2020-10-02 a Friday, 2020-10-01 a Thursday.
async function reported(text: string, lang: 'fr' | 'en') {
  return (await messages(text, lang, 'date-timeline')).map(String)
}

const paragraphs = (...texts: string[]) => texts.join('\n\n')

describe('a sequence word contradicted by the dates told next to it is reported', () => {
  test('in the same paragraph', async () => {
    expect(await reported('Le conseil municipal s’est réuni lundi 7 décembre 2026 pour examiner le budget. Puis, le jeudi 3 décembre, il a voté la hausse des tarifs.', 'fr')).toEqual([
      '1:90-1:106: « jeudi 3 décembre » (3 décembre 2026) est raconté après « lundi 7 décembre 2026 » (7 décembre 2026) mais le précède de 4 jours'
    ])
    expect(await reported('The city council met on Monday, Dec. 7, 2026 to review the budget. Then, on Thursday, Dec. 3, it voted to raise fares.', 'en')).toEqual([
      '1:77-1:93: "Thursday, Dec. 3" (December 3, 2026) is told after "Monday, Dec. 7, 2026" (December 7, 2026) but comes 4 days before it'
    ])
  })

  test('in the sentence just before, across a paragraph break', async () => {
    const french = paragraphs('Le conseil municipal s’est réuni lundi 7 décembre 2026 pour examiner le budget.', 'Puis, le jeudi 3 décembre, il a voté la hausse des tarifs.')
    expect(await reported(french, 'fr')).toEqual([expect.stringMatching(/^3:10-3:26: « jeudi 3 décembre » \(3 décembre 2026\) est raconté après/)])
    const english = paragraphs('The city council met on Monday, Dec. 7, 2026 to review the budget.', 'Then, on Thursday, Dec. 3, it voted to raise fares.')
    expect(await reported(english, 'en')).toEqual([expect.stringMatching(/^3:10-3:26: "Thursday, Dec. 3" \(December 3, 2026\) is told after/)])
  })
})

describe('near misses: a sequence word that says nothing of the dates before', () => {
  test('a new paragraph opening with « Puis » or "Then" on another topic, the last date sentences away', async () => {
    const french = paragraphs(
      'Le conseil municipal de Lyon a adopté le budget 2027 lundi 7 décembre 2026, par 45 voix contre 18. Le maire a salué « un budget de responsabilité ». L’opposition a dénoncé la hausse des tarifs.',
      'Puis le débat a porté sur le stade, dont le chantier a pris du retard le jeudi 12 novembre après un accident.'
    )
    expect(await reported(french, 'fr')).toEqual([])
    const english = paragraphs(
      'The Lyon city council adopted the 2027 budget on Monday, Dec. 7, 2026, by 45 votes to 18. The mayor hailed “a responsible budget.” The opposition criticized the fare increase.',
      'Then the debate turned to the stadium, whose construction fell behind on Thursday, Nov. 12 after an accident.'
    )
    expect(await reported(english, 'en')).toEqual([])
  })

  test('« Puis il y a », "Then there is": the next topic, in the same paragraph', async () => {
    expect(await reported('Le conseil a adopté le budget lundi 7 décembre 2026. Puis il y a le stade, dont le chantier s’est arrêté le jeudi 12 novembre.', 'fr')).toEqual([])
    expect(await reported('The council adopted the budget on Monday, Dec. 7, 2026. Then there is the stadium, whose construction stopped on Thursday, Nov. 12.', 'en')).toEqual([])
    // The same sentences telling a step of the story are reported.
    expect(await reported('Le conseil a adopté le budget lundi 7 décembre 2026. Puis le chantier du stade s’est arrêté le jeudi 12 novembre.', 'fr')).toHaveLength(1)
    expect(await reported('The council adopted the budget on Monday, Dec. 7, 2026. Then construction of the stadium stopped on Thursday, Nov. 12.', 'en')).toHaveLength(1)
  })

  test('a deadline, a former title, a state under way', async () => {
    expect(await reported('Le rapport a été remis lundi 7 décembre 2026. Le ministre avait demandé qu’il soit rendu au plus tard le jeudi 3 décembre.', 'fr')).toEqual([])
    expect(await reported('The report was delivered on Monday, Dec. 7, 2026. The minister had asked for it no later than Thursday, Dec. 3.', 'en')).toEqual([])
    expect(await reported('Defense Secretary Mark Esper signed an agreement in Rabat on Friday, Oct. 2, 2020. Then-Secretary Esper had been in Algiers on Thursday, Oct. 1.', 'en')).toEqual([])
    expect(await reported('Le conseil a adopté le budget lundi 7 décembre 2026. Puis il a évoqué le stade, fermé depuis le jeudi 12 novembre.', 'fr')).toEqual([])
    expect(await reported('The council adopted the budget on Monday, Dec. 7, 2026. Then it discussed the stadium, closed since Thursday, Nov. 12.', 'en')).toEqual([])
  })
})

// Checked with `date -d`: 2025-06-13 is a Friday, 2025-06-16 a Monday.
describe('a sequence word in a relative clause orders that clause’s own story', () => {
  test('near miss: « qui a ensuite été… », "who was later…" after the main clause’s date', async () => {
    expect(await reported('Un juge a annulé le jeudi 3 décembre 2026 la condamnation de Bledsoe, qui a ensuite été condamné le vendredi 13 juin 2025.', 'fr')).toEqual([])
    expect(await reported('A judge on Thursday, Dec. 3, 2026 vacated the conviction of Bledsoe, who was later sentenced on Friday, June 13, 2025.', 'en')).toEqual([])
  })

  test('a contradiction within the relative clause is still reported', async () => {
    expect(
      await reported('Un juge a annulé la condamnation de Bledsoe, qui a été arrêté le lundi 16 juin 2025 et a ensuite été condamné le vendredi 13 juin 2025.', 'fr')
    ).toEqual([expect.stringMatching(/« vendredi 13 juin 2025 » \(13 juin 2025\) est raconté après « lundi 16 juin 2025 » \(16 juin 2025\) mais le précède de 3 jours$/)])
    expect(
      await reported('A judge vacated the conviction of Bledsoe, who was arrested on Monday, June 16, 2025 and was later sentenced on Friday, June 13, 2025.', 'en')
    ).toEqual([expect.stringMatching(/"Friday, June 13, 2025" \(June 13, 2025\) is told after "Monday, June 16, 2025" \(June 16, 2025\) but comes 3 days before it$/)])
  })

  test('a relative clause closed by a comma leaves the sequence word to the main clause', async () => {
    expect(await reported('Le juge, qui présidait, a siégé le lundi 16 juin 2025 puis a condamné Bledsoe le vendredi 13 juin 2025.', 'fr')).toEqual([
      expect.stringContaining('« vendredi 13 juin 2025 » (13 juin 2025) est raconté après « lundi 16 juin 2025 »')
    ])
    expect(await reported('The judge sat on Monday, June 16, 2025, and the jury, which deliberated for hours, then convicted Bledsoe on Friday, June 13, 2025.', 'en')).toEqual([
      expect.stringContaining('"Friday, June 13, 2025" (June 13, 2025) is told after "Monday, June 16, 2025"')
    ])
  })
})
