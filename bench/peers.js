// factlint beside its peers and its floor, whole processes, in one run
// (`npm run bench -- --only peers,jobs`, or `node bench/peers.js [--runs N]`).
//
// The peers are installed by the bench itself, never as dependencies of
// factlint: into a cache folder under the system temporary folder
// (FACTLINT_BENCH_CACHE to choose another), with npm, at pinned versions.
// A peer that cannot be installed is skipped with one line saying why.
//   - textlint with three rules close to factlint's: date-weekday-mismatch,
//     doubled-spaces, apostrophe.
//   - grammalecte-cli, when npm has it (it has not, and Debian has no
//     grammalecte package: the row says so).
// The corpora:
//   - many files: the French manual pages of Debian's manpages-fr, fetched
//     with `apt-get download`, unpacked with dpkg-deb and set as text by
//     groff as `man` shows them; when any of these tools is missing, a
//     generated corpus of 5 MB of drafts (bench/corpus.js), and the table
//     says which;
//   - one 500 KB document (bench/corpus.js longDocument, French);
//   - the bare parse of that document, paragraph by paragraph, in a process
//     of its own (bench/bare-parse.js): the floor.
// And `--jobs` (jobs()): the default against --jobs 1 and --jobs 2 on 20,
// 200 and 800 drafts and on one big document, wall and CPU time.
//
// Every figure is the median of interleaved runs of /usr/bin/time: wall time,
// CPU time (user + system, every thread) and peak memory. On a shared
// machine the CPU time is the steadier figure; the load is printed with them.
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {loadavg, tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpus, longDocument, writeCorpus} from './corpus.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = path.join(root, 'bench/bundle-cli.js')
const cache = process.env.FACTLINT_BENCH_CACHE ?? path.join(tmpdir(), 'factlint-bench-peers')

/** Pinned peers: the versions measured in docs/performance.md. */
const TEXTLINT = ['textlint@15.8.0', 'textlint-rule-date-weekday-mismatch@1.1.1', 'textlint-rule-doubled-spaces@1.0.2', 'textlint-rule-apostrophe@3.0.0']
const GRAMMALECTE = 'grammalecte-cli'

/** Installs textlint and its rules into the cache once; the path of its CLI, or the reason it could not. */
export function installTextlint() {
  const folder = path.join(cache, 'textlint')
  const bin = path.join(folder, 'node_modules/textlint/bin/textlint.js')
  const stamp = path.join(folder, 'installed.txt')
  if (existsSync(bin) && existsSync(stamp) && readFileSync(stamp, 'utf8') === TEXTLINT.join(' ')) return {bin, config: path.join(folder, '.textlintrc.json')}
  mkdirSync(folder, {recursive: true})
  writeFileSync(path.join(folder, 'package.json'), '{"private": true}\n')
  writeFileSync(path.join(folder, '.textlintrc.json'), `${JSON.stringify({rules: {'date-weekday-mismatch': true, 'doubled-spaces': true, apostrophe: true}})}\n`)
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', ...TEXTLINT], {cwd: folder, encoding: 'utf8'})
  if (result.status !== 0 || !existsSync(bin)) return {skipped: `npm install ${TEXTLINT.join(' ')} failed: ${firstLine(result.stderr || result.error?.message)}`}
  writeFileSync(stamp, TEXTLINT.join(' '))
  return {bin, config: path.join(folder, '.textlintrc.json')}
}

/** grammalecte-cli from npm, when the registry has it. */
export function installGrammalecte() {
  const view = spawnSync('npm', ['view', GRAMMALECTE, 'version'], {encoding: 'utf8'})
  if (view.status !== 0) {
    const debian = spawnSync('apt-cache', ['show', 'grammalecte'], {encoding: 'utf8'})
    const why = debian.status === 0 ? 'Debian has a grammalecte package, but the bench installs peers with npm only' : 'and Debian has no grammalecte package'
    return {skipped: `grammalecte-cli is not on the npm registry (npm view: ${firstLine(view.stderr)}), ${why}`}
  }
  const folder = path.join(cache, 'grammalecte')
  mkdirSync(folder, {recursive: true})
  writeFileSync(path.join(folder, 'package.json'), '{"private": true}\n')
  const version = view.stdout.trim()
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--save-exact', `${GRAMMALECTE}@${version}`], {cwd: folder, encoding: 'utf8'})
  const bin = path.join(folder, 'node_modules/.bin/grammalecte-cli')
  if (result.status !== 0 || !existsSync(bin)) return {skipped: `npm install ${GRAMMALECTE}@${version} failed: ${firstLine(result.stderr)}`}
  return {bin, version}
}

/**
 * The French manual pages of Debian (manpages-fr) as plain text, one file a
 * page, made once into the cache; or, when apt-get, dpkg-deb or groff is
 * missing, 5 MB of generated drafts.
 */
