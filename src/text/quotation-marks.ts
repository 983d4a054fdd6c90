/**
 * The strict reading of a paragraph's quotation marks and brackets: every
 * mark, in order, on a stack, which pairs it closes, which it leaves open and
 * which close nothing. `quotationsOf(text, {pairing: 'balanced'})`
 * (quotations.ts) gives its pairs as quotations; unbalanced-quotes reads its
 * problems (analysis/unbalanced-quotes.ts carries them across paragraphs).
 *
 * Works on a paragraph's plain text (indexes into that text). The same character ’ is both the apostrophe and
 * the closing single quote, the main quotation mark of British copy: see
 * rightQuoteReader for how one is told from the other.
 */
import {firstIndex} from '../document/search.js'
import {CALL_TO_ACTION_AFTER_A, CALL_TO_ACTION_MAX_WORDS, CALL_TO_ACTION_WORDS} from '../lexicon/furniture.js'
import {CLOSING_MARK, CLOSING_MARKS, CONTRACTIONS, ELIDED_FRENCH, ELIDED_WORDS} from '../lexicon/quotes.js'

export interface Mark {
  char: string
  index: number
}

export interface UnbalancedMark {
  /**
   * `mismatched`: an opener closed by a mark of another pair (« "Oui» », “Yes," she said), reported once, at the opener.
   * `reversed`: a closing mark typed for the opening one of its pair (« (»Acte I») », ”Yes,” she said), then closed by `closer`.
   */
  kind: 'unclosed' | 'unopened' | 'mismatched' | 'reversed'
  char: string
  index: number
  /** The closing mark that would balance an unclosed opener. */
  expected: string
  /** For a closer: where its opener could have stood, [from, to) in the text. */
  openerRange?: [number, number]
  /** For a mismatched opener (or a reversed one): the mark that closed it and where. */
  closer?: Mark
}

/** An opener and the mark that closed it. */
export interface MarkPair {
  char: string
  open: number
  close: number
  /** How many « “ " quotations were open around it when it closed. */
  depth: number
}

export interface ParagraphBalance {
  problems: UnbalancedMark[]
  /** Openers still open at the end of the paragraph, innermost last. */
  open: Mark[]
  /** Every opener that was closed, in the order of their closing marks. */
  pairs: MarkPair[]
}

const CLOSER_OF = CLOSING_MARK

/** The characters the switch of balanceParagraph looks at: ( [ ) ] " ' « » ‹ › “ ” „ ‘ ’. */
function isMarkCode(code: number): boolean {
  if (code < 0x80) return code === 0x28 || code === 0x29 || code === 0x5b || code === 0x5d || code === 0x22 || code === 0x27
  return code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e) || code === 0x2039 || code === 0x203a
}

/**
 * Index of the first mark at or after `from`, or the text's length. Most
 * characters are none of the marks: a small loop of its own skips them, which
 * the engine compiles tighter than the whole of balanceParagraph's.
 */
export function nextMark(text: string, from: number): number {
  let index = from
  while (index < text.length && !isMarkCode(text.charCodeAt(index))) index++
  return index
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** A space, as French sets one inside guillemets: plain, no-break or narrow no-break. */
function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u00a0' || char === '\u202f'
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char)
}

/** A ‘ between two letters is a typing slip inside a word; before two digits it stands for ’ (‘90s). */
function opensSingleQuote(text: string, index: number): boolean {
  const before = text[index - 1]
  const after = text[index + 1]
  if (isWordChar(before) && isWordChar(after)) return false
  return isWordChar(before) || !/^\d\ds?\b/.test(text.slice(index + 1, index + 4))
}

/**
 * What a ’ can be from its two neighbours alone:
 * - a letter or digit after it: an apostrophe inside a word (can’t, O’Brien,
 *   l’État) or opening one (’90s, ’til, ’em, rock ’n’ roll), since no
 *   quotation closes right before a word; unless punctuation stands before
 *   it, which is a closing quote missing its space (‘Yes,’said);
 * - a letter or digit before it only: either, the end of a word that lost a
 *   letter or takes the plural possessive (voters’, the Joneses’, talkin’) or
 *   the last word of a quotation (‘never again’);
 * - neither: a closing quote (after punctuation, a space or another mark).
 */
type RightQuoteShape = 'apostrophe' | 'either' | 'closing'

const PUNCTUATION_BEFORE_CLOSING = /[.,;:!?…]/

