import {ruleTester} from '../support/rule-tester.js'

// Invalid: a date weeks from every other event of the story (`outlier`),
// and a date told with « puis » / "then" that comes before the one told
// first (`order`), in French and English. Valid: the same stories with the
// right date or in order, a far date whose weekday agrees (background), a
// gap within `maxGapDays`. No fix: the editor checks the date. Linted on
// Friday 4 December 2026 (the tester's day).
const outlierFr = 'Le ministre a signé vendredi 2 octobre un accord à Rabat. Jeudi, il était à Alger. À Tunis, il avait signé mercredi 30 octobre un accord.'
const outlierEn = 'The minister signed an agreement in Rabat on Friday, Oct. 2. On Thursday he was in Algiers. In Tunis he had signed on Wednesday, Oct. 30 an agreement.'

ruleTester('date-timeline', {
  valid: [
    {text: 'Le ministre a signé vendredi 2 octobre un accord à Rabat. Jeudi, il était à Alger. À Tunis, il avait signé mercredi 30 septembre un accord.', lang: 'fr'},
    {text: 'The minister signed an agreement in Rabat on Friday, Oct. 2. On Thursday he was in Algiers. In Tunis he had signed on Wednesday, Sept. 30 an agreement.', lang: 'en'},
    {name: 'a gap within maxGapDays (fr)', text: outlierFr, lang: 'fr', options: {maxGapDays: 30}},
    {name: 'a gap within maxGapDays (en)', text: outlierEn, lang: 'en', options: {maxGapDays: 30}},
    {text: 'Mardi 29 septembre 2020, il était à Lyon, puis lundi 5 octobre à Paris.', lang: 'fr'},
    {text: 'On Tuesday, Sept. 29, 2020 he was in Lyon, then on Monday, Oct. 5 in Paris.', lang: 'en'},
    {name: 'far, but its weekday agrees: background (fr)', text: 'Le conseil s’est réuni lundi 1er juillet 2024 et a voté mardi 2 juillet. Le précédent incident remontait au samedi 2 mars.', lang: 'fr'},
    {name: 'far, but its weekday agrees: background (en)', text: 'The council met on Monday, Sept. 9, 2024 and voted on Wednesday, Sept. 11. The plan was first announced on Monday, July 29.', lang: 'en'},
    // Nothing fixes the later date's year: months before the one told first, it may be the next year's (a recap crossing New Year).
    {name: 'a date months before the one told first may be the next year\'s (fr)', text: 'L’enquête a commencé après la fusillade du 12 juin. En décembre, trois suspects ont été arrêtés. Puis, le 3 mars, le parquet a ouvert un second dossier.', lang: 'fr'},
    {name: 'a date months before the one told first may be the next year\'s (en)', text: 'The inquiry began after the shooting of June 12. In December three suspects were arrested. Then, on March 3, prosecutors opened a second case.', lang: 'en'}
  ],
  invalid: [
    // Near miss of the recap rows: a date days before the one told first is a slip, not the next year's.
    {
      text: 'L’enquête a commencé après la fusillade du 12 juin. Puis, le 3 juin, le parquet a ouvert un second dossier.',
      lang: 'fr',
      errors: [{place: '1:62-1:68', messageId: 'order', reason: '« 3 juin » (3 juin 2026) est raconté après « 12 juin » (12 juin 2026) mais le précède de 9 jours'}],
      output: null
    },
    {
      text: 'The inquiry began after the shooting of June 12. Then, on June 3, prosecutors opened a second case.',
      lang: 'en',
      errors: [{place: '1:59-1:65', messageId: 'order', reason: '"June 3" (June 3, 2026) is told after "June 12" (June 12, 2026) but comes 9 days before it'}],
      output: null
    },
    {
      text: outlierFr,
      lang: 'fr',
      errors: [
        {
          place: '1:108-1:127',
          messageId: 'outlier',
          reason: '« mercredi 30 octobre » (30 octobre 2026) tombe 4 semaines après tous les autres événements du récit (du 1er au 2 octobre 2026) : date à vérifier ; année déduite de « vendredi 2 octobre » (ligne 1)'
        }
      ],
      output: null
    },
    {
      text: outlierEn,
      lang: 'en',
      errors: [
        {
          place: '1:119-1:137',
          messageId: 'outlier',
          reason: '"Wednesday, Oct. 30" (October 30, 2026) falls 4 weeks after every other event of the story (October 1–2, 2026): check the date; year inferred from "Friday, Oct. 2" (line 1)'
        }
      ],
      output: null
    },
    {
      text: 'Le conseil s’est réuni lundi 1er juillet 2024 et a voté mardi 2 juillet. Le précédent incident remontait au lundi 2 mars.',
      lang: 'fr',
      errors: [{place: '1:109-1:121', messageId: 'outlier', reason: /^« lundi 2 mars » \(2 mars 2024\) tombe environ 4 mois avant/}],
      output: null
    },
    {
      text: 'The council met on Monday, Sept. 9, 2024 and voted on Wednesday, Sept. 11. The plan was first announced on Tuesday, July 29.',
      lang: 'en',
      errors: [{place: '1:108-1:124', messageId: 'outlier', reason: /^"Tuesday, July 29" \(July 29, 2024\) falls 6 weeks before/}],
      output: null
    },
    {
      text: 'Lundi 5 octobre 2020, il était à Paris, puis mardi 29 septembre à Lyon.',
      lang: 'fr',
      errors: [{place: '1:46-1:64', messageId: 'order', reason: '« mardi 29 septembre » (29 septembre 2020) est raconté après « Lundi 5 octobre 2020 » (5 octobre 2020) mais le précède de 6 jours'}],
      output: null
    },
    {
      text: 'On Monday, Oct. 5, 2020 he was in Paris, then on Tuesday, Sept. 29 in Lyon.',
      lang: 'en',
      errors: [{place: '1:50-1:67', messageId: 'order', reason: '"Tuesday, Sept. 29" (September 29, 2020) is told after "Monday, Oct. 5, 2020" (October 5, 2020) but comes 6 days before it'}],
      output: null
    }
  ]
})
