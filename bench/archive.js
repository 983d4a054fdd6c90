// `npm run build && node bench/archive.js [--stories N] [--postgres URL]`: the archive (docs/archive.md).
//
// Builds a synthetic archive of N generated stories (bench/corpus.js, 10,000
// by default, about 5 KB each) in a fresh SQLite file (and in PostgreSQL when
// a URL is given: its tables are emptied first), timing the adds, then times
// checking one 10 KB draft against it (median of 9). Targets of issue 25,
// for 10,000 stories: adding them in at most 60 s with SQLite; checking a
// 10 KB draft in at most 100 ms with SQLite and 200 ms with PostgreSQL.
// Parsing the stories is timed apart from storing them.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {matchArchive} from '../dist/archive/match.js'
import {openArchive} from '../dist/archive/open.js'
import {storyOf} from '../dist/archive/story.js'
import {lint} from '../dist/engine/lint.js'
import {duplicateBlock} from '../dist/rules/duplicate-block.js'
import {fingerprintOf} from '../dist/archive/story.js'
import {corpus, oneDraft} from './corpus.js'

const args = process.argv.slice(2)
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const stories = Number(flag('--stories') ?? 10_000)
const postgres = flag('--postgres')
const settings = duplicateBlock.schema.parse(undefined)
const only = {ruleSet: [duplicateBlock], rules: {'duplicate-block': ['warn', {acrossFiles: 'off'}]}}

async function prepared() {
  const started = performance.now()
  const drafts = corpus(stories * 5_000).slice(0, stories)
  const records = []
  for (const [index, draft] of drafts.entries()) {
    const file = await lint(draft.text, {...only, path: draft.path})
    records.push(storyOf(file, draft.path, settings, {fileDay: `2024-01-${String((index % 28) + 1).padStart(2, '0')}`, keepText: true}))
  }
  return {records, parseMs: performance.now() - started}
}

async function measure(location, records) {
  const store = await openArchive(location)
  if (location.startsWith('postgres')) await store.clear()
  let started = performance.now()
  for (const record of records) await store.add(record)
  const addMs = performance.now() - started
  const stats = await store.stats()
  // A 10 KB draft, with one archived paragraph pasted in, so that the check finds something.
  const pasted = records[Math.floor(records.length / 2)].paragraphs[0]
  const draft = await lint(`${oneDraft(10_000, 'fr', {seed: 99})}\n${pasted.text}\n`, {...only, path: 'draft.txt'})
  const print = fingerprintOf(draft)
  const times = []
  let found = 0
  for (let run = 0; run < 9; run++) {
    started = performance.now()
    const matches = await matchArchive(print.paragraphs, new Set(), store, settings, {})
    times.push(performance.now() - started)
    found = matches.length
  }
  await store.close()
  times.sort((a, b) => a - b)
  return {location: location.startsWith('postgres') ? 'postgres' : 'sqlite', ...stats, addSeconds: +(addMs / 1000).toFixed(1), checkMs: +times[4].toFixed(1), found}
}

const {records, parseMs} = await prepared()
console.log(`parsed ${records.length} stories in ${(parseMs / 1000).toFixed(1)} s`)
const folder = mkdtempSync(path.join(tmpdir(), 'factlint-archive-bench-'))
try {
  console.log(await measure(path.join(folder, 'archive.sqlite'), records))
  if (postgres) console.log(await measure(postgres, records))
} finally {
  rmSync(folder, {recursive: true, force: true})
}
