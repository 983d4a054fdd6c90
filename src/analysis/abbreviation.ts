/**
 * Honorifics before a name, written with and without a full stop in one
 * document (« M Bourita » among « M. Esper », "Mr. Smith" among "Mr Jones").
 * Pure: block texts in, issues out (indexes into each block's text).
 */
import {HONORIFICS, type Honorific} from '../lexicon/honorifics.js'
import {capitalisedParticles, particlesFor} from '../lexicon/names.js'
import type {Lang} from '../types.js'
import {classifyNames, nameKey, PARTICLES, type Emphasis, type HonorificName, type NameKind} from './honorific-names.js'
import {majorityOf} from './typography.js'
import type {BlockIssue} from './typography-issues.js'

/** The span is the honorific and the name after it (« M Bourita »); the fix changes the honorific alone. */
export interface AbbreviationIssue extends BlockIssue {
  /** `always` when the form is wrong whatever the rest of the document does (« Mme. »). */
  reason: 'majority' | 'always'
  /** For `majority`: how the document writes the honorific it follows, when that is another one of its group (Mrs. for Mr). */
  elsewhere?: string[]
}

interface Occurrence {
  block: number
  start: number
  /** End of the honorific, full stop included. */
  end: number
  /** End of the name after it. */
  nameEnd: number
  word: string
  kind: 'period' | 'bare'
  honorific: Honorific
  name: HonorificName
}

/** A name (looked ahead, so that it can be an honorific's candidate too): a capital followed by a lower-case letter or an elision (N’Daw). */
const NAME_AFTER = String.raw`(?=([ \u00A0\u202F])(\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*))`

/**
 * An honorific of the table, then a name. The honorific is a whole word: not
 * after a letter, a digit, a full stop, an apostrophe or a hyphen. Only the
 * table's words are searched for, not every short capitalised word, and only
 * those of the form a capital and up to four lower-case letters (« MM » is
 * not one, and was never matched).
 */
function patternOf(table: Record<string, Honorific>): RegExp {
  const words = Object.keys(table)
    .filter((word) => /^\p{Lu}\p{Ll}{0,4}$/u.test(word))
    .sort((a, b) => b.length - a.length)
  return new RegExp(String.raw`(?<![\p{L}\p{N}.'’-])(${words.join('|')})(\.?)${NAME_AFTER}`, 'gu')
}

const PATTERNS: Record<Lang, RegExp> = {fr: patternOf(HONORIFICS.fr), en: patternOf(HONORIFICS.en)}

/**
 * The rest of the name, from the end of its first word: up to two more
 * capitalised words, a surname particle allowed before each ("Ludwig van
 * Beethoven", « Marine Le Pen »).
 */
const NAME_PARTICLE = [...particlesFor('inName'), ...capitalisedParticles('inNameCapital')].join('|')
const NAME_REST = new RegExp(`(?:[ \\u00A0\\u202F](?:(?:${NAME_PARTICLE})[ \\u00A0\\u202F])?\\p{Lu}(?:\\p{Ll}|['’]\\p{Lu})[\\p{L}'’-]*){0,2}`, 'uy')

/**
 * The capitalised words of the name, particles left out. Null when the word
 * after the honorific is an article or particle with no name after it
 * (« M Le magazine du Monde »): that is no name, and so no honorific.
 */