function shapeOfRightQuote(text: string, index: number): RightQuoteShape {
  const before = text[index - 1]
  // « par l ’« État islamique» », « qu ’il »: an elision's apostrophe typed after a space, before the word or quotation it elides into.
  if (before === ' ' && ELISION_SPACED.test(text.slice(Math.max(0, index - 10), index)) && (isWordChar(text[index + 1]) || OPENING_QUOTE_AFTER.has(text[index + 1]!))) return 'apostrophe'
  if (isWordChar(text[index + 1])) {
    if (before === '.' && isPossessiveOfInitials(text, index)) return 'apostrophe'
    if (before !== undefined && PUNCTUATION_BEFORE_CLOSING.test(before)) return 'closing'
    // Between two letters: an apostrophe of an elision or a contraction, or a closing quote short of its space (‘gilet jaune’correspond).
    return isWordChar(before) && !isKnownApostrophe(text, index) ? 'either' : 'apostrophe'
  }
  return isWordChar(before) ? 'either' : 'closing'
}

/**
 * The ’s (or another contraction) after a name written in initials, each
 * with its full stop: the U.N.’s office, the U.S.’s debt. No quotation
 * closes on an initial's full stop right before a word.
 */
function isPossessiveOfInitials(text: string, index: number): boolean {
  if (!INITIALS_BEFORE.test(text.slice(Math.max(0, index - 12), index))) return false
  let end = index + 1
  while (end < text.length && isWordChar(text[end])) end++
  return CONTRACTIONS.has(text.slice(index + 1, end).toLowerCase())
}

/** Two or more initials with their full stops, at the end (U.N., U.S., D.C.), not inside a word. */
const INITIALS_BEFORE = /(?:^|[^\p{L}\p{N}.])(?:\p{Lu}\.){2,}$/u

/**
 * A ’ between letters that the words around it show to be an apostrophe:
 * after one letter (l’, d’, O’Brien, y’all) or an elided French or Italian
 * word (qu’, jusqu’, aujourd’hui, dell’), or before an English contraction
 * (can’t, it’s, we’re, I’ve, we’ll, I’d, I’m, rock ’n’ roll). Any other
 * (‘gilet jaune’correspond, Ba’ath) can be either, and reads as a closing
 * quote only where a ‘ is open and no later ’ can close it.
 */
function isKnownApostrophe(text: string, index: number): boolean {
  let start = index
  while (start > 0 && isWordChar(text[start - 1])) start--
  let end = index + 1
  while (end < text.length && isWordChar(text[end])) end++
  const before = text.slice(start, index).toLowerCase()
  return before.length === 1 || ELIDED_WORDS.has(before) || CONTRACTIONS.has(text.slice(index + 1, end).toLowerCase())
}


/**
 * How balanceParagraph takes a ’: skipped as an apostrophe, closing the
 * innermost open ‘, or reported as closing nothing. A ’ with no ‘ to close is
 * reported only after punctuation or a space: after another mark (”’) it is
 * too unsure, and it is skipped too.
 */
export type RightQuoteReading = 'apostrophe' | 'closing' | 'stray'

/**
 * Reads the ’ marks of one paragraph, in order, given the marks open before
 * each. A word-final ’ (voters’) inside an open ‘ quotation is an apostrophe
 * when a later ’ can still close that quotation, and its closing mark
 * otherwise: of the readings, the one that balances the paragraph, so that
 * ‘The voters’ message is clear,’ she said. and ‘Scare quotes’ are fine.
 * both balance. A later ’ can close the quotation while nothing opened
 * inside it is still open, until the next quotation opens (‘No’ and ‘yes’)
 * or a mark around it closes (“He said ‘never again’,” she said).
 */
function rightQuoteReader(text: string, digitQuotes: DigitQuoteReader = digitQuoteReader(text), ignored: (index: number) => boolean = () => false): (index: number, open: readonly Mark[]) => RightQuoteReading {
  // For each open ‘ (by its index): the ’ that can close it, found once from its first word-final ’ on.
  const closersOf = new Map<number, number[]>()
  return (index, open) => {
    const shape = shapeOfRightQuote(text, index)
    if (shape === 'apostrophe') return 'apostrophe'
    const target = innermostSingleQuote(open)
    if (target < 0) return shape === 'closing' && followsPunctuationOrSpace(text, index) ? 'stray' : 'apostrophe'
    if (shape === 'closing') return 'closing'
    const opener = open[target]!
    let closers = closersOf.get(opener.index)
    if (closers === undefined) {
      closers = laterClosers(text, index, open, target, digitQuotes, ignored)
      closersOf.set(opener.index, closers)
    }
    // A ‘ opened right inside another (‘He told me ‘no’ and left’, a slip for “ ”) needs a ’ of its own too.
    return countAfter(closers, index) > directlyEnclosingSingleQuotes(open, target) ? 'apostrophe' : 'closing'
  }
}

function innermostSingleQuote(open: readonly Mark[]): number {
  for (let depth = open.length - 1; depth >= 0; depth--) if (open[depth]!.char === '‘') return depth
  return -1
}

