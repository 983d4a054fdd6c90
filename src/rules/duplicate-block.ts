import {z} from 'zod'
import type {VFile} from 'vfile'
import {alonePredicate, analyseParagraph, analyseParagraphs, blockSimilarity, isProse, matchAcrossFiles, matchBlocks, matchRuns, matchSentences, repeatedPairsIn, type BlockMatch, type DuplicateFingerprint, type DuplicateSettings, type PlacedPrint, type RunMatch} from '../analysis/duplicates.js'
import {figuresReplaced, figureTokens} from '../analysis/duplicates-figures.js'
import {BODY, paragraphKind} from '../analysis/duplicates-kinds.js'
import {alignWords, isParallel, joinValues, nearCopySimilarity, type ItemSide} from '../analysis/duplicates-align.js'
import {exhibitParagraphs, isEmbeddedPost, isNamesOnly, isQuotationGivenAgain, isSlotWord, quotedPart} from '../analysis/duplicates-context.js'
import {documentOf, memo} from '../document/document.js'
import {blockquoteRanges, startsInside} from '../text/blockquotes.js'
import {blankTableRows} from '../text/table-rows.js'
import {normaliseWord} from '../text/normalise.js'
import {blocksOf, type Block} from '../text/blocks.js'
import type {Finding, RuleMessages} from '../types.js'
import {defineRule, say} from './define.js'
import {locate, messageLang} from '../document/messages.js'

const DEFAULTS = {minWords: 12, similarity: 0.85, acrossFiles: 'warn', archived: 'warn'} as const

const schema = z
  .object({
    /** Fewest words of a passage reported on its own (shorter lines only count inside a larger block). */
    minWords: z.number().int().min(4).default(DEFAULTS.minWords),
    /** Least similarity (0.5–1) of word pairs for a near duplicate; 1 keeps only copies with the same words. */
    similarity: z.number().min(0.5).max(1).default(DEFAULTS.similarity),
    /** Severity of a passage repeating another file of the same run. */
    acrossFiles: z.enum(['off', 'warn', 'error']).default(DEFAULTS.acrossFiles),
    // Archive hook (issue 25): severity of a paragraph repeating one already published; read by src/archive/, only under --archive.
    archived: z.enum(['off', 'warn', 'error']).default(DEFAULTS.archived)
  })
  .strict()
  .default({...DEFAULTS})

export type DuplicateBlockOptions = z.infer<typeof schema>

/** Archive hook (issue 25): src/archive/ reads the fingerprints a lint left under this key. */
export const FINGERPRINT = 'duplicate-block:fingerprint'

/** The standfirst (chapô) and the lede: the first paragraphs of a story, which restate its body. */
const LEDE_PARAGRAPHS = 2

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

/**
 * A paragraph's fingerprint with its figures and the words next to them
 * (`figureTokens`), when it has any, and its word hashes, which the
 * alignment of near copies across files reads.
 */
interface FigurePrint extends PlacedPrint {
  figures?: string[]
  /** Its word hashes: a view of the document's (its paragraphs' hashes end to end, which another thread receives once). */
  hashes: Int32Array
  /**
   * Its words as `isParallel` reads them (the keys are `hashes`). Left out
   * when the paragraph is the file's text as is (all of plain text): a
   * comparison across files builds it from there (itemOfText), as few
   * paragraphs ever need it and building it for all cost more than the rest
   * of the prints together.
   */
  item?: Omit<ItemSide, 'keys'>
}

interface FigureFingerprint extends DuplicateFingerprint {
  paragraphs: FigurePrint[]
}

interface Lines {
  from: number
  to: number
}

/** Where a copy and its first copy are: lines, a similarity, another file of the run. */
interface Details {
  later: Lines
  earlier: Lines
  percent?: number
  path?: string
}

/** A passage within a paragraph: its words, its similarity, the lines of its first copy. */
interface PassageDetails {
  earlier: Lines
  words: number
  percent: number
}

