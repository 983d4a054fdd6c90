// The floor of a lint, as a process of its own: read one file, split it into
// paragraphs as factlint does, parse each with parse-latin (French, as the
// bench's long document is), drop the trees. `node bench/bare-parse.js FILE`.
import {readFileSync} from 'node:fs'
import {ParseLatin} from 'parse-latin'
import {splitParagraphs} from '../dist/text/paragraphs.js'

const text = readFileSync(process.argv[2], 'utf8')
const parser = new ParseLatin()
let nodes = 0
for (const range of splitParagraphs(text)) nodes += parser.tokenizeParagraph(text.slice(range.start, range.end)).children.length
console.log(`${nodes} sentences and spaces`)
