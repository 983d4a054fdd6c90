// The examples of the rule pages (docs/rules/<id>.md) and the findings each
// is documented to give. An example is a fence tagged `fail` or `pass`
// (```text fail lang=fr); other attributes are the rule's options for that
// example (```text pass lang=fr frenchSpacing=none); a `fail` example is followed by a ```text findings
// fence, one finding per line as `line:column-line:column: message`.
// tests/rules/docs.test.ts runs every example against its rule and compares;
// `node scripts/doc-examples.mjs --write` (after `npm run build`) writes the
// findings the built rules give into the pages, for review with git diff.
import {readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

/**
 * The day the pages' findings are computed on (a Friday, the date tests'
 * day too): a text with no publication date reads what is to come from it.
 * It is given to lint as `today`; the test and this script also fix the
 * clock to it, for a build that still reads the clock.
 */
export const DOC_TODAY = '2026-12-04T00:00:00Z'

const EXAMPLE = /^```(text|markdown) (fail|pass)((?: [a-zA-Z]+=[\w-]+)*)\n([\s\S]*?)\n```\n(?:\n```text findings\n([\s\S]*?)```\n)?/gm

/** Every example of a page: its kind, language, format, text, documented findings, and where its fences end. */
export function examplesOf(page) {
  return [...page.matchAll(EXAMPLE)].map((match) => ({
    kind: match[2],
    lang: /lang=(fr|en)/.exec(match[3] ?? '')?.[1],
    options: Object.fromEntries([...(match[3] ?? '').matchAll(/ ([a-zA-Z]+)=([\w-]+)/g)].filter(([, key]) => key !== 'lang').map(([, key, value]) => [key, value])),
    markdown: match[1] === 'markdown',
    text: match[4],
    findings: match[5] === undefined ? undefined : match[5].split('\n').filter((line) => line !== ''),
    start: match.index,
    end: match.index + match[0].length
  }))
}

/** The findings of a message list as the pages write them. */
export function findingLines(messages) {
  return messages.map((message) => {
    const {start, end} = message.place
    return `${start.line}:${start.column}-${end.line}:${end.column}: ${message.reason}`
  })
}

/** The page with each `fail` example followed by `findingsOf(example)`, awaited. */
export async function withFindings(page, findingsOf) {
  let out = ''
  let at = 0
  for (const example of examplesOf(page)) {
    if (example.kind !== 'fail') continue
    const exampleEnd = page.indexOf('\n```\n', example.start + 4) + '\n```\n'.length
    const lines = await findingsOf(example)
    out += page.slice(at, exampleEnd) + `\n\`\`\`text findings\n${lines.map((line) => `${line}\n`).join('')}\`\`\`\n`
    at = example.end
  }
  return out + page.slice(at)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fixClock(DOC_TODAY)
  const {lint} = await import('../dist/index.js')
  const folder = new URL('../docs/rules/', import.meta.url)
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
    const id = name.replace(/\.md$/, '')
    const file = new URL(name, folder)
    const page = readFileSync(file, 'utf8')
    const written = await withFindings(page, async (example) => findingLines(await messagesOf(lint, id, example)))
    if (written !== page) {
      if (process.argv.includes('--write')) writeFileSync(file, written)
      console.log(`${process.argv.includes('--write') ? 'wrote' : 'would change'} docs/rules/${name}`)
    }
  }
}

/** The messages of rule `id` on one example, linted as the tests lint it. */
export async function messagesOf(lint, id, example) {
  const setting = Object.keys(example.options).length > 0 ? ['error', example.options] : 'error'
  const file = await lint(example.text, {path: example.markdown ? 'example.md' : 'example.txt', lang: example.lang ?? 'auto', rules: {[id]: setting}, today: new Date(DOC_TODAY)})
  return file.messages.filter((message) => message.ruleId === id)
}

/** `new Date()` and `Date.now()` give `iso` from now on, as vi.setSystemTime does in the tests. */
function fixClock(iso) {
  const Real = Date
  const fixed = Real.parse(iso)
  globalThis.Date = class extends Real {
    constructor(...args) {
      super(...(args.length > 0 ? args : [fixed]))
    }

    static now() {
      return fixed
    }
  }
}
