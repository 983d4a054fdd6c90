// `npm run bench` (= build, then `node --expose-gc bench/run.js [folder…] [--size MB] [--runs N] [--only name,…]`; without --expose-gc the heap is not collected between measurements).
//
// In one run, on a generated corpus of French and English drafts (bench/corpus.js)
// and on any folder of real .txt/.md drafts given as an argument:
//   - throughput: the full rule set against a bare parse of the same text
//     done the same way (paragraph by paragraph with parse-latin/parse-english);
//   - scaling: CPU time at 1× and 10× the input (drafts, and one long document), each in a fresh process;
//   - start-up: wall time of `node bin/factlint.js draft.txt` on a 10 KB draft against `node -e 0`;
//   - peak memory of the CLI on the whole corpus (/usr/bin/time -f %M);
//   - workers: `--jobs 2` against `--jobs 1` on 200 files, and what bounds it here (see `workers`);
//   - where the time goes: the engine with no rule, then each rule alone on top;
//   - duplicate-block alone at 1× and 10× (bench/duplicate-block.js);
//   - shapes: the CLI on many drafts (5 and 50 MB), one long document and one long line (0.5 and 5 MB): CPU time, wall time and peak memory (bench/shapes.js);
//   - the language server: a warm re-lint of a 10 KB draft after a one-character edit (bench/lsp-relint.js);
//   - peers: textlint (three rules) and grammalecte installed into a cache outside the repository, side by side
//     with factlint on many files and on one 500 KB document, and the bare parse as a process (bench/peers.js);
//   - jobs: the default --jobs against --jobs 1 and --jobs 2 on 20, 200 and 800 drafts and one 2 MB document.
//   - the archive: adding 10,000 stories, checking a 10 KB draft against 1,000,000 paragraphs (bench/archive.js);
// Prints a table and writes the same figures to bench/out/bench.json. Times
// are medians: the machine may be shared (its load is recorded with them).
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {ParseEnglish} from 'parse-english'
import {ParseLatin} from 'parse-latin'
import {builtinRules, lintFiles} from '../dist/index.js'
import {splitParagraphs} from '../dist/text/paragraphs.js'
import {corpus, oneDraft, readFolder, writeCorpus} from './corpus.js'
import {cpuTime} from './cpu-time.js'
import {cases as duplicateBlockCases} from './duplicate-block.js'
import {relint} from './lsp-relint.js'
import {jobs as jobRuns, peers, printJobs, printPeers} from './peers.js'
import {SHAPES, writeShape} from './shapes.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const out = path.join(root, 'bench/out')
const cli = path.join(root, 'bench/bundle-cli.js')

const TARGETS = {
  /** Full lint time over bare parse time, on the 5 MB corpus. */
  overParse: 1.5,
  /** Time growth for 10× the input. */
  growth: 11,
  /** Peak resident memory, MB. */
  memoryMb: 300,
  /** --jobs 2 over --jobs 1 on 200 files. */
  workers: 1.6,
  /** factlint draft.txt (10 KB) over node -e 0. */
  startup: 4,
  /** Shapes of input (bench/shapes.js): the 5 MB line within this many seconds, peak MB of the 5 MB document and of 50 MB of drafts. */
  lineSeconds: 30,
  documentMb: 300,
  draftsMb: 500,
  /** factlint lsp: a warm re-lint of a 10 KB draft after a one-character edit, wall ms (median, 95th percentile). */
  lspMedianMs: 30,
  /** Issue 24: factlint over textlint with three rules, whole processes, CPU time. */
  overPeer: 0.5,
  /** Issue 24: the lint over the bare parse of the same document, whole processes. */
  overBareParseProcess: 2.5,
  /** Issue 24: CPU time of --jobs 2 over --jobs 1. */
  twoLanesCpu: 1.2,
  lspP95Ms: 60
}

const options = parseOptions(process.argv.slice(2))