/** The ‘ marks right under the one at `target`, with no other mark between. */
function directlyEnclosingSingleQuotes(open: readonly Mark[], target: number): number {
  let count = 0
  while (target - count - 1 >= 0 && open[target - count - 1]!.char === '‘') count++
  return count
}

/** Without a ‘ to close, a ’ is surely a stray quote only after punctuation or a space (‘Yes,’ she said.’). */
function followsPunctuationOrSpace(text: string, index: number): boolean {
  const before = text[index - 1]
  return before !== undefined && (PUNCTUATION_BEFORE_CLOSING.test(before) || /\s/.test(before))
}

/** How many of the ascending `indexes` are greater than `index`. */
function countAfter(indexes: readonly number[], index: number): number {
  return indexes.length - firstIndex(indexes.length, (at) => indexes[at]! > index)
}

/**
 * The ’ after `from` that could close the ‘ at `open[target]`: those met
 * while nothing opened inside its quotation is open, up to the next ‘ that
 * opens a quotation beside it or the closing of a mark around it. The marks
 * are followed as balanceParagraph follows them.
 */
function laterClosers(text: string, from: number, open: readonly Mark[], target: number, digitQuotes: DigitQuoteReader, ignored: (index: number) => boolean): number[] {
  const inner = open.slice(target + 1).map((mark) => mark.char)
  const around = open.slice(0, target).map((mark) => mark.char)
  const closers: number[] = []
  for (let index = nextMark(text, from + 1); index < text.length; index = nextMark(text, index + 1)) {
    const char = text[index]!
    if (ignored(index)) continue
    switch (char) {
      case '«':
      case '‹':
      case '„':
      case '(':
      case '[':
        inner.push(char)
        break
      case '“':
        if (inner.at(-1) === '„') inner.pop()
        else inner.push(char)
        break
      case '‘':
        if (!opensSingleQuote(text, index)) break
        if (inner.length === 0) return closers
        inner.push(char)
        break
      case '’':
        if (shapeOfRightQuote(text, index) === 'apostrophe') break
        if (inner.length === 0) closers.push(index)
        else if (inner.at(-1) === '‘') inner.pop()
        break
      case '"': {
        if (isDigitQuote(text, index) && !((inner.includes('"') || around.includes('"')) && digitQuotes(index))) break
        const closesOne = !isWordChar(text[index + 1]) && (inner.includes('"') || around.includes('"'))
        if (inner.at(-1) === '"') inner.pop()
        else if (!closesOne) inner.push(char)
        // The " it closes is around the quotation.
        else if (!closeInner(inner, char)) return closers
        break
      }
      case "'":
        break
      default:
        // » › ” ] ): closing a mark around the quotation ends it; a stray one (or a list marker) changes nothing.
        if (!closeInner(inner, char) && around.some((mark) => closes(mark, char))) return closers
    }
  }
  return closers
}

/** Closes the innermost of `inner` that `closer` closes, with those above it; false if none. */
function closeInner(inner: string[], closer: string): boolean {
  for (let depth = inner.length - 1; depth >= 0; depth--) {
    if (closes(inner[depth]!, closer)) {
      inner.length = depth
      return true
    }
  }
  return false
}

/**
 * Balances one paragraph. `carried` are openers left open by the previous
 * paragraph that this one reopens (the French and English convention for a
 * quotation running over several paragraphs). `continued` is a quotation
 * left open by the previous paragraph that this one goes on without
 * reopening it (copy split into paragraphs inside a quotation): it stands
 * open before the first character, at index -1.
 */
