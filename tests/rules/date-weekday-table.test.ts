import {ruleTester} from '../support/rule-tester.js'

// Invalid: a weekday that is not its date's (`mismatch`), a date that does
// not exist (`impossible`), a night whose second day does not follow the
// first (`night`), in French and English, each beside its near-miss: the
// same sentence with the right weekday, a correction notice quoting the
// wrong date, a leap year. The rule has no fix: its corrections are
// suggestions. Linted on Friday 4 December 2026 (the tester's day).
const published = new Date('2026-12-04')

ruleTester('date-weekday', {
  valid: [
    {text: 'Il a été arrêté le jeudi 3 décembre 2026.', lang: 'fr'},
    {text: 'He was arrested on Thursday, Dec. 3, 2026.', lang: 'en'},
    {text: 'Il est arrivé jeudi 31 décembre 2020 à Paris. Vendredi 1er janvier, il a vu le maire. Lundi 4 janvier, il est reparti.', lang: 'fr'},
    {text: 'He arrived on Thursday, Dec. 31, 2020. On Friday, Jan. 1, he met the mayor. He left on Monday, Jan. 4.', lang: 'en'},
    {name: 'a correction notice quotes the wrong date it corrects (fr)', text: 'Contrairement à ce que nous avons écrit, la séance ne s’est pas tenue le mardi 3 décembre 2026.', lang: 'fr'},
    {name: 'a correction notice quotes the wrong date it corrects (en)', text: 'This story incorrectly gave the date of the hearing as Tuesday, Dec. 3, 2026.', lang: 'en'},
    {text: 'L’exposition, ouverte samedi 28 novembre, se poursuit jusqu’au dimanche 7 mars.', lang: 'fr', referenceDate: published},
    {text: 'The show opened on Saturday, Nov. 28 and runs until Sunday, March 7.', lang: 'en', referenceDate: published},
    {text: 'Le contrat est daté du 29 février 2024.', lang: 'fr'},
    {text: 'The contract is dated Feb. 29, 2024.', lang: 'en'},
    {text: 'La facture est datée du 30 avril.', lang: 'fr'},
    {text: 'The invoice is dated April 30.', lang: 'en'},
    {text: 'Le toit s’est effondré dans la nuit de jeudi à vendredi.', lang: 'fr'},
    {text: 'The roof fell in overnight Thursday into Friday.', lang: 'en'}
  ],
  invalid: [
    {
      text: 'Il a été arrêté par erreur le mardi 3 décembre 2026.',
      lang: 'fr',
      errors: [{place: '1:31-1:52', messageId: 'mismatch', reason: 'Le 3 décembre 2026 est un jeudi, pas un mardi'}],
      output: null
    },
    {
      text: 'He was wrongly convicted on Tuesday, Dec. 3, 2026.',
      lang: 'en',
      errors: [{place: '1:29-1:50', messageId: 'mismatch', reason: 'December 3, 2026 is a Thursday, not a Tuesday'}],
      output: null
    },
    {
      text: 'Il est arrivé jeudi 31 décembre 2020 à Paris. Lundi 1er janvier, il a vu le maire.',
      lang: 'fr',
      errors: [{place: '1:47-1:64', messageId: 'mismatch', reason: 'Le 1er janvier 2021 est un vendredi, pas un lundi ; année déduite de « jeudi 31 décembre 2020 » (ligne 1)'}],
      output: null
    },
    {
      text: 'He arrived on Thursday, Dec. 31, 2020. On Monday, Jan. 1, he met the mayor.',
      lang: 'en',
      errors: [{place: '1:43-1:57', messageId: 'mismatch', reason: 'January 1, 2021 is a Friday, not a Monday; year inferred from "Thursday, Dec. 31, 2020" (line 1)'}],
      output: null
    },
    {
      text: 'L’exposition a duré jusqu’au dimanche 7 mars.',
      lang: 'fr',
      referenceDate: published,
      errors: [{place: '1:30-1:45', messageId: 'mismatch', reason: 'Le 7 mars 2026 est un samedi, pas un dimanche ; année de la date de publication (2026-12-04)'}],
      output: null
    },
    {
      text: 'The show runs until Saturday, March 7.',
      lang: 'en',
      referenceDate: published,
      errors: [{place: '1:21-1:38', messageId: 'mismatch', reason: 'March 7, 2027 is a Sunday, not a Saturday; year after the publication date (2026-12-04): a date to come'}],
      output: null
    },
    {
      text: 'Le contrat est daté du 29 février 2021.',
      lang: 'fr',
      errors: [{place: '1:24-1:39', messageId: 'impossible', reason: 'Le 29 février 2021 n’existe pas : 2021 n’est pas une année bissextile'}],
      output: null
    },
    {
      text: 'The invoice is dated Feb. 30.',
      lang: 'en',
      errors: [{place: '1:22-1:29', messageId: 'impossible', reason: 'February 30 does not exist: February never has more than 29 days'}],
      output: null
    },
    {
      text: 'La facture est datée du 30 février.',
      lang: 'fr',
      errors: [{place: '1:25-1:35', messageId: 'impossible', reason: 'Le 30 février n’existe pas : février n’a jamais plus de 29 jours'}],
      output: null
    },
    {
      text: 'Le toit s’est effondré dans la nuit de jeudi à mardi.',
      lang: 'fr',
      errors: [{place: '1:40-1:53', messageId: 'night', reason: 'Une nuit va d’un jour au lendemain : mardi ne suit pas jeudi', expected: ['jeudi à vendredi', 'lundi à mardi']}],
      output: null
    },
    {
      text: 'The roof fell in overnight Thursday into Tuesday.',
      lang: 'en',
      errors: [{place: '1:28-1:49', messageId: 'night', reason: 'A night runs from one day into the next: Tuesday does not follow Thursday', expected: ['Thursday into Friday', 'Monday into Tuesday']}],
      output: null
    }
  ]
})
