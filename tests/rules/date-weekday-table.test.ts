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
    {text: 'The roof fell in overnight Thursday into Friday.', lang: 'en'},
    // A date the story marks (sic) is its source's slip: it gives no year to the others (Monday 3 March is 2025, Monday 5 March 2018) and is not reported.
    {name: 'a date marked (sic) in a quoted post gives no year to the right dates (fr)', text: 'Le collectif a appelé à manifester le lundi 5 mars devant la préfecture. Sur son compte, il avait d’abord écrit : « Rendez-vous lundi 3 mars (sic) à 18 heures ». Le préfet a autorisé le rassemblement du lundi 5 mars.', lang: 'fr'},
    // « le 23 mars dernier » is read from the story's present, not chained from a past date told before it (« avait, le 6 mai 2007, … »).
    {name: 'a date « dernier » after a past background date takes the story\'s year (fr)', text: 'Le café où le ministre avait, le 4 juin 2009, fêté sa victoire a fermé. Le 23 mars dernier, une attaque a visé le parlement. Les policiers seront mobilisés dimanche 23 avril pour le scrutin.', lang: 'fr'},
    {name: 'a date after "last" after a past background date takes the story\'s year (en)', text: 'The café where the minister had, on June 4, 2009, celebrated his win has closed. Last March 23, an attack targeted parliament. Police will be out on Sunday, April 23 for the vote.', lang: 'en'},
    // A date announced after one told as the story's present (« ce », "this") comes after it: next July (13 November 2018 is a Tuesday, 6 July 2019 a Saturday).
    {name: 'a date announced after the story\'s present is the next year\'s (fr)', text: 'Le festival fête ses cinquante ans en 2019. Le programme sera présenté ce mardi 13 novembre. L’édition 2019, qui s’ouvrira le samedi 6 juillet, durera jusqu’au dimanche 28 juillet.', lang: 'fr'},
    {name: 'a date announced after the story\'s present is the next year\'s (en)', text: 'The festival turns fifty in 2019. The line-up will be presented this Tuesday, Nov. 13. The 2019 festival, which will open on Saturday, July 6, runs until Sunday, July 28.', lang: 'en'},
    // A date in brackets after its weekday, as some papers write it: read together, and right here (11 December 2014 is a Thursday).
    {name: 'a date in brackets after its weekday (en)', text: 'The council voted Thursday (Dec. 11, 2014) to raise fares. The mayor signed the order Friday (Dec. 12, 2014).', lang: 'en'},
    {name: 'a date in brackets after its weekday (fr)', text: 'Le conseil a voté jeudi (11 décembre 2014) la hausse. Le maire a signé vendredi (12 décembre 2014).', lang: 'fr'},
    {name: 'a date marked [sic] in a quoted post gives no year to the right dates (en)', text: 'The union called a rally for Monday, March 5 outside city hall. Its first post read: “See you on Monday, March 3 [sic] at 6 p.m.” Police watched the rally of Monday, March 5.', lang: 'en'}
  ],
  invalid: [
    // Near miss of the bracketed rows: the wrong weekday before a date in brackets.
    {
      text: 'The council voted Wednesday (Dec. 11, 2014) to raise fares.',
      lang: 'en',
      errors: [{place: '1:19-1:44', messageId: 'mismatch', reason: 'December 11, 2014 is a Thursday, not a Wednesday', expected: ['Thursday, Dec. 11, 2014', 'Wednesday, Dec. 10, 2014', 'Wednesday, Dec. 17, 2014']}],
      output: null
    },
    {
      text: 'Le conseil a voté mercredi (11 décembre 2014) la hausse.',
      lang: 'fr',
      errors: [{place: '1:19-1:46', messageId: 'mismatch', reason: 'Le 11 décembre 2014 est un jeudi, pas un mercredi', expected: ['jeudi 11 décembre 2014', 'mercredi 10 décembre 2014', 'mercredi 17 décembre 2014']}],
      output: null
    },
    // Near miss of the announced rows: no year puts Tuesday 15 November before a July whose 6th is a Saturday and 28th a Sunday.
    {
      text: 'Le programme sera présenté ce mardi 15 novembre. Le festival, qui s’ouvrira le samedi 6 juillet, se tiendra jusqu’au dimanche 28 juillet.',
      lang: 'fr',
      errors: [{place: '1:28-1:48', messageId: 'mismatch', reason: 'Le 15 novembre 2023 est un mercredi, pas un mardi ; année déduite de « samedi 6 juillet » (ligne 1)'}],
      output: null
    },
    {
      text: 'The line-up will be presented this Tuesday, Nov. 15. The festival, which will open on Saturday, July 6, runs until Sunday, July 28.',
      lang: 'en',
      errors: [{place: '1:31-1:52', messageId: 'mismatch', reason: 'November 15, 2023 is a Wednesday, not a Tuesday; year inferred from "Saturday, July 6" (line 1)'}],
      output: null
    },
    // Near miss of the rows above: without « dernier », the date goes on from the date told before it (2009), where 23 April is a Thursday.
    {
      text: 'Le café où le ministre avait, le 4 juin 2009, fêté sa victoire a fermé. Le 23 mars, une attaque a visé le parlement. Les policiers seront mobilisés dimanche 23 avril pour le scrutin.',
      lang: 'fr',
      errors: [{messageId: 'mismatch', reason: /Le 23 avril 2009 est un jeudi, pas un dimanche/}],
      output: null
    },
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
    },
    // Without (sic), the story's own dates give the year, and the quoted date that disagrees is the one reported.
    {
      name: 'the story’s dates, not a quoted one, give the year (fr)',
      text: 'Le collectif a appelé à manifester le lundi 5 mars devant la préfecture. Sur son compte, il avait d’abord écrit : « Rendez-vous lundi 3 mars à 18 heures ». Le préfet a autorisé le rassemblement du lundi 5 mars.',
      lang: 'fr',
      errors: [{place: '1:129-1:141', messageId: 'mismatch', reason: 'Le 3 mars 2018 est un samedi, pas un lundi ; année déduite de « lundi 5 mars » (ligne 1)'}],
      output: null
    },
    {
      name: 'the story’s dates, not a quoted one, give the year (en)',
      text: 'The union called a rally for Monday, March 5 outside city hall. Its first post read: “See you on Monday, March 3 at 6 p.m.” Police watched the rally of Monday, March 5.',
      lang: 'en',
      errors: [{place: '1:98-1:113', messageId: 'mismatch', reason: 'March 3, 2018 is a Saturday, not a Monday; year inferred from "Monday, March 5" (line 1)'}],
      output: null
    },
    // Two years make one pair agree each: the year that makes the date told twice agree wins, and the date told once is reported.
    {
      name: 'of two years that fit one date each, the one that fits the date told twice (fr)',
      text: 'Le marché se tient le lundi 5 mars. Les exposants arrivent le lundi 3 mars. Le lundi 5 mars, la mairie ouvre la halle.',
      lang: 'fr',
      errors: [{place: '1:63-1:75', messageId: 'mismatch', reason: 'Le 3 mars 2018 est un samedi, pas un lundi ; année déduite de « lundi 5 mars » (ligne 1)'}],
      output: null
    },
    {
      name: 'of two years that fit one date each, the one that fits the date told twice (en)',
      text: 'The market is held on Monday, March 5. Traders arrive on Monday, March 3. On Monday, March 5, the town hall opens.',
      lang: 'en',
      errors: [{place: '1:58-1:73', messageId: 'mismatch', reason: 'March 3, 2018 is a Saturday, not a Monday; year inferred from "Monday, March 5" (line 1)'}],
      output: null
    },
    {
      name: 'a date marked (sic) does not hide a wrong date of the story (fr)',
      text: 'Le collectif manifeste le lundi 5 mars et le mercredi 7 mars, puis le jeudi 9 mars. Il avait annoncé « lundi 3 mars (sic) ».',
      lang: 'fr',
      errors: [{place: '1:71-1:83', messageId: 'mismatch', reason: 'Le 9 mars 2018 est un vendredi, pas un jeudi ; année déduite de « lundi 5 mars » (ligne 1)'}],
      output: null
    },
    {
      name: 'a date marked (sic) does not hide a wrong date of the story (en)',
      text: 'The group marches on Monday, March 5 and Wednesday, March 7, then on Thursday, March 9. It had announced “Monday, March 3 (sic)”.',
      lang: 'en',
      errors: [{place: '1:70-1:87', messageId: 'mismatch', reason: 'March 9, 2018 is a Friday, not a Thursday; year inferred from "Monday, March 5" (line 1)'}],
      output: null
    }
  ]
})
