import {z} from 'zod'
import type {VFile} from 'vfile'
import {findRepeats, findRepeatsAcrossFiles, type CrossFileRepeat, type FigureFingerprint} from '../analysis/duplicate-block/find.js'
import {type BlockMatch, type PlacedPrint} from '../analysis/duplicate-block/match.js'
import {columnFingerprint} from '../analysis/duplicate-block/prints.js'
import {documentOf, memo} from '../document/document.js'
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
 * sentence nearly repeated; `setApartCopy`/`setApartSource`: a passage of
 * which one copy is a short paragraph of its own (the one reported, or the
 * first), maybe a pull quote; `originalCause`: the first copy.
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
  setApartCopy: {
    fr: ({earlier}: PassageDetails) => `Ce paragraphe reprend un passage ${ofLinesFr(earlier)} : une citation mise en exergue ? Sinon, un seul exemplaire est attendu`,
    en: ({earlier}: PassageDetails) => `This paragraph repeats a passage of ${linesEn(earlier)}: a pull quote? If not, expected one copy`
  },
  setApartSource: {
    fr: ({earlier}: PassageDetails) => `Ce passage répète ${linesFr(earlier)}, un paragraphe à part : une citation mise en exergue ? Sinon, un seul exemplaire est attendu`,
    en: ({earlier}: PassageDetails) => `This passage repeats ${linesEn(earlier)}, a paragraph set apart: a pull quote? If not, expected one copy`
  },
  otherVersion: {
    fr: ({later, earlier, path, more}: Details & {more: number}) =>
      `${capital(linesFr(later))} ${later.from === later.to ? 'reprend' : 'reprennent'} ${linesFr(earlier)} de ${path}, et ${more} autre${more > 1 ? 's' : ''} passage${more > 1 ? 's' : ''} de ce fichier aussi : une autre version du même article ? Sinon, un seul exemplaire est attendu`,
    en: ({later, earlier, path, more}: Details & {more: number}) =>
      `${capital(linesEn(later))} ${later.from === later.to ? 'repeats' : 'repeat'} ${linesEn(earlier)} of ${path}, and so ${more > 1 ? 'do' : 'does'} ${more} more passage${more > 1 ? 's' : ''} of this draft: another version of the same story? If not, expected one copy`
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
    description: {
      fr: 'Un paragraphe, une suite de paragraphes ou un long passage répété, à l’identique ou presque, dans un texte ou entre les textes d’une même vérification',
      en: 'A paragraph, a run of paragraphs or a long passage repeated, exactly or nearly, in a draft or across the drafts of one run'
    },
    defaultSeverity: 'error',
    languages: 'any',
    fixable: true,
    fixOnRequest: true,
    messages
  },
  schema,
  check(ctx, options) {
    const lang = ctx.messageLang
    const blocks = ctx.blocks
    const place = locate(ctx.file)
    const found = findRepeats({blocks, text: ctx.text, mdast: documentOf(ctx.file).mdast, lang, toPoint: (offset) => place.toPoint(offset)!}, options)
    const prints = found.fingerprint.paragraphs
    for (const {match, deletion} of found.blocks) {
      const later = linesOf(prints, match.later)
      const earlier = linesOf(prints, match.earlier)
      const finding: Finding = {
        ...say(messages, match.exact ? 'exact' : 'near', lang, {later, earlier, percent: percentOf(match.similarity)}),
        start: prints[match.later[0]]!.start,
        end: prints[match.later[1]]!.end,
        expected: match.exact ? [''] : [],
        cause: {reason: messages.originalCause[lang]({earlier}), start: prints[match.earlier[0]]!.start, end: prints[match.earlier[1]]!.end},
        data: dataOf(match, prints, later, earlier)
      }
      if (deletion) finding.fix = {range: deletion, text: '', unsafe: true}
      ctx.report(finding)
    }
    for (const {kind, words, similarity, start, end, earlierStart, earlierEnd, setApart} of found.passages) {
      const earlier = {from: place.toPoint(earlierStart)!.line, to: place.toPoint(earlierEnd)!.line}
      const messageId = setApart === 'later' ? 'setApartCopy' : setApart === 'earlier' ? 'setApartSource' : kind
      ctx.report({
        ...say(messages, messageId, lang, {earlier, words, percent: percentOf(similarity)}),
        start,
        end,
        expected: [],
        cause: {reason: messages.originalCause[lang]({earlier}), start: earlierStart, end: earlierEnd},
        data: {kind: similarity === 1 ? 'passage' : 'sentence', words, similarity: Math.round(similarity * 1000) / 1000, earlier: {start: earlierStart, end: earlierEnd, lines: [earlier.from, earlier.to]}, ...(setApart ? {setApart} : {})},
        // A sentence lifted onto a line of its own may be the page's pull quote: the rule cannot tell.
        ...(setApart ? {unsure: true} : {})
      })
    }
    memo<FigureFingerprint>(ctx.file, FINGERPRINT, () => found.fingerprint)
  },
  checkAcrossFiles({files, options, report, textOf}) {
    if (options.acrossFiles === 'off') return
    const severity = options.acrossFiles
    const fingerprints: Array<{file: VFile; print: FigureFingerprint}> = []
    for (const file of files) {
      const found = file.data.factlint?.cache.get(FINGERPRINT) as FigureFingerprint | undefined
      if (!found) continue
      // Read back from a cache, a fingerprints file or another thread, its prints are plain objects: put in columns as a lint leaves them, in their place.
      const print = columnFingerprint(found)
      if (print !== found) file.data.factlint!.cache.set(FINGERPRINT, print)
      fingerprints.push({file, print})
    }
    // The copy is the file whose path sorts later, so that the finding does not depend on the order of the run.
    fingerprints.sort((a, b) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0))
    // The repeats of one file in another, in the later file's order: two drafts sharing several passages are most likely
    // two versions of one story (a wire's write-throughs), one finding for the pair, not one per passage.
    const pairs = new Map<string, CrossFileRepeat[]>()
    for (const match of findRepeatsAcrossFiles(
      fingerprints.map((entry) => entry.print),
      (index) => textOf(fingerprints[index]!.file),
      options
    )) {
      const key = `${match.file}:${match.otherFile}`
      const list = pairs.get(key)
      if (list) list.push(match)
      else pairs.set(key, [match])
    }
    for (const matches of pairs.values()) {
      matches.sort((a, b) => a.later[0] - b.later[0])
      const match = matches[0]!
      const later = fingerprints[match.file]!
      const other = fingerprints[match.otherFile]!
      const lang = messageLang(later.file.data.factlint?.lang ?? 'und')
      const laterLines = linesOf(later.print.paragraphs, match.later)
      const earlierLines = linesOf(other.print.paragraphs, match.earlier)
      const first = other.print.paragraphs[match.earlier[0]]!
      const last = other.print.paragraphs[match.earlier[1]]!
      const path = other.file.path
      const details = {later: laterLines, earlier: earlierLines, percent: percentOf(match.similarity), path}
      const more = matches.slice(1).map((next) => ({lines: linesOf(later.print.paragraphs, next.later), earlier: linesOf(other.print.paragraphs, next.earlier)}))
      report(
        later.file,
        {
          ...(more.length > 0 ? say(messages, 'otherVersion', lang, {...details, more: more.length}) : say(messages, match.exact ? 'exact' : 'near', lang, details)),
          start: later.print.paragraphs[match.later[0]]!.start,
          end: later.print.paragraphs[match.later[1]]!.end,
          expected: [],
          cause: {reason: messages.originalCause[lang]({earlier: earlierLines}), start: first.start, end: last.end, path, startPoint: first.startPoint, endPoint: last.endPoint},
          data: {
            ...dataOf(match, later.print.paragraphs, laterLines, earlierLines, other.print.paragraphs),
            path,
            ...(more.length > 0 ? {more: more.map(({lines, earlier}) => ({lines: [lines.from, lines.to], earlier: {lines: [earlier.from, earlier.to]}}))} : {})
          }
        },
        severity
      )
    }
  }
})

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
