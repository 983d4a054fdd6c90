// `npm run build && node bench/archive.js [--postgres URL]`: the archive's speed (docs/archive.md, docs/performance.md).
//
// Targets of issue 25, on this machine:
//   - adding 10,000 stories with `factlint archive add` in at most 60 s (SQLite);
//   - checking a 10 KB draft against an index of 1,000,000 paragraphs in at most
//     100 ms with SQLite and 200 ms with a local PostgreSQL.
// Method:
//   1. STORIES generated stories (bench/corpus.js, 1.5 to 5 KB: about ten prose
//      paragraphs each, as in a newsroom's archive) are written to a folder and
//      read as `archive add` reads them (the lint pipeline, duplicate-block alone):
//      the parse time. They are then written to a fresh archive: the store time.
//   2. The index is topped up to PARAGRAPHS paragraphs with further stories of
//      the same generator (same vocabulary, same word-pair frequencies),
//      fingerprinted without the lint pipeline (duplicate-block's own
//      normalisation and shingles on each line) to keep the run short.
//   3. A 10 KB draft (later stories of the same generator, with one archived
//      paragraph pasted in) is linted once; what `--archive` adds to its lint
//      (open the archive, look up its paragraphs, close) is timed, median of 9.
// Wall and CPU times are both given: on a shared machine the wall time also
// counts the waits for a core, the CPU time does not (the targets are wall times
// on an idle machine).
// Sizes: FACTLINT_BENCH_ARCHIVE_STORIES (10000) and FACTLINT_BENCH_ARCHIVE_PARAGRAPHS
// (1000000) for quick runs; FACTLINT_BENCH_ARCHIVE_KEEP=1 keeps the SQLite file. PostgreSQL: --postgres URL, else FACTLINT_BENCH_POSTGRES
// or FACTLINT_TEST_POSTGRES (set by .ci/run); a fresh database is created in it and
// dropped after. Without one, a line says it is skipped (.ci/postgres.sh shows how
// to start a throw-away cluster). Prints one JSON object per line; the last is the summary.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {randomBytes} from 'node:crypto'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {analyseParagraphs, isProse} from '../dist/analysis/duplicate-block/match.js'
import {hash64} from '../dist/analysis/duplicate-block/similarity-index.js'
import {matchArchive} from '../dist/archive/match.js'
import {openArchive} from '../dist/archive/open.js'
import {fingerprintOf} from '../dist/archive/story.js'
import {readStories, writeStories} from '../dist/cli/commands/archive.js'
import {lint} from '../dist/engine/lint.js'
import {duplicateBlock} from '../dist/rules/duplicate-block.js'
import {draftStream} from './corpus.js'

export const ARCHIVE_TARGETS = {addSeconds: 60, checkMsSqlite: 100, checkMsPostgres: 200}

const args = process.argv.slice(2)
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const STORIES = Number(process.env.FACTLINT_BENCH_ARCHIVE_STORIES ?? 10_000)
const PARAGRAPHS = Number(process.env.FACTLINT_BENCH_ARCHIVE_PARAGRAPHS ?? 1_000_000)
const POSTGRES = flag('--postgres') ?? process.env.FACTLINT_BENCH_POSTGRES ?? process.env.FACTLINT_TEST_POSTGRES
const SIZES = {smallest: 1_500, largest: 5_000}
const settings = duplicateBlock.schema.parse(undefined)
const only = {ruleSet: [duplicateBlock], rules: {'duplicate-block': ['warn', {acrossFiles: 'off'}]}}
const round = (value, digits = 1) => +value.toFixed(digits)
/** Wall and CPU time (this process, all its threads) of `work`, in seconds. */
async function timed(work) {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  const value = await work()
  const used = process.cpuUsage(cpu)
  return {value, seconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6}
}
const print = (value) => console.log(JSON.stringify(value))

/** The story of a generated draft fingerprinted line by line, without the lint pipeline. */
function quickStory(draft) {
  const lines = draft.text.split('\n')
  const analyses = analyseParagraphs(lines)
  const paragraphs = []
  let offset = 0
  lines.forEach((line, index) => {
    const analysis = analyses[index]
    if (isProse(analysis, settings)) {
      paragraphs.push({key: analysis.key, words: analysis.words, shingles: analysis.shingles, start: offset, end: offset + line.length, startLine: index + 1, endLine: index + 1})
    }
    offset += line.length + 1
  })
  return {key: `filler/${draft.path}`, path: `filler/${draft.path}`, date: '2023-06-01', digest: hash64(draft.text), paragraphs}
}

