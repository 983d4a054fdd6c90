// duplicate-block's cross-file pass alone, on the generated drafts:
// `node bench/cross-files.js [MB...]` (2.5 5 10 20 by default) lints each
// size's drafts with duplicate-block only, then times the pass over all of
// them, in CPU time, with a fingerprint of every finding (to show a change
// to the pass changed none). CPU time for twice the drafts should be about
// twice; it was four times (docs/performance.md, "Many drafts in one run").
import {createHash} from 'node:crypto'
import {findRule, lint} from '../dist/index.js'
import {releaseAnalyses, runAcrossFiles} from '../dist/engine/lint.js'
import {corpus} from './corpus.js'

const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0)
const ruleSet = [findRule('duplicate-block')]
const today = new Date('2026-12-07')

for (const megabytes of sizes.length > 0 ? sizes : [2.5, 5, 10, 20]) {
  const drafts = corpus(megabytes * 1e6)
  const files = []
  for (const [index, draft] of drafts.entries()) {
    const file = await lint(draft.text, {path: `draft-${String(index).padStart(5, '0')}.txt`, ruleSet, today})
    releaseAnalyses(file, ['duplicate-block:'])
    files.push(file)
  }
  const before = files.reduce((sum, file) => sum + file.messages.length, 0)
  const start = process.cpuUsage()
  runAcrossFiles(files, {ruleSet})
  const used = process.cpuUsage(start)
  const hash = createHash('sha256')
  let found = 0
  for (const file of files) {
    for (const message of file.messages) {
      hash.update(`${file.path}|${message.ruleId}|${message.reason}|${JSON.stringify(message.place)}\n`)
      found++
    }
  }
  const seconds = (used.user + used.system) / 1e6
  console.log(`${megabytes} MB, ${files.length} drafts: cross-file pass ${seconds.toFixed(2)} s CPU, ${found - before} findings across files, ${found} in all, sha256 ${hash.digest('hex').slice(0, 16)}`)
}