/**
 * `exact`/`near`: paragraphs repeated, exactly or nearly (in this file or
 * another of the run); `run`: a passage within a paragraph; `sentence`: a
 * sentence nearly repeated; `originalCause`: the first copy.
 */
const messages = {
  exact: {
    fr: ({later, earlier, path}: Details) => `${capital(linesFr(later))} ${later.from === later.to ? 'répète' : 'répètent'} ${linesFr(earlier)}${path ? ` de ${path}` : ''} : un seul exemplaire est attendu`,
    en: ({later, earlier, path}: Details) => `${capital(linesEn(later))} ${later.from === later.to ? 'repeats' : 'repeat'} ${linesEn(earlier)}${path ? ` of ${path}` : ''}, expected one copy`
  },
  near: {
    fr: ({later, earlier, percent, path}: Details) =>
      `${capital(linesFr(later))} ${later.from === later.to ? 'reprend' : 'reprennent'} à ${percent}\u00a0% ${linesFr(earlier)}${path ? ` de ${path}` : ''} : un seul exemplaire est attendu`,
    en: ({later, earlier, percent, path}: Details) => `${capital(linesEn(later))} ${later.from === later.to ? 'is' : 'are'} ${percent}% similar to ${linesEn(earlier)}${path ? ` of ${path}` : ''}, expected one copy`
  },
  run: {
    fr: ({words, earlier}: PassageDetails) => `Ce passage de ${words} mots répète un passage ${ofLinesFr(earlier)} : un seul exemplaire est attendu`,
    en: ({words, earlier}: PassageDetails) => `This ${words}-word passage repeats a passage of ${linesEn(earlier)}, expected one copy`
  },
  sentence: {
    fr: ({percent, earlier}: PassageDetails) => `Cette phrase reprend à ${percent}\u00a0% une phrase ${ofLinesFr(earlier)} : un seul exemplaire est attendu`,
    en: ({percent, earlier}: PassageDetails) => `This sentence is ${percent}% similar to a sentence of ${linesEn(earlier)}, expected one copy`
  },
  originalCause: {
    fr: ({earlier}: Pick<Details, 'earlier'>) => `Premier exemplaire (${linesFr(earlier)})`,
    en: ({earlier}: Pick<Details, 'earlier'>) => `First copy (${linesEn(earlier)})`
  }
} satisfies RuleMessages

function linesFr({from, to}: Lines): string {
  return from === to ? `la ligne ${from}` : `les lignes ${from} à ${to}`
}

/** « de la ligne 2 », « des lignes 2 à 5 » (no « de les »). */
function ofLinesFr({from, to}: Lines): string {
  return from === to ? `de la ligne ${from}` : `des lignes ${from} à ${to}`
}

function linesEn({from, to}: Lines): string {
  return from === to ? `line ${from}` : `lines ${from}–${to}`
}

