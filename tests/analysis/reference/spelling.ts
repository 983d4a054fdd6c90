// The implementation before the rewrite for speed (commit 9e6031c), kept as the reference the rewrite is compared with.
/**
 * Words written in more than one way in one document.
 *
 * Three kinds of variants are compared, each with its own guard against
 * ordinary language (see docs/rules/inconsistent-spelling.md):
 * - accents and case: Etat/État, Sahel/SAHEL, securite/sécurité;
 * - proper names one edit apart: Delorme/Delorne, Loudyi/Loudiy;
 * - hyphenation: Jean-Paul/Jean Paul, e-mail/email.
 * The minority form is reported with the majority form as the correction.
 */
import type {Lang} from '../../../src/types.js'
import type {BlockIssue} from '../../../src/analysis/typography-issues.js'
import {isAllCaps, isCapitalised, stripAccents, wordTokens, type WordToken} from './spelling-tokens.js'
import {perForm} from './word-memo.js'
import {firstNamesBefore, hyphenFindings, isAttested, isPluralOfNamePart, usedAlike, judgeAccent as rulesJudgeAccent, mayBeOnePerson, nameSlipKind, usedAsPersonName, type HyphenOccurrence} from '../../../src/analysis/spelling.js'
import {isQuoted, quotationsOf, type Quotation} from '../../../src/text/quotations.js'
import {isSpeakerLabel} from '../../../src/analysis/spelling-tokens.js'

export type VariantKind = 'accent' | 'case' | 'name' | 'hyphen'

/** The span reported is the whole compound (Etat-major); the fix changes the word only. */
export interface SpellingVariant extends BlockIssue {
  kind: VariantKind
  /** First occurrence of the majority form. */
  majority: {block: number; start: number; end: number}
  counts: {actual: number; expected: number}
  byHand?: boolean
}

export interface SpellingOptions {
  /** Words that are distinct from any close variant (two people, two places); compared without case. */
  distinct?: readonly string[]
}

/** Shortest word whose capital accent is compared (below, « A »/« À » is a grammar question). */
const MIN_CAPITAL_ACCENT = 4
/** Shortest lower-case word whose missing accent is reported (côte/cote, jeûne/jeune are two words). */
const MIN_LOWER_ACCENT = 6
const MIN_CAPS = 4
const MIN_NAME = 5
/** A name form seen this often is a name of its own, not a slip (two people called Hassan and Hassen). */
const MAX_NAME_SLIPS = 2

/**
 * Close names that are different names. The edit-distance test cannot know
 * them, and they are common in news copy.
 */
const KNOWN_DISTINCT: ReadonlyArray<readonly string[]> = [
  ['colombia', 'columbia'],
  ['colombie', 'columbia'],
  ['francis', 'frances'],
  ['michel', 'michael'],
  ['michael', 'michaël'],
  ['austria', 'australia']
]

/** Lower-case pairs that differ by an accent only and are two words. */
const ACCENT_HOMOGRAPHS = new Set(['taches', 'forets', 'pecheur', 'pecheurs', 'chasse', 'mater', 'roder', 'relache'])

/** Prefixes whose hyphen makes a different word (re-sign/resign, re-cover/recover). */
const MEANINGFUL_HYPHEN = new Set(['re', 'ré'])

export function findSpellingVariants(texts: readonly string[], lang: Lang | 'und', options: SpellingOptions = {}): SpellingVariant[] {
  const all = wordTokens(texts, lang)
  const capsRun = capsRunOf(texts, all)
  const tokens = all.filter((token) => !token.foreign)
  const quotations = texts.map((text) => quotationsOf(text))
  const distinct = new Set((options.distinct ?? []).map((word) => word.toLocaleLowerCase()))
  const lowerOf = perForm((form) => form.toLocaleLowerCase())
  const compounds = new Set(all.filter((token) => token.compound.value !== token.value).map((token) => token.compound.value))
  const results = [
    ...accentAndCaseVariants(texts, tokens.filter((token) => !capsRun.has(token)), lang),
    ...nameVariants(texts, tokens, distinct, lowerOf),
    ...hyphenVariants(texts, tokens, lowerOf)
  ]
    .filter((variant) => !distinct.has(variant.actual.toLocaleLowerCase()) && !distinct.has(variant.expected.toLocaleLowerCase()))
    // A suggestion built inside a compound must be a compound the document has (the rule's policy).
    .filter((variant) => variant.kind === 'hyphen' || (variant.fix.start === variant.start && variant.fix.end === variant.end) || isAttested(variant.expected, compounds))
    .map((variant) => byHandInQuotation(variant, quotations))
  return results.sort((a, b) => a.block - b.block || a.start - b.start)
}

