// The implementation before the rewrite for speed (commit 9e6031c), kept as the reference the rewrite is compared with.
/**
 * Matching of quotation marks and brackets inside paragraphs.
 *
 * Works on a paragraph's plain text (indexes into that text); the rule maps
 * indexes back to the file. How a ’ reads (apostrophe or closing single
 * quote), whether a " after a digit closes a quotation or is a unit, and whether
 * a " opens another straight quotation are the policy of src/, imported: this copy freezes the scan only.
 * So are the marks that are no marks of the sentence (ignoredMarks) and how
 * a quotation runs from one paragraph to the next (balanceSequence).
 */
import {balanceSequence, digitQuoteReader, ignoredMarks, isDigitQuote, opensAnotherStraightQuote, rightQuoteReader, type UnbalancedMark} from '../../../src/analysis/quote-balance.js'

export interface Mark {
  char: string
  index: number
}


export interface ParagraphBalance {
  problems: UnbalancedMark[]
  /** Openers still open at the end of the paragraph, innermost last. */
  open: Mark[]
}

const CLOSER_OF: Record<string, string> = {
  '«': '»',
  '“': '”',
  '‘': '’',
  '„': '“',
  '‹': '›',
  '(': ')',
  '[': ']',
  '"': '"'
}

/** The characters the switch of balanceParagraph looks at: ( [ ) ] " ' « » ‹ › “ ” „ ‘ ’. */
function isMarkCode(code: number): boolean {
  if (code < 0x80) return code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d || code === 0x22 || code === 0x27
  return code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e) || code === 0x2039 || code === 0x203a
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char)
}

/**
 * Balances one paragraph. `carried` are openers left open by the previous
 * paragraph that this one reopens (the French and English convention for a
 * quotation running over several paragraphs).
 */
export function balanceParagraph(text: string, carried: Mark[] = [], continued?: Mark): ParagraphBalance {
  const stack: Mark[] = []
  const problems: UnbalancedMark[] = []
  const digitQuotes = digitQuoteReader(text)
  const skipLeading = carried.length > 0 ? leadingReopen(text, carried) : -1
  // Changed on purpose with src/: marks named as characters, arrows and the like are skipped; a quotation can run on unopened.
  const ignored = ignoredMarks(text, skipLeading)
  const readRightQuote = rightQuoteReader(text, digitQuotes, ignored)
  if (continued) stack.push({char: continued.char, index: -1})
  // The reopening mark stands for the quotation carried from the paragraph before.
  if (skipLeading >= 0) stack.push({char: carried.at(-1)!.char, index: skipLeading})
  // Start of the stretch where a missing opener could have stood.
  let settled = 0

  const close = (char: string, index: number) => {
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      if (closes(stack[depth]!.char, char)) {
        // Openers above the match were never closed.
        for (const unclosed of stack.splice(depth + 1)) reportUnclosed(unclosed)
        stack.pop()
        settled = index + 1
        return true
      }
    }
    return false
  }
  const reportUnclosed = (mark: Mark) => problems.push(unclosed(mark))
  const reportUnopened = (char: string, index: number) => {
    problems.push({kind: 'unopened', char, index, expected: openerOf(char), openerRange: [settled, index]})
    settled = index + 1
  }

  for (let index = 0; index < text.length; index++) {
    // Most characters are none of the marks: skip them before reading their neighbours.
    if (!isMarkCode(text.charCodeAt(index))) continue
    const char = text[index]!
    if (index === skipLeading || ignored(index)) continue
    const before = text[index - 1]
    const after = text[index + 1]
    switch (char) {
      case '«':
      case '‹':
      case '„':
      case '(':
      case '[':
        stack.push({char, index})
        break
      case '“':
        // „ … “ is the German pair; otherwise “ opens.
        if (stack.at(-1)?.char === '„') close(char, index)
        else stack.push({char, index})
        break
      case '‘':
        if (isWordChar(before) && isWordChar(after)) break
        if (!isWordChar(before) && /^\d\ds?\b/.test(text.slice(index + 1, index + 4))) break
        stack.push({char, index})
        break
      case "'":
        // Changed on purpose with src/: the wire services' closing ''.
        if (after === "'" && before !== "'" && text[index + 2] !== "'" && !isWordChar(text[index + 2])) {
          const top = stack.at(-1)?.char
          if (top === '"' || top === '“') {
            close(top === '"' ? '"' : '”', index)
            index++
          }
        }
        break
      case '”':
        if (close(char, index)) break
        reportUnopened(char, index)
        // Changed on purpose with src/: ” typed for “ opens the quotation.
        if ((before === undefined || /[\s([{«“‘\u2014\u2013]/.test(before)) && isWordChar(after)) stack.push({char: '“', index})
        break
      case '»':
      case '›':
      case ']':
        if (!close(char, index)) reportUnopened(char, index)
        break
      case ')':
        if (!close(char, index) && !isListMarkerOrSmiley(text, index)) reportUnopened(char, index)
        break
      case '’': {
        const reading = readRightQuote(index, stack)
        if (reading === 'closing') close(char, index)
        else if (reading === 'stray') reportUnopened(char, index)
        break
      }
      case '"':
        if (isDigitQuote(text, index) && !(stack.some((mark) => mark.char === '"') && digitQuotes(index))) break
        if (stack.at(-1)?.char === '"' && !opensAnotherStraightQuote(text, index)) close(char, index)
        else if (stack.at(-1)?.char !== '"' && stack.some((mark) => mark.char === '"') && !isWordChar(after)) close(char, index)
        else stack.push({char, index})
        break
    }
  }
  return {problems, open: stack}
}

/**
 * Index of the reopening mark at the start of a paragraph that continues a
 * quotation, or -1. French typography reopens with « or, traditionally,
 * with » (the « guillemet de suite »).
 */
function leadingReopen(text: string, carried: Mark[]): number {
  const match = /^[\s—–-]*/.exec(text)
  const index = match ? match[0].length : 0
  const char = text[index]
  return carried.some((mark) => mark.char === char || (mark.char === '«' && char === '»')) ? index : -1
}

function closes(opener: string, closer: string): boolean {
  if (CLOSER_OF[opener] === closer) return true
  // „ … ” is the Polish and Romanian pair.
  return opener === '„' && closer === '”'
}

function openerOf(closer: string): string {
  for (const [opener, expected] of Object.entries(CLOSER_OF)) if (expected === closer && opener !== '„') return opener
  return closer === '’' ? '‘' : ''
}

/** "1) first point", "a) …" and ":)" close nothing. */
function isListMarkerOrSmiley(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index)
  if (/[:;]-?$/.test(before)) return true
  return /(^|\s)[\p{L}\p{N}]{1,3}$/u.test(before) && !isWordChar(text[index + 1])
}

function unclosed(mark: Mark): UnbalancedMark {
  return {kind: 'unclosed', char: mark.char, index: mark.index, expected: CLOSER_OF[mark.char] ?? ''}
}

/**
 * Balances every paragraph of a document in order, carrying a quotation that
 * the next paragraph reopens with the same mark.
 */
export function balanceParagraphs(texts: readonly string[]): UnbalancedMark[][] {
  return balanceSequence(texts, balanceParagraph)
}