function capital(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/** Floor, so that a near duplicate never reads as 100 %. */
function percentOf(similarity: number): number {
  return Math.min(99, Math.floor(similarity * 100))
}

export const duplicateBlock = defineRule({
  meta: {
    id: 'duplicate-block',
    description: 'A paragraph, a run of paragraphs or a long passage repeated, exactly or nearly, in a draft or across the drafts of one run',
    defaultSeverity: 'error',
    languages: 'any',
    fixable: true,
    fixOnRequest: true,
    messages
  },
  schema,
  check(ctx, options) {
    const lang = messageLang(ctx.lang)
    const blocks = blocksOf(ctx.file, ctx.tree)
    const place = locate(ctx.file)
    // A table's rows and an e-mail thread reprinted as an exhibit repeat by design: they are compared with nothing.
    const exhibits = exhibitParagraphs(blocks.map((block) => block.text))
    const texts = blocks.map((block, index) => (exhibits[index] ? ' '.repeat(block.text.length) : blankTableRows(block.text)))
    const analyses = analyseParagraphs(texts)
    const kinds = kindsOf(ctx.file, blocks)
    // Candidates share word pairs at a lower bound; word alignment judges them (`judgeOf`).
    const candidates = {minWords: options.minWords, similarity: candidateSimilarity(options.similarity)}
    const words = (index: number, from = 0, to = analyses[index]!.words) => analyses[index]!.hashes.subarray(from, to)
    // A paragraph compared as its file's text reads, the file's text at its place: its item can be built again from there.
    const asInFile = blocks.map((block, index) => texts[index] === block.text && ctx.text.slice(block.start, block.end) === block.text)
    const items = itemColumns(blocks, analyses, (index) => !asInFile[index])
    const prints: FigurePrint[] = blocks.map((block, index) => {
      const {words, key, shingles, sentence, crossReference} = analyses[index]!
      const startPoint = place.toPoint(block.start)!
      const endPoint = place.toPoint(block.end)!
      const figures = figureTokens(block.text, analyses[index]!, lang)
      return {
        words,
        key,
        shingles,
        sentence,
        crossReference,
        start: block.start,
        end: block.end,
        startPoint: {line: startPoint.line, column: startPoint.column},
        endPoint: {line: endPoint.line, column: endPoint.column},
        hashes: analyses[index]!.hashes,
        ...(asInFile[index] ? {} : {item: items(index)}),
        ...(figures.length > 0 ? {figures} : {})
      }
    })
    /** Paragraphs reported as repeats; `judged` adds those found to differ from their match in figures only. */
    const repeated = new Set<number>()
    const judged = new Set<number>()
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
    const embedded = (paragraph: number, from: number, to: number) => {
      const {starts, ends} = analyses[paragraph]!
      return from < to && isEmbeddedPost(blocks[paragraph]!.text, starts[from]!, ends[to - 1]!)
    }

    for (const found of matchBlocks(prints, {...candidates, mode: 'within', alone: alonePredicate(analyses, pairs, candidates), kinds, judge})) {
      for (let index = found.later[0]; index <= found.later[1]; index++) judged.add(index)
      const match = withoutPatternChanges(found, prints, prints, options, (later, earlier) => parallel(later, 0, analyses[later]!.words, earlier, 0, analyses[earlier]!.words))
      if (!match) continue
      // A post embedded in the story gives again the words the prose quotes: only an exact copy of it is a paste.
      if (!match.exact && (embedded(match.later[0], 0, analyses[match.later[0]]!.words) || embedded(match.earlier[0], 0, analyses[match.earlier[0]]!.words))) continue
      const later = linesOf(prints, match.later)
      const earlier = linesOf(prints, match.earlier)
      const start = prints[match.later[0]]!.start
      const end = prints[match.later[1]]!.end
      for (let index = match.later[0]; index <= match.later[1]; index++) repeated.add(index)
      const finding: Finding = {
        ...say(messages, match.exact ? 'exact' : 'near', lang, {later, earlier, percent: percentOf(match.similarity)}),
        start,
        end,
        expected: match.exact ? [''] : [],
        cause: {reason: messages.originalCause[lang]({earlier}), start: prints[match.earlier[0]]!.start, end: prints[match.earlier[1]]!.end},
        data: dataOf(match, prints, later, earlier)
      }
      // Which of a standfirst and its copy in the body to keep is the editor's choice: no fix deletes either.
      // Next to each other, either deletion leaves the same text.
      const standfirst = match.earlier[0] === match.earlier[1] && lede.has(match.earlier[0]) && match.later[0] > match.earlier[1] + 1
      const range = match.exact && !standfirst ? deletionOf(ctx.text, prints, match.later) : undefined
      if (range) finding.fix = {range, text: '', unsafe: true}
      ctx.report(finding)
    }

    const passage = (match: RunMatch, id: 'run' | 'sentence', similarity: number) => {
      const later = analyses[match.paragraph]!
      const first = analyses[match.earlierParagraph]!
      const [start, end] = blocks[match.paragraph]!.rangeOf(later.starts[match.from]!, later.ends[match.to - 1]!)
      const [earlierStart, earlierEnd] = blocks[match.earlierParagraph]!.rangeOf(first.starts[match.earlierFrom]!, first.ends[match.earlierTo - 1]!)
      const earlier = {from: place.toPoint(earlierStart)!.line, to: place.toPoint(earlierEnd)!.line}
      ctx.report({
        ...say(messages, id, lang, {earlier, words: match.to - match.from, percent: percentOf(similarity)}),
        start,
        end,
        expected: [],
        cause: {reason: messages.originalCause[lang]({earlier}), start: earlierStart, end: earlierEnd},
        data: {kind: similarity === 1 ? 'passage' : 'sentence', words: match.to - match.from, similarity: Math.round(similarity * 1000) / 1000, earlier: {start: earlierStart, end: earlierEnd, lines: [earlier.from, earlier.to]}}
      })
    }

    const sentences = blocks.map((block, index) => sentenceRanges(block, analyses[index]!.starts))
    const figuresOf = (paragraph: number, from: number, to: number) => figureTokens(blocks[paragraph]!.text, analyses[paragraph]!, lang, from, to)
    // A run is read with the rest of its sentences: identical words between figures replaced by others are a pattern, not a paste.
    const inSentences = (paragraph: number, from: number, to: number) => {
      const [first, last] = sentencesAround(sentences[paragraph]!, from, to)
      return figuresOf(paragraph, first, last)
    }
    const around = (paragraph: number, from: number, to: number) => sentencesAround(sentences[paragraph]!, from, to)
    const quoted = (paragraph: number, from: number, to: number) => quotedPart(blocks[paragraph]!.text, analyses[paragraph]!, from, to)
    /** Why a repeated passage is the genre's device and not a paste, if it is. */
    const device = (match: RunMatch) => {
      const {paragraph, from, to, earlierParagraph, earlierFrom, earlierTo} = match
      if (lede.has(earlierParagraph)) return true
      if (isNamesOnly(blocks[paragraph]!.text, analyses[paragraph]!, from, to)) return true
      if (isQuotationGivenAgain(quoted(paragraph, from, to), to - from, quoted(earlierParagraph, earlierFrom, earlierTo), earlierTo - earlierFrom)) return true
      if (embedded(paragraph, from, to) || embedded(earlierParagraph, earlierFrom, earlierTo)) return true
      const [first, last] = around(paragraph, from, to)
      const [earlierFirst, earlierLast] = around(earlierParagraph, earlierFrom, earlierTo)
      return parallel(paragraph, first, last, earlierParagraph, earlierFirst, earlierLast)
    }
    const runs = matchRuns(analyses, options, (index) => judged.has(index), pairs, kinds).filter(
      (run) => !figuresReplaced(inSentences(run.paragraph, run.from, run.to), inSentences(run.earlierParagraph, run.earlierFrom, run.earlierTo)) && !device(run)
    )
    for (const run of runs) passage(run, 'run', 1)
    const runsIn = new Map<number, RunMatch[]>()
    for (const run of runs) {
      const list = runsIn.get(run.paragraph)
      if (list) list.push(run)
      else runsIn.set(run.paragraph, [run])
    }
    const taken = (paragraph: number, from: number, to: number) => (runsIn.get(paragraph) ?? []).some((run) => run.from < to && from < run.to)
    for (const found of matchSentences(analyses, sentences, candidates, (index) => judged.has(index), taken, pairs, kinds)) {
      if (figuresReplaced(figuresOf(found.paragraph, found.from, found.to), figuresOf(found.earlierParagraph, found.earlierFrom, found.earlierTo))) continue
      const similarity = nearCopySimilarity(words(found.paragraph, found.from, found.to), words(found.earlierParagraph, found.earlierFrom, found.earlierTo), options.similarity)
      if (similarity === 0 || device(found)) continue
      passage(found, 'sentence', similarity)
    }

    memo<FigureFingerprint>(ctx.file, FINGERPRINT, () => ({paragraphs: prints, repeated: [...repeated].sort((a, b) => a - b)}))
  },
  checkAcrossFiles({files, options, report}) {
    if (options.acrossFiles === 'off') return
    const severity = options.acrossFiles
    const fingerprints: Array<{file: VFile; print: FigureFingerprint}> = []
    for (const file of files) {
      const print = file.data.factlint?.cache.get(FINGERPRINT) as FigureFingerprint | undefined
      if (print) fingerprints.push({file, print})
    }
    // The copy is the file whose path sorts later, so that the finding does not depend on the order of the run.
    fingerprints.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0))
    const judge = (later: FigurePrint, earlier: FigurePrint) => nearCopySimilarity(later.hashes, earlier.hashes, options.similarity)
    const itemOf = (file: VFile, print: FigurePrint) => print.item ?? itemOfText(String(file.value).slice(print.start, print.end))
    const parallelPrints = (laterFile: VFile, later: FigurePrint, earlierFile: VFile, earlier: FigurePrint) => {
      const alignment = alignWords(later.hashes, earlier.hashes)
      return alignment !== undefined && isParallel(alignment.hunks, {keys: later.hashes, ...itemOf(laterFile, later)}, {keys: earlier.hashes, ...itemOf(earlierFile, earlier)})
    }
    for (const found of matchAcrossFiles(fingerprints.map((entry) => entry.print), {minWords: options.minWords, similarity: candidateSimilarity(options.similarity), judge})) {
      const later = fingerprints[found.file]!
      const other = fingerprints[found.otherFile]!
      const trimmed = withoutPatternChanges(found, later.print.paragraphs, other.print.paragraphs, options, (a, b) => parallelPrints(later.file, later.print.paragraphs[a]!, other.file, other.print.paragraphs[b]!))
      if (!trimmed) continue
      const match = {...found, ...trimmed}
      const lang = messageLang(later.file.data.factlint?.lang ?? 'und')
      const laterLines = linesOf(later.print.paragraphs, match.later)
      const earlierLines = linesOf(other.print.paragraphs, match.earlier)
      const first = other.print.paragraphs[match.earlier[0]]!
      const last = other.print.paragraphs[match.earlier[1]]!
      const path = other.file.path
      report(
        later.file,
        {
          ...say(messages, match.exact ? 'exact' : 'near', lang, {later: laterLines, earlier: earlierLines, percent: percentOf(match.similarity), path}),
          start: later.print.paragraphs[match.later[0]]!.start,
          end: later.print.paragraphs[match.later[1]]!.end,
          expected: [],
          cause: {reason: messages.originalCause[lang]({earlier: earlierLines}), start: first.start, end: last.end, path, startPoint: first.startPoint, endPoint: last.endPoint},
          data: {...dataOf(match, later.print.paragraphs, laterLines, earlierLines, other.print.paragraphs), path}
        },
        severity
      )
    }
  }
})