// The policies below are the rule's own (src/analysis/spelling.ts), like nameSlipKind:
// which accent wins, who may be one person, how hyphens compare, no edit in a quotation.

/** A word in a quotation is suggested, not edited (hyphen findings say so themselves). */
function byHandInQuotation(variant: SpellingVariant, quotations: readonly Quotation[][]): SpellingVariant {
  if (variant.kind === 'hyphen' || !isQuoted(quotations[variant.block]!, variant.fix.start, variant.fix.end)) return variant
  return {byHand: true, ...variant}
}

/** Words in capitals next to another in the same block (« WEDNESDAY, NOV. 24 »): left out of accents and case. */
function capsRunOf(texts: readonly string[], tokens: readonly WordToken[]): Set<WordToken> {
  const run = new Set<WordToken>()
  const inCapitals = (token: WordToken) => token.value.length >= 2 && isAllCaps(token.value)
  for (let index = 1; index < tokens.length; index++) {
    const [previous, current] = [tokens[index - 1]!, tokens[index]!]
    if (previous.block === current.block && inCapitals(previous) && inCapitals(current)) run.add(previous).add(current)
  }
  // A speaker's label (« ROUX : ») is typography too: the rule's policy, src/analysis/spelling-tokens.ts.
  for (const token of tokens) if (inCapitals(token) && isSpeakerLabel(texts[token.block]!, token.start, token.end)) run.add(token)
  return run
}

type Forms = Map<string, WordToken[]>

/**
 * Groups of two forms or more sharing `key`, each form with its occurrences.
 * The key is computed once per distinct form; groups and forms keep the
 * order of their first occurrence. Most keys have a single form: they get no
 * Map of their own.
 */
function variantGroups(tokens: readonly WordToken[], key: (form: string) => string): Forms[] {
  const byForm: Forms = new Map()
  for (const token of tokens) {
    const list = byForm.get(token.value)
    if (list) list.push(token)
    else byForm.set(token.value, [token])
  }
  // A key's first form until a second one comes; setting an existing key keeps its place in the order.
  const groups = new Map<string, string | Forms>()
  for (const form of byForm.keys()) {
    const name = key(form)
    const group = groups.get(name)
    if (group === undefined) groups.set(name, form)
    else if (typeof group === 'string') groups.set(name, new Map([[group, byForm.get(group)!], [form, byForm.get(form)!]]))
    else group.set(form, byForm.get(form)!)
  }
  const variants: Forms[] = []
  for (const group of groups.values()) if (typeof group !== 'string') variants.push(group)
  return variants
}

/** Which of two forms wins, or undefined when they are not variants or nothing decides. */
type Judge = (a: string, countA: number, b: string, countB: number) => string | undefined

/** Reports every occurrence of a form that loses to another form of its group. */
function reportLosers(groups: Iterable<Forms>, kind: VariantKind, judge: Judge): SpellingVariant[] {
  const results: SpellingVariant[] = []
  for (const forms of groups) {
    if (forms.size < 2) continue
    const entries = [...forms.entries()].sort((a, b) => b[1].length - a[1].length)
    for (const [form, occurrences] of entries) {
      const winner = entries.find(([other, list]) => other !== form && judge(form, occurrences.length, other, list.length) === other)
      if (!winner) continue
      for (const token of occurrences) results.push(variantAt(kind, token, winner[0], winner[1], occurrences.length))
    }
  }
  return results
}

function variantAt(kind: VariantKind, token: WordToken, expected: string, majority: WordToken[], count: number): SpellingVariant {
  const {compound} = token
  const before = compound.value.slice(0, token.start - compound.start)
  const after = compound.value.slice(token.end - compound.start)
  const first = majority[0]!
  return {
    kind,
    block: token.block,
    start: compound.start,
    end: compound.end,
    actual: compound.value,
    expected: before + expected + after,
    fix: {start: token.start, end: token.end, text: expected},
    majority: {block: first.block, start: first.compound.start, end: first.compound.end},
    counts: {actual: count, expected: majority.length}
  }
}