export function balanceParagraph(text: string, carried: Mark[] = [], continued?: Mark): ParagraphBalance {
  const stack: Mark[] = []
  const problems: UnbalancedMark[] = []
  const pairs: MarkPair[] = []
  // Closing marks typed for the opening one, by index: each is reported once, and opens the quotation its pair closes.
  const reversed = new Map<number, UnbalancedMark>()
  const digitQuotes = digitQuoteReader(text)
  const skipLeading = carried.length > 0 ? leadingReopen(text, carried) : -1
  const ignored = ignoredMarks(text, skipLeading)
  const readRightQuote = rightQuoteReader(text, digitQuotes, ignored)
  if (continued) stack.push({char: continued.char, index: -1})
  // The reopening mark stands for the quotation carried from the paragraph before.
  if (skipLeading >= 0) stack.push({char: carried.at(-1)!.char, index: skipLeading})
  // Start of the stretch where a missing opener could have stood.
  let settled = 0
  // The paragraph's last character that is not white space, found once when asked.
  let lastVisible: number | undefined

  const close = (char: string, index: number) => {
    for (let depth = stack.length - 1; depth >= 0; depth--) {
      if (closes(stack[depth]!.char, char)) {
        // Openers above the match were never closed.
        for (const unclosed of stack.splice(depth + 1)) reportUnclosed(unclosed)
        const opener = stack.pop()!
        const typo = reversed.get(opener.index)
        if (typo) Object.assign(typo, {kind: 'reversed', closer: {char, index}})
        pairs.push({char: opener.char, open: opener.index, close: index, depth: quotationsAround(stack)})
        settled = index + 1
        return true
      }
    }
    return false
  }
  const reportUnclosed = (mark: Mark) => {
    if (!reversed.has(mark.index)) problems.push(unclosed(mark))
  }
  const reportUnopened = (char: string, index: number) => {
    problems.push({kind: 'unopened', char, index, expected: openerOf(char), openerRange: [settled, index]})
    settled = index + 1
  }

  for (let index = nextMark(text, 0); index < text.length; index = nextMark(text, index + 1)) {
    const char = text[index]!
    if (index === skipLeading || ignored(index)) continue
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
      case "'": {
        // The wire services' closing '' (“We will stay,'' he said) closes the double quotation open; any other ' is an apostrophe or a foot.
        const top = stack.at(-1)?.char
        if (after === "'" && text[index - 1] !== "'" && text[index + 2] !== "'" && !isWordChar(text[index + 2])) {
          if (top === '"' || top === '“') {
            close(top === '"' ? '"' : '”', index)
            index++
            break
          }
        }
        // ‘Go go go!' or ‘Just do it, mom,'": after a quotation's final punctuation, the straight key closes the ‘ open, the wrong
        // mark: one slip, reported at the opener (not a ‘ left open and a stray ' after it).
        if (top === '‘' && CLOSING_PUNCTUATION.has(text[index - 1]!) && after !== "'" && !isWordChar(after)) {
          const opener = stack.pop()!
          problems.push({kind: 'mismatched', char: opener.char, index: opener.index, expected: CLOSER_OF[opener.char]!, closer: {char, index}})
          settled = index + 1
          break
        }
        // ‘gilets jaunes' and ‘‘gilets jaunes'': a quotation opened with ‘ and closed with the straight key, once or twice,
        // at the end of a word (a ' between letters is an apostrophe).
        if (top === '‘' && isWordChar(text[index - 1]) && !isWordChar(after === "'" ? text[index + 2] : after)) {
          close('’', index)
          if (after === "'" && stack.at(-1)?.char === '‘') {
            close('’', index + 1)
            index++
          }
        }
        break
      }
      case '‘':
        if (opensSingleQuote(text, index)) stack.push({char, index})
        break
      case '”':
      case '»':
      case '›':
        // 5’6”: feet and inches written with curly marks, no quotation (inside a quotation, when a later ” can close it).
        if (char === '”' && isCurlyInchMark(text, index) && (!stack.some((mark) => mark.char === '“') || text.includes('”', index + 1))) break
        if (close(char, index)) break
        if (char !== '”' && isLinkBullet(text, index)) break
        reportUnopened(char, index)
        // ” typed for “ (”Yes,” she said), » for « ((»Acte I»), or spaced as French sets « : ». Suivez-moi »): reported once,
        // it then opens the quotation its pair closes.
        if (
          (opensByShape(text, index) && isWordChar(after)) ||
          (char !== '”' && (opensSpacedByShape(text, index) || opensAfterElision(text, index))) ||
          (char === '”' && opensGluedAfterSentence(text, index))
        ) {
          stack.push({char: openerOf(char), index})
          reversed.set(index, problems.at(-1)!)
        }
        break
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
        else if (closesOtherPair(text, index, stack)) {
          // “We will stay," he said. « Nous resterons", dit-il. : one slip, the wrong closing mark, reported once at the opener.
          const opener = stack.pop()!
          problems.push({kind: 'mismatched', char: opener.char, index: opener.index, expected: CLOSER_OF[opener.char]!, closer: {char, index}})
          settled = index + 1
        } else if (index > 0 && index === (lastVisible ??= lastNonSpace(text))) {
          // Nothing after it in the paragraph: it closes a quotation opened elsewhere, never opens one (« … la ville. " »).
          reportUnopened(char, index)
        } else stack.push({char, index})
        break
    }
  }
  return {problems, open: stack, pairs}
}

/**
 * Marks that are no quotation or bracket of the sentence, in a paragraph
 * whose reopening mark (if any) is at `skipLeading`:
 * - a mark named as a character, alone between quotation marks or in a code
 *   span: “(”, "]", « ) », `(`;
 * - a bracket in a key combination: Ctrl-], Alt+(, C-];
 * - an opening parenthesis in an emoticon: :-(, ;(, :-<( (the closing one is
 *   isListMarkerOrSmiley's);
 * - » or › as an arrow: at the start of a paragraph before a word in capitals
 *   (» LIRE AUSSI, » EN DIRECT) or a short call to action with no other
 *   guillemet (» Suivez l’actu sur Facebook, » Sign up for our newsletter),
 *   or in a trail of two or more standing
 *   between words and spaces in a paragraph with no « (Accueil » Sport » Football).
 * Most paragraphs hold none of these: each test reads a few characters.
 */
