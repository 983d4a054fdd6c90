import {z} from 'zod'
import type {VFile} from 'vfile'
import {alonePredicate, analyseParagraphs, blockSimilarity, isProse, matchAcrossFiles, matchBlocks, matchRuns, matchSentences, repeatedPairsIn, type BlockMatch, type DuplicateFingerprint, type DuplicateSettings, type PlacedPrint, type RunMatch} from '../analysis/duplicates.js'
import {figuresReplaced, figureTokens} from '../analysis/duplicates-figures.js'
import {dice} from '../analysis/duplicates-index.js'
import {paragraphKind} from '../analysis/duplicates-kinds.js'
import {documentOf, memo} from '../document/document.js'
import {blockquoteRanges, startsInside} from '../text/blockquotes.js'
import {blankTableRows} from '../text/table-rows.js'
import {blocksOf, type Block} from '../text/blocks.js'
import type {Finding, Lang} from '../types.js'
import {defineRule, locate} from './define.js'

const DEFAULTS = {minWords: 12, similarity: 0.8, acrossFiles: 'warn'} as const

const schema = z
  .object({
    /** Fewest words of a passage reported on its own (shorter lines only count inside a larger block). */
    minWords: z.number().int().min(4).default(DEFAULTS.minWords),
    /** Least similarity (0.5–1) of word pairs for a near duplicate; 1 keeps only copies with the same words. */
    similarity: z.number().min(0.5).max(1).default(DEFAULTS.similarity),
    /** Severity of a passage repeating another file of the same run. */
    acrossFiles: z.enum(['off', 'warn', 'error']).default(DEFAULTS.acrossFiles)
  })
  .strict()
  .default({...DEFAULTS})

export type DuplicateBlockOptions = z.infer<typeof schema>

const FINGERPRINT = 'duplicate-block:fingerprint'

/** A paragraph's fingerprint with its figures and the words next to them (`figureTokens`), when it has any. */
interface FigurePrint extends PlacedPrint {
  figures?: string[]
}

interface Lines {
  from: number
  to: number
}

