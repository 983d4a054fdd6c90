import {diffArrays} from 'diff'
import {describe, expect, it} from 'vitest'
import {alignWords, type Hunk, type WordAlignment} from '../../src/analysis/duplicate-block/align.js'

/** The alignment as jsdiff gives it over the whole sequences, with no step before it: what alignWords must equal. */
function plainAlignment(a: readonly number[], b: readonly number[], least: number): WordAlignment | undefined {
  const total = a.length + b.length
  if (total === 0) return {similarity: 1, hunks: []}
  const parts = diffArrays([...a], [...b], {maxEditLength: Math.floor((1 - least) * total + 1e-9)})
  if (!parts) return undefined
  let common = 0
  let i = 0
  let j = 0
  const hunks: Hunk[] = []
  let current: Hunk | undefined
  for (const part of parts) {
    const count = part.count ?? part.value.length
    if (!part.added && !part.removed) {
      common += count
      i += count
      j += count
      current = undefined
      continue
    }
    if (!current) hunks.push((current = {a: [i, i], b: [j, j]}))
    if (part.removed) current.a[1] = i += count
    else current.b[1] = j += count
  }
  const similarity = (2 * common) / total
  return similarity + 1e-9 >= least ? {similarity, hunks} : undefined
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('alignWords', () => {
  it('gives what jsdiff gives over the whole sequences: near copies, repeated words, unrelated pairs', () => {
    const next = random(24)
    const pick = (n: number) => Math.floor(next() * n)
    for (let round = 0; round < 4000; round++) {
      // Few distinct words make repeated words and ties in the diff common.
      const alphabet = 2 + pick(round % 3 === 0 ? 4 : 40)
      const a = Array.from({length: pick(40)}, () => pick(alphabet) - 3)
      const b = [...a]
      for (let edits = pick(6); edits > 0; edits--) {
        const at = pick(b.length + 1)
        const kind = pick(3)
        if (kind === 0) b.splice(at, 0, pick(alphabet))
        else if (kind === 1) b.splice(at, 1)
        else b[at] = pick(alphabet)
      }
      const other = round % 5 === 0 ? Array.from({length: pick(40)}, () => pick(alphabet)) : b
      for (const least of [0, 0.5, 0.8, 0.9, 1]) {
        expect(alignWords(Int32Array.from(a), Int32Array.from(other), least), `${a} / ${other} at ${least}`).toEqual(plainAlignment(a, other, least))
      }
    }
  })

  it('reads views of a longer array as their own words', () => {
    const all = Int32Array.from([9, 1, 2, 3, 4, 9, 1, 2, 5, 4, 9])
    expect(alignWords(all.subarray(1, 5), all.subarray(6, 10), 0.5)).toEqual(plainAlignment([1, 2, 3, 4], [1, 2, 5, 4], 0.5))
  })

  it('compares sequences larger than the table it keeps', () => {
    const a = Int32Array.from({length: 20000}, (_, index) => index % 7000)
    const b = Int32Array.from(a, (word, index) => (index === 12345 ? -1 : word))
    expect(alignWords(a, b, 0.9)).toEqual({similarity: 39998 / 40000, hunks: [{a: [12345, 12346], b: [12345, 12346]}]})
    expect(alignWords(a.subarray(0, 10), b.subarray(0, 10), 0.9)).toEqual({similarity: 1, hunks: []})
  })
})