/**
 * The setting of each block (`ParagraphKind`): in a Markdown blockquote, a
 * quotation alone, or body text. Only the Markdown tree knows blockquotes.
 */
function kindsOf(file: VFile, blocks: readonly Block[]): Uint8Array {
  const mdast = documentOf(file).mdast
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

/** The word range [from, to) widened to the sentences it overlaps. */
function sentencesAround(ranges: ReadonlyArray<readonly [number, number]>, from: number, to: number): [number, number] {
  let first = from
  let last = to
  for (const [start, end] of ranges) {
    if (start < to && from < end) {
      first = Math.min(first, start)
      last = Math.max(last, end)
    }
  }
  return [first, last]
}

function linesOf(prints: readonly PlacedPrint[], range: [number, number]): Lines {
  return {from: prints[range[0]]!.startPoint.line, to: prints[range[1]]!.endPoint.line}
}

function dataOf(match: BlockMatch, prints: readonly PlacedPrint[], later: Lines, earlier: Lines, earlierPrints: readonly PlacedPrint[] = prints): Record<string, unknown> {
  return {
    kind: match.exact ? 'exact' : 'near',
    similarity: Math.round(match.similarity * 1000) / 1000,
    paragraphs: match.later[1] - match.later[0] + 1,
    lines: [later.from, later.to],
    earlier: {start: earlierPrints[match.earlier[0]]!.start, end: earlierPrints[match.earlier[1]]!.end, lines: [earlier.from, earlier.to]}
  }
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
