/**
 * duplicate-block's detection: the paragraphs, runs of paragraphs, passages
 * and sentences of a document repeated, exactly or nearly, and the
 * paragraphs of a run's documents that repeat another's. Four passes over
 * the paragraphs' words (match.ts): blocks of paragraphs, runs of words
 * within paragraphs, sentences, and across files; each leaves out what news
 * copy repeats by design (context.ts, figures.ts, align.ts). Pure: blocks in,
 * repeats out (offsets into the document); the rule words the messages.
 */
import {firstIndex} from '../../document/search.js'
import type {Root as MdastRoot} from 'mdast'
import {blockquoteRanges, startsInside} from '../../text/blockquotes.js'
import type {Block} from '../../text/blocks.js'
import {normaliseWord} from '../../text/normalise.js'
import {blankTableRows} from '../../text/table-rows.js'
import type {Lang} from '../../types.js'
import {alignWords, isParallel, joinValues, nearCopySharedPairs, nearCopySimilarity, type ItemSide} from './align.js'
import {embeddedPosts} from '../../text/embedded-posts.js'
import {exhibitParagraphs, isNamePhrase, isNamesOnly, isPhraseInSentences, isQuotationGivenAgain, isSlotWord, quotationIndex, quotedPartIn, quotedRanges, type QuotationIndex} from './context.js'
import {figuresReplaced, figureTokens} from './figures.js'
import {BODY, CAPTION, paragraphKind} from './kinds.js'
import {withScratch} from './scratch.js'
import {ColumnFingerprint, columnsOf, type FigureFingerprint, type FigurePrint, type PrintParts} from './prints.js'
import {
  alonePredicate,
  analyseParagraph,
  analyseParagraphs,
  blockSimilarity,
  isProse,
  matchAcrossFiles,
  matchBlocks,
  matchRuns,
  matchSentences,
  repeatedPairsIn,
  type BlockMatch,
  type CrossFileMatch,
  type DuplicateFingerprint,
  type DuplicateSettings,
  type PlacedPrint,
  type RunMatch
} from './match.js'

/** The standfirst (chapô) and the lede: the first paragraphs of a story, which restate its body. */
const LEDE_PARAGRAPHS = 2
/** A passage inside sentences this many times `minWords` long or longer is no name given twice but a paste. */
const PHRASE_WORDS = 2

/**
 * The least Dice of word pairs for two passages to be compared at all, for
 * a least word alignment `similarity`. Scattered edits cost a word each in
 * the alignment but two or three pairs: a 30-word paragraph with three edits
 * keeps 0.9 of its words in order and 0.75 of its pairs.
 */
function candidateSimilarity(similarity: number): number {
  return Math.max(0.5, 3 * similarity - 2)
}

/**
 * The whole side without its keys (`FigurePrint.item`) of each paragraph
 * `eager` names, as plain data: its value ends and slots are views of two
 * arrays for all of them, not two arrays (and two buffers outside the heap)
 * per paragraph.
 */
function itemColumns(blocks: readonly Block[], analyses: ReadonlyArray<{words: number; starts: Int32Array; ends: Int32Array; hashes: Int32Array}>, eager: (index: number) => boolean): (index: number) => Omit<ItemSide, 'keys'> {
  const firsts = new Int32Array(analyses.length)
  let at = 0
  analyses.forEach((analysis, index) => {
    firsts[index] = at
    if (eager(index)) at += analysis.words
  })
  const ends = new Int32Array(at)
  const slots = new Uint8Array(at)
  return (index) => {
    const analysis = analyses[index]!
    const from = firsts[index]!
    const side = itemSide(blocks[index]!.text, analysis, 0, analysis.words)
    const valueEnds = ends.subarray(from, from + analysis.words)
    valueEnds.set(side.valueEnds)
    const slotsOf = slots.subarray(from, from + analysis.words)
    for (let word = 0; word < side.slots.length; word++) slotsOf[word] = Number(side.slots[word])
    return {values: side.values, valueEnds, slots: slotsOf, label: side.label}
  }
}

/**
 * The side (`FigurePrint.item`) of a paragraph whose text is `text` as is,
 * built when a comparison across files asks for it: the same as itemColumns
 * gives, since `text` is the text the document's analysis read.
 */
