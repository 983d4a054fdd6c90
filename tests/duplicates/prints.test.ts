/**
 * duplicate-block's prints as columns (src/analysis/duplicate-block/prints.ts):
 * one Int32Array per document and a small object per paragraph read from
 * it give the same prints as the plain objects they replace, French and
 * English, through the cache's JSON, a structured clone and the cross-file
 * pass.
 */
import {describe, expect, it} from 'vitest'
// @ts-expect-error: the bench's generator is JavaScript, without types.
import {oneDraft} from '../../bench/corpus.js'
import {findRepeats, findRepeatsAcrossFiles, type FigureFingerprint, type FigurePrint} from '../../src/analysis/duplicate-block/find.js'
import {analyseParagraphs, matchAcrossFiles, shinglesJson} from '../../src/analysis/duplicate-block/match.js'
import {ColumnFingerprint, ColumnPrint, columnFingerprint, columnsOf} from '../../src/analysis/duplicate-block/prints.js'
import {shinglesOfHashes} from '../../src/analysis/duplicate-block/similarity-index.js'
import {parseFingerprintsJson} from '../../src/engine/fingerprints.js'
import {repeatInput} from '../support/repeat-input.js'


const settings = {minWords: 12, similarity: 0.85}

/** A generated draft's paragraphs (the bench's news), one per line. */
function draftLines(lang: 'fr' | 'en', seed: number): string[] {
  return (oneDraft(6_000, lang, {seed}) as string).split('\n').filter((line) => line.trim() !== '')
}

/** A fingerprint written and read back as a fingerprints file writes it (word hashes typed, shingles plain arrays). */
function readBack(fingerprint: FigureFingerprint): FigureFingerprint {
  const json = JSON.stringify(fingerprint, (key, value: unknown) => (value instanceof Int32Array ? (key === 'shingles' ? Array.from(value) : {int32: [...value]}) : value))
  return parseFingerprintsJson(json) as FigureFingerprint
}

/** The plain print of each paragraph with its shingles as a plain array, for comparisons. */
function plainOf(fingerprint: FigureFingerprint): unknown {
  return JSON.parse(JSON.stringify(fingerprint, shinglesJson))
}

describe.each(['fr', 'en'] as const)('prints in columns, %s', (lang) => {
  const lines = draftLines(lang, lang === 'fr' ? 3 : 5)
  const document = repeatInput(lines, lang)
  const found = findRepeats(document, settings)
  const fingerprint = found.fingerprint as ColumnFingerprint

  it('keeps one Int32Array per document and a print per paragraph that holds only its place', () => {
    expect(fingerprint).toBeInstanceOf(ColumnFingerprint)
    expect(fingerprint.paragraphs.length).toBe(lines.length)
    expect(fingerprint.paragraphs.every((print) => print instanceof ColumnPrint && Object.keys(print).length === 2)).toBe(true)
    const buffers = new Set(fingerprint.paragraphs.flatMap((print) => [print.shingles.buffer, print.hashes.buffer]))
    expect([...buffers]).toEqual([fingerprint.columns.data.buffer])
  })

  it('gives each paragraph the shingles, hashes and numbers of its analysis', () => {
    const analyses = analyseParagraphs(lines)
    fingerprint.paragraphs.forEach((print, index) => {
      const analysis = analyses[index]!
      expect(Array.from(print.shingles)).toEqual(Array.from(analysis.shingles))
      expect(Array.from(print.shingles)).toEqual(shinglesOfHashes(analysis.hashes))
      expect(print.shingleCount).toBe(analysis.shingles.length)
      expect(Array.from(print.hashes)).toEqual(Array.from(analysis.hashes))
      expect([print.words, print.key, print.sentence, print.crossReference]).toEqual([analysis.words, analysis.key, analysis.sentence, analysis.crossReference])
      expect([print.start, print.end]).toEqual([document.blocks[index]!.start, document.blocks[index]!.end])
      expect(print.startPoint).toEqual(document.toPoint(print.start))
      expect(print.endPoint).toEqual(document.toPoint(print.end))
    })
    expect(fingerprint.paragraphs.some((print) => (print.figures?.length ?? 0) > 1)).toBe(true)
  })

  it('writes the plain prints, field for field, to JSON and to a structured clone', () => {
    const plain = fingerprint.toPlainData()
    expect(plain.paragraphs.every((print) => Object.getPrototypeOf(print) === Object.prototype)).toBe(true)
    // The fields in the order an analysis always wrote them: the cache's and fingerprints file's bytes.
    const fields = (print: FigurePrint) => ['words', 'key', 'shingles', 'sentence', 'crossReference', 'start', 'end', 'startPoint', 'endPoint', 'hashes', ...(print.item ? ['item'] : []), ...(print.figures ? ['figures'] : [])]
    for (const print of plain.paragraphs) expect(Object.keys(print)).toEqual(fields(print))
    expect(JSON.stringify(fingerprint, shinglesJson)).toBe(JSON.stringify(plain, shinglesJson))
    expect(structuredClone(plain)).toEqual(plain)
  })

  it('reads plain prints back into the same columns', () => {
    const read = readBack(fingerprint)
    expect(Array.isArray(read.paragraphs[0]!.shingles)).toBe(true)
    const again = columnFingerprint(read)
    expect(again).toBeInstanceOf(ColumnFingerprint)
    expect(plainOf(again)).toEqual(plainOf(fingerprint))
    expect(Array.from(again.columns.data)).toEqual(Array.from(fingerprint.columns.data))
    expect(columnFingerprint(fingerprint)).toBe(fingerprint)
    const cloned = columnFingerprint(structuredClone(fingerprint.toPlainData()))
    expect(plainOf(cloned)).toEqual(plainOf(fingerprint))
  })
})