function nameAt(text: string, block: number, start: number, nameStart: number, first: string): HonorificName | null {
  NAME_REST.lastIndex = nameStart + first.length
  const rest = NAME_REST.exec(text)![0]
  const all = [...(first + rest).matchAll(/\p{Lu}(?:\p{Ll}|['’]\p{Lu})[\p{L}'’-]*/gu)]
  const names = all.filter((match) => !PARTICLES.has(match[0]))
  // « Le » is a particle only before a capitalised word of the name: « M. Le Pen », not « M Le magazine ».
  if (names.length === 0) return null
  return {block, start, words: names.map((match) => nameKey(match[0])), firstWord: nameStart + names[0]!.index, end: NAME_REST.lastIndex}
}

/**
 * `emphasis`: a block's spans set in italics or bold by markup that its
 * text no longer shows (Markdown *…*), where a title may be; asked for only
 * when needed.
 */
export function findAbbreviations(texts: readonly string[], lang: Lang | 'und', emphasis?: Emphasis): AbbreviationIssue[] {
  if (lang === 'und') return []
  const table = HONORIFICS[lang]
  const pattern = PATTERNS[lang]
  const occurrences: Occurrence[] = []
  texts.forEach((text, block) => {
    for (const match of text.matchAll(pattern)) {
      const word = match[1]!
      const honorific = table[word]!
      const end = match.index + word.length + match[2]!.length
      const nameStart = end + match[3]!.length
      const name = nameAt(text, block, match.index, nameStart, match[4]!)
      if (!name) continue
      occurrences.push({block, start: match.index, end, nameEnd: nameStart + match[4]!.length, word, kind: match[2] ? 'period' : 'bare', honorific, name})
    }
  })
  if (!mayReport(occurrences)) return []
  const kinds = new Map<Occurrence, NameKind>()
  const names = occurrences.map((occurrence) => occurrence.name)
  classifyNames(texts, names, lang, emphasis).forEach((kind, index) => kinds.set(occurrences[index]!, kind))
  const issues: AbbreviationIssue[] = []
  const groups = new Map<string, Occurrence[]>()
  for (const occurrence of occurrences) {
    const kind = kinds.get(occurrence)!
    // A brand or a title keeps its owner's spelling: neither reported nor counted in the house style.
    if (kind === 'title') continue
    if (occurrence.honorific.never) {
      if (occurrence.kind === 'period') issues.push(issueOf(texts, occurrence, 'always', kind))
      continue
    }
    const list = groups.get(occurrence.honorific.group)
    if (list) list.push(occurrence)
    else groups.set(occurrence.honorific.group, [occurrence])
  }
  const copies = repeatedBlocks(texts)
  for (const list of groups.values()) {
    const counts = new Map<'period' | 'bare', number>()
    for (const {kind, block} of list) if (!copies.has(block)) counts.set(kind, (counts.get(kind) ?? 0) + 1)
    if (counts.size < 2) continue
    const tie = list[0]!.honorific.onTie
    const majority = majorityOf(counts, tie ? [tie] : [])
    if (!majority) continue
    // What the document writes: the majority's honorifics, named in the message when the reported one is never written so (Mrs. twice, Mr once).
    const written = new Map<string, string>()
    for (const occurrence of list) if (occurrence.kind === majority && !written.has(occurrence.word)) written.set(occurrence.word, occurrence.kind === 'period' ? `${occurrence.word}.` : occurrence.word)
    for (const occurrence of list) {
      if (occurrence.kind === majority) continue
      const issue = issueOf(texts, occurrence, 'majority', kinds.get(occurrence)!)
      issues.push(written.has(occurrence.word) ? issue : {...issue, elsewhere: [...written.values()]})
    }
  }
  return issues.sort((a, b) => a.block - b.block || a.start - b.start)
}

/**
 * Whether anything can be reported: a « Mme. », or a group written both
 * ways. Leaving out brands and titles only removes occurrences, so a
 * document written one way throughout (most of them) needs no reading of
 * its names.
 */
function mayReport(occurrences: readonly Occurrence[]): boolean {
  const kinds = new Map<string, string>()
  for (const occurrence of occurrences) {
    if (occurrence.honorific.never) {
      if (occurrence.kind === 'period') return true
      continue
    }
    const seen = kinds.get(occurrence.honorific.group)
    if (seen && seen !== occurrence.kind) return true
    kinds.set(occurrence.honorific.group, occurrence.kind)
  }
  return false
}

/**
 * Blocks that repeat an earlier block word for word: a paragraph pasted twice
 * (which duplicate-block reports) is one writer's choice, not two, and must
 * not tip the document's majority.
 */
function repeatedBlocks(texts: readonly string[]): Set<number> {
  const seen = new Set<string>()
  const copies = new Set<number>()
  texts.forEach((text, block) => {
    const key = text.trim()
    if (seen.has(key)) copies.add(block)
    else seen.add(key)
  })
  return copies
}

/**
 * Following the house style is safe only for a person's name: one the
 * document names nowhere else may be a brand ("Dr Martens"), whose spelling
 * is its owner's, and is left to `--fix-type abbreviation`. « Mme. » is
 * wrong whoever bears it.
 */
function issueOf(texts: readonly string[], occurrence: Occurrence, reason: AbbreviationIssue['reason'], kind: NameKind): AbbreviationIssue {
  const text = texts[occurrence.block]!
  const replacement = occurrence.kind === 'period' ? occurrence.word : `${occurrence.word}.`
  return {
    block: occurrence.block,
    start: occurrence.start,
    end: occurrence.nameEnd,
    actual: text.slice(occurrence.start, occurrence.nameEnd),
    expected: replacement + text.slice(occurrence.end, occurrence.nameEnd),
    fix: {start: occurrence.start, end: occurrence.end, text: replacement},
    reason,
    ...(kind === 'person' || reason === 'always' ? {} : {unsafe: true})
  }
}