export function manyFiles() {
  const folder = path.join(cache, 'manpages-fr')
  const done = path.join(cache, 'manpages-fr.done')
  if (existsSync(done)) return {folder, name: readFileSync(done, 'utf8')}
  const tools = ['apt-get', 'dpkg-deb', 'groff'].filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0)
  let why = tools.length > 0 ? `${tools.join(', ')} missing` : undefined
  if (!why) {
    const work = path.join(cache, 'deb')
    rmSync(work, {recursive: true, force: true})
    mkdirSync(work, {recursive: true})
    const download = spawnSync('apt-get', ['download', 'manpages-fr'], {cwd: work, encoding: 'utf8'})
    const deb = readdirSync(work).find((name) => name.endsWith('.deb'))
    if (!deb) why = `apt-get download manpages-fr failed: ${firstLine(download.stderr)}`
    else {
      spawnSync('dpkg-deb', ['-x', deb, 'x'], {cwd: work})
      rmSync(folder, {recursive: true, force: true})
      mkdirSync(folder, {recursive: true})
      // As `man` sets them on an 80-column terminal, without its bold and underline.
      const script = `for f in $(find x/usr/share/man -name '*.gz' | sort); do zcat "$f" | groff -man -Tutf8 -Kutf8 -P-cbou 2>/dev/null > "${folder}/$(basename "$f" .gz).txt"; done`
      spawnSync('sh', ['-c', script], {cwd: work, stdio: 'ignore'})
      const version = deb.replace(/^manpages-fr_|_all\.deb$/g, '')
      const files = readdirSync(folder)
      if (files.length > 0) {
        const name = `manpages-fr ${version}, ${files.length} pages set by groff`
        writeFileSync(done, name)
        return {folder, name}
      }
      why = 'groff produced no page'
    }
  }
  const generated = path.join(cache, 'generated-5mb')
  writeCorpus(generated, corpus(5e6))
  return {folder: generated, name: `generated drafts, 5 MB (manual pages unavailable: ${why})`}
}

/** The textlint, factlint and bare-parse rows of the table. */
export function peers({runs = 3} = {}) {
  const loadBefore = loadavg().map(round)
  const textlint = installTextlint()
  const grammalecte = installGrammalecte()
  const many = manyFiles()
  const manyPaths = readdirSync(many.folder).sort().map((name) => path.join(many.folder, name))
  const big = path.join(cache, 'one-500k.txt')
  if (!existsSync(big)) writeFileSync(big, longDocument(5e5))
  const rows = []
  const compare = (work, bytes, commands) => {
    const measured = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
    for (let run = 0; run < runs; run++) for (const [name, args] of Object.entries(commands)) measured[name].push(timed(args))
    const summary = Object.fromEntries(Object.entries(measured).map(([name, list]) => [name, {wallMs: median(list.map((r) => r.wallMs)), cpuMs: median(list.map((r) => r.cpuMs)), maxRssMb: median(list.map((r) => r.maxRssKb / 1024))}]))
    const ours = summary.factlint
    for (const [name, figures] of Object.entries(summary)) {
      if (name === 'factlint') continue
      rows.push({work, bytes, peer: name, factlint: round3(ours), other: round3(figures), wallRatio: round(ours.wallMs / figures.wallMs), cpuRatio: round(ours.cpuMs / figures.cpuMs)})
    }
  }
  const manyBytes = manyPaths.reduce((sum, file) => sum + statSync(file).size, 0)
  const bigBytes = statSync(big).size
  const factlint = (...files) => [process.execPath, cli, ...files]
  const withTextlint = (files) => (textlint.bin ? {textlint: [process.execPath, textlint.bin, '--config', textlint.config, '--no-color', ...files]} : {})
  compare(`${many.name}, many files`, manyBytes, {factlint: factlint(many.folder), ...withTextlint(manyPaths)})
  const bare = (file) => ({'bare parse, paragraph by paragraph': [process.execPath, path.join(root, 'bench/bare-parse.js'), file]})
  compare('one 500 KB document (generated news, fr)', bigBytes, {factlint: factlint(big), ...withTextlint([big]), ...bare(big)})
  // The same corpus as the many files, as one document: the pages in order up to 500 KB.
  const joined = path.join(cache, 'one-500k-pages.txt')
  if (!existsSync(joined)) {
    const pages = []
    let size = 0
    for (const file of manyPaths) {
      if (size >= 5e5) break
      const text = readFileSync(file, 'utf8')
      pages.push(text)
      size += Buffer.byteLength(text) + 2
    }
    writeFileSync(joined, pages.join('\n\n'))
  }
  compare(`one 500 KB document (${many.name.split(',')[0]} joined)`, statSync(joined).size, {factlint: factlint(joined), ...withTextlint([joined]), ...bare(joined)})
  return {loadBefore, loadAfter: loadavg().map(round), runs, corpus: many.name, skipped: [textlint.skipped && `textlint: ${textlint.skipped}`, grammalecte.skipped && `grammalecte: ${grammalecte.skipped}`].filter(Boolean), rows}
}

/**
 * The default `--jobs` against `--jobs 1` and `--jobs 2` on 20, 200 and 800
 * generated drafts and on one 2 MB document (written under the cache folder:
 * bench/out is git-ignored, and factlint skips ignored files).
 */
