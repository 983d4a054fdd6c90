/**
 * The archive's store and look-up, below the CLI: the candidates read from
 * the inverted index miss no stored paragraph that a comparison with every
 * stored paragraph would report; batches, repeated stories and schema
 * versions. On SQLite always, on PostgreSQL when .ci/run provides it.
 */
import {mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import {describe, expect, test} from 'vitest'
import {dice} from '../../src/analysis/duplicate-block/similarity-index.js'
import type {PlacedPrint} from '../../src/analysis/duplicate-block/match.js'
import {matchArchive, packedDice} from '../../src/archive/match.js'
import {openArchive} from '../../src/archive/open.js'
import {packShingles, type ArchiveStory} from '../../src/archive/store.js'
import {BACKENDS} from './backends.js'

const SETTINGS = {minWords: 12, similarity: 0.85}

/** Mulberry32, so that the table below is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Shingle sets drawn with a skewed law (a few word pairs in most sets, as
 * function words are), and edited copies of earlier ones: a word pair
 * dropped, replaced or added, from none up to three in ten of them, many near the threshold.
 */
function shingleSets(count: number, seed: number): number[][] {
  const next = random(seed)
  const sets: number[][] = []
  for (let index = 0; index < count; index++) {
    const set = new Set<number>()
    if (sets.length > 0 && next() < 0.4) {
      const original = sets[Math.floor(next() * sets.length)]!
      const edits = Math.floor(next() * original.length * 0.3)
      for (const shingle of original) set.add(shingle)
      for (let edit = 0; edit < edits; edit++) {
        const roll = next()
        const list = [...set]
        if (roll < 0.4) set.delete(list[Math.floor(next() * list.length)]!)
        else if (roll < 0.8) {
          set.delete(list[Math.floor(next() * list.length)]!)
          set.add(Math.floor(next() * 2_000_000) - 1_000_000)
        } else set.add(Math.floor(next() * 2_000_000) - 1_000_000)
      }
    } else {
      const size = 14 + Math.floor(next() * 50)
      while (set.size < size) set.add(Math.floor(3_000 * next() ** 4) - 1_500)
    }
    sets.push([...set].sort((a, b) => a - b))
  }
  return sets
}

function print(shingles: number[], index: number): PlacedPrint {
  return {words: 40, key: `k${shingles.join(',')}`, shingles, sentence: true, crossReference: false, start: index, end: index + 1, startPoint: {line: 1, column: 1}, endPoint: {line: 1, column: 2}}
}

function storyOf(name: string, sets: number[][], date = '2024-01-01'): ArchiveStory {
  return {
    key: name,
    path: name,
    date,
    digest: `d-${name}-${sets.length}-${sets[0]?.join(',') ?? ''}`,
    paragraphs: sets.map((shingles, index) => ({key: `k${shingles.join(',')}`, words: 40, shingles, start: index, end: index + 1, startLine: index + 1, endLine: index + 1}))
  }
}

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'factlint-store-'))
}

test('packedDice reads the stored bytes as dice reads the numbers', () => {
  const sets = shingleSets(40, 3)
  for (const a of sets) for (const b of sets.slice(0, 10)) expect(packedDice(a, packShingles(b))).toBe(dice(a, b))
})

