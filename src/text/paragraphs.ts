/**
 * Paragraph boundaries of a plain-text document, as [start, end) offsets.
 *
 * A blank line always ends a paragraph. A single line break ends one too
 * (newsroom systems export one paragraph per line), unless the block it sits
 * in looks hard-wrapped: every line but the last is between
 * `WRAP_MIN` and `WRAP_MAX` characters long, the shape of text wrapped at a
 * fixed width by an editor.
 */
import {pushAll} from './arrays.js'

export interface Range {
  start: number
  end: number
}

const WRAP_MIN = 30
const WRAP_MAX = 100
const LINE_BREAK = /\r\n|\r|\n/g

export function splitParagraphs(text: string): Range[] {
  const lines = splitLines(text)
  const paragraphs: Range[] = []
  let block: Range[] = []
  const flush = () => {
    if (block.length === 0) return
    if (isHardWrapped(text, block)) {
      paragraphs.push({start: block[0]!.start, end: block[block.length - 1]!.end})
    } else {
      pushAll(paragraphs, block)
    }
    block = []
  }
  for (const line of lines) {
    const trimmed = trimRange(text, line)
    if (trimmed.start === trimmed.end) flush()
    else block.push(trimmed)
  }
  flush()
  return paragraphs
}

/** Lines as [start, end) ranges without their line endings. */
export function splitLines(text: string): Range[] {
  const lines: Range[] = []
  let start = 0
  LINE_BREAK.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = LINE_BREAK.exec(text))) {
    lines.push({start, end: match.index})
    start = match.index + match[0].length
  }
  lines.push({start, end: text.length})
  return lines
}

function trimRange(text: string, range: Range): Range {
  let {start, end} = range
  while (start < end && isBlank(text.charCodeAt(start))) start++
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  return {start, end}
}

function isBlank(code: number): boolean {
  // Space, tab, no-break space, narrow no-break space, BOM, form feed, vertical tab.
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x202f || code === 0xfeff || code === 0x0c || code === 0x0b
}

function isHardWrapped(text: string, block: Range[]): boolean {
  if (block.length < 2) return false
  for (let index = 0; index < block.length - 1; index++) {
    const line = block[index]!
    const length = text.slice(line.start, line.end).length
    if (length < WRAP_MIN || length > WRAP_MAX) return false
  }
  return true
}
