/**
 * Shapes of input that no draft has but that would exhaust the parsers:
 * Markdown nested hundreds of levels deep (blockquotes, lists), whose trees
 * are walked recursively, and runs of tens of thousands of characters without
 * a space, which parse-latin turns into one "word" of as many tokens. Both are
 * found in one linear pass and masked by inert text of the same length, so
 * that every offset stays that of the document; the engine says so in one notice.
 */

/** Containers (blockquotes and list items) a Markdown line may open; deeper lines are not parsed. */
export const MAX_NESTING = 100

/** Characters without white space read as words; a longer run is read as white space. */
export const LONGEST_RUN = 10_000

export interface Masked {
  /** The text with the masked parts replaced (by spaces, or for Markdown lines an HTML comment), line breaks kept. */
  text: string
  /** Offsets [start, end) of the first masked part, and how many parts were masked. */
  first?: [number, number]
  count: number
}

/**
 * Replaces by an HTML comment of the same length the Markdown lines whose prefix (`>`, list markers, indentation)
 * could open more than MAX_NESTING containers. A child list sits at least two
 * columns to the right of its parent's marker, so the depth of a line is at
 * most the `>` and markers of its prefix plus half its indentation.
 */
export function maskDeepNesting(text: string): Masked {
  let parts: string[] | undefined
  let first: [number, number] | undefined
  let count = 0
  let cursor = 0
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline
    if (nestingOf(text, lineStart, lineEnd) > MAX_NESTING) {
      parts ??= []
      // An HTML comment at the margin closes every open container at once and holds no prose;
      // blank lines inside a hundred open lists would cost micromark as much as the lines they replace.
      // Dots, not spaces: the comment-marker expression of remark-message-control is quadratic on spaces.
      parts.push(text.slice(cursor, lineStart), `<!--${'.'.repeat(lineEnd - lineStart - 7)}-->`)
      cursor = lineEnd
      first ??= [lineStart, lineEnd]
      count++
    }
    if (newline === -1) break
    lineStart = newline + 1
  }
  if (!parts) return {text, count: 0}
  parts.push(text.slice(cursor))
  return {text: parts.join(''), first, count}
}

function nestingOf(text: string, start: number, end: number): number {
  let containers = 0
  let columns = 0
  let index = start
  while (index < end) {
    const code = text.charCodeAt(index)
    if (code === 0x20) columns++
    else if (code === 0x09) columns += 4
    else if (code === 0x3e) containers++ // >
    else if ((code === 0x2d || code === 0x2a || code === 0x2b) && isSpaceAt(text, index + 1, end)) containers++ // - * +
    else if (code >= 0x30 && code <= 0x39) {
      // An ordered list marker: up to nine digits, then . or ), then a space.
      let digits = index
      while (digits < end && digits - index < 9 && text.charCodeAt(digits) >= 0x30 && text.charCodeAt(digits) <= 0x39) digits++
      const mark = text.charCodeAt(digits)
      if ((mark !== 0x2e && mark !== 0x29) || !isSpaceAt(text, digits + 1, end)) break
      containers++
      index = digits
    } else break
    index++
  }
  return containers + Math.floor(columns / 2)
}

function isSpaceAt(text: string, index: number, end: number): boolean {
  if (index >= end) return true
  const code = text.charCodeAt(index)
  return code === 0x20 || code === 0x09
}

/** Blanks each run of more than LONGEST_RUN characters without white space. */
export function maskLongRuns(text: string): Masked {
  let parts: string[] | undefined
  let first: [number, number] | undefined
  let count = 0
  let cursor = 0
  let runStart = 0
  for (let index = 0; index <= text.length; index++) {
    if (index < text.length && !isWhiteSpace(text.charCodeAt(index))) continue
    if (index - runStart > LONGEST_RUN) {
      parts ??= []
      parts.push(text.slice(cursor, runStart), ' '.repeat(index - runStart))
      cursor = index
      first ??= [runStart, index]
      count++
    }
    runStart = index + 1
  }
  if (!parts) return {text, count: 0}
  parts.push(text.slice(cursor))
  return {text: parts.join(''), first, count}
}

function isWhiteSpace(code: number): boolean {
  // parse-latin's white space: the ASCII ones and the Unicode spaces it reads as such.
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x85
}