function itemOfText(text: string): Omit<ItemSide, 'keys'> {
  const analysis = analyseParagraph(text)
  const {keys: _keys, ...side} = itemSide(text, analysis, 0, analysis.words)
  return side
}

/** One side of a comparison for `isParallel`: hashes, slots, and the label before a colon at its start. */
function itemSide(text: string, analysis: {starts: Int32Array; ends: Int32Array; hashes: Int32Array}, from: number, to: number): ItemSide {
  const slots: boolean[] = []
  const values: string[] = []
  let label = 0
  for (let word = from; word < to; word++) {
    const value = text.slice(analysis.starts[word]!, analysis.ends[word]!)
    slots.push(isSlotWord(value))
    values.push(normaliseWord(value))
    // « floppy: », « Lundi : »: up to three words before a colon open the item.
    if (label === 0 && word - from < 3 && /^\s*:/u.test(text.slice(analysis.ends[word]!, analysis.ends[word]! + 3))) label = word - from + 1
  }
  return {keys: analysis.hashes.subarray(from, to), ...joinValues(values), slots, label}
}

export type {FigureFingerprint, FigurePrint} from './prints.js'

/** What the detection reads of a document. */
export interface RepeatInput {
  blocks: readonly Block[]
  /** The document's text, for the range a fix deletes. */
  text: string
  /** The Markdown tree, when the document is Markdown: only it knows blockquotes. */
  mdast?: MdastRoot | undefined
  /** The language figures are read in. */
  lang: Lang
  /** Line and column (1-based) of an offset of the text. */
  toPoint: (offset: number) => {line: number; column: number}
}

/** Paragraphs repeated (`match.later` repeats `match.earlier`), and the range deleting the later copy when a fix may. */
export interface BlockRepeat {
  match: BlockMatch
  deletion?: [number, number]
}

/** A passage repeated within a paragraph (`run`, the same words) or a sentence nearly repeated, by file offsets of both copies. */
export interface PassageRepeat {
  kind: 'run' | 'sentence'
  words: number
  similarity: number
  start: number
  end: number
  earlierStart: number
  earlierEnd: number
  /**
   * Which copy stands in a short paragraph of its own that repeats, whole,
   * passages of longer ones (a sentence lifted out, as a pull quote is set
   * without marks): `later` or `earlier`. Such a repeat may be the page's
   * device, not a paste: the rule says so and lowers its severity.
   */
  setApart?: 'later' | 'earlier'
}

export interface Repeats {
  /** In the order found: blocks of paragraphs. */
  blocks: BlockRepeat[]
  /** Runs of words, then sentences. */
  passages: PassageRepeat[]
  /** What the comparison across files and the archive read of the document. */
  fingerprint: FigureFingerprint
}

/** The repeats within one document. */
export function findRepeats(input: RepeatInput, options: DuplicateSettings): Repeats {
  // The phases' tables share scratch areas, let go at the end.
  return withScratch(() => findRepeatsIn(input, options))
}

