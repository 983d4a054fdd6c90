import {describe, expect, it} from 'vitest'
import {blankTableRows} from '../../src/text/table-rows.js'

describe('blankTableRows', () => {
  it('blanks every row of a pipe table, keeping offsets and line breaks', () => {
    const text = 'Horaires :\n| Jour | TGV |\n|---|---|\n| Lundi | 1 sur 2 |\nFin.'
    const blanked = blankTableRows(text)
    expect(blanked).toHaveLength(text.length)
    expect(blanked.split('\n').map((line) => line.trim())).toEqual(['Horaires :', '', '', '', 'Fin.'])
  })

  it('leaves prose with a pipe, and a line with one cell, alone', () => {
    for (const text of ['Le score | final est tombé.', '| une cellule |', 'Either | or | both, he said.']) expect(blankTableRows(text)).toBe(text)
  })
})
