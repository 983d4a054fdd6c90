import {describe, expect, it} from 'vitest'
import {borrowInt32, giveBack, scratchCapacity, TABLE_AREA, withScratch} from '../../src/analysis/duplicate-block/scratch.js'

describe('scratch areas', () => {
  it('lend one area from phase to phase, zeroed, and let it go at the end', () => {
    const buffers = withScratch(() => {
      const first = borrowInt32(TABLE_AREA, 100)
      first.fill(7)
      // Lent: a second borrower gets an array of its own, and giving that back frees nothing.
      const other = borrowInt32(TABLE_AREA, 10)
      giveBack(TABLE_AREA, other)
      expect(other.buffer).not.toBe(first.buffer)
      expect(borrowInt32(TABLE_AREA, 10).buffer).not.toBe(first.buffer)
      giveBack(TABLE_AREA, first)
      const second = borrowInt32(TABLE_AREA, 50)
      expect(second.buffer).toBe(first.buffer)
      expect([...second].every((value) => value === 0)).toBe(true)
      expect(scratchCapacity()).toBe(100)
      return [first, second]
    })
    expect(buffers).toHaveLength(2)
    expect(scratchCapacity()).toBe(0)
  })

  it('gives new arrays outside a document', () => {
    const first = borrowInt32(TABLE_AREA, 10)
    giveBack(TABLE_AREA, first)
    expect(borrowInt32(TABLE_AREA, 10).buffer).not.toBe(first.buffer)
    expect(scratchCapacity()).toBe(0)
  })
})