function findRepeatsIn({blocks, text, mdast, lang, toPoint}: RepeatInput, options: DuplicateSettings): Repeats {
    // A table's rows and an e-mail thread reprinted as an exhibit repeat by design: they are compared with nothing.
    const exhibits = exhibitParagraphs(blocks.map((block) => block.text))
    const texts = blocks.map((block, index) => (exhibits[index] ? ' '.repeat(block.text.length) : blankTableRows(block.text)))
    const analyses = analyseParagraphs(texts)
    const kinds = kindsOf(mdast, blocks)
    // Candidates share word pairs at a lower bound; word alignment judges them (`judgeOf`).
    const candidates = {minWords: options.minWords, similarity: candidateSimilarity(options.similarity)}
    const words = (index: number, from = 0, to = analyses[index]!.words) => analyses[index]!.hashes.subarray(from, to)
    // A paragraph compared as its file's text reads, the file's text at its place: its item can be built again from there.
    const asInFile = blocks.map((block, index) => texts[index] === block.text && text.slice(block.start, block.end) === block.text)
    const items = itemColumns(blocks, analyses, (index) => !asInFile[index])
    // The prints as columns (prints.ts): what the run keeps of the document for the cross-file pass.
    const columns = columnsOf(
      blocks.map((block, index): PrintParts => {
        const {words, key, shingles, hashes, sentence, crossReference} = analyses[index]!
        const startPoint = toPoint(block.start)
        const endPoint = toPoint(block.end)
        const figures = figureTokens(block.text, analyses[index]!, lang)
        return {
          words,
          key,
          shingles,
          hashes,
          sentence,
          crossReference,
          start: block.start,
          end: block.end,
          startPoint,
          endPoint,
          ...(asInFile[index] ? {} : {item: items(index)}),
          ...(figures.length > 0 ? {figures} : {})
        }
      })
    )
    const prints = ColumnFingerprint.printsOf(columns)
    /** Paragraphs reported as repeats; `judged` adds those found to differ from their match in figures only. */
    const repeated = new Set<number>()
    const judged = new Set<number>()
    const blockRepeats: BlockRepeat[] = []
    const passages: PassageRepeat[] = []
    const pairs = repeatedPairsIn(analyses, candidates)
    // The standfirst and the lede restate the body by design: the first two body paragraphs that may be reported on their own.
    const lede = new Set(prints.flatMap((print, index) => (kinds[index] === BODY && isProse(print, options) ? [index] : [])).slice(0, LEDE_PARAGRAPHS))
    const judge = (later: number, earlier: number) => nearCopySimilarity(words(later), words(earlier), options.similarity)
    const side = (paragraph: number, from: number, to: number): ItemSide => itemSide(blocks[paragraph]!.text, analyses[paragraph]!, from, to)
    // Parallel items: the same pattern with other values (names, figures, a label, one word replaced throughout).
    const parallel = (paragraph: number, from: number, to: number, other: number, otherFrom: number, otherTo: number) => {
      const alignment = alignWords(words(paragraph, from, to), words(other, otherFrom, otherTo))
      return alignment !== undefined && isParallel(alignment.hunks, side(paragraph, from, to), side(other, otherFrom, otherTo))
    }
    const posts = embeddedPosts()
    const embedded = (paragraph: number, from: number, to: number) => {
      const {starts, ends} = analyses[paragraph]!
      return from < to && posts.isEmbeddedPost(blocks[paragraph]!.text, starts[from]!, ends[to - 1]!)
    }

    for (const found of matchBlocks(prints, {...candidates, mode: 'within', alone: alonePredicate(analyses, pairs, candidates), kinds, judge})) {
      for (let index = found.later[0]; index <= found.later[1]; index++) judged.add(index)
      const match = withoutPatternChanges(found, prints, prints, options, (later, earlier) => parallel(later, 0, analyses[later]!.words, earlier, 0, analyses[earlier]!.words))
      if (!match) continue
      // A post embedded in the story gives again the words the prose quotes: only an exact copy of it is a paste.
      if (!match.exact && (embedded(match.later[0], 0, analyses[match.later[0]]!.words) || embedded(match.earlier[0], 0, analyses[match.earlier[0]]!.words))) continue
      // Captions of a series of tables or photos give the same source and credit with another number or subject: only an exact copy is a paste.
      if (!match.exact && allCaptions(kinds, match.later)) continue
      for (let index = match.later[0]; index <= match.later[1]; index++) repeated.add(index)
      // Which of a standfirst and its copy in the body to keep is the editor's choice: no fix deletes either.
      // Next to each other, either deletion leaves the same text.
      const standfirst = match.earlier[0] === match.earlier[1] && lede.has(match.earlier[0]) && match.later[0] > match.earlier[1] + 1
      const deletion = match.exact && !standfirst ? deletionOf(text, prints, match.later) : undefined
      blockRepeats.push(deletion ? {match, deletion} : {match})
    }

    const passageMatches: RunMatch[] = []
    const passage = (match: RunMatch, kind: 'run' | 'sentence', similarity: number) => {
      const later = analyses[match.paragraph]!
      const first = analyses[match.earlierParagraph]!
      const [start, end] = blocks[match.paragraph]!.rangeOf(later.starts[match.from]!, later.ends[match.to - 1]!)
      const [earlierStart, earlierEnd] = blocks[match.earlierParagraph]!.rangeOf(first.starts[match.earlierFrom]!, first.ends[match.earlierTo - 1]!)
      passages.push({kind, words: match.to - match.from, similarity, start, end, earlierStart, earlierEnd})
      passageMatches.push(match)
    }

    // Read when a passage asks: kept for the paragraphs of repeated runs (asked again), not for every paragraph of the document.
    const sentencesRead = new Map<number, Array<[number, number]>>()
    const sentencesOf = (paragraph: number) => sentencesRead.get(paragraph) ?? sentenceRanges(blocks[paragraph]!, analyses[paragraph]!.starts)
    const sentencesKept = (paragraph: number) => {
      let ranges = sentencesRead.get(paragraph)
      if (!ranges) sentencesRead.set(paragraph, (ranges = sentencesOf(paragraph)))
      return ranges
    }
    const figuresOf = (paragraph: number, from: number, to: number) => figureTokens(blocks[paragraph]!.text, analyses[paragraph]!, lang, from, to)
    // A run is read with the rest of its sentences: identical words between figures replaced by others are a pattern, not a paste.
    const inSentences = (paragraph: number, from: number, to: number) => {
      const [first, last] = sentencesAround(sentencesKept(paragraph), from, to)
      return figuresOf(paragraph, first, last)
    }
    const around = (paragraph: number, from: number, to: number) => sentencesAround(sentencesKept(paragraph), from, to)
    // Each paragraph's quotations read once, for every passage of it asked about.
    const quotations = new Map<number, QuotationIndex>()
    const quotationsIn = (paragraph: number) => {
      let index = quotations.get(paragraph)
      if (!index) quotations.set(paragraph, (index = quotationIndex(quotedRanges(blocks[paragraph]!.text))))
      return index
    }
    const quoted = (paragraph: number, from: number, to: number) => quotedPartIn(quotationsIn(paragraph), analyses[paragraph]!, from, to)
    const phrase = ({paragraph, from, to, earlierParagraph, earlierFrom, earlierTo}: RunMatch) => {
      const [later, earlier] = [analyses[paragraph]!, analyses[earlierParagraph]!]
      return isPhraseInSentences(blocks[paragraph]!.text, later.starts[from]!, later.ends[to - 1]!, blocks[earlierParagraph]!.text, earlier.starts[earlierFrom]!, earlier.ends[earlierTo - 1]!)
    }
    /** Why a repeated passage is the genre's device and not a paste, if it is. */
    const device = (match: RunMatch) => {
      const {paragraph, from, to, earlierParagraph, earlierFrom, earlierTo} = match
      if (lede.has(earlierParagraph)) return true
      if (isNamesOnly(blocks[paragraph]!.text, analyses[paragraph]!, from, to)) return true
      if (isQuotationGivenAgain(quoted(paragraph, from, to), to - from, quoted(earlierParagraph, earlierFrom, earlierTo), earlierTo - earlierFrom)) return true
      if (embedded(paragraph, from, to) || embedded(earlierParagraph, earlierFrom, earlierTo)) return true
      // A long name given twice (an institution's) is a phrase inside a sentence in both copies; a long passage is a paste wherever it falls.
      if (to - from < PHRASE_WORDS * options.minWords && isNamePhrase(blocks[paragraph]!.text, analyses[paragraph]!, from, to) && phrase(match)) return true
      const [first, last] = around(paragraph, from, to)
      const [earlierFirst, earlierLast] = around(earlierParagraph, earlierFrom, earlierTo)
      return parallel(paragraph, first, last, earlierParagraph, earlierFirst, earlierLast)
    }
    const runs = matchRuns(analyses, options, (index) => judged.has(index), pairs, kinds).filter(
      (run) => !figuresReplaced(inSentences(run.paragraph, run.from, run.to), inSentences(run.earlierParagraph, run.earlierFrom, run.earlierTo)) && !device(run)
    )
    for (const run of runs) passage(run, 'run', 1)
    // Only the same words lifted out make a line set apart: a sentence nearly repeated (edited) is a copy left behind.
    markSetApart(passages, passageMatches, (paragraph) => analyses[paragraph]!.words, (paragraph) => kinds[paragraph] === BODY && sentencesKept(paragraph).length <= SET_APART_SENTENCES, (paragraph) => sentencesKept(paragraph).length)
    const runsIn = new Map<number, RunMatch[]>()
    for (const run of runs) {
      const list = runsIn.get(run.paragraph)
      if (list) list.push(run)
      else runsIn.set(run.paragraph, [run])
    }
    const takenIn = new Map([...runsIn].map(([paragraph, list]) => [paragraph, overlapFinder(list)]))
    const taken = (paragraph: number, from: number, to: number) => takenIn.get(paragraph)?.(from, to) ?? false
    for (const found of matchSentences(analyses, sentencesOf, candidates, (index) => judged.has(index), taken, pairs, kinds)) {
      if (figuresReplaced(figuresOf(found.paragraph, found.from, found.to), figuresOf(found.earlierParagraph, found.earlierFrom, found.earlierTo))) continue
      const similarity = nearCopySimilarity(words(found.paragraph, found.from, found.to), words(found.earlierParagraph, found.earlierFrom, found.earlierTo), options.similarity)
      if (similarity === 0 || device(found)) continue
      passage(found, 'sentence', similarity)
    }

    return {blocks: blockRepeats, passages, fingerprint: new ColumnFingerprint(columns, [...repeated].sort((a, b) => a - b), prints)}
}

