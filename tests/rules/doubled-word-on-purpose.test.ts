import {ruleTester} from '../support/rule-tester.js'

// Repetitions written on purpose (speech, layout, grammar) against the slips next to them: the shapes of real tolls copy, in our own words.
ruleTester('doubled-word', {
  valid: [
    {text: '« Ils ont tout pris, tout, tout tout », se désole le commerçant.', lang: 'fr', name: 'fr: a word said three times, commas between (speech)'},
    {text: '“Never, never never,” she said, shaking her head.', lang: 'en', name: 'en: a word said three times, a comma between'},
    {text: '“Run run run!” the crowd chanted at the finish line.', lang: 'en', name: 'en: a word said three times, closed by an exclamation mark (a chant)'},
    {text: '« Plus vite plus vite… » puis « Allez allez allez ! » criaient les supporters.', lang: 'fr', name: 'fr: a word said three times, closed by an exclamation mark (a chant)'},
    {text: 'She hummed “da da da dum” while she packed, a hint, wink wink, of the tune.', lang: 'en', name: 'en: sung syllables and "wink wink"'},
    {text: 'MACRON DÉNONCE LA VIOLENCE À PARIS PARIS - Le président a parlé samedi devant la presse.', lang: 'fr', name: 'fr: a headline in capitals run into its dateline'},
    {text: 'FIRES SPREAD IN THE SOUTH\nSOUTH -- Crews fought the flames on Friday.', lang: 'en', name: 'en: capitals ending a line, the same opening the next'},
    {text: 'The rules are strict. Add to this this new legislation, and the police have wide powers.', lang: 'en', name: 'en: a demonstrative pronoun after a preposition, then a determiner'},
    {text: 'Because of these these new checks will take longer.', lang: 'en', name: 'en: "because of these these …"'}
  ],
  invalid: [
    {text: '« Ils ont tout tout pris », se désole le commerçant.', lang: 'fr', name: 'fr: twice without a comma is still a repeat', errors: [{place: '1:16-1:20'}]},
    {text: 'Il a dit qui qui qui viendrait.', lang: 'fr', name: 'fr: three times without a comma is a stutter', errors: [{place: '1:14-1:17'}, {place: '1:18-1:21'}]},
    {text: 'Le le le rapport sera prêt lundi !', lang: 'fr', name: 'fr: three times, the sentence going on before its exclamation mark, is a stutter', errors: [{place: '1:4-1:6'}, {place: '1:7-1:9'}]},
    {text: 'It was the the best day of my life!', lang: 'en', name: 'en: twice before the words an exclamation closes is still a repeat', errors: [{place: '1:12-1:15'}]},
    {text: 'Le feu a a brûlé 800 hectares, a-t-on appris.', lang: 'fr', name: 'fr: an auxiliary doubled', errors: [{place: '1:10-1:11'}]},
    {text: 'THE THE MINISTER SPOKE on Friday.', lang: 'en', name: 'en: capitals doubled away from a dateline', errors: [{place: '1:5-1:8'}]},
    {text: 'This this plan will not work.', lang: 'en', name: 'en: a demonstrative doubled after no preposition', errors: [{place: '1:6-1:10'}]}
  ]
})