function accentAndCaseVariants(texts: readonly string[], tokens: readonly WordToken[], lang: Lang | 'und'): SpellingVariant[] {
  const lower = new Set<string>()
  for (const token of tokens) if (token.value.toLocaleLowerCase() === token.value) lower.add(token.value)
  const seen = (value: string) => lower.has(value.toLocaleLowerCase())
  const eligible = tokens.filter((token) => !token.capsBlock)
  const variants = variantGroups(eligible, (form) => stripAccents(form).toLocaleLowerCase())
  // The rule's policy: an accent on a person's name is a question, never a safe fix.
  const personal = new Set<string>()
  for (const group of variants) {
    for (const [form, list] of group) if (list.some((token) => usedAsPersonName(texts[token.block]!, token.start, token.end, seen))) personal.add(form)
  }
  return [
    // The capitalised form must be the word's spelling, never seen in lower case (the rule's policy).
    ...reportLosers(variants, 'case', judgeCase).filter((variant) => !lower.has(variant.fix.text.toLocaleLowerCase())),
    ...reportLosers(variants, 'accent', (a, countA, b, countB) => judgeAccent(a, countA, b, countB, lang, personal.has(a) || personal.has(b))).map((variant) =>
      personal.has(variant.fix.text) || personal.has(texts[variant.block]!.slice(variant.fix.start, variant.fix.end)) ? {...variant, unsafe: true} : variant
    )
  ]
}

/** SAHEL among Sahel: only capitals against a capitalised word, never a lower-case one (AIDS/aids, US/us). */
const judgeCase: Judge = (a, countA, b, countB) => {
  if (a === b || a.toLocaleLowerCase() !== b.toLocaleLowerCase()) return undefined
  const titled = (value: string) => isCapitalised(value) && value.slice(1) === value.slice(1).toLocaleLowerCase()
  const caps = isAllCaps(a) ? a : isAllCaps(b) ? b : undefined
  const title = titled(a) ? a : titled(b) ? b : undefined
  if (!caps || !title || caps.length < MIN_CAPS) return undefined
  // Capitals are never the expected form (the rule's policy, src/analysis/spelling.ts).
  const [countCaps, countTitle] = caps === a ? [countA, countB] : [countB, countA]
  return countTitle > countCaps ? title : undefined
}

function judgeAccent(a: string, countA: number, b: string, countB: number, lang: Lang | 'und', personal: boolean): string | undefined {
  return rulesJudgeAccent(a, countA, b, countB, a.toLocaleLowerCase() === b.toLocaleLowerCase(), lang, personal)
}

function nameVariants(texts: readonly string[], tokens: readonly WordToken[], distinct: ReadonlySet<string>, lowerOf: (form: string) => string): SpellingVariant[] {
  // A word also seen in lower case is a common noun with a capital (Défense/défense), not a name.
  const lower = new Set<string>()
  for (const token of tokens) if (lowerOf(token.value) === token.value) lower.add(token.value)
  const isName = perForm((form) => isCapitalised(form) && [...form].length >= MIN_NAME && !lower.has(lowerOf(form)))
  const occurrences = new Map<string, WordToken[]>()
  const names = new Set<string>()
  for (const token of tokens) {
    if (token.capsBlock || !isName(token.value)) continue
    const list = occurrences.get(token.value)
    if (list) list.push(token)
    else occurrences.set(token.value, [token])
    if (!token.sentenceInitial) names.add(token.value)
  }
  const forms = [...names]
  const keys = forms.map(slipKeys)
  // Only forms sharing a one-letter-dropped key can be one slip apart: compare those, not every pair.
  const neighbours = new Map<string, number[]>()
  forms.forEach((form, index) => {
    for (const key of keys[index]!) {
      const list = neighbours.get(key)
      if (list) list.push(index)
      else neighbours.set(key, [index])
    }
  })
  const results: SpellingVariant[] = []
  for (const [formIndex, form] of forms.entries()) {
    const mine = occurrences.get(form)!
    if (mine.length > MAX_NAME_SLIPS) continue
    const candidates = new Set<number>()
    for (const key of keys[formIndex]!) for (const index of neighbours.get(key)!) candidates.add(index)
    let best: string | undefined
    let tie: string | undefined
    // In the order of `forms`, so that ties go to the same form as comparing every pair would.
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const other = forms[index]!
      const kind = other === form ? undefined : nameSlipKind(form, other, distinct)
      const firstNames = (list: WordToken[]) => firstNamesBefore(list.map((token) => [texts[token.block]!, token.start] as const))
      if (kind === undefined || !mayBeOnePerson(kind, form, firstNames(mine), other, firstNames(occurrences.get(other)!))) continue
      const places = (list: WordToken[]) => list.map((token) => [texts[token.block]!, token.start, token.end] as const)
      if (!usedAlike(places(mine), places(occurrences.get(other)!), (value) => lower.has(lowerOf(value)))) continue
      if (isPluralOfNamePart(form, firstNames(mine), places(mine), other, firstNames(occurrences.get(other)!), places(occurrences.get(other)!))) continue
      const theirs = occurrences.get(other)!
      // The slip is rare against a form used at least twice as often.
      if (theirs.length >= mine.length * 2) {
        if (!best || theirs.length > occurrences.get(best)!.length) best = other
      } else if (mine.length === 1 && theirs.length === 1 && isBefore(theirs[0]!, mine[0]!)) {
        // Once each (« Delorme » then « Delorne »): no majority to follow, but the
        // later spelling is the one to check; suggested, never fixed without asking.
        tie ??= other
      }
    }
    const chosen = best ?? tie
    if (!chosen) continue
    for (const token of mine) {
      const variant = variantAt('name', token, chosen, occurrences.get(chosen)!, mine.length)
      // Two close names may be two people: renaming is never a safe fix.
      results.push({...variant, unsafe: true})
    }
  }
  return results
}

