/**
 * unbalanced-quotes' analysis: the problems of each paragraph's quotation
 * marks and brackets, read by balanceParagraph (text/quotation-marks.ts),
 * with quotations that run over several paragraphs carried from one to the
 * next and a mark closed by another pair's mark reported once.
 */
import {ATTRIBUTION_AUXILIARIES_FR, INVERTED_PRONOUNS_FR, SAYING_VERBS_FR} from '../lexicon/clauses.js'
import {CLOSING_MARK, CLOSING_MARKS, QUOTATION_MARKS} from '../lexicon/quotes.js'
import type {Lang} from '../types.js'
import {isCaption} from '../text/captions.js'
import {balanceParagraph, closesByShape, isQuote, lastNonSpace, leadingReopen, opensByShape, unclosed, type Mark, type MarkPair, type ParagraphBalance, type UnbalancedMark} from '../text/quotation-marks.js'

export type {UnbalancedMark} from '../text/quotation-marks.js'

/**
 * Balances every paragraph of a document in order, carrying a quotation that
 * the next paragraph reopens with the same mark. In French, a quotation
 * closed by the closing mark of the quotation inside it is closed
 * (closedWithInner).
 */
export function balanceParagraphs(texts: readonly string[], lang: Lang | 'und' = 'und'): UnbalancedMark[][] {
  return balanceSequence(texts, balanceParagraph, lang === 'fr')
}

/** What balanceSequence needs of a paragraph's balance. */
export type BalanceOf = (text: string, carried: Mark[], continued?: Mark) => Pick<ParagraphBalance, 'problems' | 'open' | 'pairs'>

/**
 * The paragraphs' problems, given how one paragraph is balanced. A
 * quotation left open at the end of a paragraph runs on into the next one:
 * - when the next paragraph reopens it (the press convention: « at the start
 *   of each new paragraph, the last one alone closed; or the » of
 *   traditional French typography);
 * - or when the next paragraph closes it without reopening it: read on its
 *   own, that paragraph has a mark unbalanced which the quotation carried in
 *   balances, and nothing else changes (copy cut into paragraphs inside a
 *   quotation: « … la gravité. ⏎ C’est la colère… »). A paragraph balanced
 *   on its own is never read as closing the quotation before it.
 * A parenthesis never runs on into the next paragraph. A quotation or a
 * parenthesis runs on over a line set apart inside it (a link, a slogan, a
 * call to action: see isInsertedLine) when the paragraph after that line
 * closes it as above, and a quotation over a photo's caption (isCaption)
 * when the paragraph after the caption reopens it. An opener closed by a
 * mark of another pair is one mismatch, reported at the opener, not two
 * problems.
 */
function balanceSequence(texts: readonly string[], balanceOf: BalanceOf, sharedClosing: boolean): UnbalancedMark[][] {
  const results: UnbalancedMark[][] = []
  let carried: Mark[] = []
  let continued: Mark | undefined
  let balance = texts.length > 0 ? balanceOf(texts[0]!, []) : undefined
  // The balance of the paragraph after an inserted line, read with the mark carried over that line.
  let pending: {at: number; balance: Pick<ParagraphBalance, 'problems' | 'open' | 'pairs'>} | undefined
  for (let index = 0; index < texts.length; index++) {
    const current = balance!
    const next = texts[index + 1]
    const innermost = current.open.at(-1)
    let reopened = false
    let runsOn = false
    balance = undefined
    if (innermost !== undefined && isQuote(innermost.char) && next !== undefined) {
      reopened = leadingReopen(next, [innermost]) >= 0
      if (!reopened) {
        const plain = balanceOf(next, [])
        const continuing = balanceOf(next, [], innermost)
        runsOn = closesContinued(continuing) && unbalancedCount(continuing) < unbalancedCount(plain)
        balance = runsOn ? continuing : plain
      }
    }
    const after = texts[index + 2]
    if (innermost !== undefined && !reopened && !runsOn && next !== undefined && after !== undefined && isInsertedLine(next)) {
      const plain = balanceOf(after, [])
      const continuing = balanceOf(after, [], innermost)
      if (closesContinued(continuing) && unbalancedCount(continuing) < unbalancedCount(plain)) {
        runsOn = true
        pending = {at: index + 2, balance: continuing}
      }
    }
    // A photo's caption set between two paragraphs of a quotation that the second reopens (press convention).
    if (innermost !== undefined && isQuote(innermost.char) && !reopened && !runsOn && next !== undefined && after !== undefined && isCaption(next) && leadingReopen(after, [innermost]) >= 0) {
      runsOn = true
      pending = {at: index + 2, balance: balanceOf(after, [innermost])}
    }
    if (innermost !== undefined && isQuote(innermost.char) && !reopened && !runsOn && next !== undefined) {
      const closing = closingAfterPlainParagraphs(texts, index, innermost, balanceOf)
      if (closing) {
        runsOn = true
        pending = closing
      }
    }
    const problems = current.problems.filter((problem) => problem.index >= 0)
    // A closing mark typed for an opening one (”Yes, she said.) is already reported where it stands.
    const reported = new Set(problems.map((problem) => problem.index))
    const left = reopened || runsOn ? current.open.slice(0, -1) : current.open
    // Only the innermost quotation left open can share its inner one's closing mark: asked once per paragraph.
    const shared = sharedClosing && left.length > 0 && closedWithInner(texts[index]!, left.at(-1)!, current.pairs) ? left.at(-1) : undefined
    for (const mark of left) if (mark.index >= 0 && !reported.has(mark.index) && mark !== shared) problems.push(unclosed(mark))
    problems.sort((a, b) => a.index - b.index)
    results.push(joinMismatches(problems))
    carried = reopened ? [innermost!] : []
    if (pending?.at === index + 1) {
      balance = pending.balance
      pending = undefined
    } else if (next !== undefined) balance ??= balanceOf(next, carried)
  }
  return results
}