describe.each(BACKENDS)('the archive store on $name', (backend) => {
  test('the index finds every stored paragraph a full comparison reports, and no other', {timeout: 120_000}, async () => {
    const sets = shingleSets(900, 11)
    const stored = sets.slice(0, 700)
    const drafts = sets.slice(700)
    const store = await openArchive(await backend.fresh(folder()))
    try {
      // Stories of ten paragraphs, written in batches as `archive add` does.
      const stories: ArchiveStory[] = []
      for (let index = 0; index < stored.length; index += 10) stories.push(storyOf(`s${String(index).padStart(4, '0')}`, stored.slice(index, index + 10)))
      expect(await store.addMany(stories.slice(0, 40))).toEqual(Array(40).fill('added'))
      expect(await store.addMany(stories.slice(40))).toEqual(Array(30).fill('added'))
      const matches = await matchArchive(drafts.map(print), new Set(), store, SETTINGS)
      const found = matches.map((match) => [match.paragraph, match.archived.key, match.similarity])
      // By brute force: the most similar stored paragraph of each draft paragraph, the first stored of equals.
      const expected: Array<[number, string, number]> = []
      drafts.forEach((draft, index) => {
        let best: [number, string, number] | undefined
        for (const other of stored) {
          const similarity = dice(draft, other)
          if (similarity >= SETTINGS.similarity && (!best || similarity > best[2])) best = [index, `k${other.join(',')}`, similarity]
        }
        if (best) expected.push(best)
      })
      expect(expected.length).toBeGreaterThan(20)
      expect(found).toEqual(expected)
    } finally {
      await store.close()
    }
  })

  test('a probe finds exactly the stored paragraphs that hold `hits` of its shingles, whichever way they are read', {timeout: 120_000}, async () => {
    const sets = shingleSets(600, 5)
    const store = await openArchive(await backend.fresh(folder()))
    try {
      const stories: ArchiveStory[] = []
      for (let index = 0; index < 500; index += 10) stories.push(storyOf(`p${String(index).padStart(4, '0')}`, sets.slice(index, index + 10)))
      await store.addMany(stories)
      const counts = await store.counts([...new Set(sets.flat())])
      const next = random(17)
      // Rarest first as matchArchive asks, with the commonest shingles last (looked up by key for the paragraphs
      // still counted), and without the counts (read in full); `hits` from one to the probe's length.
      const probes = sets.slice(500).map((set) => {
        const shingles = set.filter((shingle) => counts.has(shingle)).sort((a, b) => counts.get(a)! - counts.get(b)! || a - b)
        return {shingles, hits: 1 + Math.floor(next() * Math.max(1, shingles.length))}
      })
      const expected: Array<[number, number]> = []
      probes.forEach((probe, index) => {
        sets.slice(0, 500).forEach((set, id) => {
          const held = probe.shingles.filter((shingle) => set.includes(shingle)).length
          if (held >= probe.hits && probe.shingles.length > 0) expected.push([index, id])
        })
      })
      expect(expected.length).toBeGreaterThan(20)
      // Store ids are the back end's: compare through each paragraph's story (`p0120`) and place in it.
      const keys = new Map<number, number>()
      const byKey = (found: Array<[number, number]>) => found.map(([index, id]) => [index, keys.get(id) ?? id] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1])
      const withCounts = await store.probe(probes.map((probe) => ({...probe, postings: probe.shingles.map((shingle) => counts.get(shingle)!)})))
      const withoutCounts = await store.probe(probes)
      for (const [id, row] of await store.paragraphs([...new Set([...withCounts, ...withoutCounts].map(([, id]) => id))])) {
        keys.set(id, Number(row.story.key.slice(1)) + row.start)
      }
      expect(byKey(withCounts)).toEqual(expected)
      expect(byKey(withoutCounts)).toEqual(expected)
    } finally {
      await store.close()
    }
  })

  test('a story given twice in one batch is stored once, its counts those of the second', async () => {
    const location = await backend.fresh(folder())
    const store = await openArchive(location)
    try {
      const first = storyOf('twice', [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]])
      const second = {...storyOf('twice', [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14]]), digest: 'second'}
      expect(await store.addMany([first, storyOf('other', [[1, 2, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]]), second])).toEqual(['added', 'added', 'replaced'])
      expect(await store.stats()).toEqual({stories: 2, paragraphs: 2, shingles: 24})
      expect(await store.counts([1, 13, 14, 20])).toEqual(new Map([[1, 2], [14, 1], [20, 1]]))
      expect(await store.probe([{shingles: [13], hits: 1}, {shingles: [14, 2], hits: 2}])).toEqual([[1, expect.any(Number)]])
      expect(await store.remove('twice')).toBe(true)
      expect(await store.counts([1, 14])).toEqual(new Map([[1, 1]]))
    } finally {
      await store.close()
    }
  })
})

describe('schema versions', () => {
  test('an archive of an earlier schema is refused in one line; a rebuild empties it', async () => {
    const location = path.join(folder(), 'old.sqlite')
    const db = new Database(location)
    db.exec('CREATE TABLE stories (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, path TEXT NOT NULL, url TEXT, title TEXT, date TEXT, digest TEXT NOT NULL)')
    db.close()
    await expect(openArchive(location)).rejects.toThrow(`the archive ${location} was made by an earlier factlint (this one reads version 2): run factlint archive rebuild`)
    const store = await openArchive(location, {reset: true})
    expect(await store.stats()).toEqual({stories: 0, paragraphs: 0, shingles: 0})
    await store.close()
    const again = await openArchive(location)
    await again.close()
  })
})
