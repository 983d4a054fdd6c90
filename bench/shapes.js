// The three shapes of input whose time and memory `npm run bench` measures
// (section `shapes`, targets in docs/performance.md): many drafts, one long
// document, and one long line (a whole document without a line break, as
// some exports give). Each is written at 1× and 10× its size; time for 10×
// the input must stay within 11×, the long line must give its findings, the
// long document and the drafts stay within a peak memory.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {corpus, longDocument, writeCorpus} from './corpus.js'

/** Each shape at its two sizes, in bytes. */
export const SHAPES = [
  {name: 'many drafts', kind: 'drafts', sizes: [5e6, 50e6]},
  {name: 'one long document', kind: 'document', sizes: [5e5, 5e6]},
  {name: 'one long line', kind: 'line', sizes: [5e5, 5e6]}
]

/** One long line: the long document's paragraphs joined by spaces, ending with a doubled word to find. */
export function longLine(totalBytes, lang = 'fr') {
  return `${longDocument(totalBytes, lang).replace(/\s*\n\s*/g, ' ').trim()} Il a dit que le le texte finit ici.\n`
}

/**
 * Writes `shape` at `bytes` under `folder` (emptied first); returns what to
 * lint (`path`), where the JSON report goes, its size and its files.
 */
export function writeShape(folder, shape, bytes) {
  rmSync(folder, {recursive: true, force: true})
  mkdirSync(folder, {recursive: true})
  const report = path.join(folder, 'report.json')
  if (shape.kind === 'drafts') {
    const drafts = corpus(bytes)
    const target = writeCorpus(path.join(folder, 'drafts'), drafts)
    return {path: target, report, files: drafts.length, bytes: drafts.reduce((sum, draft) => sum + Buffer.byteLength(draft.text), 0)}
  }
  const text = shape.kind === 'line' ? longLine(bytes) : longDocument(bytes)
  const file = path.join(folder, `${shape.kind}.txt`)
  writeFileSync(file, text)
  return {path: file, report, files: 1, bytes: Buffer.byteLength(text)}
}
