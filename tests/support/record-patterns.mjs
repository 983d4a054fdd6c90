// Prints, as JSON, every regular expression src/ builds with `new RegExp`
// (or `RegExp(…)`) while its modules load and while it lints a short
// French and English draft: the patterns assembled from lexicon lists,
// which the regex-literal sweep of tests/robustness/backtracking.test.ts
// cannot see. Run by node on the compiled dist/ in a process of its own,
// so that the recording constructor never touches the test runner.
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const NativeRegExp = RegExp
const seen = new Map()
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url))
const SELF = fileURLToPath(import.meta.url)

function record(pattern, flags) {
  const regex = new NativeRegExp(pattern, flags)
  // The first frame outside this file is where the pattern was built: kept when it is in dist/, not in a library.
  const frame = (new Error().stack ?? '').split('\n').slice(1).find((line) => !line.includes(SELF))
  if (!frame?.includes(DIST)) return regex
  const key = `${regex.flags} ${regex.source}`
  if (!seen.has(key)) {
    const where = frame.slice(frame.indexOf(DIST) + DIST.length).replace(/\)$/, '').replace(/\.js:(\d+):\d+$/, '.ts (built at dist line $1)')
    seen.set(key, {where: `src/${where}`, source: regex.source, flags: regex.flags})
  }
  return regex
}

// Built with the native constructor as new.target: a subclass or a proxy as new.target sends V8 down its slow paths.
globalThis.RegExp = new Proxy(NativeRegExp, {
  construct: (_target, [pattern, flags]) => record(pattern, flags),
  apply: (_target, _this, [pattern, flags]) => record(pattern, flags)
})

const {lint} = await import('../../dist/index.js')
const draft = readFileSync(new URL('../../fixtures/esper-rabat.fr.txt', import.meta.url), 'utf8')
await lint(draft, {path: 'draft.txt', lang: 'fr', today: new Date('2026-12-07')})
await lint('WASHINGTON — Defense Secretary Mark Esper met the minister on Wednesday, Oct. 2, 2019. "We will stay," he said. The U.S. share rose 12% to $3.5bn.', {path: 'draft.md', lang: 'en', today: new Date('2026-12-07')})
globalThis.RegExp = NativeRegExp
process.stdout.write(JSON.stringify([...seen.values()]))