function ignoredMarks(text: string, skipLeading = -1): (index: number) => boolean {
  // Each read once per paragraph, not once per mark: a mark's own tests read a few characters.
  let codeSpans: Array<[number, number]> | undefined
  let firstVisible: number | undefined
  let trail: boolean | undefined
  return (index) => {
    const char = text[index]!
    if (isNamedCharacter(text, index)) return true
    codeSpans ??= text.includes('`') ? [...text.matchAll(CODE_SPAN)].map((match) => [match.index, match.index + match[0].length]) : []
    if (codeSpans.length > 0 && inCodeSpan(codeSpans, index)) return true
    if (BRACKETS.includes(char) && KEY_COMBINATION.test(text.slice(Math.max(0, index - 8), index))) return true
    if (char === '(' && EMOTICON_EYES.test(text.slice(Math.max(0, index - 3), index))) return true
    if (char === '»' || char === '›') {
      // Only white space before the mark: it opens the paragraph.
      firstVisible ??= firstNonSpace(text)
      if (index !== skipLeading && index <= firstVisible && (ARROW_BEFORE_CAPITALS.test(text.slice(index + 1, index + 40)) || isCallToAction(text, index))) return true
      if (isFreeStanding(text, index)) {
        trail ??= !text.includes(char === '»' ? '«' : '‹') && countFreeStanding(text, char) >= 2
        if (trail) return true
      }
    }
    return false
  }
}