/** Most sentences of a paragraph set apart: a pull quote lifts one sentence, two or three at most. */
const SET_APART_SENTENCES = 3
/** Most words of a paragraph set apart. */
const SET_APART_WORDS = 60
/** Share of a paragraph's words the passages it repeats cover for it to be set apart: every word (a pull quote lifts its words unchanged). */
const SET_APART_COVER = 1
/** Least ratio of the other paragraph's words to the passage's: the passage is part of it, not the whole. */
const PART_OF_LONGER = 1.5

/**
 * Marks the passages one copy of which stands in a paragraph of its own,
 * short (at most 60 words; `mayStandApart`: body text of at most three
 * sentences), whose words the passages it shares with longer paragraphs
 * cover whole, while each passage is only part of the other
 * paragraph (two sentences or more, half as many words again), which shares
 * passages with no other: a sentence or two
 * lifted out of the story and set apart, as sites set a pull quote without
 * quotation marks, before or after the paragraph it comes from. A paste
 * that leaves a sentence alone on its line has the same shape: the rule
 * still reports it, as a question.
 */
function markSetApart(
  passages: PassageRepeat[],
  matches: readonly RunMatch[],
  wordsOf: (paragraph: number) => number,
  mayStandApart: (paragraph: number) => boolean,
  sentencesIn: (paragraph: number) => number
): void {
  const covered = new Map<number, Uint8Array>()
  const cover = (paragraph: number, from: number, to: number) => {
    let marks = covered.get(paragraph)
    if (!marks) covered.set(paragraph, (marks = new Uint8Array(wordsOf(paragraph))))
    marks.fill(1, from, to)
  }
  for (const match of matches) {
    cover(match.paragraph, match.from, match.to)
    cover(match.earlierParagraph, match.earlierFrom, match.earlierTo)
  }
  const whole = new Map<number, boolean>()
  const standsApart = (paragraph: number) => {
    let value = whole.get(paragraph)
    if (value === undefined) {
      const marks = covered.get(paragraph)!
      whole.set(paragraph, (value = marks.length <= SET_APART_WORDS && marks.reduce((sum, mark) => sum + mark, 0) >= SET_APART_COVER * marks.length && mayStandApart(paragraph)))
    }
    return value
  }
  // The paragraphs each shares passages with: a paragraph glued from several others (a page scraped twice) shares with many.
  const partners = new Map<number, Set<number>>()
  const partner = (paragraph: number, other: number) => {
    const set = partners.get(paragraph)
    if (set) set.add(other)
    else partners.set(paragraph, new Set([other]))
  }
  for (const match of matches) {
    partner(match.paragraph, match.earlierParagraph)
    partner(match.earlierParagraph, match.paragraph)
  }
  matches.forEach((match, index) => {
    const partOf = (paragraph: number, words: number) =>
      !standsApart(paragraph) && wordsOf(paragraph) >= PART_OF_LONGER * words && sentencesIn(paragraph) >= 2 && partners.get(paragraph)!.size === 1
    if (standsApart(match.paragraph) && partOf(match.earlierParagraph, match.earlierTo - match.earlierFrom)) passages[index]!.setApart = 'later'
    else if (standsApart(match.earlierParagraph) && partOf(match.paragraph, match.to - match.from)) passages[index]!.setApart = 'earlier'
  })
}

