import {parserFor} from '../../src/parse/parsers.js'
import {paragraphBlock, type Block} from '../../src/text/blocks.js'

/** A plain-text document of one paragraph per line, its blocks and where each offset is, as duplicate-block gives them to its detection. */
export function repeatInput(lines: readonly string[], lang: 'fr' | 'en') {
  const text = lines.join('\n')
  const parser = parserFor(lang)
  const blocks: Block[] = []
  let base = 0
  for (const line of lines) {
    blocks.push(paragraphBlock(parser.tokenizeParagraph(line), line, base))
    base += line.length + 1
  }
  const toPoint = (offset: number) => {
    const before = text.slice(0, offset)
    return {line: before.split('\n').length, column: offset - before.lastIndexOf('\n')}
  }
  return {blocks, text, lang, toPoint}
}
