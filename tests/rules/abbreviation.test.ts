import {describe, expect, it} from 'vitest'
import {findAbbreviations} from '../../src/analysis/abbreviation.js'
import {ruleTester} from '../support/rule-tester.js'

ruleTester('abbreviation', {
  valid: [
    {text: 'M. Esper a rencontré M. Bourita et Mme Dupont.', lang: 'fr', name: 'fr: consistent M. and Mme'},
    {text: 'Le groupe M Publicis est seul. Le format M est court.', lang: 'fr', name: 'fr: « M » alone with no « M. » elsewhere'},
    {text: 'Le Dr Martin et le Pr Durand ont parlé.', lang: 'fr', name: 'fr: Dr and Pr without full stop'},
    {text: 'Mr. Smith met Mrs. Jones and Dr. Brown.', lang: 'en', name: 'en: American style throughout'},
    {text: 'Mr Smith met Mrs Jones and Dr Brown.', lang: 'en', name: 'en: British style throughout'},
    {text: 'Mr. Smith met Mrs Jones.', lang: 'en', name: 'en: a tie between two house styles decides nothing'},
    {text: 'The road is Mulholland Dr and the talks were in Washington.', lang: 'en', name: 'en: Dr not followed by a name'},
    {text: 'John M. Smith and M Night Shyamalan.', lang: 'en', name: 'en: French honorifics are not checked in English'},
    {
      text: 'The team, led by Dr. Farman, found the hole.\n\nDr Solomon praised Mr Hale. Mr. Hale agreed.\n\nThe team, led by Dr. Farman, found the hole.',
      lang: 'en',
      name: 'en: a paragraph pasted twice counts once, and leaves a tie'
    }
  ],
  invalid: [
    {
      text: 'M. Esper a rencontré M Bourita. M. Esper est reparti.',
      lang: 'fr',
      name: 'fr: M without a full stop among M.',
      errors: ['1:22-1:31: Abréviation « M Bourita » écrite autrement ailleurs dans le document : « M. Bourita » est attendu']
    },
    {
      text: 'Mme. Dupont est arrivée.',
      lang: 'fr',
      name: 'fr: Mme never takes a full stop',
      errors: [{place: '1:1-1:12', expected: ['Mme Dupont']}]
    },
    {
      text: 'M Esper a rencontré M. Bourita.',
      lang: 'fr',
      name: 'fr: a tie goes to M.',
      errors: [{place: '1:1-1:8', expected: ['M. Esper']}]
    },
    {
      text: 'Le Dr. Martin, le Dr Durand et le Pr Leroy.',
      lang: 'fr',
      name: 'fr: Dr. among Dr and Pr',
      errors: [{expected: ['Dr Martin']}]
    },
    {
      text: 'Mr. Smith met Mrs. Jones and Dr Brown.',
      lang: 'en',
      name: 'en: British Dr among American Mr. and Mrs.',
      errors: ["1:30-1:38: Unexpected `Dr Brown`, expected `Dr. Brown` as elsewhere in the document"]
    },
    {
      text: 'Mr Smith met Mrs Jones and Mr. Brown.',
      lang: 'en',
      name: 'en: American Mr. among British Mr and Mrs',
      errors: [{expected: ['Mr Brown']}]
    },
    {
      text: 'Dr. Farman spoke.\n\nDr Solomon praised Mr Hale. Mr. Hale agreed. Mrs. Hale too.\n\nDr. Farman spoke.',
      lang: 'en',
      name: 'en: with the pasted copy counted once, a real majority still decides (3 against 2)',
      errors: [{expected: ['Dr. Solomon']}, {expected: ['Mr. Hale']}]
    },
    {
      text: 'Le Dr Martin a parlé au Dr. Leroy.\n\nLe Dr. Leroy a répondu.\n\nLe Dr. Leroy a répondu.\n\nLe Pr Durand aussi.',
      lang: 'fr',
      name: 'fr: a paragraph pasted twice counts once (Dr and Pr win 2 to 2, as French wants on a tie)',
      errors: [{expected: ['Dr Leroy']}, {expected: ['Dr Leroy']}, {expected: ['Dr Leroy']}]
    }
  ]
})

describe('abbreviation analysis', () => {
  it('finds honorifics only as whole words, before a name', () => {
    const texts = ['M. Esper et M Bourita. xM Dupont, l’M Dupont, 3M Dupont, -M Dupont, .M Dupont. Mmex Dupont, Mme. N’Daw, M.\u00A0Durand.']
    expect(findAbbreviations(texts, 'fr').map((issue) => [issue.actual, issue.expected, issue.reason])).toEqual([
      ['M Bourita', 'M. Bourita', 'majority'],
      ['Mme. N’Daw', 'Mme N’Daw', 'always']
    ])
  })

  it('reads the honorifics of the document’s language only', () => {
    const texts = ['Mr. Smith met Mrs. Jones, Mr Brown and Dr. Who. M Dupont and M. Durand. Mrx Doe, Mr.Smith.']
    expect(findAbbreviations(texts, 'en').map((issue) => [issue.actual, issue.expected])).toEqual([['Mr Brown', 'Mr. Brown']])
    expect(findAbbreviations(texts, 'und')).toEqual([])
  })
})
