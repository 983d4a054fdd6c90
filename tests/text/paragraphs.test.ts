import {describe, expect, it} from 'vitest'
import {splitParagraphs} from '../../src/text/paragraphs.js'

/** The paragraphs of a plain text, each as its text with line breaks shown as ⏎. */
function paragraphsOf(text: string): string[] {
  return splitParagraphs(text).map(({start, end}) => text.slice(start, end).replace(/\r?\n/g, '⏎'))
}

// Made-up drafts, filled at 72 columns as an editor's wrap would fill them.
const WRAPPED_FR = [
  'Le conseil municipal a voté mardi soir le budget de la ville, après un',
  'débat de trois heures. « Nous avons tenu nos engagements (sans hausse',
  'des impôts) et la dette baisse », a déclaré le maire, qui brigue un',
  'nouveau mandat.'
].join('\n')

const WRAPPED_EN = [
  'The council passed the city budget on Tuesday night after a three-hour',
  'debate. “We kept our promises (no tax rise) and the debt is going',
  'down,” the mayor said, adding that the vote was “a turning point for',
  'the town.”'
].join('\n')

describe('splitParagraphs', () => {
  it.each([
    ['fr: a wrapped paragraph alone is one paragraph', WRAPPED_FR, [WRAPPED_FR.replace(/\n/g, '⏎')]],
    ['en: a wrapped paragraph alone is one paragraph', WRAPPED_EN, [WRAPPED_EN.replace(/\n/g, '⏎')]],
    ['fr: a heading right above a wrapped paragraph stands alone, the paragraph stays whole', `Budget municipal\n${WRAPPED_FR}`, ['Budget municipal', WRAPPED_FR.replace(/\n/g, '⏎')]],
    ['en: a heading right above a wrapped paragraph stands alone, the paragraph stays whole', `City budget\n${WRAPPED_EN}`, ['City budget', WRAPPED_EN.replace(/\n/g, '⏎')]],
    [
      'en: section names of a manual page, indented and justified bodies',
      [
        'NAME',
        '       tally - count the words of a draft',
        'DESCRIPTION',
        '       Count  the  words of each FILE (or of the standard input) and print',
        '       one line per file, with the total last.  Lines that begin with  "#"',
        '       are skipped.'
      ].join('\n'),
      [
        'NAME',
        'tally - count the words of a draft',
        'DESCRIPTION',
        'Count  the  words of each FILE (or of the standard input) and print⏎       one line per file, with the total last.  Lines that begin with  "#"⏎       are skipped.'
      ]
    ],
    [
      'fr: two wrapped paragraphs under a heading, the second after a short last line',
      `Budget municipal\n${WRAPPED_FR}\nVote\n${WRAPPED_FR}`,
      ['Budget municipal', WRAPPED_FR.replace(/\n/g, '⏎'), 'Vote', WRAPPED_FR.replace(/\n/g, '⏎')]
    ],
    // Near misses: a one-paragraph-per-line export keeps one paragraph per line, heading or not.
    [
      'fr: one paragraph per line under a heading, short paragraphs ending on a full stop',
      [
        'Municipales',
        'Le maire sortant a annoncé sa candidature lundi soir devant ses soutiens.',
        'Il affrontera trois adversaires, dont son ancien adjoint aux finances.',
        '« Je ne lâcherai rien », a-t-il lancé sous les applaudissements du public.'
      ].join('\n'),
      [
        'Municipales',
        'Le maire sortant a annoncé sa candidature lundi soir devant ses soutiens.',
        'Il affrontera trois adversaires, dont son ancien adjoint aux finances.',
        '« Je ne lâcherai rien », a-t-il lancé sous les applaudissements du public.'
      ]
    ],
    [
      'en: one paragraph per line with a long one among short ones',
      [
        'By a staff reporter',
        'The mayor announced on Monday night that she would run for a third term, telling supporters in a packed hall that the job was not finished yet.',
        'She faces three rivals,',
        'including her former deputy.'
      ].join('\n'),
      [
        'By a staff reporter',
        'The mayor announced on Monday night that she would run for a third term, telling supporters in a packed hall that the job was not finished yet.',
        'She faces three rivals,',
        'including her former deputy.'
      ]
    ],
    [
      'fr: a title and a dateline above a long paragraph of a one-per-line export stay apart',
      [
        'Ce que contient la réforme régionale',
        'TUNIS —',
        'Les syndicats ont appelé à une nouvelle journée de mobilisation lundi, à Tunis comme à Sfax, et le gouvernement a promis de les recevoir avant la fin du mois.'
      ].join('\n'),
      [
        'Ce que contient la réforme régionale',
        'TUNIS —',
        'Les syndicats ont appelé à une nouvelle journée de mobilisation lundi, à Tunis comme à Sfax, et le gouvernement a promis de les recevoir avant la fin du mois.'
      ]
    ],
    [
      'en: short lines that end inside a sentence but were not filled (the next word would have fit)',
      ['Agenda', 'Monday: council meeting at the town hall, and', 'Tuesday: budget vote in the main chamber of the town hall, from nine.'].join('\n'),
      ['Agenda', 'Monday: council meeting at the town hall, and', 'Tuesday: budget vote in the main chamber of the town hall, from nine.']
    ],
    ['a blank line always ends a paragraph', `${WRAPPED_EN}\n\n${WRAPPED_EN}`, [WRAPPED_EN.replace(/\n/g, '⏎'), WRAPPED_EN.replace(/\n/g, '⏎')]],
    ['Windows line endings', `City budget\r\n${WRAPPED_EN.replace(/\n/g, '\r\n')}`, ['City budget', WRAPPED_EN.replace(/\n/g, '⏎')]]
  ])('%s', (_name, text, expected) => {
    expect(paragraphsOf(text)).toEqual(expected)
  })
})