const BRACKETS = '()[]'
const CODE_SPAN = /`[^`\n]+`/g

/**
 * Whether `index` is inside one of `spans` (each [start, end) of a code span,
 * in order and apart), past its opening backtick and before its closing one:
 * only the last span starting before `index` can hold it (binary search).
 */
function inCodeSpan(spans: ReadonlyArray<readonly [number, number]>, index: number): boolean {
  const after = firstIndex(spans.length, (at) => spans[at]![0] >= index)
  return after > 0 && index < spans[after - 1]![1] - 1
}

/** The index of the last character that is not white space (as `\s` reads it), or -1. */
export function lastNonSpace(text: string): number {
  let index = text.length - 1
  while (index >= 0 && /\s/.test(text.charAt(index))) index--
  return index
}

/** The index of the first character that is not white space (as `\s` reads it), or the text's length. */
function firstNonSpace(text: string): number {
  const at = text.search(/\S/)
  return at === -1 ? text.length : at
}
/** Ctrl-], Alt+(, Shift-[, and the C- M- of Emacs (after a space, a bracket or a backtick: « (-M-) » is a stage name in brackets). */
const KEY_COMBINATION = /(?:(?:^|[^\p{L}])(?:ctrl|control|alt|altgr|shift|cmd|command|meta|super|option|strg|win)|(?:^|[\s`([])[cms])[-+]$/iu
const EMOTICON_EYES = /[:;][-'^]?[<>]?$/
/**
 * A » (or ›) that closes nothing and stands as a page's link bullet: before
 * one space and a word in capitals anywhere in the paragraph (« …des
 * dégradations. » LIRE AUSSI - «Gilets jaunes»: … »), or opening a short
 * paragraph (a link line: CALL_TO_ACTION_MAX_WORDS words at most, no final
 * full stop) whose own
 * guillemets pair up (« » Paroles de «gilets jaunes»: ce qu'ont entendu nos
 * journalistes »). A paragraph-opening » with an unpaired » after it is a »
 * typed for « (« » Suivez le guide », lance-t-elle »), read as such.
 */
function isLinkBullet(text: string, index: number): boolean {
  if (!isSpace(text[index + 1])) return false
  if (ARROW_BEFORE_CAPITALS.test(text.slice(index + 1, index + 40))) return true
  if (index !== firstNonSpace(text)) return false
  const rest = text.slice(index + 1)
  const [open, close] = text[index] === '»' ? ['«', '»'] : ['‹', '›']
  // A link's title ends with no full stop (a question may end it): « » Le Maroc est un allié. » is a sentence; but a teaser says where to read on (« … est à lire ici. »).
  return (!/[.…][\s»”"’)]*$/u.test(rest) || LINK_TEASER_END.test(rest)) && countOf(rest, open) === countOf(rest, close) && rest.trim().split(/\s+/).length <= CALL_TO_ACTION_MAX_WORDS
}

/** The end of a link's teaser: « … est à lire ici. », « à voir ici », "read it here.", "watch more here". */
const LINK_TEASER_END = new RegExp(
  String.raw`(?:(?<![\p{L}])à\s+(?:${[...CALL_TO_ACTION_AFTER_A].join('|')})\s+ici|\b(?:${[...CALL_TO_ACTION_WORDS].filter((word) => /^[a-z]+$/.test(word)).join('|')})(?:\s+(?:it|them|more))?\s+here)\s*[.…!]?\s*$`,
  'iu'
)

function countOf(text: string, char: string): number {
  let count = 0
  for (let index = text.indexOf(char); index >= 0; index = text.indexOf(char, index + 1)) count++
  return count
}

/** A word of two capitals or more after one space, maybe after a one-letter one: » LIRE AUSSI, » À LIRE, » À VOIR AUSSI, » EN DIRECT. */
const ARROW_BEFORE_CAPITALS = /^[ \u00A0\u202F](?:\p{Lu}[ \u00A0])?\p{Lu}{2,}(?![\p{Ll}])/u

/**
 * The line after a » (or ›) that opens a paragraph is a call to action of the
 * page (» Suivez toute l’actu sur Facebook, » À lire : notre dossier, » Watch
 * the video): after one space, a word of CALL_TO_ACTION_WORDS (or « à » and
 * an infinitive), in a line of at most CALL_TO_ACTION_MAX_WORDS words with no
 * other guillemet. A paragraph that goes on with another » or a « (» Suivez-moi »,
 * dit-il) is a quotation, and its marks are read.
 */
function isCallToAction(text: string, index: number): boolean {
  const rest = text.slice(index + 1)
  const match = CALL_TO_ACTION_START.exec(rest)
  if (!match) return false
  const first = match[1]!.toLowerCase()
  if (!CALL_TO_ACTION_WORDS.has(first) && !((first === 'à' || first === 'a') && CALL_TO_ACTION_AFTER_A.has(match[2]?.toLowerCase() ?? ''))) return false
  const pair = text[index] === '»' ? /[«»]/ : /[‹›]/
  return !pair.test(rest) && rest.trim().split(/\s+/).length <= CALL_TO_ACTION_MAX_WORDS
}

/** One space, then the first word (hyphens kept: abonnez-vous) and the second. */
const CALL_TO_ACTION_START = /^[ \u00A0\u202F]([\p{L}]+(?:-[\p{L}]+)*)(?:[ \u00A0\u202F]+([\p{L}]+))?/u

/**
 * A character named between two quotation marks (“(”, "]", « ) », ‘[’):
 * the marks around it are a quotation, the character inside is not a mark.
 */
function isNamedCharacter(text: string, index: number): boolean {
  let before = index - 1
  let after = index + 1
  if (text[before] === ' ' || text[before] === '\u00A0' || text[before] === '\u202F') before--
  if (text[after] === ' ' || text[after] === '\u00A0' || text[after] === '\u202F') after++
  const open = text[before]
  const close = text[after]
  return open !== undefined && close !== undefined && NAMING_PAIRS.has(open + close) && !isWordChar(text[before - 1]) && !isWordChar(text[after + 1])
}

const NAMING_PAIRS = new Set(['“”', '‘’', '""', "''", '«»', '‹›', '„“', '``', "`'"])

/** Between two spaces, inside the paragraph (not opening or ending it, where » reopens or closes a quotation). */
function isFreeStanding(text: string, index: number): boolean {
  return /\S\s$/.test(text.slice(Math.max(0, index - 2), index)) && /^\s\S/.test(text.slice(index + 1, index + 3))
}

function countFreeStanding(text: string, char: string): number {
  let count = 0
  for (let index = text.indexOf(char); index >= 0; index = text.indexOf(char, index + 1)) if (isFreeStanding(text, index)) count++
  return count
}

function quotationsAround(stack: readonly Mark[]): number {
  let count = 0
  for (const mark of stack) if (mark.char === '«' || mark.char === '“' || mark.char === '"') count++
  return count
}

/**
 * Index of the reopening mark at the start of a paragraph that continues a
 * quotation, or -1. French typography reopens with « or, traditionally,
 * with » (the « guillemet de suite »).
 */
export function leadingReopen(text: string, carried: Mark[]): number {
  const match = /^[\s—–-]*/.exec(text)
  const index = match ? match[0].length : 0
  const char = text[index]
  return carried.some((mark) => mark.char === char || (mark.char === '«' && char === '»')) ? index : -1
}

/** A quotation mark, not a bracket. */
export function isQuote(char: string): boolean {
  return char !== '(' && char !== '['
}

function closes(opener: string, closer: string): boolean {
  return CLOSING_MARKS[opener]?.includes(closer) ?? false
}

function openerOf(closer: string): string {
  for (const [opener, expected] of Object.entries(CLOSER_OF)) if (expected === closer && opener !== '„') return opener
  return closer === '’' ? '‘' : ''
}

/**
 * A straight double quote right after a digit, and not before a letter or
 * digit: an inch or second mark (a 12" pipe, 5' 11", a 27" screen) or the
 * closing quote of a quotation ending in a number ("Apollo 13", "Option 2").
 */
export function isDigitQuote(text: string, index: number): boolean {
  return /\d/.test(text[index - 1] ?? '') && (!isWordChar(text[index + 1]) || isCompassPoint(text, index + 1))
}

/** The N, S, E, W (or French O for ouest) of a coordinate's seconds: 48°51'24"N, 2°21'08"E. */
function isCompassPoint(text: string, index: number): boolean {
  return /[NSEWO]/.test(text[index] ?? '') && !isWordChar(text[index + 1])
}

/**
 * Whether the digit quote at an index closes a straight quotation open
 * before it; when none is open it is a unit. It closes the quotation unless a
 * later " can: one that does not open by its shape, met before the next
 * that does. So "Apollo 13" and "Catch-22" pair as titles, while in "I need
 * a 12" pipe," he said. the quotation closes after pipe and 12" is a unit.
 * Read from the whole paragraph once, backwards.
 */
export type DigitQuoteReader = (index: number) => boolean

function digitQuoteReader(text: string): DigitQuoteReader {
  let closing: Set<number> | undefined
  return (index) => {
    closing ??= closingDigitQuotes(text)
    return closing.has(index)
  }
}

function closingDigitQuotes(text: string): Set<number> {
  const closing = new Set<number>()
  let laterCloser = false
  for (let index = text.lastIndexOf('"'); index >= 0; index = index === 0 ? -1 : text.lastIndexOf('"', index - 1)) {
    if (isDigitQuote(text, index)) {
      if (!laterCloser) closing.add(index)
      laterCloser = true
    } else laterCloser = !opensByShape(text, index)
  }
  return closing
}

/**
 * A " after white space and before a letter or a digit, or an ellipsis and
 * one (`"... Est et restera"`: the quotation's first words left out), while
 * a straight quotation is open, opens another one: the one before was never
 * closed (`"My son called me. "We just want…"`). Straight quotations do not
 * nest.
 */
function opensAnotherStraightQuote(text: string, index: number): boolean {
  return opensByShape(text, index) && (isWordChar(text[index + 1]) || ELIDED_START.test(text.slice(index + 1, index + 6)))
}

/** A quotation whose first words are left out: an ellipsis, maybe a space, then a word ("... Est et restera", "…et puis"). */
const ELIDED_START = /^(?:\.\.\.|…)[ \u00A0]?[\p{L}\p{N}]/u

/**
 * A " that closes the “ or « open innermost, no straight quotation being
 * open: it stands where a closing mark does, after a character that is not
 * white space and before one that is no letter or digit (“We will stay,"
 * he said), and no ” (or ») later in the paragraph is left over to close
 * that opener once the later “ (or «), and the later " that open, have theirs.
 * The copy mixes two pairs' marks: the quotation is closed, with the wrong
 * mark.
 */
function closesOtherPair(text: string, index: number, stack: readonly Mark[]): boolean {
  const opener = stack.at(-1)?.char
  if ((opener !== '“' && opener !== '«') || stack.some((mark) => mark.char === '"')) return false
  if (!closesByShape(text, index)) return false
  // Each later ” beyond the “ opened after this mark could still close it; so could one left for a later " opened in the same
  // mixed style (“We will stay," he said. "Nothing will change.”): the same slip made twice, each quotation closed wrong.
  const marks = laterMarksOf(text)
  return marks.after(CLOSER_OF[opener]!, index) <= marks.after(opener, index) + marks.after('"', index)
}

/**
 * Where a paragraph's curly marks and its straight quotes in an opening
 * place stand, found once for the many questions closesOtherPair asks of
 * one paragraph (a line of quotes asked each of its marks would be
 * quadratic work otherwise): how many of one stand after an index.
 */
interface LaterMarks {
  after(mark: string, index: number): number
}

let laterMarks: {text: string; marks: LaterMarks} | undefined

function laterMarksOf(text: string): LaterMarks {
  if (laterMarks?.text === text) return laterMarks.marks
  const positions = new Map<string, number[]>()
  for (let at = nextMark(text, 0); at < text.length; at = nextMark(text, at + 1)) {
    const char = text[at]!
    // A straight quote counts as an opener only where one stands ("Nothing).
    if (char === '"' && !opensByShape(text, at)) continue
    const list = positions.get(char)
    if (list) list.push(at)
    else positions.set(char, [at])
  }
  const marks: LaterMarks = {
    after(mark, index) {
      const list = positions.get(mark)
      return list ? list.length - firstIndex(list.length, (at) => list[at]! > index) : 0
    }
  }
  laterMarks = {text, marks}
  return marks
}

/** The punctuation a quotation's last words end on before its closing mark: ‘Just do it, mom,' or ‘Go.' */
const CLOSING_PUNCTUATION: ReadonlySet<string> = new Set([',', '.', '!', '?', '…'])

/** Where a quotation may open: the text's start, or after white space, an opening bracket or mark, or a dash. */
const OPENING_PLACE = /[\s([{«“‘\u2014\u2013]/

/** Whether a mark at `index` follows what a quotation opens after (OPENING_PLACE); a mark glued to a word or to punctuation does not. */
export function followsOpeningPlace(text: string, index: number): boolean {
  const before = text[index - 1]
  return before === undefined || OPENING_PLACE.test(before)
}

/** A " after white space, an opening mark or a dash, before a character that is not white space: "Mission. */
export function opensByShape(text: string, index: number): boolean {
  const after = text[index + 1]
  return followsOpeningPlace(text, index) && after !== undefined && !/\s/.test(after)
}

/** A mark where a closing one stands: after a character that is not white space, before one that is no letter or digit (boulet.", sujet", conclut). */
export function closesByShape(text: string, index: number): boolean {
  const before = text[index - 1]
  return before !== undefined && !/\s/.test(before) && !isWordChar(text[index + 1])
}

/** A sentence's end glued to a capital (`her.”I came`): the ” opens the next sentence's quotation or closes the last one, its space missing on one side. */
const GLUED_AFTER_SENTENCE = /[.!?…]/u
const CAPITAL = /\p{Lu}/u

/**
 * A ” that closes nothing, glued between a sentence's end and a capital
 * (`…her.”I came home… Rome,” she wrote.`), opens the quotation when the
 * paragraph's next curly mark is a ” that can close it: one slip (the space
 * and the mark's side), one finding, not two closing marks without an
 * opening one.
 */
function opensGluedAfterSentence(text: string, index: number): boolean {
  if (!GLUED_AFTER_SENTENCE.test(text.charAt(index - 1)) || !CAPITAL.test(text.charAt(index + 1))) return false
  for (let next = index + 1; next < text.length; next++) {
    const char = text.charAt(next)
    if (char === '”') return true
    if (char === '“' || char === '\n') return false
  }
  return false
}

/** A guillemet where an opening one stands in French spacing: after a space or the start, before a space and a word. */
function opensSpacedByShape(text: string, index: number): boolean {
  const before = text[index - 1]
  return (before === undefined || isSpace(before)) && isSpace(text[index + 1]) && isWordChar(text[index + 2])
}

/** An elided French word and a space right before a mark: « l ’ », « qu ’ ». */
const ELISION_SPACED = new RegExp(`(?<![\\p{L}\\p{M}])(?:${ELIDED_FRENCH.join('|')}) $`, 'iu')
/** Opening quotation marks an elision may run into: « l’« État » », « d’“Apollo” ». */
const OPENING_QUOTE_AFTER: ReadonlySet<string> = new Set(['«', '“', '"'])

/** An elided French word and its apostrophe right before a mark: « qu’ », « l’ », « jusqu’ ». */
const ELISION_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${ELIDED_FRENCH.join('|')})['’]$`, 'iu')

/**
 * A » or › right after an elided word (« ainsi qu’»aux familles », « qu’» aux
 * familles ») and before a word: an elision is always followed by the word
 * it elides, so the mark opens what follows, typed with the wrong side.
 */
function opensAfterElision(text: string, index: number): boolean {
  if (!ELISION_BEFORE.test(text.slice(Math.max(0, index - 10), index))) return false
  const after = text[index + 1]
  return isWordChar(after) || (isSpace(after) && isWordChar(text[index + 2]))
}

/** A height in feet and inches set with curly marks before this ”: 5’6”, 6’ 2”, 5’11.5”. */
const FEET_AND_INCHES_BEFORE = /(?<![\p{L}\p{N}])\d[’′]\s?\d{1,2}(?:[.,]\d)?$/u

function isCurlyInchMark(text: string, index: number): boolean {
  return FEET_AND_INCHES_BEFORE.test(text.slice(Math.max(0, index - 8), index)) && !isWordChar(text[index + 1])
}

/** "1) first point", "a) …" and ":)" close nothing. */
function isListMarkerOrSmiley(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 4), index)
  if (/[:;]-?$/.test(before)) return true
  return /(^|\s)[\p{L}\p{N}]{1,3}$/u.test(before) && !isWordChar(text[index + 1])
}

/** The problem of an opening mark left open. */
export function unclosed(mark: Mark): UnbalancedMark {
  return {kind: 'unclosed', char: mark.char, index: mark.index, expected: CLOSER_OF[mark.char] ?? ''}
}
