// `npm run bench`: lints generated inputs at 1× and 10× their size, prints a
// table of times and writes the figures to bench/out/bench.json.
import {mkdirSync, writeFileSync} from 'node:fs'
import {cases as duplicateBlockCases, measure} from './duplicate-block.js'

const cases = [...duplicateBlockCases]

/** Linear growth: ten times the text may cost at most about eleven times the time. */
const LIMIT = 11

async function main() {
  // Warm up the JIT on a small input so that the 1× figures are not dominated by it.
  for (const testCase of cases) await measure(testCase.prepare(testCase.sizes[0] / 10).run, 1)

  const rows = []
  for (const testCase of cases) {
    const results = []
    for (const size of testCase.sizes) {
      const input = testCase.prepare(size)
      const figures = await measure(input.run)
      results.push({size, characters: input.characters, ...figures})
    }
    const [small, large] = results
    rows.push({
      case: testCase.name,
      unit: testCase.unit,
      results,
      growth: {
        input: round(large.characters / small.characters),
        wall: round(large.wallMs / small.wallMs),
        lint: round(large.lintCpuMs / small.lintCpuMs),
        rule: round(large.ruleCpuMs / Math.max(small.ruleCpuMs, 1e-3))
      }
    })
  }

  printTable(rows)
  const out = new URL('./out/', import.meta.url)
  mkdirSync(out, {recursive: true})
  const report = {date: new Date().toISOString(), node: process.version, limit: LIMIT, cases: rows}
  writeFileSync(new URL('bench.json', out), `${JSON.stringify(report, null, 2)}\n`)
  console.log(`\nFigures written to bench/out/bench.json`)
  const slow = rows.filter((row) => row.growth.lint > LIMIT * (row.growth.input / 10))
  if (slow.length > 0) {
    console.log(`Not near-linear (10× input over ${LIMIT}× CPU time): ${slow.map((row) => row.case).join(', ')}`)
    process.exitCode = 1
  }
}

function printTable(rows) {
  const lines = [['case', 'input', 'characters', 'wall ms', 'parse cpu ms', 'lint cpu ms', 'rule cpu ms', 'findings']]
  for (const row of rows) {
    for (const result of row.results) {
      lines.push([row.case, `${result.size} ${row.unit}`, String(result.characters), ms(result.wallMs), ms(result.parseCpuMs), ms(result.lintCpuMs), ms(result.ruleCpuMs), String(result.findings)])
    }
    lines.push([`  growth 1× → 10×`, `×${row.growth.input} text`, '', `×${row.growth.wall}`, '', `×${row.growth.lint}`, `×${row.growth.rule}`, ''])
  }
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)))
  for (const [index, line] of lines.entries()) {
    console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '))
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  }
  console.log('parse: lint with no rule; lint: with duplicate-block only; rule: lint minus parse. CPU times, best of 2 runs.')
}

const ms = (value) => value.toFixed(0)
const round = (value) => Math.round(value * 100) / 100

await main()
