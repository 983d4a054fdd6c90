// Lints the generated corpus in this thread, for `node --cpu-prof bench/profile-lint.js [MB]`.
import {lintFiles} from '../dist/index.js'
import {corpus} from './corpus.js'

const drafts = corpus(Number(process.argv[2] ?? 1) * 1e6)
await lintFiles(drafts.slice(0, 20))
const started = performance.now()
await lintFiles(drafts)
console.log(`${drafts.length} drafts linted in ${(performance.now() - started).toFixed(0)} ms`)
