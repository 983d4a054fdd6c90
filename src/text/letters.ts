/**
 * Whether a character is a letter (\p{L}), a capital (\p{Lu}) or a mark (\p{M}), for scans
 * that look at one character at a time: ASCII is decided inline, any other
 * character by the regular expression once, then from a cache. Cheaper than
 * a regular expression with look-behind run over every position of a text.
 */

/** Neither a letter nor a mark. */
export const OTHER = 1
/** A letter that is not a capital (lower case, title case, modifier, other). */
export const LETTER = 2
export const UPPER = 3
/** A combining mark (\p{M}): an accent written apart, not a letter. */
export const MARK = 4
export type LetterKind = typeof OTHER | typeof LETTER | typeof UPPER | typeof MARK

export function isLetterKind(kind: LetterKind): boolean {
  return kind === LETTER || kind === UPPER
}

const kinds = new Map<string, LetterKind>()
/** A text of many thousand distinct characters must not make the cache grow without end. */
const MAX_CACHED = 4096
const IS_LETTER = /^\p{L}$/u
const IS_UPPER = /^\p{Lu}$/u
const IS_MARK = /^\p{M}$/u

/** Kinds of the code points of one UTF-16 unit, 0 until first asked: a table lookup costs less than a Map's. */
const unitKinds = new Uint8Array(0x10000)

/** The kind of one code point, given as a string of one or two UTF-16 units. */
export function letterKind(char: string): LetterKind {
  if (char.length === 1) return unitKind(char.charCodeAt(0))
  return astralKind(char)
}

/** The kind of a code point of one UTF-16 unit (not a surrogate half of a pair). */
function unitKind(code: number): LetterKind {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? UPPER : code >= 0x61 && code <= 0x7a ? LETTER : OTHER
  const known = unitKinds[code]!
  if (known !== 0) return known as LetterKind
  return (unitKinds[code] = kindByExpression(String.fromCharCode(code)))
}

function kindByExpression(char: string): LetterKind {
  return IS_UPPER.test(char) ? UPPER : IS_LETTER.test(char) ? LETTER : IS_MARK.test(char) ? MARK : OTHER
}

function astralKind(char: string): LetterKind {
  let kind = kinds.get(char)
  if (kind === undefined) {
    if (kinds.size >= MAX_CACHED) kinds.clear()
    kind = kindByExpression(char)
    kinds.set(char, kind)
  }
  return kind
}

/** The code point starting at `index` (a surrogate pair is one), or '' past the end. */
export function codePointAt(text: string, index: number): string {
  const code = text.charCodeAt(index)
  if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) return text.slice(index, index + 2)
  return text.charAt(index)
}

/** The code point ending just before `index` (a surrogate pair is one), or '' at the start. */
export function codePointBefore(text: string, index: number): string {
  if (index <= 0) return ''
  const code = text.charCodeAt(index - 1)
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800) return text.slice(index - 2, index)
  return text.charAt(index - 1)
}

/** As /(?<=\p{L})/u at `index`: a letter ends just before it. */
export function isLetterBefore(text: string, index: number): boolean {
  const char = codePointBefore(text, index)
  return char !== '' && isLetterKind(letterKind(char))
}

/** As /(?=\p{L})/u at `index`: a letter starts there. */
export function isLetterAt(text: string, index: number): boolean {
  const char = codePointAt(text, index)
  return char !== '' && isLetterKind(letterKind(char))
}

/**
 * Calls `run(start, end)` for each maximal run of `text` whose characters
 * `sizeAt` accepts, in order. `sizeAt(text, index)` is the length in UTF-16
 * units of the character at `index` (2 for a surrogate pair) when it belongs
 * to a run, 0 when it does not. A scan costs no match object per word, as a
 * global regular expression does: words are the most numerous thing a lint
 * handles.
 */
export function forEachRun(text: string, sizeAt: (text: string, index: number) => number, run: (start: number, end: number) => void): void {
  const length = text.length
  let index = 0
  while (index < length) {
    let size = sizeAt(text, index)
    if (size === 0) {
      index++
      continue
    }
    const start = index
    do index += size
    while (index < length && (size = sizeAt(text, index)) > 0)
    run(start, index)
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
}

/** `sizeAt` of forEachRun for letters (/\p{L}/u). */
export function letterSize(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) return isAsciiLetter(code) ? 1 : 0
  if ((code & 0xfc00) !== 0xd800) return isLetterKind(unitKind(code)) ? 1 : 0
  const char = codePointAt(text, index)
  return isLetterKind(letterKind(char)) ? char.length : 0
}

/** `sizeAt` of forEachRun for letters and combining marks (/[\p{L}\p{M}]/u). */
export function letterOrMarkSize(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) return isAsciiLetter(code) ? 1 : 0
  if ((code & 0xfc00) !== 0xd800) return unitKind(code) !== OTHER ? 1 : 0
  const char = codePointAt(text, index)
  return letterKind(char) !== OTHER ? char.length : 0
}
