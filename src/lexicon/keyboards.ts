/**
 * The letter keys of the keyboards French and English newsrooms type on, row
 * by row (top, home, bottom), each row shifted right of the one above by
 * ROW_SHIFTS of a key: a letter typed for its neighbour is a typing slip
 * (Delorme/Delorne, Lebrun/Lebrin), not another name.
 */
export const KEYBOARDS = {
  qwerty: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  azerty: ['azertyuiop', 'qsdfghjklm', 'wxcvbn']
} as const

export const ROW_SHIFTS = [0, 0.25, 0.75] as const

/** Whether two letters are side by side, or diagonally next to each other, on either keyboard. */
export function areKeyNeighbours(x: string, y: string): boolean {
  return Object.values(KEYBOARDS).some((rows) => {
    const place = (letter: string) => {
      const row = rows.findIndex((keys) => keys.includes(letter))
      return row < 0 ? undefined : ([row, rows[row]!.indexOf(letter) + ROW_SHIFTS[row]!] as const)
    }
    const [p, q] = [place(x), place(y)]
    return p !== undefined && q !== undefined && Math.hypot(p[0] - q[0], p[1] - q[1]) < 1.3
  })
}