function isBefore(a: WordToken, b: WordToken): boolean {
  return a.block < b.block || (a.block === b.block && a.start < b.start)
}

/**
 * The lower-case form and the form with each letter dropped in turn: two forms
 * one change, insertion or swap apart (see `singleEdit`) share at least one.
 */
function slipKeys(form: string): Set<string> {
  const letters = [...form.toLocaleLowerCase()]
  const keys = new Set([letters.join('')])
  for (let index = 0; index < letters.length; index++) keys.add(letters.slice(0, index).join('') + letters.slice(index + 1).join(''))
  return keys
}

// The name-slip policy is the rule's own (src/analysis/spelling.ts): this copy
// freezes how words are collected, grouped and counted, not which names are close.

function hyphenVariants(texts: readonly string[], tokens: readonly WordToken[], lowerOf: (form: string) => string): SpellingVariant[] {
  const quotations = texts.map((text) => quotationsOf(text))
  const quoted = (block: number, start: number, end: number) => isQuoted(quotations[block]!, start, end)
  const compounds = new Map<string, HyphenOccurrence[]>()
  const seen = new Set<string>()
  for (const token of tokens) {
    const {compound} = token
    if (token.capsBlock || compound.value === token.value) continue
    const id = `${token.block}:${compound.start}`
    if (seen.has(id)) continue
    seen.add(id)
    const parts = compound.value.split(/[-‐‑]/)
    if (parts.length !== 2) continue
    const key = parts.map((part) => part.toLocaleLowerCase()).join('-')
    const list = compounds.get(key) ?? []
    list.push({block: token.block, start: compound.start, end: compound.end, value: compound.value, form: 'hyphen', quoted: quoted(token.block, token.start, token.end)})
    compounds.set(key, list)
  }
  if (compounds.size === 0) return []
  // The only words looked up below: each compound's closed form and first part.
  const wanted = new Set<string>()
  for (const key of compounds.keys()) {
    const [first, second] = key.split('-') as [string, string]
    wanted.add(first + second)
    wanted.add(first)
  }
  const singles = tokens.filter((token) => token.compound.value === token.value && !token.capsBlock)
  // Positions in `singles` by lower-case word, in order: each compound looks up its own parts only.
  const singlesByWord = new Map<string, number[]>()
  singles.forEach((token, index) => {
    const word = lowerOf(token.value)
    if (!wanted.has(word)) return
    const list = singlesByWord.get(word)
    if (list) list.push(index)
    else singlesByWord.set(word, [index])
  })
  const results: SpellingVariant[] = []
  for (const [key, hyphenated] of compounds) {
    const [first, second] = key.split('-') as [string, string]
    const variants: HyphenOccurrence[] = []
    const spaced: HyphenOccurrence[] = []
    const closed = first + second
    if (!MEANINGFUL_HYPHEN.has(first) && [...closed].length >= 5) {
      for (const index of singlesByWord.get(closed) ?? []) {
        const token = singles[index]!
        variants.push({block: token.block, start: token.start, end: token.end, value: token.value, form: 'closed', quoted: quoted(token.block, token.start, token.end)})
      }
    }
    // Spaced forms only for names: in lower case the hyphen often changes the
    // word (peut-être/peut être, a follow-up/to follow up, long-term/the long term).
    const names = hyphenated.some((occurrence) => occurrence.value.split(/[-‐‑]/).every(isCapitalised))
    if (names) {
      for (const index of singlesByWord.get(first) ?? []) {
        if (index + 1 >= singles.length) continue
        const left = singles[index]!
        const right = singles[index + 1]!
        if (left.block !== right.block || !isCapitalised(left.value) || !isCapitalised(right.value)) continue
        if (left.value.toLocaleLowerCase() !== first || right.value.toLocaleLowerCase() !== second) continue
        if (!/^[ \u00A0]$/.test(texts[left.block]!.slice(left.end, right.start))) continue
        spaced.push({block: left.block, start: left.start, end: right.end, value: texts[left.block]!.slice(left.start, right.end), form: 'space', quoted: quoted(left.block, left.start, left.end)})
      }
    }
    results.push(...hyphenFindings(texts, hyphenated, variants, spaced))
  }
  return results
}
