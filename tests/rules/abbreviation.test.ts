import {describe, expect, it} from 'vitest'
import {findAbbreviations} from '../../src/analysis/abbreviation.js'
import {lint} from '../../src/index.js'
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
    },
    {
      text: 'Mr. Smith met Mrs. Jones. Smith and Jones drank Keurig Dr Pepper.',
      lang: 'en',
      name: 'en: an honorific after a capitalised word in mid-sentence is part of a brand, neither reported nor counted'
    },
    {
      text: 'Mr Smith met Mrs Jones. Smith and Jones watched “Mr. Smith Goes to Washington” again.',
      lang: 'en',
      name: 'en: a quoted title in title case keeps its full stop, even when a Smith is in the story'
    },
    {
      text: 'Mr Adams met Mrs Baker and Ms Clark. Adams read “Dr. Jekyll and Mr. Hyde” at school.',
      lang: 'en',
      name: 'en: every honorific inside a quoted title is left alone'
    },
    {
      text: 'Mr Hale met Mrs Jones. Hale and Jones watched *Dr. Strangelove* twice.',
      lang: 'en',
      path: 'test.md',
      name: 'en: a title in Markdown italics keeps its full stop'
    },
    {
      text: 'M. Esper a lu M Le magazine du Monde. Mark Esper et M. Durand en parlent.',
      lang: 'fr',
      name: 'fr: « M » before an article that no name follows is the magazine « M », not an honorific'
    },
    {
      text: 'Le Dr. Martin et le Dr. Leroy ont bu du Keurig Dr Pepper. Martin a aimé.',
      lang: 'fr',
      name: 'fr: « Dr » inside a brand after a capitalised word is not counted against « Dr. »'
    },
    {
      text: 'M Dupont et M Durand ont revu *M. Smith au Sénat*. Dupont a aimé.',
      lang: 'fr',
      path: 'test.md',
      name: 'fr: a film title in italics keeps its « M. »'
    }
  ],
  invalid: [
    // The house style is read from the group's other honorifics: the message names them when the reported one is never written so.
    {
      text: 'Mrs. Hale spoke first. Then Mrs. Dunn replied. Mr Sean Hale left.',
      lang: 'en',
      name: 'en: Mr without a full stop where only Mrs. is written so: the message names Mrs.',
      errors: ['1:48-1:55: Unexpected `Mr Sean`, expected `Mr. Sean` as the document writes `Mrs.`'],
      output: 'Mrs. Hale spoke first. Then Mrs. Dunn replied. Mr. Sean Hale left.'
    },
    {
      text: 'Le Dr. Roux a parlé. Le Dr. Dunn a répondu. Le Pr Hale est parti.',
      lang: 'fr',
      name: 'fr: Pr without a full stop where only Dr. is written with one: the message names Dr.',
      errors: ['1:48-1:55: Abréviation « Pr Hale » écrite autrement que le document ne l’écrit ailleurs (« Dr. ») : « Pr. Hale » est attendu'],
      output: null,
      outputWithFixType: 'Le Dr. Roux a parlé. Le Dr. Dunn a répondu. Le Pr. Hale est parti.'
    },
    {
      text: 'M. Esper a rencontré M Bourita. M. Esper est reparti.',
      lang: 'fr',
      name: 'fr: M without a full stop among M. (Bourita named once: the fix is to review)',
      errors: ['1:22-1:31: Abréviation « M Bourita » écrite autrement ailleurs dans le document : « M. Bourita » est attendu'],
      output: null,
      outputWithFixType: 'M. Esper a rencontré M. Bourita. M. Esper est reparti.'
    },
    {
      text: 'Mme. Dupont est arrivée.',
      lang: 'fr',
      name: 'fr: Mme never takes a full stop',
      errors: [{place: '1:1-1:12', messageId: 'always', expected: ['Mme Dupont']}],
      output: 'Mme Dupont est arrivée.'
    },
    {
      text: 'M Esper a rencontré M. Bourita.',
      lang: 'fr',
      name: 'fr: a tie goes to M.',
      errors: [{place: '1:1-1:8', messageId: 'majority', expected: ['M. Esper']}],
      output: null,
      outputWithFixType: 'M. Esper a rencontré M. Bourita.'
    },
    {
      text: 'Le Dr. Martin, le Dr Durand et le Pr Leroy.',
      lang: 'fr',
      name: 'fr: Dr. among Dr and Pr',
      errors: [{messageId: 'majority', expected: ['Dr Martin']}],
      output: null,
      outputWithFixType: 'Le Dr Martin, le Dr Durand et le Pr Leroy.'
    },
    {
      text: 'Mr. Smith met Mrs. Jones and Dr Brown.',
      lang: 'en',
      name: 'en: British Dr among American Mr. and Mrs.',
      errors: ['1:30-1:38: Unexpected `Dr Brown`, expected `Dr. Brown` as the document writes `Mr.`, `Mrs.`'],
      output: null,
      outputWithFixType: 'Mr. Smith met Mrs. Jones and Dr. Brown.'
    },
    {
      text: 'Mr. Smith met Mrs. Jones. She wore Dr Martens boots.',
      lang: 'en',
      name: 'en: a name used nowhere else may be a brand: reported, fixed only with --fix-type',
      errors: [{place: '1:36-1:46', messageId: 'majority', expected: ['Dr. Martens']}],
      output: null,
      outputWithFixType: 'Mr. Smith met Mrs. Jones. She wore Dr. Martens boots.'
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
    },
    {
      text: 'Dr. Jane Smith spoke first. Later Dr Smith left, and Mr. Hale agreed. Smith said so.',
      lang: 'en',
      name: 'en: a person written “Dr. Smith” and “Dr Smith” is still reported',
      errors: [{place: '1:35-1:43', expected: ['Dr. Smith']}]
    },
    {
      text: 'Mr. Smith met Mrs. Jones and Dr Brown, who drinks Keurig Dr Pepper. Brown agreed.',
      lang: 'en',
      name: 'en: the person next to the brand is still reported, the brand is not',
      errors: [{expected: ['Dr. Brown']}]
    },
    {
      text: 'Marine Le Pen a parlé. M Le Pen a répondu à M. Esper et à M. Durand.',
      lang: 'fr',
      name: 'fr: « M Le Pen » is a person: a surname particle before a capitalised word',
      errors: [{place: '1:24-1:28', expected: ['M. Le']}],
      output: 'Marine Le Pen a parlé. M. Le Pen a répondu à M. Esper et à M. Durand.'
    },
    {
      text: 'Bruno Le Maire a vu M. Esper. M Le Maire a répondu à M. Durand.',
      lang: 'fr',
      name: 'fr: « M Le Maire » is a person too',
      errors: [{expected: ['M. Le']}]
    }
  ]
})

