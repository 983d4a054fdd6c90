import {describe, expect, it} from 'vitest'
import {isShortSubstitution} from '../../src/analysis/inconsistent-spelling.js'
import {areKeyNeighbours} from '../../src/lexicon/keyboards.js'
import {ruleTester} from '../support/rule-tester.js'

// Names one letter apart that are two names, and the layout that is no spelling: the shapes of real tolls copy, in our own words.
ruleTester('inconsistent-spelling', {
  valid: [
    // A word after one that qualifies a place is a place: no slip of a first name one letter away.
    {text: 'National Security Adviser Susan Rice spoke on Monday. Susan Rice said aid was coming. Last week, South Sudan joined the list.', lang: 'en', name: 'en: South Sudan against the first name Susan'},
    {text: 'La candidate Marine Le Pen était en meeting. Marine Le Pen a parlé d’emploi. Puis elle est partie en Haute Marne.', lang: 'fr', name: 'fr: la Haute Marne against the first name Marine'},
    // Another name of the same bearer, given as such (an alias, a nickname after a comma, a birth name): written so on purpose.
    {text: "The suspect, Omar Khalidi, a/k/a 'Omar Khaledi,' was held on Monday. Khalidi appeared in court on Tuesday. Lawyers for Khalidi declined to comment.", lang: 'en', name: 'en: a name given as an alias (a/k/a)'},
    {text: 'The novelist Anna Petrova, née Petrovna, lives in Lyon. Petrova writes at night. Petrova has four children.', lang: 'en', name: 'en: a birth name after née'},
    {text: 'L’accusé, Paolo Lombardi, alias « Paolo Lombardo », a été arrêté lundi. Lombardi a été présenté au juge mardi. L’avocat de Lombardi n’a pas souhaité répondre.', lang: 'fr', name: 'fr: a name given as an alias'},
    {text: 'Le chanteur Marco Bellini, dit Bellino, revient sur scène. Bellini chante mardi. Bellini repart ensuite en tournée.', lang: 'fr', name: 'fr: a stage name after « , dit »'},
    {text: 'Des barrages à Cagnes, Cannes et Mandelieu. La police reste à Cannes. Cannes et Nice sont bloquées.', lang: 'fr', name: 'fr: two towns one inner letter apart (Cagnes/Cannes)'},
    {text: 'Le député François Ruffin a parlé. Selon François Ruffin, les Français attendent. Pour François Ruffin, 60 millions de Français paient.', lang: 'fr', name: 'fr: a first name and a people (François/Français)'},
    {text: 'Après la mort du président, (président François) Hollande a parlé. Des Français partent, des Français restent ; 500 Français sont là-bas.', lang: 'fr', name: 'fr: François in brackets against Français, frequent'},
    {text: 'Un chauffeur de Seine-et-Marne a été arrêté. La responsable du parti Marine Le Pen a dénoncé une répression.', lang: 'fr', name: 'fr: a later part of a compound is never compared alone (Seine-et-Marne/Marine)'},
    {text: 'Surnommé « Bartek » ou « Bartok », il animait la radio. Bartek était connu. Bartek chantait.', lang: 'fr', name: 'fr: two nicknames one vowel apart'},
    {text: 'Selon Emmanuel Macron, tout va bien. Emmanuel Macron a parlé. Le président, rebaptisé « Micron 1er », a répondu.', lang: 'fr', name: 'fr: a nickname one vowel apart (Micron/Macron)'},
    {text: 'Former deputy prime minister Ahmad Chalabi was in Baghdad. Ahmad Chalabi escaped.\n\nMohammed Ahmed, 18, said his brother was hurt.', lang: 'en', name: 'en: two people one vowel apart (Ahmad/Ahmed)'},
    {text: 'BAGHDAD -- A car bomb exploded in Baghdad on Saturday. Police in Baghdad said six died.', lang: 'en', name: 'en: a dateline closed by a doubled hyphen'},
    {text: 'MINNEAPOLIS -- The crash in south Minneapolis killed five. Minneapolis mourned.', lang: 'en', name: 'en: a dateline in capitals, "--"'},
    {text: 'Christophe Castaner a réagi. Castaner a condamné les violences.\n\nTout mon soutien aux forces de l’ordre. — Christophe Castaner (@CCastaner) 1 décembre 2018', lang: 'fr', name: 'fr: a handle is no spelling of the name (@CCastaner)'},
    {text: 'Le cortège du 8 décembre est parti. Le 8 décembre, la marche a eu lieu. On ne nous empêchera pas de manifester #8decembre', lang: 'fr', name: 'fr: a hashtag is no spelling of its words (#8decembre)'},
    {text: 'Les marins-pompiers sont intervenus. Les marins-pompiers de Marseille ont évacué 40 personnes. #marinspompiers #marinspompiers #marinspompiers', lang: 'fr', name: 'fr: a hashtag is no closed form of a compound'},
    // A wire's credit line sets its cities in capitals: the wire's style, not the story's spelling.
    {text: 'Rescuers reached Singapore on Monday. Officials in Singapore said the search would go on. Singapore sent two ships.\n\n(Additional reporting by Jane Doe in SINGAPORE and John Roe in SYDNEY; Editing by Paul Poe)', lang: 'en', name: 'en: a city in capitals in a wire credit line'},
    {text: 'Les secours sont arrivés à Singapour lundi. À Singapour, les autorités ont prolongé les recherches. Singapour a envoyé deux navires.\n\n(Reportage Jeanne Dupont à SINGAPOUR, édité par Paul Durand)', lang: 'fr', name: 'fr: a city in capitals in a wire credit line'},
    // A name and the next word run together where a space was lost (a caption glued to the text): no spelling of the name.
    {text: 'Le ministre Olivier Dussopt a répondu aux sénateurs. Dussopt a détaillé le budget.\n\nLe déficit reste élevé dans les dépenses publiques.Olivier Dussoptà franceinfo', lang: 'fr', name: 'fr: a name glued to « à » (Dussoptà)'},
    {text: 'Minister Olivia Harcourt answered the senators. Harcourt set out the budget.\n\nThe deficit stays high, said Olivia Harcourtto reporters.', lang: 'en', name: 'en: a name glued to "to" (Harcourtto)'}
  ],
  invalid: [
    // Near miss of the credit lines: the same word in capitals in the story's own sentence is compared.
    {text: 'Rescuers reached Singapore on Monday. Officials in Singapore said the search would go on. Singapore sent two ships, and SINGAPORE police helped.', lang: 'en', name: 'en: a city in capitals in the story’s own sentence', errors: [{place: '1:121-1:130'}]},
    {text: 'Les secours sont arrivés à Singapour lundi. À Singapour, les autorités ont prolongé les recherches. Singapour a envoyé deux navires, et la police de SINGAPOUR a aidé.', lang: 'fr', name: 'fr: a city in capitals in the story’s own sentence', errors: [{place: '1:150-1:159'}]},
    // Near misses of the glued names: a letter doubled is a slip.
    {text: 'Le ministre Olivier Dussopt a répondu aux sénateurs. Dussopt a détaillé le budget.\n\nLe déficit reste élevé, a dit Olivier Dussoptt à franceinfo.', lang: 'fr', name: 'fr: a last letter doubled is a slip (Dussoptt)', errors: [{place: '3:39-3:47'}]},
    {text: 'Minister Olivia Harcourt answered the senators. Harcourt set out the budget.\n\nThe deficit stays high, said Olivia Harcourtt to reporters.', lang: 'en', name: 'en: a last letter doubled is a slip (Harcourtt)', errors: [{place: '3:37-3:46'}]},
    // Near misses: the same words with no place qualifier are compared.
    {text: 'Adviser Susan Rice spoke on Monday. Susan Rice said aid was coming. Later Sudan Rice spoke again.', lang: 'en', name: 'en: Sudan used as a first name is a slip of Susan', errors: [{place: '1:75-1:80'}]},
    {text: 'La candidate Marine Le Pen était en meeting. Marine Le Pen a parlé d’emploi. Puis Marne Le Pen est partie.', lang: 'fr', name: 'fr: Marne used as a first name is a slip of Marine', errors: [{place: '1:83-1:88'}]},
    // Near misses: « a dit » reports speech, and a marker away from the name introduces nothing.
    {
      text: '« Nous partons », a dit Hollender lundi. La témoin Petra Hollander a parlé la première. Hollander a vu la voiture.',
      lang: 'fr',
      name: 'fr: a name after « a dit » is no stage name',
      errors: [{place: '1:25-1:34'}]
    },
    {
      text: 'The singer, aka Petra Hollander, spoke first. Hollander saw the car. Later Hollender said she was sure.',
      lang: 'en',
      name: 'en: the usual form given once after "aka" does not excuse a slip of it',
      errors: [{place: '1:76-1:85'}]
    },
    {
      text: 'The witness Petra Hollander, known as a careful driver, spoke first. Hollander saw the car. Later Hollender said she was sure.',
      lang: 'en',
      name: 'en: "known as" before other words introduces no alias of the slip',
      errors: [{place: '1:99-1:108'}]
    },
    {
      text: 'Le président Emmanuel Macron a parlé. Selon Emmanuel Macron, tout va bien. Le président Emmanuel Macon a conclu.',
      lang: 'fr',
      name: 'fr: a dropped letter after the same first name',
      errors: [{place: '1:98-1:103'}]
    },
    {
      text: 'Ahmad Chalabi spoke on Monday. Ahmad Chalabi left. Later Ahmad Chalibi returned.',
      lang: 'en',
      name: 'en: one inner vowel changed, after the same first name',
      errors: [{place: '1:64-1:71'}]
    },
    {
      text: 'Le juge Bartek a parlé. Selon le juge Bartek, rien ne change. Le juge Bartok a conclu.',
      lang: 'fr',
      name: 'fr: one inner vowel changed, after the same office',
      errors: [{place: '1:71-1:77'}]
    },
    {
      text: 'Shares of Equatorial fell. The loss at Equatorial grew. Later Equitorial said it was in default.',
      lang: 'en',
      name: 'en: one inner letter changed in a long name',
      errors: [{place: '1:63-1:73'}]
    },
    {
      text: 'Selon Marie Dupont, tout va bien. Marie Dupont a parlé. Puis Mme Dupomt a conclu.',
      lang: 'fr',
      name: 'fr: one inner letter changed for its neighbour on the keyboard (n/m)',
      errors: [{place: '1:66-1:72'}]
    },
    {
      text: 'Protesters gathered on the Champs Elysees boulevard. At the top of the Champs Elysee, police fired tear gas, and the Elysee palace was closed.',
      lang: 'en',
      name: 'en: one avenue, two spellings; the palace left out',
      errors: [{place: '1:79-1:85'}]
    }
  ]
})

describe('isShortSubstitution', () => {
  it.each([
    ['Cannes', 'Cagnes', true],
    ['Ahmed', 'Ahmad', true],
    ['François', 'Français', true],
    ['Bartek', 'Bartok', true],
    ['Delorme', 'Delorne', false],
    ['Lebrun', 'Lebrin', false],
    ['Equatorial', 'Equitorial', false],
    ['Gonzales', 'Gonzalez', false],
    ['Macron', 'Macon', false]
  ])('%s/%s: %s', (a, b, expected) => {
    expect(isShortSubstitution(a, b)).toBe(expected)
  })
  it('reads keyboard neighbours on QWERTY and AZERTY', () => {
    expect([areKeyNeighbours('m', 'n'), areKeyNeighbours('u', 'i'), areKeyNeighbours('a', 'z'), areKeyNeighbours('q', 's')]).toEqual([true, true, true, true])
    expect([areKeyNeighbours('a', 'o'), areKeyNeighbours('n', 'g'), areKeyNeighbours('e', 'a')]).toEqual([false, false, false])
  })
})
