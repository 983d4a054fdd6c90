import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {dice, hash32, SECOND_PRIME, SECOND_SEED, ShingleIndex, smallestFirst, WordIds} from '../../src/analysis/duplicate-block/similarity-index.js'
import {comparableText} from './comparable-text.js'

/** Sorted, distinct shingles drawn from a small range, so that sets overlap. */
const shingleSet = fc.uniqueArray(fc.integer({min: 0, max: 60}), {minLength: 1, maxLength: 25}).map((values) => values.sort((a, b) => a - b))

/** Sets, some of them copies of an earlier one with a few shingles changed: near duplicates. */
const collections = fc
  .tuple(fc.array(shingleSet, {minLength: 1, maxLength: 40}), fc.array(fc.tuple(fc.nat(), fc.array(fc.integer({min: 0, max: 60}), {maxLength: 3})), {maxLength: 20}))
  .map(([sets, edits]) => {
    const all = [...sets]
    for (const [from, added] of edits) {
      const base = all[from % all.length]!.slice(1)
      all.splice(from % (all.length + 1), 0, [...new Set([...base, ...added])].sort((a, b) => a - b))
    }
    return all.filter((set) => set.length > 0)
  })

/** Every earlier set compared: what the index must find without comparing them all. */
function bruteBest(sets: number[][], id: number, threshold: number, accept: (id: number) => boolean) {
  let best: {id: number; similarity: number} | undefined
  for (let other = 0; other < id; other++) {
    if (!accept(other)) continue
    const similarity = dice(sets[id]!, sets[other]!)
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = {id: other, similarity}
  }
  return best
}

describe('ShingleIndex', () => {
  it('finds the most similar earlier set, as comparing every pair does', () => {
    fc.assert(
      fc.property(collections, fc.constantFrom(0.5, 0.7, 0.8, 0.9, 1), fc.integer({min: 1, max: 4}), (sets, threshold, modulo) => {
        const index = new ShingleIndex(threshold)
        for (const set of sets) index.count(set)
        const accept = (id: number) => id % modulo !== 1
        sets.forEach((set, id) => {
          expect([id, index.best(set, accept)]).toEqual([id, bruteBest(sets, id, threshold, accept)])
          index.add(id, set)
        })
      }),
      {numRuns: 1500}
    )
  })

  it('answers the same for sets given as views of a few shared columns, reserved, whatever room the counts start with', () => {
    fc.assert(
      fc.property(collections, fc.constantFrom(0.5, 0.8, 1), fc.integer({min: 1, max: 3}), (sets, threshold, columnCount) => {
        // The sets end to end in `columnCount` columns (as the prints of a run's files), each a view of one.
        const views: Int32Array[] = []
        const perColumn = Math.ceil(sets.length / columnCount)
        for (let first = 0; first < sets.length; first += perColumn) {
          const group = sets.slice(first, first + perColumn)
          const column = new Int32Array(group.reduce((sum, set) => sum + set.length, 0) + 3)
          let at = 2
          for (const set of group) {
            column.set(set, at)
            views.push(column.subarray(at, at + set.length))
            at += set.length
          }
        }
        const plain = new ShingleIndex(threshold)
        const viewed = new ShingleIndex(threshold, 64, undefined, 1)
        for (const set of sets) plain.count(set)
        for (const view of views) viewed.count(view)
        viewed.reserve(views)
        sets.forEach((set, id) => {
          expect([id, viewed.best(views[id]!, () => true)]).toEqual([id, plain.best(set, () => true)])
          plain.add(id, set)
          viewed.add(id, views[id]!)
        })
      }),
      {numRuns: 500}
    )
  })

  it('compares far fewer sets than there are pairs', () => {
    const sets = Array.from({length: 400}, (_, id) => Array.from({length: 30}, (_, k) => id * 30 + k))
    const index = new ShingleIndex(0.8)
    for (const set of sets) index.count(set)
    sets.forEach((set, id) => {
      index.best(set, () => true)
      index.add(id, set)
    })
    expect(index.comparisons).toBe(0)
  })
})

describe('WordIds', () => {
  it('numbers words in order of first appearance, as a map of their normalised strings does', () => {
    const words = ['Le', 'le', 'LE', 'l’État', "l'Etat", 'l’état', 'déjà', 'deja', 'Œuvre', 'œuvre', 'aujourd’hui', 'ISTANBUL', 'İstanbul', 'don\'t', 'ef\ufb01cace', 'efficace']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), {maxLength: 60}), (chosen) => {
        const {keys} = comparableText(chosen.join(' '))
        const strings = new Map<string, number>()
        const expected = keys.map((key) => {
          if (!strings.has(key)) strings.set(key, strings.size + 1)
          return strings.get(key)
        })
        const ids = new WordIds(2)
        expect(keys.map((key) => ids.idOf(hash32(key) | 0, hash32(key, SECOND_SEED, SECOND_PRIME) | 0))).toEqual(expected)
      }),
      {numRuns: 500}
    )
  })
})

describe('smallestFirst', () => {
  it('puts the wanted smallest values first, in the order a full sort gives, keeping every value', () => {
    // Few distinct values, so that ties occur; lengths on both sides of the size beyond which it sorts everything.
    const values = fc.array(fc.integer({min: 0, max: 40}).map((value) => value * 0x40000000 + (value % 7)), {minLength: 1, maxLength: 300})
    fc.assert(
      fc.property(values, fc.nat(), fc.nat({max: 10}), (list, pick, spare) => {
        const wanted = 1 + (pick % list.length)
        const array = new Float64Array(list.length + spare)
        array.set(list)
        const result = smallestFirst(array, list.length, wanted)
        const sorted = [...list].sort((a, b) => a - b)
        expect([...result.subarray(0, wanted)]).toEqual(sorted.slice(0, wanted))
        expect([...result.subarray(0, list.length)].sort((a, b) => a - b)).toEqual(sorted)
      }),
      {numRuns: 500}
    )
  })
})