export function jobs({runs = 3} = {}) {
  const loadBefore = loadavg().map(round)
  const drafts = corpus(5.2e6)
  const cases = []
  for (const count of [20, 200, 800]) cases.push({name: `${count} drafts`, target: writeCorpus(path.join(cache, `drafts-${count}`), drafts.slice(0, count))})
  const big = path.join(cache, 'one-2m.txt')
  if (!existsSync(big)) writeFileSync(big, longDocument(2e6))
  cases.push({name: 'one 2 MB document', target: big})
  const rows = []
  for (const {name, target} of cases) {
    const variants = {'default': [], '--jobs 1': ['--jobs', '1'], '--jobs 2': ['--jobs', '2']}
    const measured = Object.fromEntries(Object.keys(variants).map((key) => [key, []]))
    for (let run = 0; run < runs; run++) for (const [key, flags] of Object.entries(variants)) measured[key].push(timed([process.execPath, cli, ...flags, '--format', 'json', target]))
    const figure = (key, field) => median(measured[key].map((r) => r[field]))
    rows.push({
      name,
      ...Object.fromEntries(Object.keys(variants).map((key) => [key, {wallMs: round(figure(key, 'wallMs')), cpuMs: round(figure(key, 'cpuMs'))}])),
      defaultOverOne: round(figure('default', 'wallMs') / figure('--jobs 1', 'wallMs')),
      twoCpuOverOne: round(figure('--jobs 2', 'cpuMs') / figure('--jobs 1', 'cpuMs'))
    })
  }
  return {loadBefore, loadAfter: loadavg().map(round), runs, rows}
}

export function printPeers(report) {
  console.log(`\nPeers and floor (whole processes, medians of ${report.runs} interleaved runs; load ${report.loadBefore.join(' ')} → ${report.loadAfter.join(' ')})`)
  for (const line of report.skipped) console.log(`skipped: ${line}`)
  const lines = [['work', 'MB', 'factlint wall s', 'CPU s', 'peak MB', 'peer or floor', 'wall s', 'CPU s', 'peak MB', 'ratio wall', 'ratio CPU']]
  for (const row of report.rows) lines.push([row.work, mb(row.bytes), s(row.factlint.wallMs), s(row.factlint.cpuMs), fixed(row.factlint.maxRssMb), row.peer, s(row.other.wallMs), s(row.other.cpuMs), fixed(row.other.maxRssMb), `${row.wallRatio}`, `${row.cpuRatio}`])
  table(lines)
}

export function printJobs(report) {
  console.log(`\n--jobs (CLI, whole processes, medians of ${report.runs} interleaved runs; load ${report.loadBefore.join(' ')} → ${report.loadAfter.join(' ')})`)
  const lines = [['input', 'default wall s', 'CPU s', '--jobs 1 wall s', 'CPU s', '--jobs 2 wall s', 'CPU s', 'default/--jobs 1 wall', '--jobs 2/--jobs 1 CPU']]
  for (const row of report.rows) lines.push([row.name, s(row.default.wallMs), s(row.default.cpuMs), s(row['--jobs 1'].wallMs), s(row['--jobs 1'].cpuMs), s(row['--jobs 2'].wallMs), s(row['--jobs 2'].cpuMs), `${row.defaultOverOne}`, `${row.twoCpuOverOne}`])
  table(lines)
}

/** Wall time, CPU time (all threads) and peak memory of one child process, its output discarded. */
function timed([command, ...args]) {
  const start = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M cpu=%U+%S', command, ...args], {cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28})
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6
  if (result.error) throw result.error
  const match = /maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)\s*$/.exec(result.stderr ?? '')
  if (!match || (result.status !== 0 && result.status !== 1)) throw new Error(`${args.slice(0, 3).join(' ')}…: exit code ${result.status}\n${(result.stderr ?? '').slice(-2000)}`)
  return {wallMs, cpuMs: (Number(match[2]) + Number(match[3])) * 1000, maxRssKb: Number(match[1])}
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function table(rows) {
  const cells = rows.map((row) => row.map(String))
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => row[column].length)))
  for (const [index, row] of cells.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '))
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  }
}

const firstLine = (text) => String(text ?? '').trim().split('\n').find((line) => /\S/.test(line)) ?? 'no message'
const round = (value) => Math.round(value * 100) / 100
const round3 = (figures) => ({wallMs: Math.round(figures.wallMs), cpuMs: Math.round(figures.cpuMs), maxRssMb: Math.round(figures.maxRssMb)})
const mb = (bytes) => (bytes / 1e6).toFixed(2)
const s = (ms) => (ms / 1000).toFixed(2)
const fixed = (value) => Math.round(value)

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const argv = process.argv.slice(2)
  const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : ['peers', 'jobs']
  const report = {}
  if (only.includes('peers')) printPeers((report.peers = peers({runs})))
  if (only.includes('jobs')) printJobs((report.jobs = jobs({runs})))
  mkdirSync(path.join(root, 'bench/out'), {recursive: true})
  writeFileSync(path.join(root, 'bench/out/peers.json'), `${JSON.stringify(report, null, 2)}\n`)
}