async function main() {
  mkdirSync(out, {recursive: true})
  const report = {date: new Date().toISOString(), node: process.version, cores: availableParallelism(), loadBefore: loadavg().map(round), targets: TARGETS, sizeMb: options.sizeMb}
  const drafts = corpus(options.sizeMb * 1e6)
  const wanted = (name) => !options.only || options.only.includes(name)

  // Warm the JIT on a small input so that the first measured run is not dominated by it.
  await lintFiles(drafts.slice(0, 20))

  if (wanted('throughput')) {
    report.throughput = [await throughput(`generated ${options.sizeMb} MB, ${drafts.length} drafts`, drafts)]
    for (const folder of options.folders) report.throughput.push(await throughput(`folder ${folder}`, readFolder(path.resolve(folder))))
  }
  if (wanted('rules')) report.rules = await ruleCosts(drafts)
  if (wanted('scaling')) report.scaling = scaling()
  if (wanted('startup')) report.startup = startup()
  if (wanted('cli')) {
    // Outside the repository: bench/out is git-ignored, and factlint skips ignored files.
    const folder = writeCorpus(path.join(tmpdir(), 'factlint-bench', 'corpus'), drafts)
    const small = writeCorpus(path.join(tmpdir(), 'factlint-bench', 'corpus-200'), drafts.slice(0, 200))
    report.memory = memory(folder, drafts)
    report.workers = await workers(small)
  }
  if (wanted('duplicate-block')) report.duplicateBlock = duplicateBlock()
  if (wanted('shapes')) report.shapes = shapes()
  if (wanted('archive')) report.archive = archive()
  if (wanted('lsp')) report.lsp = [await relint(100, 'fr'), await relint(100, 'en')].map((row, index) => ({name: `10 KB ${index === 0 ? 'fr' : 'en'} draft`, ...row}))
  if (wanted('peers')) report.peers = peers({runs: options.runs})
  if (wanted('jobs')) report.jobs = jobRuns({runs: options.runs})
  report.loadAfter = loadavg().map(round)
  report.verdict = verdict(report)

  printReport(report)
  writeFileSync(path.join(out, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nFigures written to bench/out/bench.json`)
  if (Object.values(report.verdict).some((entry) => entry.met === false)) process.exitCode = 1
}

/**
 * The archive (issue 25, bench/archive.js) in a process of its own: 10,000
 * stories added, a 10 KB draft checked against 1,000,000 paragraphs, on
 * SQLite and on PostgreSQL when a server is named (FACTLINT_BENCH_POSTGRES or
 * FACTLINT_TEST_POSTGRES); FACTLINT_BENCH_ARCHIVE_STORIES and
 * FACTLINT_BENCH_ARCHIVE_PARAGRAPHS make it smaller.
 */
function archive() {
  const child = spawnSync(process.execPath, [path.join(root, 'bench/archive.js')], {encoding: 'utf8', maxBuffer: 1 << 26})
  const lines = child.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line))
  for (const line of lines) if (line.skipped) console.log(`archive: ${line.skipped} skipped: ${line.why}`)
  const summary = lines.find((line) => line.summary)
  if (!summary) return {error: (child.stderr || 'no summary').split('\n')[0]}
  return summary
}

/** The full rule set (lang auto, cross-file rules included) against the bare parse, CPU time, medians. */
async function throughput(name, inputs) {
  const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0)
  const files = await lintFiles(inputs)
  const langs = files.map((file) => file.data.factlint?.lang ?? 'en')
  // Interleaved, so that a neighbour's burst of load falls on both sides alike.
  const parseRuns = []
  const lintRuns = []
  for (let run = 0; run < options.runs; run++) {
    parseRuns.push(await cpuTime(() => bareParse(inputs, langs)))
    lintRuns.push(await cpuTime(() => lintFiles(inputs)))
  }
  const parse = median(parseRuns)
  const full = median(lintRuns)
  const findings = files.reduce((sum, file) => sum + file.messages.length, 0)
  return {
    name,
    files: inputs.length,
    bytes,
    parseMs: round(parse),
    lintMs: round(full),
    parseMBs: round(bytes / 1e3 / parse),
    lintMBs: round(bytes / 1e3 / full),
    ratio: round(full / parse),
    findings
  }
}

/**
 * Where the lint's time goes: the engine with no rule (reading, language
 * detection, parsing into blocks), then each built-in rule alone on top of
 * it, cross-file part included, as multiples of the bare parse.
 */
async function ruleCosts(inputs) {
  const langs = (await lintFiles(inputs, {ruleSet: []})).map((file) => file.data.factlint?.lang ?? 'en')
  const parse = median(await repeatAsync(options.runs, () => cpuTime(() => bareParse(inputs, langs))))
  const once = (ruleSet) => cpuTime(() => lintFiles(inputs, {ruleSet}))
  // Each rule's cost is the median of paired differences, the engine alone
  // run right before the engine with the rule: two medians taken minutes
  // apart on a shared machine differed by more than the smaller rules cost.
  const engineRuns = []
  const ruleRows = []
  for (const rule of builtinRules) {
    const differences = []
    for (let run = 0; run < options.runs; run++) {
      const engine = await once([])
      engineRuns.push(engine)
      differences.push((await once([rule])) - engine)
    }
    const ms = median(differences)
    ruleRows.push({name: `+ ${rule.meta.id}`, ms: round(ms), overParse: round(ms / parse)})
  }
  const engine = median(engineRuns)
  const rows = [{name: 'engine, no rule (read, detect the language, parse into blocks)', ms: round(engine), overParse: round(engine / parse)}, ...ruleRows]
  return {parseMs: round(parse), rows}
}

/** What every lint starts with, nothing more: the paragraphs, each parsed alone, offsets not shifted. */
function bareParse(inputs, langs) {
  let nodes = 0
  for (const [index, input] of inputs.entries()) {
    const parser = langs[index] === 'en' ? new ParseEnglish() : new ParseLatin()
    for (const range of splitParagraphs(input.text)) nodes += parser.tokenizeParagraph(input.text.slice(range.start, range.end)).children.length
  }
  return nodes
}

/**
 * 1× and 10× the input: drafts (the first tenth of the corpus, then all of
 * it) and one long document. Each size is measured in a fresh process
 * (bench/measure-lint.js): measured in this one, the 10× run also paid for
 * collecting what the earlier sections left on the heap.
 */
function scaling() {
  const measure = (kind, megabytes) => {
    const result = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'bench/measure-lint.js'), kind, String(megabytes), String(options.runs)], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 26})
    if (result.status !== 0) throw new Error(`bench/measure-lint.js ${kind} ${megabytes}: exit code ${result.status}\n${result.stderr}`)
    const {bytes, ms} = JSON.parse(result.stdout)
    return {bytes, ms: median(ms)}
  }
  return [
    ['drafts (lintFiles)', 'drafts'],
    ['one long document (fr)', 'long']
  ].map(([name, kind]) => {
    const one = measure(kind, options.sizeMb / 10)
    const ten = measure(kind, options.sizeMb)
    return {name, smallBytes: one.bytes, largeBytes: ten.bytes, smallMs: round(one.ms), largeMs: round(ten.ms), inputGrowth: round(ten.bytes / one.bytes), timeGrowth: round(ten.ms / one.ms)}
  })
}

/**
 * The CLI on the three shapes of bench/shapes.js, each at 1× and 10×, in a
 * fresh process with one lane: time for 10× the input, the long line's wall
 * time, the peak memory of the long document and of the drafts.
 */
function shapes() {
  return SHAPES.map((shape) => {
    // `--size MB` scales the shapes with the corpus (5 MB by default: the sizes of the targets).
    const [small, large] = shape.sizes.map((bytes) => {
      const written = writeShape(path.join(tmpdir(), 'factlint-bench', 'shapes'), shape, Math.round((bytes * options.sizeMb) / 5))
      const run = timed(process.execPath, [cli, '--jobs', '1', '--format', 'json', '--output', written.report, written.path])
      const findings = JSON.parse(readFileSync(written.report, 'utf8')).reduce((sum, file) => sum + file.messages.length, 0)
      return {bytes: written.bytes, files: written.files, ms: round(run.ms), cpuMs: run.cpuMs === undefined ? undefined : round(run.cpuMs), maxRssMb: run.maxRssKb === undefined ? undefined : round(run.maxRssKb / 1024), findings}
    })
    const time = (size) => size.cpuMs ?? size.ms
    return {name: shape.name, small, large, inputGrowth: round(large.bytes / small.bytes), cpuGrowth: round(time(large) / time(small))}
  })
}

/** `--jobs N` takes N lanes, however little text there is (it is an upper bound otherwise). */
const EXACT_JOBS = {FACTLINT_EXACT_JOBS: '1'}

/** Wall time of the CLI on one 10 KB draft against `node -e 0`, interleaved runs, medians. */
function startup() {
  const folder = path.join(out, 'startup')
  mkdirSync(folder, {recursive: true})
  const drafts = {
    'draft.txt (fr, with dates)': oneDraft(10_000, 'fr'),
    'draft-en.txt (en, with dates)': oneDraft(10_000, 'en', {seed: 12}),
    'nodates.txt (fr, no weekday or month)': oneDraft(10_000, 'fr', {dates: false})
  }
  const runs = {'node -e 0': [process.execPath, ['-e', '0']]}
  for (const [name, text] of Object.entries(drafts)) {
    const file = path.join(folder, name.split(' ')[0])
    writeFileSync(file, text)
    runs[`factlint ${name}`] = [process.execPath, [cli, '--format', 'pretty', file]]
  }
  const times = Object.fromEntries(Object.keys(runs).map((name) => [name, []]))
  for (let round = 0; round < options.startupRuns; round++) {
    for (const [name, [command, args]] of Object.entries(runs)) times[name].push(wall(command, args).ms)
  }
  const base = median(times['node -e 0'])
  return Object.entries(times).map(([name, values]) => ({name, ms: round(median(values)), ratio: round(median(values) / base), runs: values.length}))
}

/** Peak resident memory of the CLI linting the whole corpus, on one thread and on the default workers. */
function memory(folder, drafts) {
  const rows = []
  for (const jobs of [1, availableParallelism()]) {
    // The lanes asked for, not the ones the text and the load would take.
    const run = timed(process.execPath, [cli, '--jobs', String(jobs), '--format', 'json', folder], EXACT_JOBS)
    rows.push({name: `factlint --jobs ${jobs} on ${drafts.length} files`, jobs, ms: round(run.ms), maxRssMb: run.maxRssKb === undefined ? undefined : round(run.maxRssKb / 1024)})
  }
  return rows
}

/**
 * `--jobs 2` against `--jobs 1` on 200 files, interleaved runs, median wall
 * times; and what bounds the speed-up on this machine:
 * - `machine`: the same plain JavaScript work on two threads against one
 *   (bench/two-threads.js), 2× when the machine has two free cores;
 * - `coresUsed`: the CPU time of a `--jobs 1` run over its wall time. V8
 *   compiles optimised code and collects garbage on threads of its own, so a
 *   one-lane run already keeps more than one core busy (`background`: the CPU
 *   time of the threads other than the main one, from /proc on Linux). Two
 *   lanes do at least the same work (each compiles the code again), so on
 *   `cores` cores they cannot be faster than cores ÷ coresUsed.
 */
async function workers(folder) {
  const runs = {1: [], 2: []}
  const args = (jobs) => ['--require', path.join(root, 'bench/thread-times.cjs'), cli, '--jobs', String(jobs), '--format', 'json', folder]
  for (let index = 0; index < options.runs; index++) {
    for (const jobs of [1, 2]) runs[jobs].push(timed(process.execPath, args(jobs), EXACT_JOBS))
  }
  const machine = JSON.parse(spawnSync(process.execPath, [path.join(root, 'bench/two-threads.js')], {cwd: root, encoding: 'utf8'}).stdout)
  const one = median(runs[1].map((run) => run.ms))
  const two = median(runs[2].map((run) => run.ms))
  const coresUsed = median(runs[1].map((run) => run.cpuMs / run.ms))
  const threads = runs[1].map((run) => run.threads).filter(Boolean)
  const cores = availableParallelism()
  return {
    files: 200,
    oneMs: round(one),
    twoMs: round(two),
    speedup: round(one / two),
    oneCpuMs: round(median(runs[1].map((run) => run.cpuMs))),
    twoCpuMs: round(median(runs[2].map((run) => run.cpuMs))),
    background: threads.length ? round(median(threads.map((thread) => thread.others / (thread.main + thread.others)))) : undefined,
    coresUsed: round(coresUsed),
    bound: round(cores / coresUsed),
    machine: round((2 * machine.oneMs) / machine.twoMs),
    runs: options.runs
  }
}

function spawnAsync(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: root, stdio: ['ignore', 'ignore', 'ignore']})
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`${args.join(' ')}: exit code ${code}`))))
  })
}

function duplicateBlock() {
  const rows = []
  for (const testCase of duplicateBlockCases) {
    const results = []
    for (const size of testCase.sizes) {
      // A fresh process per size, so that heap left by earlier rows does not count against later ones.
      const result = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'bench/duplicate-block.js'), String(duplicateBlockCases.indexOf(testCase)), String(size)], {cwd: root, encoding: 'utf8', maxBuffer: 1 << 26})
      if (result.status !== 0) throw new Error(`bench/duplicate-block.js ${testCase.name} ${size}: exit code ${result.status}\n${result.stderr}`)
      results.push(JSON.parse(result.stdout))
    }
    const [small, large] = results
    rows.push({
      case: testCase.name,
      unit: testCase.unit,
      results,
      growth: {input: round(large.characters / small.characters), wall: round(large.wallMs / small.wallMs), lint: round(large.lintCpuMs / small.lintCpuMs), rule: round(large.ruleCpuMs / Math.max(small.ruleCpuMs, 1e-3))}
    })
  }
  return rows
}

function verdict(report) {
  const result = {}
  const main = report.throughput?.[0]
  if (main) result.overParse = {target: `≤ ${TARGETS.overParse}×`, measured: main.ratio, met: main.ratio <= TARGETS.overParse}
  if (report.scaling) {
    for (const row of report.scaling) {
      const allowed = TARGETS.growth * (row.inputGrowth / 10)
      result[`growth: ${row.name}`] = {target: `≤ ${round(allowed)}× for ×${row.inputGrowth} input`, measured: row.timeGrowth, met: row.timeGrowth <= allowed}
    }
  }
  if (report.duplicateBlock) {
    // CPU time of the lint with the rule: on a shared machine the wall time measures the neighbours too.
    for (const row of report.duplicateBlock) {
      const allowed = TARGETS.growth * (row.growth.input / 10)
      result[`growth: ${row.case} (lint CPU)`] = {target: `≤ ${round(allowed)}× for ×${row.growth.input} input`, measured: row.growth.lint, met: row.growth.lint <= allowed}
    }
  }
  if (report.shapes) {
    // The absolute targets are for the default sizes (5 MB line and document, 50 MB of drafts).
    const atTargetSize = report.sizeMb === 5
    for (const row of report.shapes) {
      const allowed = TARGETS.growth * (row.inputGrowth / 10)
      result[`growth: ${row.name} (CLI CPU)`] = {target: `≤ ${round(allowed)}× for ×${row.inputGrowth} input`, measured: row.cpuGrowth, met: row.cpuGrowth <= allowed}
      if (atTargetSize && row.name === 'one long line') result['one 5 MB line: seconds'] = {target: `≤ ${TARGETS.lineSeconds} s, exit 0 or 1`, measured: round(row.large.ms / 1000), met: row.large.ms <= TARGETS.lineSeconds * 1000}
      if (atTargetSize && row.name === 'one long document') result['one 5 MB document: peak MB'] = {target: `≤ ${TARGETS.documentMb} MB`, measured: row.large.maxRssMb, met: row.large.maxRssMb === undefined ? undefined : row.large.maxRssMb <= TARGETS.documentMb}
      if (atTargetSize && row.name === 'many drafts') result['50 MB of drafts: peak MB'] = {target: `≤ ${TARGETS.draftsMb} MB`, measured: row.large.maxRssMb, met: row.large.maxRssMb === undefined ? undefined : row.large.maxRssMb <= TARGETS.draftsMb}
    }
  }
  if (report.memory) {
    const peak = Math.max(...report.memory.map((row) => row.maxRssMb ?? 0))
    result.memory = {target: `< ${TARGETS.memoryMb} MB`, measured: peak, met: peak > 0 ? peak < TARGETS.memoryMb : undefined}
  }
  if (report.workers) result.workers = {target: `≥ ${TARGETS.workers}× (bound here: ${report.workers.bound}×)`, measured: report.workers.speedup, met: report.workers.speedup >= TARGETS.workers}
  if (report.startup) {
    for (const row of report.startup.slice(1)) result[`startup: ${row.name}`] = {target: `≤ ${TARGETS.startup}× node -e 0`, measured: row.ratio, met: row.ratio <= TARGETS.startup}
  }
  if (report.peers) {
    for (const row of report.peers.rows) {
      const floor = row.peer.startsWith('bare parse')
      const wanted = floor ? TARGETS.overBareParseProcess : TARGETS.overPeer
      result[`${row.work}: factlint / ${row.peer} (CPU)`] = {target: `≤ ${wanted}×`, measured: row.cpuRatio, met: row.cpuRatio <= wanted}
    }
  }
  if (report.jobs) {
    for (const row of report.jobs.rows) {
      result[`jobs, ${row.name}: default / --jobs 1 (wall)`] = {target: '≤ 1×', measured: row.defaultOverOne, met: row.defaultOverOne <= 1}
      result[`jobs, ${row.name}: --jobs 2 / --jobs 1 (CPU)`] = {target: `≤ ${TARGETS.twoLanesCpu}×`, measured: row.twoCpuOverOne, met: row.twoCpuOverOne <= TARGETS.twoLanesCpu}
    }
  }
  if (report.archive?.results) {
    const {sqlite, postgres} = report.archive.results
    const targets = report.archive.targets
    result['archive: add (SQLite)'] = {target: `≤ ${targets.addSeconds} s for ${report.archive.stories} stories`, measured: `${sqlite.addSeconds} s (CPU ${round(sqlite.parseCpuSeconds + sqlite.storeCpuSeconds)} s)`, met: sqlite.addSeconds <= targets.addSeconds}
    result['archive: check (SQLite)'] = {target: `≤ ${targets.checkMsSqlite} ms at ${report.archive.paragraphs} paragraphs`, measured: `${sqlite.checkMs} ms (CPU ${sqlite.checkCpuMs} ms)`, met: sqlite.checkMs <= targets.checkMsSqlite}
    if (postgres) result['archive: check (PostgreSQL)'] = {target: `≤ ${targets.checkMsPostgres} ms at ${report.archive.paragraphs} paragraphs`, measured: `${postgres.checkMs} ms`, met: postgres.checkMs <= targets.checkMsPostgres}
  }
  if (report.lsp) {
    for (const row of report.lsp) {
      result[`lsp re-lint: ${row.name}`] = {target: `median ≤ ${TARGETS.lspMedianMs} ms, p95 ≤ ${TARGETS.lspP95Ms} ms`, measured: `${row.medianMs} / ${row.p95Ms} ms`, met: row.medianMs <= TARGETS.lspMedianMs && row.p95Ms <= TARGETS.lspP95Ms}
      // The server's own CPU time per lint: what the wall time would be with a core to itself, less the messages' transit.
      if (row.cpuMedianMs !== undefined) {
        result[`lsp re-lint CPU: ${row.name}`] = {target: `median ≤ ${TARGETS.lspMedianMs} ms, p95 ≤ ${TARGETS.lspP95Ms} ms`, measured: `${row.cpuMedianMs} / ${row.cpuP95Ms} ms`, met: row.cpuMedianMs <= TARGETS.lspMedianMs && row.cpuP95Ms <= TARGETS.lspP95Ms}
      }
    }
  }
  return result
}

function printReport(report) {
  console.log(`factlint bench — ${report.date}, node ${report.node}, ${report.cores} cores, load ${report.loadBefore.join(' ')} → ${report.loadAfter.join(' ')}`)
  if (report.throughput) {
    section('Throughput (CPU time, median of runs; parse = paragraph by paragraph, no rule)')
    table([
      ['corpus', 'files', 'MB', 'parse ms', 'parse MB/s', 'lint ms', 'lint MB/s', 'lint/parse', 'findings'],
      ...report.throughput.map((row) => [row.name, row.files, mb(row.bytes), row.parseMs, row.parseMBs, row.lintMs, row.lintMBs, `${row.ratio}×`, row.findings])
    ])
  }
  if (report.rules) {
    section(`Where the time goes (CPU time, median of runs; bare parse ${report.rules.parseMs} ms = 1)`)
    table([['part', 'ms', '× bare parse'], ...report.rules.rows.map((row) => [row.name, row.ms, `${row.overParse}×`])])
  }
  if (report.scaling) {
    section('Scaling (CPU time of the full lint, median of runs)')
    table([
      ['input', '1× MB', '1× ms', '10× MB', '10× ms', 'input growth', 'time growth'],
      ...report.scaling.map((row) => [row.name, mb(row.smallBytes), row.smallMs, mb(row.largeBytes), row.largeMs, `×${row.inputGrowth}`, `×${row.timeGrowth}`])
    ])
  }
  if (report.startup) {
    section('Start-up (wall time, median of interleaved runs)')
    table([['command', 'ms', 'vs node -e 0', 'runs'], ...report.startup.map((row) => [row.name, row.ms, `${row.ratio}×`, row.runs])])
  }
  if (report.archive?.results) {
    section(`Archive (bench/archive.js): ${report.archive.stories} stories added, a 10 KB draft checked against ${report.archive.paragraphs} paragraphs`)
    table([
      ['back end', 'parse s (CPU)', 'store s (CPU)', 'add s', 'paragraphs', 'check ms (CPU)', 'found'],
      ...Object.entries(report.archive.results).map(([name, row]) => [name, `${row.parseSeconds} (${row.parseCpuSeconds})`, `${row.storeSeconds} (${row.storeCpuSeconds})`, row.addSeconds, row.paragraphs, `${row.checkMs} (${row.checkCpuMs})`, row.found])
    ])
  } else if (report.archive) console.log(`archive: ${report.archive.error}`)
  if (report.lsp) {
    section('Language server: re-lint after a one-character edit (warm server; wall ms, then the server\'s CPU ms)')
    table([
      ['draft', 'findings', 'edits', 'median', 'p95', 'max', 'CPU median', 'CPU p95', 'paragraphs analysed'],
      ...report.lsp.map((row) => [row.name, row.findings, row.edits, row.medianMs, row.p95Ms, row.maxMs, row.cpuMedianMs ?? 'n/a', row.cpuP95Ms ?? 'n/a', row.paragraphs])
    ])
  }
  if (report.shapes) {
    section('Shapes of input (CLI, --jobs 1, one run each: CPU and wall time, peak memory)')
    table([
      ['shape', 'size', 'files', 'CPU ms', 'wall ms', 'peak MB', 'findings'],
      ...report.shapes.flatMap((row) => [row.small, row.large].map((size) => [row.name, `${round(size.bytes / 1e6)} MB`, size.files, size.cpuMs ?? 'n/a', size.ms, size.maxRssMb ?? 'n/a', size.findings]))
    ])
  }
  if (report.memory) {
    section('Peak memory (maximum resident set, /usr/bin/time)')
    table([['run', 'wall ms', 'peak MB'], ...report.memory.map((row) => [row.name, row.ms, row.maxRssMb ?? 'n/a'])])
  }
  if (report.workers) {
    const w = report.workers
    section('Workers (CLI on 200 files, medians of interleaved runs)')
    table([
      ['', '--jobs 1', '--jobs 2'],
      ['wall ms', w.oneMs, w.twoMs],
      ['CPU ms (all threads)', w.oneCpuMs ?? 'n/a', w.twoCpuMs ?? 'n/a']
    ])
    console.log(`speed-up ${w.speedup}× (${w.runs} runs each)`)
    console.log(`machine: plain JavaScript on two threads runs ${w.machine}× as fast as on one`)
    if (w.coresUsed !== undefined) {
      const background = w.background === undefined ? '' : ` (${Math.round(w.background * 100)} % of its CPU time on V8's compiler and collector threads)`
      console.log(`--jobs 1 already keeps ${w.coresUsed} cores busy${background}: on ${report.cores} cores two lanes cannot beat ${w.bound}×`)
    }
  }
  if (report.duplicateBlock) {
    section('duplicate-block alone (CPU ms, best of 2; parse: no rule; rule: lint minus parse)')
    const lines = [['case', 'input', 'characters', 'wall ms', 'parse cpu ms', 'lint cpu ms', 'rule cpu ms', 'findings']]
    for (const row of report.duplicateBlock) {
      for (const result of row.results) lines.push([row.case, `${result.size} ${row.unit}`, result.characters, fixed(result.wallMs), fixed(result.parseCpuMs), fixed(result.lintCpuMs), fixed(result.ruleCpuMs), result.findings])
      lines.push(['  growth 1× → 10×', `×${row.growth.input} text`, '', `×${row.growth.wall}`, '', `×${row.growth.lint}`, `×${row.growth.rule}`, ''])
    }
    table(lines)
  }
  if (report.peers) printPeers(report.peers)
  if (report.jobs) printJobs(report.jobs)
  section('Targets')
  table([['target', 'wanted', 'measured', 'met'], ...Object.entries(report.verdict).map(([name, entry]) => [name, entry.target, entry.measured, entry.met === undefined ? 'n/a' : entry.met ? 'yes' : 'NO'])])
}

// --- measuring --------------------------------------------------------------

async function repeatAsync(count, run) {
  const values = []
  for (let index = 0; index < count; index++) values.push(await run())
  return values
}

/** Wall time of a child process, output discarded. */
function wall(command, args, env = {}) {
  const start = process.hrtime.bigint()
  const result = spawnSync(command, args, {cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26, env: {...process.env, ...env}})
  checked(result, args)
  return {ms: Number(process.hrtime.bigint() - start) / 1e6, status: result.status}
}

/**
 * Wall time, and through /usr/bin/time when it exists, CPU time (all threads)
 * and peak memory (KB) of a child process; with `--require bench/thread-times.cjs`,
 * the CPU time of its main thread and of the others.
 */
function timed(command, args, env = {}) {
  if (!existsSync('/usr/bin/time')) return wall(command, args, env)
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M cpu=%U+%S', command, ...args], {cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26, env: {...process.env, ...env}})
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  checked(result, args)
  const match = /maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? '')
  const threads = /\nTHREADS (.*)\n/.exec(result.stderr ?? '')
  return {
    ms,
    maxRssKb: match ? Number(match[1]) : undefined,
    cpuMs: match ? (Number(match[2]) + Number(match[3])) * 1000 : undefined,
    threads: threads ? JSON.parse(threads[1]) : undefined
  }
}

/** Exit code 0 or 1 (findings) is a run; 2 is a problem (no file, bad option): the figure would be meaningless. */
function checked(result, args) {
  if (result.error) throw result.error
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: exit code ${result.status}\n${result.stderr}`)
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// --- printing ---------------------------------------------------------------

function section(title) {
  console.log(`\n${title}`)
}

function table(rows) {
  const cells = rows.map((row) => row.map(String))
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => row[column].length)))
  for (const [index, row] of cells.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '))
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  }
}

const round = (value) => Math.round(value * 100) / 100
const fixed = (value) => value.toFixed(0)
const mb = (bytes) => (bytes / 1e6).toFixed(2)

function parseOptions(argv) {
  const parsed = {sizeMb: 5, runs: 3, startupRuns: 9, folders: [], only: undefined}
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === '--size') parsed.sizeMb = Number(argv[++index])
    else if (arg === '--runs') parsed.runs = Number(argv[++index])
    else if (arg === '--only') parsed.only = argv[++index].split(',')
    else parsed.folders.push(arg)
  }
  return parsed
}

await main()