/** A block of a run's document (`file`) repeating one of another (`otherFile`), by their indexes in the fingerprints given. */
export type CrossFileRepeat = CrossFileMatch

/**
 * The repeats across the documents of a run, each given by its fingerprint
 * and its text (`textOf`, by the index of the fingerprint; read only for
 * the few pairs compared word by word), in the order given. A document
 * whose text is no longer the one linted (undefined) cannot tell a pair
 * apart from two facts on one pattern: the pair is left out.
 */
export function findRepeatsAcrossFiles(fingerprints: readonly FigureFingerprint[], textOf: (file: number) => string | undefined, options: DuplicateSettings): CrossFileRepeat[] {
  const judge = (later: FigurePrint, earlier: FigurePrint) => nearCopySimilarity(later.hashes, earlier.hashes, options.similarity)
  const itemOf = (file: number, print: FigurePrint) => {
    if (print.item) return print.item
    const text = textOf(file)
    return text === undefined ? undefined : itemOfText(text.slice(print.start, print.end))
  }
  const parallelPrints = (laterFile: number, later: FigurePrint, earlierFile: number, earlier: FigurePrint) => {
    const alignment = alignWords(later.hashes, earlier.hashes)
    if (alignment === undefined) return false
    const laterItem = itemOf(laterFile, later)
    const earlierItem = itemOf(earlierFile, earlier)
    // Precision first: a pair that cannot be compared is taken for two facts on one pattern.
    if (laterItem === undefined || earlierItem === undefined) return true
    return isParallel(alignment.hunks, {keys: later.hashes, ...laterItem}, {keys: earlier.hashes, ...earlierItem})
  }
  const repeats: CrossFileRepeat[] = []
  // The judge gives 0 to paragraphs sharing too few word pairs in order: the index walks fewer lists.
  const sharedPairs = (words: number) => nearCopySharedPairs(words, options.similarity)
  for (const found of matchAcrossFiles([...fingerprints], {minWords: options.minWords, similarity: candidateSimilarity(options.similarity), judge, sharedPairs})) {
    const later = fingerprints[found.file]!.paragraphs
    const other = fingerprints[found.otherFile]!.paragraphs
    const trimmed = withoutPatternChanges(found, later, other, options, (a, b) => parallelPrints(found.file, later[a]!, found.otherFile, other[b]!))
    if (trimmed) repeats.push({...found, ...trimmed})
  }
  return repeats
}