describe('the cross-file pass over prints in columns', () => {
  it('finds the same repeats as over the plain prints, French and English', () => {
    const fingerprints: FigureFingerprint[] = []
    for (const [lang, seed] of [['fr', 21], ['en', 22], ['fr', 23], ['en', 24]] as const) {
      const lines = draftLines(lang, seed)
      fingerprints.push(findRepeats(repeatInput(lines, lang), settings).fingerprint)
      // A copy with one paragraph edited and one dropped: near and exact copies across files.
      const copy = [...lines.slice(0, 3), `${lines[3]!} Ajouté ici.`, ...lines.slice(5)]
      fingerprints.push(findRepeats(repeatInput(copy, lang), settings).fingerprint)
    }
    const plain = fingerprints.map((fingerprint) => (fingerprint as ColumnFingerprint).toPlainData())
    const read = plain.map(readBack)
    const textOf = () => undefined
    const columns = findRepeatsAcrossFiles(fingerprints, textOf, settings)
    expect(columns.length).toBeGreaterThan(0)
    expect(findRepeatsAcrossFiles(plain, textOf, settings)).toEqual(columns)
    expect(findRepeatsAcrossFiles(read.map(columnFingerprint), textOf, settings)).toEqual(columns)
  })

  it('numbers keys from their hashes as from their strings, keys in another form included', () => {
    const lines = draftLines('en', 31)
    const found = findRepeats(repeatInput(lines, 'en'), settings).fingerprint as ColumnFingerprint
    const plain = found.toPlainData()
    // The same prints with keys no analysis writes (hand-edited files): equal keys stay equal, others apart.
    const renamed = (fingerprint: FigureFingerprint): FigureFingerprint => ({...fingerprint, paragraphs: fingerprint.paragraphs.map((print) => ({...print, key: `k:${print.key}`}))})
    const settingsAcross = {minWords: 12, similarity: 0.55}
    const expected = matchAcrossFiles([plain, plain, renamed(plain), renamed(plain)], settingsAcross)
    expect(expected.length).toBeGreaterThan(0)
    // Prints in columns (keys as hashes), plain prints (keys as strings) and renamed ones, mixed in one pass.
    const mixed = [found, plain, columnFingerprint(readBack(renamed(plain))), renamed(plain)]
    expect(matchAcrossFiles(mixed, settingsAcross)).toEqual(expected)
  })

  it('columnsOf keeps no paragraph array it was given', () => {
    const columns = columnsOf([
      {words: 3, key: 'a.b', shingles: [1, 2], hashes: Int32Array.of(7, 8, 9), sentence: true, crossReference: false, start: 0, end: 10, startPoint: {line: 1, column: 1}, endPoint: {line: 1, column: 11}, figures: ['#12', 'euros']},
      {words: 0, key: 'c.d', shingles: [], hashes: [], sentence: false, crossReference: true, start: 11, end: 11, startPoint: {line: 2, column: 1}, endPoint: {line: 2, column: 1}}
    ])
    const [first, second] = ColumnFingerprint.printsOf(columns)
    expect(Array.from(first!.shingles)).toEqual([1, 2])
    expect(Array.from(first!.hashes)).toEqual([7, 8, 9])
    expect(first!.figures).toEqual(['#12', 'euros'])
    expect([first!.sentence, first!.crossReference, second!.sentence, second!.crossReference]).toEqual([true, false, false, true])
    expect([second!.shingles.length, second!.hashes.length, second!.figures, second!.item]).toEqual([0, 0, undefined, undefined])
    expect(second!.endPoint).toEqual({line: 2, column: 1})
    // Keys not written from two 32-bit hashes (a file edited by hand) are kept as they are.
    expect([first!.key, second!.key]).toEqual(['a.b', 'c.d'])
  })

  it('writes a key again from its two hashes, and keeps any other key as given', () => {
    const keys = ['0.0', 'zik0zj.zik0zj', '1z141z3.a', '01.5', 'A.b', '.5', '5.', 'abc', '1z141z4.0', '-1.2', 'x.y.z', '']
    const part = (key: string) => ({words: 0, key, shingles: [], hashes: [], sentence: false, crossReference: false, start: 0, end: 0, startPoint: {line: 1, column: 1}, endPoint: {line: 1, column: 1}})
    const columns = columnsOf(keys.map(part))
    expect(ColumnFingerprint.printsOf(columns).map((print) => print.key)).toEqual(keys)
    // Only the ones an analysis could write are numbers: the first three.
    expect(columns.otherKeys?.map((key) => key !== undefined)).toEqual(keys.map((_, index) => index >= 3))
  })
})