/** A fresh archive location per back end: a new SQLite file, or a new database on the server. */
async function freshLocations(folder) {
  const locations = [{name: 'sqlite', location: path.join(folder, 'archive.sqlite')}]
  if (!POSTGRES) {
    print({skipped: 'postgres', why: 'no server: pass --postgres URL or set FACTLINT_BENCH_POSTGRES (.ci/postgres.sh starts a throw-away cluster)'})
    return {locations, drop: async () => undefined}
  }
  const {default: pg} = await import('pg')
  const admin = new pg.Client({connectionString: POSTGRES})
  try {
    await admin.connect()
  } catch (error) {
    print({skipped: 'postgres', why: `cannot reach ${POSTGRES}: ${error.message.split('\n')[0]}`})
    return {locations, drop: async () => undefined}
  }
  const database = `factlint_bench_${randomBytes(4).toString('hex')}`
  await admin.query(`CREATE DATABASE ${database}`)
  const url = new URL(POSTGRES)
  url.pathname = `/${database}`
  locations.push({name: 'postgres', location: url.toString()})
  return {
    locations,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${database}`)
      await admin.end()
    }
  }
}

async function main() {
  const folder = mkdtempSync(path.join(tmpdir(), 'factlint-archive-bench-'))
  const {locations, drop} = await freshLocations(folder)
  try {
    const stream = draftStream(7, SIZES)
    // 1. Adding STORIES stories as `factlint archive add` does.
    const published = []
    for (let index = 0; index < STORIES; index++) published.push(stream.next().value)
    for (const draft of published) {
      mkdirSync(path.join(folder, path.dirname(draft.path)), {recursive: true})
      writeFileSync(path.join(folder, draft.path), draft.text)
    }
    // As `factlint archive add` reads them: on worker threads when they are many (--jobs auto).
    const parsed = await timed(() => readStories(['drafts'], folder, false, 'auto'))
    const {stories} = parsed.value
    const storyParagraphs = stories.reduce((sum, story) => sum + story.paragraphs.length, 0)
    print({step: 'parse', stories: stories.length, paragraphs: storyParagraphs, megabytes: round(published.reduce((sum, draft) => sum + Buffer.byteLength(draft.text), 0) / 1e6), seconds: round(parsed.seconds), cpuSeconds: round(parsed.cpuSeconds)})
    const results = {}
    for (const {name, location} of locations) {
      const store = await openArchive(location)
      const written = await timed(() => writeStories(store, stories))
      await store.close()
      results[name] = {
        addStories: stories.length,
        parseSeconds: round(parsed.seconds),
        parseCpuSeconds: round(parsed.cpuSeconds),
        storeSeconds: round(written.seconds),
        storeCpuSeconds: round(written.cpuSeconds),
        addSeconds: round(parsed.seconds + written.seconds)
      }
      print({step: 'add', backEnd: name, ...results[name]})
    }

    // 2. Up to PARAGRAPHS paragraphs with further stories of the same generator.
    const stores = await Promise.all(locations.map(({location}) => openArchive(location)))
    const fillSeconds = locations.map(() => 0)
    let paragraphs = storyParagraphs
    while (paragraphs < PARAGRAPHS) {
      const batch = []
      while (batch.length < 500 && paragraphs < PARAGRAPHS) {
        const story = quickStory(stream.next().value)
        batch.push(story)
        paragraphs += story.paragraphs.length
      }
      for (const [index, store] of stores.entries()) {
        const started = performance.now()
        await store.addMany(batch)
        fillSeconds[index] += (performance.now() - started) / 1000
      }
    }
    for (const [index, {name}] of locations.entries()) {
      const stats = await stores[index].stats()
      results[name] = {...results[name], ...stats, fillSeconds: round(fillSeconds[index])}
      print({step: 'fill', backEnd: name, ...stats, seconds: round(fillSeconds[index])})
      await stores[index].close()
    }

    // 3. A 10 KB draft of later stories, with one archived paragraph pasted in.
    const parts = []
    while (parts.join('\n').length < 10_000) parts.push(stream.next().value.text)
    const pasted = published[Math.floor(published.length / 2)].text.split('\n').find((line) => line.length > 200)
    const text = `${parts.join('\n').slice(0, 10_000 - pasted.length - 2).replace(/\n[^\n]*$/, '')}\n${pasted}\n`
    const draft = await lint(text, {...only, path: 'draft.txt'})
    const prints = fingerprintOf(draft)
    for (const {name, location} of locations) {
      const times = []
      const cpuTimes = []
      let found = 0
      for (let run = 0; run < 10; run++) {
        const check = await timed(async () => {
          const store = await openArchive(location)
          const matches = await matchArchive(prints.paragraphs, new Set(), store, settings, {})
          await store.close()
          return matches
        })
        // The first run warms the file cache and the server: not counted.
        if (run > 0) times.push(check.seconds * 1000), cpuTimes.push(check.cpuSeconds * 1000)
        found = check.value.length
      }
      times.sort((a, b) => a - b)
      cpuTimes.sort((a, b) => a - b)
      // CPU: this process only (PostgreSQL's own work is in the wall time alone).
      results[name] = {...results[name], draftBytes: Buffer.byteLength(text), draftParagraphs: prints.paragraphs.length, checkMs: round(times[4]), checkCpuMs: round(cpuTimes[4]), checkMaxMs: round(times.at(-1)), found}
      print({step: 'check', backEnd: name, ...results[name]})
    }
    const verdict = {
      addSqlite: results.sqlite.addSeconds <= ARCHIVE_TARGETS.addSeconds,
      checkSqlite: results.sqlite.checkMs <= ARCHIVE_TARGETS.checkMsSqlite,
      ...(results.postgres ? {checkPostgres: results.postgres.checkMs <= ARCHIVE_TARGETS.checkMsPostgres} : {})
    }
    print({summary: true, stories: STORIES, paragraphs: PARAGRAPHS, targets: ARCHIVE_TARGETS, results, verdict})
  } finally {
    await drop().catch(() => undefined)
    if (process.env.FACTLINT_BENCH_ARCHIVE_KEEP) print({kept: path.join(folder, 'archive.sqlite')})
    else rmSync(folder, {recursive: true, force: true})
  }
}

await main()