/**
 * The setting of each block (`ParagraphKind`): in a Markdown blockquote, a
 * quotation alone, or body text. Only the Markdown tree knows blockquotes.
 */
function kindsOf(mdast: MdastRoot | undefined, blocks: readonly Block[]): Uint8Array {
  const quoted = mdast ? startsInside(blocks.map((block) => block.start), blockquoteRanges(mdast)) : undefined
  return Uint8Array.from(blocks, (block, index) => paragraphKind(block.text, quoted?.[index] ?? false))
}

/** The word ranges [from, to) of the sentences of a paragraph, as the language parser split it. */
function sentenceRanges(block: Block, starts: Int32Array): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const {sentences, tokens} = block
  let word = 0
  for (let sentence = 0; sentence + 1 < sentences.length; sentence++) {
    const last = sentences[sentence + 1]! - 1
    if (last < sentences[sentence]!) continue
    const end = tokens[last * 3 + 2]!
    const from = word
    while (word < starts.length && starts[word]! < end) word++
    if (word > from) ranges.push([from, word])
  }
  return ranges
}

/**
 * The block without the paragraphs at its edges that differ from their
 * match in figures (`figuresReplaced`) or as parallel items (`isParallel`):
 * such a pair is two facts written on one pattern. Inside a block of copies it stays, as a short line does. Undefined
 * when no paragraph that may be reported on its own is left.
 */
