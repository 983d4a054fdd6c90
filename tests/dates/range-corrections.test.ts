import {describe, expect, it} from 'vitest'
import {messages} from './helpers.js'

/** [words, expected, data.sure, whether data names the other end] of each date-weekday finding. */
async function corrections(text: string, lang: 'fr' | 'en') {
  const found = await messages(text, lang, 'date-weekday')
  return found.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    const data = (message as unknown as {data: {sure: boolean; range?: {start: number}}}).data
    return [text.slice(place.start.offset, place.end.offset), message.expected, data.sure, data.range ? text.slice(data.range.start).split(/[ ,]/)[0] : null]
  })
}

// December 2026: the 1st is a Tuesday, the 8th a Tuesday, the 10th a Thursday. September 2026: the 1st and the 29th are Tuesdays.
const table: Array<[string, 'fr' | 'en', unknown[][]]> = [
  // Both ends one day off: one slip, corrected as a whole (both weekdays, or both days moved within the month).
  [
    'Le festival aura lieu du lundi 8 au mercredi 10 décembre 2026.',
    'fr',
    [
      ['lundi 8', ['mardi 8', 'lundi 7', 'lundi 14'], false, 'mercredi'],
      ['mercredi 10 décembre 2026', ['jeudi 10 décembre 2026', 'mercredi 9 décembre 2026', 'mercredi 16 décembre 2026'], false, 'lundi']
    ]
  ],
  [
    'Le festival aura lieu du lundi 1er au mercredi 3 décembre 2026.',
    'fr',
    [
      ['lundi 1er', ['mardi 1er', 'lundi 7'], false, 'mercredi'],
      ['mercredi 3 décembre 2026', ['jeudi 3 décembre 2026', 'mercredi 9 décembre 2026'], false, 'lundi']
    ]
  ],
  [
    'The festival runs from Monday, December 8 to Wednesday, December 10, 2026.',
    'en',
    [
      ['Monday, December 8', ['Tuesday, December 8', 'Monday, December 7', 'Monday, December 14'], false, 'Wednesday'],
      ['Wednesday, December 10, 2026', ['Thursday, December 10, 2026', 'Wednesday, December 9, 2026', 'Wednesday, December 16, 2026'], false, 'Monday']
    ]
  ],
  [
    'The festival runs from Monday, December 1 to Wednesday, December 3, 2026.',
    'en',
    [
      ['Monday, December 1', ['Tuesday, December 1', 'Monday, December 7'], false, 'Wednesday'],
      ['Wednesday, December 3, 2026', ['Thursday, December 3, 2026', 'Wednesday, December 9, 2026'], false, 'Monday']
    ]
  ],
  // No move of both days stays in the month: the weekdays are the one correction, and it is sure.
  [
    'La consultation est ouverte du lundi 1er au lundi 29 septembre 2026.',
    'fr',
    [
      ['lundi 1er', ['mardi 1er'], true, 'lundi'],
      ['lundi 29 septembre 2026', ['mardi 29 septembre 2026'], true, 'lundi']
    ]
  ],
  [
    'Comments are open from Monday, September 1 through Monday, September 29, 2026.',
    'en',
    [
      ['Monday, September 1', ['Tuesday, September 1'], true, 'Monday'],
      ['Monday, September 29, 2026', ['Tuesday, September 29, 2026'], true, 'Monday']
    ]
  ],
  // Near-misses. One end wrong: that end alone, corrected as before.
  ['Le festival aura lieu du lundi 1er au jeudi 3 décembre 2026.', 'fr', [['lundi 1er', ['mardi 1er'], false, null]]],
  ['The festival runs from Monday, December 1 to Thursday, December 3, 2026.', 'en', [['Monday, December 1', ['Tuesday, December 1', 'Monday, December 7', 'Monday, February 1'], false, null]]],
  // Ends wrong by different days: no single slip, each end on its own.
  [
    'Le festival aura lieu du lundi 8 au mardi 10 décembre 2026.',
    'fr',
    [
      ['lundi 8', ['mardi 8', 'lundi 7'], false, null],
      ['mardi 10 décembre 2026', ['jeudi 10 décembre 2026', 'mardi 8 décembre 2026', 'mardi 15 décembre 2026'], false, null]
    ]
  ],
  // Two wrong dates of two sentences are no range.
  [
    'The board met on Monday, December 8, 2026. It will meet again on Wednesday, December 10, 2026.',
    'en',
    [
      ['Monday, December 8, 2026', ['Tuesday, December 8, 2026', 'Monday, December 7, 2026', 'Monday, December 14, 2026'], false, null],
      ['Wednesday, December 10, 2026', ['Thursday, December 10, 2026', 'Wednesday, December 9, 2026', 'Wednesday, December 16, 2026'], false, null]
    ]
  ],
  // A right range stays silent.
  ['Le festival aura lieu du mardi 8 au jeudi 10 décembre 2026.', 'fr', []],
  ['The festival runs from Tuesday, December 8 to Thursday, December 10, 2026.', 'en', []],
  // Weekdays listed before their days keep their own corrections (the weekday's word).
  ['Le conseil s’est réuni mardi et mercredi 2 et 3 décembre 2026.', 'fr', [['mardi', ['mercredi'], false, null], ['mercredi', ['jeudi'], false, null]]]
]

describe('a range whose two ends are one slip is corrected as a whole', () => {
  it.each(table)('%s', async (text, lang, expected) => {
    expect(await corrections(text, lang)).toEqual(expected)
  })
})
