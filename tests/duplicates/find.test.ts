import {describe, expect, it} from 'vitest'
import {findRepeats} from '../../src/analysis/duplicate-block/find.js'
import {repeatInput} from '../support/repeat-input.js'


const settings = {minWords: 12, similarity: 0.85}

/** Each repeat as [kind, later paragraphs, earlier paragraphs, fix range or none]. */
function repeatsOf(lines: readonly string[], lang: 'fr' | 'en') {
  const found = findRepeats(repeatInput(lines, lang), settings)
  return [
    ...found.blocks.map(({match, deletion}) => [match.exact ? 'exact' : 'near', match.later, match.earlier, deletion ?? null]),
    ...found.passages.map((passage) => [passage.kind, passage.start, passage.earlierStart, null])
  ]
}

const fr = 'Le conseil municipal a voté mardi soir la rénovation complète de la piscine du quartier nord, fermée depuis deux ans.'
const en = 'The city council voted on Tuesday night to fully renovate the north side swimming pool, which has been closed for two years.'
const frOther = 'Les travaux commenceront au printemps et dureront dix-huit mois, selon le calendrier présenté par la mairie aux habitants.'
const enOther = 'Work will start in the spring and last eighteen months, according to the schedule the mayor’s office showed residents.'

describe('findRepeats, the detection behind duplicate-block', () => {
  it.each([
    {name: 'fr: a paragraph pasted twice, its later copy deletable', lines: [frOther, en, fr, 'Un autre paragraphe sans rapport avec le reste, assez long pour compter lui aussi.', fr], lang: 'fr' as const},
    {name: 'en: a paragraph pasted twice, its later copy deletable', lines: [enOther, fr, en, 'Another paragraph that has nothing to do with the rest, long enough to count too.', en], lang: 'en' as const}
  ])('$name', ({lines, lang}) => {
    const start = lines.slice(0, 4).join('\n').length
    expect(repeatsOf(lines, lang)).toEqual([['exact', [4, 4], [2, 2], [start, start + 1 + lines[4]!.length]]])
  })

  it.each([
    {name: 'fr: two paragraphs on one pattern with other figures stay silent', lines: [frOther, 'Le club a battu Lyon 3 à 1 samedi soir devant 40 000 spectateurs, sa cinquième victoire de suite à domicile.', 'Le club a battu Nantes 2 à 0 samedi soir devant 35 000 spectateurs, sa sixième victoire de suite à domicile.'], lang: 'fr' as const},
    {name: 'en: different paragraphs stay silent', lines: [en, enOther], lang: 'en' as const}
  ])('$name', ({lines, lang}) => {
    expect(repeatsOf(lines, lang)).toEqual([])
  })

  it('leaves a fingerprint of every paragraph, the repeated ones named', () => {
    const found = findRepeats(repeatInput([frOther, fr, fr], 'fr'), settings)
    expect(found.fingerprint.paragraphs.map((print) => [print.startPoint.line, print.endPoint.line])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3]
    ])
    expect(found.fingerprint.repeated).toEqual([2])
  })
})