function withoutPatternChanges(
  match: BlockMatch,
  laterPrints: readonly FigurePrint[],
  earlierPrints: readonly FigurePrint[],
  settings: DuplicateSettings,
  parallel?: (later: number, earlier: number) => boolean
): BlockMatch | undefined {
  const [laterStart, laterEnd] = match.later
  const earlierStart = match.earlier[0]
  const changed = (offset: number) => {
    const later = laterPrints[laterStart + offset]!
    const earlier = earlierPrints[earlierStart + offset]!
    if (later.key === earlier.key) return false
    return figuresReplaced(later.figures ?? [], earlier.figures ?? []) || (parallel?.(laterStart + offset, earlierStart + offset) ?? false)
  }
  let first = 0
  let last = laterEnd - laterStart
  while (first <= last && changed(first)) first++
  while (last >= first && changed(last)) last--
  if (first === 0 && last === laterEnd - laterStart) return match
  let prose = false
  let exact = true
  const scores: number[] = []
  for (let offset = first; offset <= last; offset++) {
    const later = laterPrints[laterStart + offset]!
    const earlier = earlierPrints[earlierStart + offset]!
    prose ||= isProse(later, settings)
    exact &&= later.key === earlier.key
    scores.push(later.key === earlier.key ? 1 : (alignWords(later.hashes, earlier.hashes)?.similarity ?? 0))
  }
  if (!prose) return undefined
  return {later: [laterStart + first, laterStart + last], earlier: [earlierStart + first, earlierStart + last], exact, similarity: blockSimilarity(laterPrints, laterStart + first, scores)}
}

/**
 * Whether a word range [from, to) overlaps one of `runs` (of one paragraph):
 * with the runs in order of their first word and the furthest end reached
 * so far, a binary search, not a scan of every run per range (quadratic on
 * one long paragraph that repeats itself).
 */
export function overlapFinder(runs: ReadonlyArray<{from: number; to: number}>): (from: number, to: number) => boolean {
  const sorted = [...runs].sort((a, b) => a.from - b.from)
  const froms = sorted.map((run) => run.from)
  const reach: number[] = []
  for (const run of sorted) reach.push(Math.max(reach.at(-1) ?? -Infinity, run.to))
  return (from, to) => {
    // The runs that start before `to`: froms[0, before).
    const before = firstIndex(froms.length, (index) => froms[index]! >= to)
    return before > 0 && reach[before - 1]! > from
  }
}

/**
 * The word range [from, to) widened to the sentences it overlaps. `ranges`
 * are a paragraph's sentences in order and apart (sentenceRanges): those it
 * overlaps follow each other from the first that ends after `from`, found
 * by binary search (a scan of every sentence of the paragraph per passage
 * is quadratic on one long paragraph).
 */
export function sentencesAround(ranges: ReadonlyArray<readonly [number, number]>, from: number, to: number): [number, number] {
  const low = firstIndex(ranges.length, (index) => ranges[index]![1] > from)
  let first = from
  let last = to
  for (let index = low; index < ranges.length && ranges[index]![0] < to; index++) {
    const [start, end] = ranges[index]!
    if (from < end) {
      first = Math.min(first, start)
      last = Math.max(last, end)
    }
  }
  return [first, last]
}

/** Only white space and Markdown markers (`#`, `>`, list bullets) may sit between the paragraphs a fix deletes. */
const MARKUP_ONLY = /^[\s>#*+\-\d.)]*$/

/**
 * The range that deletes a repeated block: its paragraphs and the white space
 * before them, so that no blank line is left behind. No fix when something
 * the comparison did not see (a code block, a table) sits inside the block.
 */
function deletionOf(text: string, prints: readonly PlacedPrint[], [first, last]: [number, number]): [number, number] | undefined {
  for (let index = first; index < last; index++) {
    if (!MARKUP_ONLY.test(text.slice(prints[index]!.end, prints[index + 1]!.start))) return undefined
  }
  let start = prints[first]!.start
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  if (MARKUP_ONLY.test(text.slice(lineStart, start))) start = lineStart
  while (start > 0 && /\s/.test(text.charAt(start - 1))) start--
  return [start, prints[last]!.end]
}

/** Whether every paragraph of [from, to] is a caption. */
function allCaptions(kinds: Uint8Array, [from, to]: readonly [number, number]): boolean {
  for (let index = from; index <= to; index++) if (kinds[index] !== CAPTION) return false
  return true
}
