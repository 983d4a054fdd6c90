/**
 * Honorifics before a name, written with and without a full stop in one
 * document (« M Bourita » among « M. Esper », "Mr. Smith" among "Mr Jones").
 * Pure: block texts in, issues out (indexes into each block's text).
 */
import type {Lang} from '../types.js'
import {majorityOf} from './typography.js'
import type {BlockIssue} from './typography-issues.js'

/** The span is the honorific and the name after it (« M Bourita »); the fix changes the honorific alone. */
export interface AbbreviationIssue extends BlockIssue {
  /** `always` when the form is wrong whatever the rest of the document does (« Mme. »). */
  reason: 'majority' | 'always'
}

interface Honorific {
  /** Honorifics that share a convention are counted together. */
  group: string
  /** The full stop French and British usage want, when a tie must be broken. */
  onTie?: 'period' | 'bare'
  /** The honorific never takes a full stop. */
  never?: boolean
}

/**
 * French abbreviates with a full stop when the word is cut (M. for
 * Monsieur, MM. for Messieurs) and without one when the abbreviation ends
 * with the word's last letter (Mme, Mlle, Dr, Pr). British English drops the
 * full stop in Mr, Mrs, Ms, Dr; American English keeps it: both are house
 * styles, so only the document's majority decides.
 */
const HONORIFICS: Record<Lang, Record<string, Honorific>> = {
  fr: {
    M: {group: 'M', onTie: 'period'},
    MM: {group: 'M', onTie: 'period'},
    Mme: {group: 'Mme', never: true},
    Mmes: {group: 'Mme', never: true},
    Mlle: {group: 'Mme', never: true},
    Mlles: {group: 'Mme', never: true},
    Dr: {group: 'Dr', onTie: 'bare'},
    Pr: {group: 'Dr', onTie: 'bare'}
  },
  en: {
    Mr: {group: 'Mr'},
    Mrs: {group: 'Mr'},
    Ms: {group: 'Mr'},
    Dr: {group: 'Mr'}
  }
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

export function findAbbreviations(texts: readonly string[], lang: Lang | 'und'): AbbreviationIssue[] {
  if (lang === 'und') return []
  const table = HONORIFICS[lang]
  const pattern = PATTERNS[lang]
  const occurrences: Occurrence[] = []
  texts.forEach((text, block) => {
    for (const match of text.matchAll(pattern)) {
      const word = match[1]!
      const honorific = table[word]!
      const end = match.index + word.length + match[2]!.length
      occurrences.push({block, start: match.index, end, nameEnd: end + match[3]!.length + match[4]!.length, word, kind: match[2] ? 'period' : 'bare', honorific})
    }
  })
  const issues: AbbreviationIssue[] = []
  const groups = new Map<string, Occurrence[]>()
  for (const occurrence of occurrences) {
    if (occurrence.honorific.never) {
      if (occurrence.kind === 'period') issues.push(issueOf(texts, occurrence, 'always'))
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
    for (const occurrence of list) if (occurrence.kind !== majority) issues.push(issueOf(texts, occurrence, 'majority'))
  }
  return issues.sort((a, b) => a.block - b.block || a.start - b.start)
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

function issueOf(texts: readonly string[], occurrence: Occurrence, reason: AbbreviationIssue['reason']): AbbreviationIssue {
  const text = texts[occurrence.block]!
  const replacement = occurrence.kind === 'period' ? occurrence.word : `${occurrence.word}.`
  return {
    block: occurrence.block,
    start: occurrence.start,
    end: occurrence.nameEnd,
    actual: text.slice(occurrence.start, occurrence.nameEnd),
    expected: replacement + text.slice(occurrence.end, occurrence.nameEnd),
    fix: {start: occurrence.start, end: occurrence.end, text: replacement},
    reason
  }
}
