import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
const t = readFileSync(process.argv[2], 'utf8')
const m = await import('/work/wt/trust/dist/parse/markdown.js')
const file = new VFile({value: t, path: 'x.md'})
let s = performance.now()
const tree = m.parseMarkdownTree(file)
console.log('mdast', performance.now() - s); s = performance.now()
await m.parseMarkdown(file, tree, 'fr')
console.log('nlcst', performance.now() - s)