/** Most words a line set apart inside a quotation or a parenthesis holds. */
const INSERTED_LINE_WORDS = 8
/** Any mark balanceParagraph reads, the apostrophes aside. */
const MARKS = /[«»‹›„“”‘"()[\]]/u
const FINAL_PUNCTUATION = /[.!?…:;,]\s*$/u

/**
 * A line set apart inside a passage, as copied pages hold: a link (Sign up
 * here), a slogan, a call to action; a few words, no mark of its own, no
 * final punctuation. A paragraph of the text ends with its punctuation.
 */
function isInsertedLine(text: string): boolean {
  if (MARKS.test(text) || FINAL_PUNCTUATION.test(text)) return false
  const words = text.trim().split(/\s+/u)
  return words[0] !== '' && words.length <= INSERTED_LINE_WORDS
}

/** Most paragraphs without a quotation mark that a quotation left open runs on over to the paragraph closing it. */
const PLAIN_PARAGRAPHS_RUN_ON = 5
/** Any quotation mark balanceParagraph reads, the apostrophes aside. */
const QUOTE_MARKS = new RegExp(`[${QUOTATION_MARKS.replace('’', '')}]`, 'u')
/** The openers carried over plain paragraphs: not ‘ or ', whose closer ’ or ' an apostrophe can stand for. */
const RUN_ON_OPENERS = new Set(Object.keys(CLOSING_MARK).filter((opening) => QUOTATION_MARKS.includes(opening) && opening !== '‘'))

/**
 * A quotation left open at the end of paragraph `index`, carried over one
 * to five paragraphs with no quotation mark of their own and closed by the
 * paragraph after them, as copy that does not reopen each paragraph of a
 * long statement or letter writes it (« "Je suis né… ⏎ … ⏎ … pas un
 * boulet." »): the balance of that closing paragraph read with the
 * quotation carried in, or undefined when no such paragraph closes it (a
 * paragraph balanced on its own never does).
 */
function closingAfterPlainParagraphs(texts: readonly string[], index: number, open: Mark, balanceOf: BalanceOf): {at: number; balance: Pick<ParagraphBalance, 'problems' | 'open' | 'pairs'>} | undefined {
  if (!RUN_ON_OPENERS.has(open.char) || !opensHere(texts[index]!, open.index)) return undefined
  const last = Math.min(texts.length - 1, index + 1 + PLAIN_PARAGRAPHS_RUN_ON)
  const pair = pairMarks(open.char)
  for (let at = index + 1; at <= last; at++) {
    const text = texts[at]!
    if (!QUOTE_MARKS.test(text)) continue
    const first = firstOf(text, pair)
    // Quotations of another pair, balanced in their paragraph, are quoted inside the one carried (« … "profondément paradoxal " … »).
    if (first < 0) {
      if (unbalancedCount(balanceOf(text, [])) === 0) continue
      return undefined
    }
    // The paragraph right after was read already (runsOn above); a later one with a mark of the pair closes the quotation or nothing does.
    if (at === index + 1 || !closesHere(text, first)) return undefined
    const plain = balanceOf(text, [])
    const continuing = balanceOf(text, [], open)
    return closesContinued(continuing) && unbalancedCount(continuing) < unbalancedCount(plain) ? {at, balance: continuing} : undefined
  }
  return undefined
}

/** The marks of an opener's pair: itself and its closing marks. */
function pairMarks(opener: string): string[] {
  return [opener, ...(CLOSING_MARKS[opener] ?? [])]
}

/** Where the first of `marks` stands in `text`, -1 when none does. */
function firstOf(text: string, marks: readonly string[]): number {
  let first = -1
  for (const mark of marks) {
    const at = text.indexOf(mark)
    if (at >= 0 && (first < 0 || at < first)) first = at
  }
  return first
}

/** A straight quote opens or closes by its shape (text/quotation-marks.ts); any other mark says its side itself and is left to the paragraph's balance. */
function opensHere(text: string, index: number): boolean {
  return text.charAt(index) !== '"' ? index >= 0 : opensByShape(text, index)
}

function closesHere(text: string, index: number): boolean {
  return text.charAt(index) !== '"' ? index >= 0 : closesByShape(text, index) || endsParagraph(text, index)
}

/** A straight quote with nothing after it in its paragraph but white space closes, spaced or not (« … monoparentales. " »). */
function endsParagraph(text: string, index: number): boolean {
  return index > 0 && index === lastNonSpace(text)
}

/** Whether the quotation continued from the paragraph before (index -1) was closed. */
function closesContinued(balance: Pick<ParagraphBalance, 'problems' | 'open'>): boolean {
  return !balance.open.some((mark) => mark.index < 0) && !balance.problems.some((problem) => problem.index < 0)
}

function unbalancedCount(balance: Pick<ParagraphBalance, 'problems' | 'open'>): number {
  return balance.problems.length + balance.open.length
}

/** The double quotation marks whose closing mark French writes once for a quotation and the one inside it. */
const SHARED_CLOSING_OPENERS = new Set(['«', '“', '"'])
/** A quotation's end: at most a sentence's final mark before the paragraph's end. */
const QUOTATION_END = /^[\s\u00A0]*(?:[.!?…][\s\u00A0]*)?$/u
/** The start of an attribution after a quotation and its comma: « , a-t-il ajouté », « , dit-elle », « , explique le maire », « , a martelé M. Dupont », « , selon lui ». */
const ATTRIBUTION = new RegExp(
  `^[\\s\\u00A0]*,[\\s\\u00A0]+(?:(\\p{Ll}+)-(?:t-)?(?:${INVERTED_PRONOUNS_FR.join('|')})(?![\\p{L}\\p{M}])|(?:${ATTRIBUTION_AUXILIARIES_FR.join('|')})[\\s\\u00A0]+(\\p{Ll}+)(?![\\p{L}\\p{M}-])|selon(?![\\p{L}\\p{M}])|(\\p{Ll}+)(?![\\p{L}\\p{M}-]))`,
  'u'
)

/** Most words of the quotation inside another whose closing mark French typography writes once: a word or a phrase (« «gilets jaunes» »). */
const SHARED_CLOSING_WORDS = 5
const SENTENCE_END = /[.!?…]/u
const LETTER_BEFORE = /\p{L}[\s\u00A0]*$/u

/**
 * Whether a quotation mark left open in a French paragraph is closed by the
 * closing mark of the quotation inside it, as French typography writes a
 * single closing guillemet where two would follow each other (« Ce ne sont
 * pas des «gilets jaunes», a-t-il ajouté. ; "Il y avait des cibles plus
 * "rentables""). The first quotation opened inside it with the same mark is
 * a word or a phrase in the flow of its sentence (a letter before it, at
 * most five words, no sentence's end) and closes right before an
 * attribution (a verb of saying, an inverted verb, « selon ») or the
 * paragraph's end. A quotation that goes on after the inner one (« Ils
 * disent «non» et partent. »), a quotation opened after the first one's
 * sentence (« … biens. «Nous sommes inquiets.» ») stays open.
 */
function closedWithInner(text: string, mark: Mark, pairs: readonly MarkPair[]): boolean {
  if (mark.index < 0 || !SHARED_CLOSING_OPENERS.has(mark.char)) return false
  let inner: MarkPair | undefined
  for (const pair of pairs) if (pair.char === mark.char && pair.open > mark.index && pair.depth > 0 && (inner === undefined || pair.open < inner.open)) inner = pair
  if (inner === undefined || !LETTER_BEFORE.test(text.slice(Math.max(mark.index + 1, inner.open - 40), inner.open))) return false
  const quoted = text.slice(inner.open + 1, inner.close)
  if (SENTENCE_END.test(quoted) || quoted.trim().split(/[\s\u00A0]+/u).length > SHARED_CLOSING_WORDS) return false
  const rest = text.slice(inner.close + 1)
  if (QUOTATION_END.test(rest)) return true
  const attribution = ATTRIBUTION.exec(rest)
  if (attribution === null) return false
  const [, inverted, participle, present] = attribution
  return inverted !== undefined || (participle !== undefined ? SAYING_VERBS_FR.has(participle) || participle.endsWith('é') : present === undefined || SAYING_VERBS_FR.has(present))
}

/**
 * An unclosed quotation mark followed by a closing mark of another pair that
 * stands where its opener was expected (« "Nous serons prêts» ») is one slip,
 * the wrong mark on one side: one problem, at the opener.
 */
function joinMismatches(problems: UnbalancedMark[]): UnbalancedMark[] {
  const joined: UnbalancedMark[] = []
  for (let index = 0; index < problems.length; index++) {
    const opener = problems[index]!
    const closer = problems[index + 1]
    if (opener.kind === 'unclosed' && closer?.kind === 'unopened' && isQuote(opener.char) && isQuote(closer.expected) && closer.openerRange![0] <= opener.index) {
      joined.push({kind: 'mismatched', char: opener.char, index: opener.index, expected: opener.expected, closer: {char: closer.char, index: closer.index}})
      index++
    } else joined.push(opener)
  }
  return joined
}