describe('abbreviation: names side by side', () => {
  it('reads an honorific after another name’s surname as a person’s, not a brand’s (« M Bourita M Bourita »)', async () => {
    for (const [text, lang, actual, expected] of [
      [`M. Bourita\n\nle\n\n${Array(6).fill('M Bourita').join(' ')}`, 'fr', 'M. Bourita', 'M Bourita'],
      [`Mr. Brown\n\nthe\n\n${Array(6).fill('Mr Brown').join(' ')}`, 'en', 'Mr. Brown', 'Mr Brown']
    ] as const) {
      const file = await lint(text, {path: 'draft.md', lang})
      const found = file.messages.filter((message) => message.ruleId === 'abbreviation')
      expect(found.map((message) => [message.line, message.actual, message.expected])).toEqual([[1, actual, [expected]]])
    }
  })
})

describe('abbreviation analysis', () => {
  it('finds honorifics only as whole words, before a name', () => {
    const texts = ['M. Esper et M Bourita. xM Dupont, l’M Dupont, 3M Dupont, -M Dupont, .M Dupont. Mmex Dupont, Mme. N’Daw, M.\u00A0Durand.']
    expect(findAbbreviations(texts, 'fr').map((issue) => [issue.actual, issue.expected, issue.reason])).toEqual([
      ['M Bourita', 'M. Bourita', 'majority'],
      ['Mme. N’Daw', 'Mme N’Daw', 'always']
    ])
  })

  it('fixes safely only the names the document uses as a person’s', () => {
    const safety = (text: string, lang: 'en' | 'fr') => findAbbreviations([text], lang).map((issue) => [issue.actual, issue.unsafe === true])
    // Brown is named alone, Martens never: "Dr Martens" may be the boots.
    expect(safety('Mr. Smith met Mrs. Jones, Ms. Lee, Dr Brown and Dr Martens. Brown agreed.', 'en')).toEqual([
      ['Dr Brown', false],
      ['Dr Martens', true]
    ])
    // "Dr Jane Brown" has a first name, and gives its surname to "Dr Brown".
    expect(safety('Dr Jane Brown met Mr. Hale, Mrs. Hale and Dr. Kay. Dr Brown left.', 'en')).toEqual([
      ['Dr Jane', false],
      ['Dr Brown', false]
    ])
    // « Bourita » is named after a first name; « Dr Knock » nowhere else.
    expect(safety('Nacer Bourita est là. M Bourita a parlé à M. Esper et à M. Durand. Le Dr Roux et le Dr Lévy ont vu le Dr. Knock et le Dr. Cottard. Roux et Cottard ont parlé.', 'fr')).toEqual([
      ['M Bourita', false],
      ['Dr. Knock', true],
      ['Dr. Cottard', false]
    ])
    // A job title before a first name and a surname is no brand: reported, with a fix to review.
    expect(safety('Mr. Smith met Mrs. Jones and Health Secretary Dr Sarah Wollaston.', 'en')).toEqual([['Dr Sarah', true]])
    // « Mme. » is wrong whoever bears it.
    expect(safety('Mme. Dupont est arrivée.', 'fr')).toEqual([['Mme. Dupont', false]])
  })

  it('does not take a common word at a sentence’s start for a surname', () => {
    const texts = ['No one saw Mr. Smith, Mrs. Jones or Mr. Hale. No fan missed Dr No, and no critic did.']
    expect(findAbbreviations(texts, 'en').map((issue) => [issue.actual, issue.unsafe === true])).toEqual([['Dr No', true]])
  })

  it('reads the honorifics of the document’s language only', () => {
    const texts = ['Mr. Smith met Mrs. Jones, Mr Brown and Dr. Who. M Dupont and M. Durand. Mrx Doe, Mr.Smith.']
    expect(findAbbreviations(texts, 'en').map((issue) => [issue.actual, issue.expected])).toEqual([['Mr Brown', 'Mr. Brown']])
    expect(findAbbreviations(texts, 'und')).toEqual([])
  })
})
