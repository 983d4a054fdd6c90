/**
 * Paragraph boundaries of a plain-text document, as [start, end) offsets.
 *
 * A blank line always ends a paragraph. A single line break ends one too
 * (newsroom systems export one paragraph per line), unless the block it sits
 * in looks hard-wrapped: every line but the last is between
 * `WRAP_MIN` and `WRAP_MAX` characters long, the shape of text wrapped at a
 * fixed width by an editor.
 *
 * A block that is not wrapped as a whole can still hold wrapped paragraphs
 * under a heading or a short line with no blank line between (a title above
 * a draft, the section names of a manual page): there a line break joins two
 * lines when the text was filled, as wrapping tools fill it, and only then.
 * See `filledBreaks`.
 */
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
  // Where each line of `block` starts in the file, indentation included: wrapping fills columns.
  let lineStarts: number[] = []
  const flush = () => {
    if (block.length === 0) return
    if (isHardWrapped(text, block)) {
      paragraphs.push({start: block[0]!.start, end: block[block.length - 1]!.end})
    } else {
      const joins = filledBreaks(text, block, lineStarts)
      let first = 0
      for (let index = 0; index < block.length; index++) {
        if (joins[index]) continue
        paragraphs.push({start: block[first]!.start, end: block[index]!.end})
        first = index + 1
      }
    }
    block = []
    lineStarts = []
  }
  for (const line of lines) {
    const trimmed = trimRange(text, line)
    if (trimmed.start === trimmed.end) flush()
    else {
      block.push(trimmed)
      lineStarts.push(line.start)
    }
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

/**
 * For each line of a block not wrapped as a whole, whether the break after
 * it joins it to the next line. Text filled at a width breaks a line only
 * where the next word would not fit: the line's last column, a space and the
 * next line's first word go past the longest line of the block. A heading or
 * the last line of a paragraph stops short of that. A block with a line
 * longer than `WRAP_MAX` is a one-per-line export (a title, a dateline, then
 * long paragraphs): nothing in it is joined. The block must also
 * show that it is wrapped text at all: at least one such break falls inside
 * a sentence (the line ends on a letter, a digit, a comma or a hyphen).
 * One-per-line exports end every line on a full stop or a quotation mark, so
 * their short paragraphs stay apart.
 */
function filledBreaks(text: string, block: readonly Range[], lineStarts: readonly number[]): boolean[] {
  const joins = new Array<boolean>(block.length).fill(false)
  if (block.length < 2) return joins
  let width = 0
  for (let index = 0; index < block.length; index++) {
    const line = block[index]!
    // A line longer than any wrap is a paragraph of a one-per-line export: so are the block's other lines (a title, a dateline).
    if (line.end - line.start > WRAP_MAX) return joins
    width = Math.max(width, line.end - lineStarts[index]!)
  }
  let insideSentence = false
  for (let index = 0; index < block.length - 1; index++) {
    const line = block[index]!
    const length = line.end - line.start
    if (length < WRAP_MIN || length > WRAP_MAX) continue
    const next = block[index + 1]!
    if (line.end - lineStarts[index]! + 1 + firstWordLength(text, next) <= width) continue
    joins[index] = true
    if (MID_SENTENCE_END.test(text[line.end - 1]!)) insideSentence = true
  }
  return insideSentence ? joins : joins.fill(false)
}

/** The last character of a line that a sentence runs past: a letter, a digit, a comma, a hyphen (U+2010 and the soft hyphen too). */
const MID_SENTENCE_END = /[\p{L}\p{N},\-\u2010\u00AD]/u

function firstWordLength(text: string, line: Range): number {
  let end = line.start
  while (end < line.end && !isBlank(text.charCodeAt(end))) end++
  return end - line.start
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