const messages: Record<Lang, {
  exact: (later: Lines, earlier: Lines, path?: string) => string
  near: (later: Lines, earlier: Lines, percent: number, path?: string) => string
  run: (words: number, earlier: Lines) => string
  sentence: (percent: number, earlier: Lines) => string
  original: (earlier: Lines) => string
}> = {
  fr: {
    exact: (later, earlier, path) => `${capital(linesFr(later))} ${later.from === later.to ? 'répète' : 'répètent'} ${linesFr(earlier)}${path ? ` de ${path}` : ''} : un seul exemplaire est attendu`,
    near: (later, earlier, percent, path) =>
      `${capital(linesFr(later))} ${later.from === later.to ? 'reprend' : 'reprennent'} à ${percent}\u00a0% ${linesFr(earlier)}${path ? ` de ${path}` : ''} : un seul exemplaire est attendu`,
    run: (words, earlier) => `Ce passage de ${words} mots répète un passage ${ofLinesFr(earlier)} : un seul exemplaire est attendu`,
    sentence: (percent, earlier) => `Cette phrase reprend à ${percent}\u00a0% une phrase ${ofLinesFr(earlier)} : un seul exemplaire est attendu`,
    original: (earlier) => `Premier exemplaire (${linesFr(earlier)})`
  },
  en: {
    exact: (later, earlier, path) => `${capital(linesEn(later))} ${later.from === later.to ? 'repeats' : 'repeat'} ${linesEn(earlier)}${path ? ` of ${path}` : ''}, expected one copy`,
    near: (later, earlier, percent, path) => `${capital(linesEn(later))} ${later.from === later.to ? 'is' : 'are'} ${percent}% similar to ${linesEn(earlier)}${path ? ` of ${path}` : ''}, expected one copy`,
    run: (words, earlier) => `This ${words}-word passage repeats a passage of ${linesEn(earlier)}, expected one copy`,
    sentence: (percent, earlier) => `This sentence is ${percent}% similar to a sentence of ${linesEn(earlier)}, expected one copy`,
    original: (earlier) => `First copy (${linesEn(earlier)})`
  }
}

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
    fixable: true
  },
  schema,
  check(ctx, options) {
    const lang: Lang = ctx.lang === 'fr' ? 'fr' : 'en'
    const say = messages[lang]
    const blocks = blocksOf(ctx.file, ctx.tree)
    const place = locate(ctx.file)
    // A table's rows repeat by design (a timetable, standings): they are compared with nothing.
    const analyses = analyseParagraphs(blocks.map((block) => blankTableRows(block.text)))
    const kinds = kindsOf(ctx.file, blocks)
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
        ...(figures.length > 0 ? {figures} : {})
      }
    })
    /** Paragraphs reported as repeats; `judged` adds those found to differ from their match in figures only. */
    const repeated = new Set<number>()
    const judged = new Set<number>()
    const pairs = repeatedPairsIn(analyses, options)

    for (const found of matchBlocks(prints, {...options, mode: 'within', alone: alonePredicate(analyses, pairs, options), kinds})) {
      for (let index = found.later[0]; index <= found.later[1]; index++) judged.add(index)
      const match = withoutFigureChanges(found, prints, prints, options)
      if (!match) continue
      const later = linesOf(prints, match.later)
      const earlier = linesOf(prints, match.earlier)
      const start = prints[match.later[0]]!.start
      const end = prints[match.later[1]]!.end
      for (let index = match.later[0]; index <= match.later[1]; index++) repeated.add(index)
      const finding: Finding = {
        reason: match.exact ? say.exact(later, earlier) : say.near(later, earlier, percentOf(match.similarity)),
        start,
        end,
        expected: match.exact ? [''] : [],
        cause: {reason: say.original(earlier), start: prints[match.earlier[0]]!.start, end: prints[match.earlier[1]]!.end},
        data: dataOf(match, prints, later, earlier)
      }
      const range = match.exact ? deletionOf(ctx.text, prints, match.later) : undefined
      if (range) finding.fix = {range, text: '', unsafe: true}
      ctx.report(finding)
    }

    const passage = (match: RunMatch, reason: (earlier: Lines) => string, similarity: number) => {
      const later = analyses[match.paragraph]!
      const first = analyses[match.earlierParagraph]!
      const [start, end] = blocks[match.paragraph]!.rangeOf(later.starts[match.from]!, later.ends[match.to - 1]!)
      const [earlierStart, earlierEnd] = blocks[match.earlierParagraph]!.rangeOf(first.starts[match.earlierFrom]!, first.ends[match.earlierTo - 1]!)
      const earlier = {from: place.toPoint(earlierStart)!.line, to: place.toPoint(earlierEnd)!.line}
      ctx.report({
        reason: reason(earlier),
        start,
        end,
        expected: [],
        cause: {reason: say.original(earlier), start: earlierStart, end: earlierEnd},
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
    const runs = matchRuns(analyses, options, (index) => judged.has(index), pairs, kinds).filter(
      (run) => !figuresReplaced(inSentences(run.paragraph, run.from, run.to), inSentences(run.earlierParagraph, run.earlierFrom, run.earlierTo))
    )
    for (const run of runs) passage(run, (earlier) => say.run(run.to - run.from, earlier), 1)
    const runsIn = new Map<number, RunMatch[]>()
    for (const run of runs) {
      const list = runsIn.get(run.paragraph)
      if (list) list.push(run)
      else runsIn.set(run.paragraph, [run])
    }
    const taken = (paragraph: number, from: number, to: number) => (runsIn.get(paragraph) ?? []).some((run) => run.from < to && from < run.to)
    for (const sentence of matchSentences(analyses, sentences, options, (index) => judged.has(index), taken, pairs, kinds)) {
      if (figuresReplaced(figuresOf(sentence.paragraph, sentence.from, sentence.to), figuresOf(sentence.earlierParagraph, sentence.earlierFrom, sentence.earlierTo))) continue
      passage(sentence, (earlier) => say.sentence(percentOf(sentence.similarity), earlier), sentence.similarity)
    }

    memo<DuplicateFingerprint>(ctx.file, FINGERPRINT, () => ({paragraphs: prints, repeated: [...repeated].sort((a, b) => a - b)}))
  },
  checkAcrossFiles({files, options, report}) {
    if (options.acrossFiles === 'off') return
    const severity = options.acrossFiles
    const fingerprints: Array<{file: VFile; print: DuplicateFingerprint}> = []
    for (const file of files) {
      const print = file.data.factlint?.cache.get(FINGERPRINT) as DuplicateFingerprint | undefined
      if (print) fingerprints.push({file, print})
    }
    // The copy is the file whose path sorts later, so that the finding does not depend on the order of the run.
    fingerprints.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0))
    for (const found of matchAcrossFiles(fingerprints.map((entry) => entry.print), options)) {
      const later = fingerprints[found.file]!
      const other = fingerprints[found.otherFile]!
      const trimmed = withoutFigureChanges(found, later.print.paragraphs, other.print.paragraphs, options)
      if (!trimmed) continue
      const match = {...found, ...trimmed}
      const lang: Lang = later.file.data.factlint?.lang === 'fr' ? 'fr' : 'en'
      const say = messages[lang]
      const laterLines = linesOf(later.print.paragraphs, match.later)
      const earlierLines = linesOf(other.print.paragraphs, match.earlier)
      const first = other.print.paragraphs[match.earlier[0]]!
      const last = other.print.paragraphs[match.earlier[1]]!
      const path = other.file.path
      report(
        later.file,
        {
          reason: match.exact ? say.exact(laterLines, earlierLines, path) : say.near(laterLines, earlierLines, percentOf(match.similarity), path),
          start: later.print.paragraphs[match.later[0]]!.start,
          end: later.print.paragraphs[match.later[1]]!.end,
          expected: [],
          cause: {reason: say.original(earlierLines), start: first.start, end: last.end, path, startPoint: first.startPoint, endPoint: last.endPoint},
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
 * match in figures (`figuresReplaced`): such a pair is two facts written on one
 * pattern. Inside a block of copies it stays, as a short line does. Undefined
 * when no paragraph that may be reported on its own is left.
 */
function withoutFigureChanges(match: BlockMatch, laterPrints: readonly FigurePrint[], earlierPrints: readonly FigurePrint[], settings: DuplicateSettings): BlockMatch | undefined {
  const [laterStart, laterEnd] = match.later
  const earlierStart = match.earlier[0]
  const changed = (offset: number) => {
    const later = laterPrints[laterStart + offset]!
    const earlier = earlierPrints[earlierStart + offset]!
    return later.key !== earlier.key && figuresReplaced(later.figures ?? [], earlier.figures ?? [])
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
    scores.push(later.key === earlier.key ? 1 : dice(later.shingles, earlier.shingles))
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
