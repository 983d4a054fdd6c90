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
import {areKeyNeighbours} from '../lexicon/keyboards.js'
import {ACCENT_HOMOGRAPHS, KNOWN_DISTINCT, MEANINGFUL_HYPHEN} from '../lexicon/spelling.js'
import {MONTH_NAMES, WEEKDAY_NAMES} from '../lexicon/calendar.js'
import {mix32} from '../text/hash.js'
import {headlineBlock} from '../text/headline.js'
import {codePointBefore, letterKind, OTHER} from '../text/letters.js'
import type {Lang} from '../types.js'
import {isDeniedForm} from './contrast.js'
import type {BlockIssue} from './typography-issues.js'
import {CAPS_BLOCK, CAPS_RUN, compoundEnd, compoundStart, FOREIGN, HEAD, IN_COMPOUND, IN_QUOTATION, isAllCaps, isAscii, isCapitalised, isHyphen, isSentenceInitial, lastOfCompound, localeLowerCase, markForeign, opensSentence, stripAccents, wordTable, type WordTable} from './spelling-tokens.js'
import {FREQUENT_NAME_PAIRS, NOT_INITIALS, particlesFor, surnameLeadPattern} from '../lexicon/names.js'
import {DETERMINERS, OFFICE_ARTICLES, TITLE_FUNCTION_WORDS} from '../lexicon/function-words.js'
import {PLACE_QUALIFIERS} from '../lexicon/places.js'
import {FORMS_OF_ADDRESS} from '../lexicon/honorifics.js'
import {ALIAS_MARKERS, ALIAS_MARKERS_AFTER_COMMA} from '../lexicon/aliases.js'
import {OFFICE_QUALIFIERS, OFFICES, TITLES} from '../lexicon/titles.js'
import {wordsPattern} from '../lexicon/patterns.js'
import {embeddedPosts} from '../text/embedded-posts.js'
import {pushAll} from '../text/arrays.js'

export type VariantKind = 'accent' | 'case' | 'name' | 'hyphen'

/** The span reported is the whole compound (Etat-major); the fix changes the word only. */
export interface SpellingVariant extends BlockIssue {
  kind: VariantKind
  /** First occurrence of the majority form. */
  majority: {block: number; start: number; end: number}
  counts: {actual: number; expected: number}
  /**
   * Suggested, never edited, not even on request: the form sits in a
   * quotation (the speaker's words), or is a name's hyphen or space.
   */
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

/** Words before a name that may be its first name or title (« Jean-Marc », « Mme Marie-Claire »). */
const NEIGHBOURS_BEFORE = 3

export function findSpellingVariants(texts: readonly string[], lang: Lang | 'und', options: SpellingOptions = {}): SpellingVariant[] {
  const table = wordTable(texts, lang)
  const distinct = new Set((options.distinct ?? []).map((word) => word.toLocaleLowerCase()))
  const lowerOf = lowerCaseForms(table.forms)
  const keyOf = accentKeys(table.forms, lowerOf)
  const slipKeysOf = formSlipKeys(table.forms, lowerOf)
  // No word is FOREIGN yet: these are the groups unless a quotation turns out to be in another language.
  let groups = accentGroups(table, CAPS_BLOCK | CAPS_RUN, keyOf)
  if (table.quotations.length > 0 && markForeign(table, lang, quotationMatters(table, groups, lowerOf, slipKeysOf))) groups = accentGroups(table, CAPS_BLOCK | CAPS_RUN | FOREIGN, keyOf)
  // The forms also written in lower case, quotations in another language aside: a capitalised word among them is no name.
  const lowerSeen = lowerCaseSeen(table, lowerOf)
  const found = [...accentAndCaseVariants(table, groups, lang, lowerOf, lowerSeen), ...nameVariants(table, lang, distinct, lowerOf, slipKeysOf, lowerSeen), ...hyphenVariants(table, lowerOf)]
  const compounds = found.some(inCompound) ? compoundsOf(table) : new Set<string>()
  const posts = embeddedPosts()
  const results = found.filter(
    (variant) =>
      (!inCompound(variant) || isAttested(variant.expected, compounds)) &&
      // An embedded post's words are its author's (« Montreal » in a quoted tweet is the tweet's), and its signature gives the
      // account's display name as the platform shows it (« Gérald DARMANIN (@GDarmanin) »): nobody edits a quoted post.
      !posts.isInEmbeddedPost(texts[variant.block]!, variant.start, variant.end) &&
      !posts.isInSignature(texts[variant.block]!, variant.start, variant.end) &&
      !distinct.has(variant.actual.toLocaleLowerCase()) &&
      !distinct.has(variant.expected.toLocaleLowerCase()) &&
      !isDeniedForm(texts[variant.block]!, variant.start, variant.end, variant.expected)
  )
  const headline = headlineBlock(texts)
  return results.map((variant) => (needsHand(variant, headline) ? {...variant, byHand: true} : variant)).sort((a, b) => a.block - b.block || a.start - b.start)
}

/**
 * Whether `--fix` cannot prove a variant's edit, which then stays a
 * suggestion to apply by hand: in a headline, anything but a capital's
 * accent (a headline set from the page title keeps its own hyphens,
 * antiwar against the body's anti-war).
 */
function needsHand(variant: SpellingVariant, headline: number | undefined): boolean {
  if (variant.byHand) return false
  return variant.block === headline && variant.kind !== 'accent'
}

/** Whether a word's variant is reported on its compound (État in « Etat-major »), whose expected form is built, not read. */
function inCompound(variant: SpellingVariant): boolean {
  return variant.kind !== 'hyphen' && (variant.fix.start !== variant.start || variant.fix.end !== variant.end)
}

/** The hyphenated compounds of the document, as written. */
function compoundsOf(table: WordTable): Set<string> {
  const compounds = new Set<string>()
  const {flags, block, start, texts} = table
  for (let word = 0; word < flags.length; word++) {
    if ((flags[word]! & (HEAD | IN_COMPOUND)) === (HEAD | IN_COMPOUND)) compounds.add(texts[block[word]!]!.slice(start[word]!, compoundEnd(table, word)))
  }
  return compounds
}

/**
 * Whether `expected` is a form the document contains (among `forms`), its
 * first letter's case aside (a form opening a sentence): a suggestion built
 * by putting a word into a compound (« Jean-Français » from « Jean-François »
 * and « Français », "général-purpose") is a word nobody wrote, and `--fix`
 * never writes one.
 */
function isAttested(expected: string, forms: ReadonlySet<string>): boolean {
  if (forms.has(expected)) return true
  const first = expected.codePointAt(0)
  if (first === undefined) return false
  const initial = String.fromCodePoint(first)
  const flipped = initial === initial.toLocaleLowerCase() ? initial.toLocaleUpperCase() : initial.toLocaleLowerCase()
  return forms.has(flipped + expected.slice(initial.length))
}

/** The lower case of a form, by its number, computed the first time it is asked for. */
function lowerCaseForms(forms: readonly string[]): (form: number) => string {
  const lower: Array<string | undefined> = new Array(forms.length)
  return (form) => (lower[form] ??= localeLowerCase(forms[form]!))
}

/** The slip keys of a form, by its number: asked of the same names by quotationMatters and nameVariants. */
function formSlipKeys(forms: readonly string[], lowerOf: (form: number) => string): (form: number) => number[] {
  const keys: Array<number[] | undefined> = new Array(forms.length)
  return (form) => (keys[form] ??= slipKeys(lowerOf(form)))
}

/** A form's number of occurrences and its occurrences (word numbers), by form. */
interface Occurrences {
  count: Int32Array
  /** Filled only for the forms asked for. */
  words: Map<number, number[]>
}

/**
 * The occurrences of each form among the words `skip` leaves, and the forms
 * in the order of their first occurrence.
 */
function countForms(table: WordTable, skip: number): {count: Int32Array; order: number[]} {
  const {form, flags} = table
  const count = new Int32Array(table.forms.length)
  const order: number[] = []
  for (let word = 0; word < form.length; word++) {
    if (flags[word]! & skip) continue
    const id = form[word]!
    if ((count[id] = count[id]! + 1) === 1) order.push(id)
  }
  return {count, order}
}

/** The words of the `wanted` forms among those `skip` leaves, in order. */
function occurrencesOf(table: WordTable, skip: number, wanted: ReadonlySet<number>): Map<number, number[]> {
  const words = new Map<number, number[]>()
  for (const id of wanted) words.set(id, [])
  const {form, flags} = table
  for (let word = 0; word < form.length; word++) {
    if (flags[word]! & skip) continue
    words.get(form[word]!)?.push(word)
  }
  return words
}

/** A group of forms sharing a key, in the order of their first occurrence. */
type Forms = number[]

/**
 * Groups of two forms or more sharing `key`. The key is computed once per
 * distinct form; groups and forms keep the order of their first occurrence.
 * Most keys have a single form: they get no array of their own.
 */
function variantGroups(order: readonly number[], key: (form: number) => string): Forms[] {
  // A key's first form until a second one comes; setting an existing key keeps its place in the order.
  const groups = new Map<string, number | Forms>()
  for (const id of order) {
    const name = key(id)
    const group = groups.get(name)
    if (group === undefined) groups.set(name, id)
    else if (typeof group === 'number') groups.set(name, [group, id])
    else group.push(id)
  }
  const variants: Forms[] = []
  for (const group of groups.values()) if (typeof group !== 'number') variants.push(group)
  return variants
}

/**
 * Which of two forms wins, or undefined when they are not variants or nothing
 * decides. `sameLower`: whether the two have the same lower case, asked of
 * every pair and known per form.
 */
type Judge = (a: string, countA: number, b: string, countB: number, sameLower: boolean) => string | undefined

/** Reports every occurrence of a form that loses to another form of its group. */
function reportLosers(table: WordTable, groups: readonly Forms[], occurrences: Occurrences, lowerOf: (form: number) => string, kind: VariantKind, judge: Judge): SpellingVariant[] {
  const {forms} = table
  const {count, words} = occurrences
  const results: SpellingVariant[] = []
  for (const group of groups) {
    // Most frequent first; the sort is stable, so equal counts keep the order of first occurrence.
    const entries = [...group].sort((a, b) => count[b]! - count[a]!)
    for (const form of entries) {
      const winner = entries.find((other) => other !== form && judge(forms[form]!, count[form]!, forms[other]!, count[other]!, lowerOf(form) === lowerOf(other)) === forms[other])
      if (winner === undefined) continue
      const majority = words.get(winner)!
      for (const word of words.get(form)!) results.push(variantAt(table, kind, word, forms[winner]!, majority[0]!, count[winner]!, count[form]!))
    }
  }
  return results
}

/** The variant `word` is, `expected` replacing it, with the majority's first word and the two counts. */
function variantAt(table: WordTable, kind: VariantKind, word: number, expected: string, first: number, majorityCount: number, count: number): SpellingVariant {
  const block = table.block[word]!
  const start = compoundStart(table, word)
  const end = compoundEnd(table, word)
  const compound = table.texts[block]!.slice(start, end)
  const before = compound.slice(0, table.start[word]! - start)
  const after = compound.slice(table.end[word]! - start)
  return {
    ...(table.flags[word]! & IN_QUOTATION ? {byHand: true} : {}),
    kind,
    block,
    start,
    end,
    actual: compound,
    expected: before + expected + after,
    fix: {start: table.start[word]!, end: table.end[word]!, text: expected},
    majority: {block: table.block[first]!, start: compoundStart(table, first), end: compoundEnd(table, first)},
    counts: {actual: count, expected: majorityCount}
  }
}

/** The forms of the words `skip` leaves, counted, and those sharing an accent key grouped. */
interface AccentGroups {
  count: Int32Array
  /** Forms in the order of their first occurrence. */
  order: number[]
  groups: Forms[]
}

function accentGroups(table: WordTable, skip: number, keyOf: (form: number) => string): AccentGroups {
  const {count, order} = countForms(table, skip)
  return {count, order, groups: variantGroups(order, keyOf)}
}

function accentAndCaseVariants(table: WordTable, {count, groups}: AccentGroups, lang: Lang | 'und', lowerOf: (form: number) => string, lowerSeen: ReadonlySet<string>): SpellingVariant[] {
  if (groups.length === 0) return []
  const occurrences = {count, words: occurrencesOf(table, CAPS_BLOCK | CAPS_RUN | FOREIGN, new Set(groups.flat()))}
  const personal = personalForms(table, occurrences.words, lowerSeen)
  // A name (capitalised, never in lower case) may carry its accents on other letters by a slip: Isräel among Israël.
  const isName = (form: string) => isCapitalised(form) && capitalIsSpelling(form, lowerSeen)
  const moved = new Set<string>()
  const accents = reportLosers(table, groups, occurrences, lowerOf, 'accent', (a, countA, b, countB, sameLower) => {
    const isPersonal = personal.has(a) || personal.has(b)
    const winner = judgeAccent(a, countA, b, countB, sameLower, lang, isPersonal, isPersonal || (isName(a) && isName(b)))
    if (winner !== undefined && isMovedAccent(a, b)) moved.add(winner === a ? b : a)
    return winner
  })
  return [
    ...reportLosers(table, groups, occurrences, lowerOf, 'case', judgeCase).filter((variant) => capitalIsSpelling(variant.fix.text, lowerSeen)),
    // Lefevre and Lefèvre are both surnames: only the person knows, as for a name slip; which letter an accent sits on is a slip to confirm too.
    ...accents.map((variant) => {
      const actual = table.texts[variant.block]!.slice(variant.fix.start, variant.fix.end)
      return personal.has(variant.fix.text) || personal.has(actual) || moved.has(variant.actual) ? {...variant, unsafe: true} : variant
    })
  ]
}

/** Whether two forms carry accents on different letters of the same letters (Isräel, Israël), not one accent missing. */
function isMovedAccent(a: string, b: string): boolean {
  const left = [...a.normalize('NFC')]
  const right = [...b.normalize('NFC')]
  if (left.length !== right.length) return false
  let onLeft = false
  let onRight = false
  for (let index = 0; index < left.length; index++) {
    const x = left[index]!
    const y = right[index]!
    if (x === y) continue
    if (stripAccents(x) !== stripAccents(y)) return false
    const [accentedX, accentedY] = [x !== stripAccents(x), y !== stripAccents(y)]
    if (accentedX && accentedY) return true
    if (accentedX) onLeft = true
    else onRight = true
  }
  return onLeft && onRight
}

/**
 * Whether the capitalised form a word in capitals is compared with is how
 * the word is spelled: a name or an acronym written as a word (Sahel, Otan),
 * never seen in lower case. "Date" among « date » is a common word opening a
 * sentence, and DATE a label or a shout.
 */
function capitalIsSpelling(title: string, lowerSeen: ReadonlySet<string>): boolean {
  return !lowerSeen.has(localeLowerCase(title))
}

/** The lower-case forms of the document (quotations in another language aside): a capitalised word also seen so is no name. */
function lowerCaseSeen(table: WordTable, lowerOf: (form: number) => string): Set<string> {
  const {forms} = table
  const lower = new Set<string>()
  for (const id of countForms(table, FOREIGN).order) if (lowerOf(id) === forms[id]) lower.add(forms[id]!)
  return lower
}

/** The forms among `words` (occurrences by form) used at least once as a person's name. */
function personalForms(table: WordTable, words: ReadonlyMap<number, readonly number[]>, lower: ReadonlySet<string>): Set<string> {
  const personal = new Set<string>()
  const seen = (value: string) => lower.has(localeLowerCase(value))
  for (const [id, list] of words) {
    if (list.some((word) => usedAsPersonName(table.texts[table.block[word]!]!, table.start[word]!, table.end[word]!, seen))) personal.add(table.forms[id]!)
  }
  return personal
}

/** What the forms of one word written with and without accents or capitals share, computed once per form. */
function accentKeys(forms: readonly string[], lowerOf: (form: number) => string): (form: number) => string {
  const keys: Array<string | undefined> = new Array(forms.length)
  // An ASCII word has no accent to strip: its key is its lower case, which the other analyses ask for too.
  return (form) => (keys[form] ??= isAscii(forms[form]!) ? lowerOf(form) : stripAccents(forms[form]!).toLocaleLowerCase())
}

/**
 * Whether leaving out the words [first, end) of a quotation, were it in
 * another language, could change a finding: whether one of them is a form
 * that a judge could weigh against another (accents, capitals), a name with
 * a name one slip away or a word whose lower case such a name has, a part
 * of a compound, or a single word a compound could be written as. Decided
 * once on all the words of the document, so it may answer yes for nothing,
 * never no for something: the quotation's language is detected only when
 * the answer is yes. `groups` are those of all the words not in capitals.
 */
function quotationMatters(table: WordTable, {order, groups}: AccentGroups, lowerOf: (form: number) => string, slipKeysOf: (form: number) => number[]): (first: number, end: number) => boolean {
  const {forms, form, flags} = table
  const matters = new Uint8Array(forms.length)
  for (const group of groups) {
    const judged = group.some((a, index) => group.slice(index + 1).some((b) => lowerOf(a) !== lowerOf(b) || isAllCaps(forms[a]!) || isAllCaps(forms[b]!)))
    if (judged) for (const id of group) matters[id] = 1
  }
  // Whether such a form is a person's name depends on its neighbours never being seen in lower case (usedAsPersonName).
  const neighbours = new Set<string>()
  for (let word = 0; word < form.length; word++) {
    if (!matters[form[word]!] || !isCapitalised(forms[form[word]!]!)) continue
    for (let near = Math.max(0, word - NEIGHBOURS_BEFORE); near <= word + 1 && near < form.length; near++) if (near !== word) neighbours.add(lowerOf(form[near]!))
  }
  const byKey = new Map<number, number[]>()
  for (const id of order) {
    if (!isCapitalised(forms[id]!) || letterCount(forms[id]!) < MIN_NAME) continue
    for (const key of slipKeysOf(id)) {
      const list = byKey.get(key)
      if (list) list.push(id)
      else byKey.set(key, [id])
    }
  }
  const lowerOfNames = new Set<string>()
  for (const list of byKey.values()) {
    if (list.length < 2) continue
    for (const id of list) {
      matters[id] = 1
      lowerOfNames.add(lowerOf(id))
    }
  }
  const parts = new Set<string>()
  for (let word = 0; word + 1 < form.length; word++) {
    if ((flags[word]! & (HEAD | IN_COMPOUND)) !== (HEAD | IN_COMPOUND) || lastOfCompound(table, word) !== word + 1) continue
    const [first, second] = [lowerOf(form[word]!), lowerOf(form[word + 1]!)]
    parts.add(first).add(second).add(first + second)
  }
  for (let id = 0; id < forms.length; id++) if (lowerOfNames.has(forms[id]!) || neighbours.has(forms[id]!) || parts.has(lowerOf(id))) matters[id] = 1
  return (first, end) => {
    for (let word = first; word < end; word++) if (flags[word]! & IN_COMPOUND || matters[form[word]!]) return true
    return false
  }
}

/**
 * SAHEL among Sahel: only capitals against a capitalised word, never a
 * lower-case one (AIDS/aids, US/us). Capitals are a style a place gives a
 * word (a label, a shouted line), never its spelling: they are never the
 * expected form, however often they occur (ROUX: … ROUX: … Isabelle Roux).
 */
const judgeCase: Judge = (a, countA, b, countB, sameLower) => {
  if (a === b || !sameLower) return undefined
  const titled = (value: string) => isCapitalised(value) && value.slice(1) === value.slice(1).toLocaleLowerCase()
  const caps = isAllCaps(a) ? a : isAllCaps(b) ? b : undefined
  const title = titled(a) ? a : titled(b) ? b : undefined
  if (!caps || !title || caps.length < MIN_CAPS) return undefined
  const [countCaps, countTitle] = caps === a ? [countA, countB] : [countB, countA]
  return countTitle > countCaps ? title : undefined
}

/** Which of two forms differing by accents wins. */
function judgeAccent(a: string, countA: number, b: string, countB: number, sameLower: boolean, lang: Lang | 'und', personal = false, movable = personal): string | undefined {
  // Forms of one group that differ by case only (le/Le) are most pairs: decided before normalising.
  if (sameLower) return undefined
  const left = [...a.normalize('NFC')]
  const right = [...b.normalize('NFC')]
  if (left.length !== right.length) return undefined
  // A name with its accents on other letters (Conceição/Conçeicao, Isräel/Israël): one of the two is a slip; elsewhere
  // (évènement/événement) a spelling choice.
  if (isMovedAccent(a, b)) return movable && left.length >= MIN_CAPITAL_ACCENT ? movedAccentWinner(a, countA, b, countB) : undefined
  let accented: string | undefined
  let capitalOnly = true
  const differences: number[] = []
  for (let index = 0; index < left.length; index++) {
    const x = left[index]!
    const y = right[index]!
    if (isUpper(x) !== isUpper(y)) return undefined
    if (x === y) continue
    // Only an accent missing on one side (the same letters with accents on both sides are a moved accent, above).
    const side = stripAccents(x) === y ? a : stripAccents(y) === x ? b : undefined
    if (!side || (accented && accented !== side)) return undefined
    accented = side
    differences.push(index)
    if (!isUpper(x)) capitalOnly = false
  }
  if (!accented) return undefined
  const bare = accented === a ? b : a
  const [countAccented, countBare] = accented === a ? [countA, countB] : [countB, countA]
  if (capitalOnly) {
    // Etat/État: the two are one word, and French keeps accents on capitals:
    // the accented form is right however often the bare one is used.
    if (left.length < MIN_CAPITAL_ACCENT) return undefined
    if (lang === 'fr') return accented
    if (countAccented === countBare) return undefined
    return countAccented > countBare ? accented : bare
  }
  // In lower case a missing accent often makes another word (signe/signé,
  // marche/marché, côte/cote): only long words, not when the last two letters
  // alone differ (French inflection lives there: présentes/présentés), and only a rare slip
  // against a frequent form.
  // A person's name is no common word that an accent turns into another
  // (José/Jose): compared from four letters and on its last letter too, and
  // reported as a question only (see usedAsPersonName).
  if (personal) {
    if (left.length < MIN_CAPITAL_ACCENT) return undefined
  } else if (left.length < MIN_LOWER_ACCENT || differences.every((index) => index >= left.length - 2)) return undefined
  if (ACCENT_HOMOGRAPHS.has(stripAccents(bare).toLocaleLowerCase())) return undefined
  return countBare * 2 <= countAccented ? accented : undefined
}

/** Of two spellings of a name with accents on other letters, the one used at least twice as often, if any. */
function movedAccentWinner(a: string, countA: number, b: string, countB: number): string | undefined {
  if (countB * 2 <= countA) return a
  return countA * 2 <= countB ? b : undefined
}

function isUpper(char: string): boolean {
  return char !== char.toLocaleLowerCase() && char === char.toLocaleUpperCase()
}

function nameVariants(table: WordTable, lang: Lang | 'und', distinct: ReadonlySet<string>, lowerOf: (form: number) => string, slipKeysOf: (form: number) => number[], lower: ReadonlySet<string>): SpellingVariant[] {
  const {forms, form, flags} = table
  // A word also seen in lower case (`lower`) is a common noun with a capital (Défense/défense), not a name.
  // 1 a name, 2 not a name, 0 not decided yet.
  const nameness = new Uint8Array(forms.length)
  const isName = (id: number) => {
    if (nameness[id] === 0) {
      const value = forms[id]!
      nameness[id] = isCapitalised(value) && letterCount(value) >= MIN_NAME && !lower.has(lowerOf(id)) && !CALENDAR_WORDS.has(value) ? 1 : 2
    }
    return nameness[id] === 1
  }
  const occurrences = new Map<number, number[]>()
  // Forms seen at least once away from a sentence's start, in the order of that occurrence.
  const names: number[] = []
  const named = new Uint8Array(forms.length)
  for (let word = 0; word < form.length; word++) {
    const id = form[word]!
    // A later part of a hyphenated compound (Marne in « Seine-et-Marne », Avignon in « Villeneuve-lès-Avignon ») belongs to a longer name: never compared alone.
    if (flags[word]! & (CAPS_BLOCK | FOREIGN) || (flags[word]! & (HEAD | IN_COMPOUND)) === IN_COMPOUND || !isName(id)) continue
    const list = occurrences.get(id)
    if (list) list.push(word)
    else occurrences.set(id, [word])
    if (named[id] === 0 && !opensSentence(table, word)) {
      named[id] = 1
      names.push(id)
    }
  }
  const keys = names.map(slipKeysOf)
  // Only forms sharing a one-letter-dropped key can be one slip apart: compare those, not every pair.
  const neighbours = new Map<number, number[]>()
  names.forEach((_, index) => {
    for (const key of keys[index]!) {
      const list = neighbours.get(key)
      if (list) list.push(index)
      else neighbours.set(key, [index])
    }
  })
  // The first names before each form's occurrences, looked for only when the form has a close neighbour.
  const firstNames = new Map<number, FirstName[]>()
  const firstNamesOf = (id: number) => {
    let list = firstNames.get(id)
    if (!list) firstNames.set(id, (list = firstNamesBefore(occurrences.get(id)!.map((word) => [table.texts[table.block[word]!]!, table.start[word]!]))))
    return list
  }
  const places = new Map<number, Array<readonly [string, number, number]>>()
  const placesOf = (id: number) => {
    let list = places.get(id)
    if (!list) places.set(id, (list = occurrences.get(id)!.map((word) => [table.texts[table.block[word]!]!, table.start[word]!, table.end[word]!] as const)))
    return list
  }
  const seenLower = (value: string) => lower.has(localeLowerCase(value))
  // What tells each form's bearer apart (first names, offices, the surname it comes before) and the letter it hangs on (O’Brien), asked only of close forms.
  const identities = new Map<number, Set<string>>()
  const identityOf = (id: number) => {
    let set = identities.get(id)
    if (!set) identities.set(id, (set = identityEvidence(placesOf(id), firstNamesOf(id), seenLower)))
    return set
  }
  const prefixes = new Map<number, string>()
  const prefixOf = (id: number) => {
    let value = prefixes.get(id)
    if (value === undefined) prefixes.set(id, (value = [...new Set(placesOf(id).map(([text, start]) => namePrefix(text, start, lang)))].sort().join('|')))
    return value
  }
  let rosters: Map<number, Array<readonly [number, number]>> | undefined
  const inRoster = (id: number) => occurrences.get(id)!.some((word) => (rosters ??= rosterLines(table.texts)).get(table.block[word]!)?.some(([from, to]) => table.start[word]! >= from && table.end[word]! <= to))
  const results: SpellingVariant[] = []
  for (const [nameIndex, id] of names.entries()) {
    const all = occurrences.get(id)!
    if (all.length > MAX_NAME_SLIPS) continue
    const candidates = new Set<number>()
    for (const key of keys[nameIndex]!) for (const index of neighbours.get(key)!) candidates.add(index)
    let best: {other: number; mine: number[]; theirs: number[]} | undefined
    let tie: {other: number; mine: number[]; theirs: number[]} | undefined
    // In the order of `names`, so that ties go to the same form as comparing every pair would.
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const other = names[index]!
      const kind = other === id ? undefined : nameSlipKind(forms[id]!, forms[other]!, distinct)
      if (kind === undefined || !mayBeOnePerson(kind, forms[id]!, firstNamesOf(id), forms[other]!, firstNamesOf(other))) continue
      // « Dussoptà franceinfo »: the name and the next word glued (a caption run into the text), a missing space, not a spelling.
      if (isGluedToWord(forms[id]!, forms[other]!, lang)) continue
      if (!usedAlike(placesOf(id), placesOf(other), seenLower)) continue
      if (lang === 'fr' && articleOnlyAgainstBare(placesOf(id), placesOf(other))) continue
      if (isPluralOfNamePart(forms[id]!, firstNamesOf(id), placesOf(id), forms[other]!, firstNamesOf(other), placesOf(other))) continue
      // N’Dombélé and Dembélé, O’Brien and Brian: a letter and an apostrophe are part of the name.
      if (prefixOf(id) !== prefixOf(other)) continue
      // Each told apart by its own first name, office or surname (President Harlan, chief of staff Tom Harlon): two people.
      if (toldApart(identityOf(id), identityOf(other))) continue
      // One inner letter for another in a short name makes another name as often as a slip (Cannes/Cagnes,
      // Ahmed/Ahmad, Bartek/Bartok, François/Français): one name only when the document shares a first name,
      // an initial, an office or a surname between the two (« le juge Delorme … le juge Delorne »).
      if (isShortSubstitution(forms[id]!, forms[other]!) && !sharesBearer(identityOf(id), identityOf(other)) && !sharesFirstName(firstNamesOf(id), firstNamesOf(other))) continue
      // Two entries of team sheets or lists of names: two people, each listed once.
      if (inRoster(id) && inRoster(other)) continue
      // A form given as another name of the bearer (a/k/a 'Ahmad Rahimi', alias « Lombardo »): written so on purpose.
      if (givenAsAlias(placesOf(id))) continue
      // A last letter apart is one name only after the same first name: a form used as a thing there is another name (the Elysee palace, the Champs Elysees).
      const [mine, theirs] = kind === 'ending' ? [namedOnly(table, all), namedOnly(table, occurrences.get(other)!)] : [all, occurrences.get(other)!]
      if (mine.length === 0) continue
      // The slip is rare against a form used at least twice as often.
      if (theirs.length >= mine.length * 2) {
        if (best === undefined || theirs.length > best.theirs.length) best = {other, mine, theirs}
      } else if (mine.length === 1 && theirs.length === 1 && isBefore(table, theirs[0]!, mine[0]!) && !introducedAfter(firstNamesOf(id), firstNamesOf(other))) {
        // Once each (« Delorme » then « Delorne »): no majority to follow, but the
        // later spelling is the one to check; suggested, never fixed without asking.
        tie ??= {other, mine, theirs}
      }
    }
    const chosen = best ?? tie
    if (chosen === undefined) continue
    for (const word of chosen.mine) {
      const variant = variantAt(table, 'name', word, forms[chosen.other]!, chosen.theirs[0]!, chosen.theirs.length, chosen.mine.length)
      // Two close names may be two people: renaming is never a safe fix.
      results.push({...variant, unsafe: true})
    }
  }
  return results
}

/**
 * Whether `form` is `name` with a short function word glued after it
 * (« Dussoptà », "Smithand"): two words run together where a space was
 * lost, which a spelling suggestion would not mend.
 */
function isGluedToWord(form: string, name: string, lang: Lang | 'und'): boolean {
  if (form.length <= name.length || !form.startsWith(name)) return false
  const rest = form.slice(name.length)
  // A letter doubled (Marchal/Marchall) or an elided article's letter (l, d) is no word glued on: a word has a vowel.
  if (rest === name.at(-1) || !/[aeiouyàâéèêëîïôöûüù]/iu.test(rest)) return false
  return (lang === 'und' ? [TITLE_FUNCTION_WORDS.fr, TITLE_FUNCTION_WORDS.en] : [TITLE_FUNCTION_WORDS[lang]]).some((words) => words.has(rest))
}

/** The alias markers, each also with a capital (« Alias », "Née"), longest first. */
const ALIAS_WORDS = [...new Set(ALIAS_MARKERS.flatMap((marker) => [marker, marker.charAt(0).toUpperCase() + marker.slice(1)]))].sort((a, b) => b.length - a.length)

/**
 * An alias marker, then maybe a quotation mark and up to two capitalised
 * words (a first name), right before the name: « alias « Paolo Lombardo »,
 * a/k/a 'Ahmad Rahimi', née Skłodowska, « Jean Martin, dit Martini ».
 */
const ALIAS_BEFORE = new RegExp(
  `(?:,[ \\u00A0]+(?:${wordsPattern(ALIAS_MARKERS_AFTER_COMMA)})|(?:^|[^\\p{L}\\p{M}])(?:${wordsPattern(ALIAS_WORDS)})),?[ \\u00A0]+["'“‘«]?[ \\u00A0]?(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?[ \\u00A0]+){0,2}$`,
  'u'
)

/** Whether one of a form's occurrences is given as an alias, a nickname or a birth name. */
function givenAsAlias(places: ReadonlyArray<readonly [string, number, number]>): boolean {
  return places.some(([text, start]) => ALIAS_BEFORE.test(text.slice(Math.max(0, start - 64), start)))
}

/** The occurrences not used as a thing after a determiner (« the Elysee »): those of a name read with its first name. */
function namedOnly(table: WordTable, words: readonly number[]): number[] {
  return words.filter((word) => !usedAsThing(table.texts[table.block[word]!]!, table.start[word]!, table.end[word]!))
}

/**
 * The letter and apostrophe a name hangs on (« N’Dombélé », "O’Brien",
 * "D’Arcy"), or ''. In French a capital and an apostrophe opening a
 * sentence are an elision (« L’Etat », « D’après »), but for O’.
 */
function namePrefix(text: string, start: number, lang: Lang | 'und'): string {
  const previous = text.charAt(start - 1)
  if (previous !== '’' && previous !== "'") return ''
  const letter = text.charAt(start - 2)
  if (!/^\p{Lu}$/u.test(letter) || /[\p{L}\p{M}]/u.test(text.charAt(start - 3))) return ''
  if (lang !== 'en' && letter !== 'O' && isSentenceInitial(text, start - 2)) return ''
  return letter
}


/**
 * The word that ends `before`, then a space and maybe a full stop (« le
 * juge », "Gen."), as [the text before it, the word, the stop], scanned
 * backwards: a regular expression anchored at the end would try every start.
 */
function wordEnding(before: string): [string, string, string] | undefined {
  if (!/[ \u00A0]/u.test(before.charAt(before.length - 1))) return undefined
  let end = before.length - 1
  const stop = before.charAt(end - 1) === '.' ? '.' : ''
  end -= stop.length
  let start = end
  while (start > 0 && /\p{L}/u.test(before.charAt(start - 1))) start--
  return start < end ? [before.slice(0, start), before.slice(start, end), stop] : undefined
}
const DETERMINER_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Ll}+)[ \u00A0]$/u
/** The surname after a form used as a first name, particles and « al- » included (Mohammad al-Adnani, Raheem Talib). */
const SURNAME_NEXT = new RegExp(`^[ \\u00A0](?:(?:${surnameLeadPattern('evidence')})[ \\u00A0'’‐-]?)*(\\p{Lu}[\\p{L}\\p{M}]*)`, 'u')

/**
 * What a form's occurrences say of who bears it: its trusted first names
 * (an initial as « f. », matching Frank), the office before it or before
 * its first name (« le juge », "President", "the poet", "chief of staff
 * Donald"), and the surname it comes before when it is a first name
 * (Raheem Talib). Honorifics say nothing (« M. Mokrame »).
 */
function identityEvidence(places: ReadonlyArray<readonly [string, number, number]>, firstNames: readonly FirstName[], seenInLowerCase: (value: string) => boolean): Set<string> {
  const evidence = new Set<string>()
  for (const {name, initial, abbreviated} of firstNames) {
    if (abbreviated) evidence.add(`${name}.`)
    else if (!initial) evidence.add(name)
  }
  for (const [text, start, end] of places) {
    const near = wordEnding(text.slice(Math.max(0, start - FIRST_NAME_REACH), start))
    if (near) {
      const [rest, word, stop] = near
      const office = officeAt(rest, word, stop)
      if (office) evidence.add(`office:${office}`)
      else if (/^\p{Lu}/u.test(word) && !FORMS_OF_ADDRESS.has(localeLowerCase(word)) && (!stop || [...word].length === 1)) {
        // A first name or an initial: the office comes before it.
        const further = wordEnding(rest)
        const outer = further && officeAt(...further)
        if (outer) evidence.add(`office:${outer}`)
      }
    }
    const after = SURNAME_NEXT.exec(text.slice(end, end + FIRST_NAME_REACH))
    if (after && !seenInLowerCase(after[1]!) && !isSentenceInitial(text, end + after[0].length - after[1]!.length)) evidence.add(`surname:${localeLowerCase(after[1]!)}`)
  }
  return evidence
}

/** The office `word` (after `before`, followed by `stop`, a full stop or nothing) names, if it is one (lower-cased): a title, an office, or a noun after an article (the poet, le poète). */
function officeAt(before: string, word: string, stop: string): string | undefined {
  const lower = localeLowerCase(word)
  if (FORMS_OF_ADDRESS.has(lower) || OFFICE_QUALIFIERS.has(lower)) return undefined
  if (TITLES.has(lower) || OFFICES.has(lower)) return lower
  // A full stop after any other word ends a sentence ("to the pack. Sheehan").
  if (stop || word !== lower || [...word].length < 3) return undefined
  const determiner = DETERMINER_BEFORE.exec(before)
  return determiner && OFFICE_ARTICLES.has(determiner[1]!) ? lower : undefined
}


/** Two forms each with evidence of its bearer, none shared (an initial matches a first name starting with it). */
function toldApart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false
  for (const x of a) for (const y of b) if (sameBearer(x, y)) return false
  return true
}

/** Evidence of one bearer shared by two forms: a first name, an initial matching it, an office or a surname (see identityEvidence). */
function sharesBearer(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) for (const y of b) if (sameBearer(x, y)) return true
  return false
}

/**
 * The same first name, or an initial and a first name it may stand for,
 * before both forms, one of the two at least inside a sentence or an
 * initial: « Selon Kowalski … Selon Kowalsky » share only a sentence's
 * first word, "Frank Sheehan. … F Sheahan" a first name.
 */
function sharesFirstName(a: readonly FirstName[], b: readonly FirstName[]): boolean {
  const key = ({name, abbreviated}: FirstName) => (abbreviated ? `${name}.` : name)
  const trusted = ({initial, abbreviated}: FirstName) => !initial || abbreviated === true
  return a.some((x) => b.some((y) => (trusted(x) || trusted(y)) && sameBearer(key(x), key(y))))
}

/** Letters from which one letter changed inside a name seldom makes another name (Equatorial/Equitorial, Villeneuve/Villeveuve). */
const MIN_BARE_SUBSTITUTION = 9

/**
 * Two forms of the same length, shorter than MIN_BARE_SUBSTITUTION letters,
 * one letter apart before the last, the two letters not neighbours on a
 * keyboard (QWERTY or AZERTY): Cannes/Cagnes, Ahmed/Ahmad, Bartek/Bartok.
 * A neighbouring key is a typing slip (Delorme/Delorne, Lebrun/Lebrin).
 */
export function isShortSubstitution(a: string, b: string): boolean {
  const [xs, ys] = [[...stripAccents(localeLowerCase(a))], [...stripAccents(localeLowerCase(b))]]
  if (xs.length !== ys.length || xs.length >= MIN_BARE_SUBSTITUTION) return false
  const edit = singleEdit(xs, ys)
  return edit?.kind === 'change' && edit.at < xs.length - 1 && !areKeyNeighbours(xs[edit.at]!, ys[edit.at]!)
}

function sameBearer(x: string, y: string): boolean {
  if (x === y) return true
  const initial = (value: string) => value.length === 2 && value.endsWith('.')
  if (initial(x) && !y.includes(':')) return y.startsWith(x[0]!)
  if (initial(y) && !x.includes(':')) return x.startsWith(y[0]!)
  return false
}

/**
 * Lines that are lists of names, as a team sheet is (« Sheahan, Horan,
 * O’Callaghan, Miller, G Easterby… »): five entries or more between commas,
 * semicolons or full stops, nearly all of one to three capitalised words
 * (an initial allowed), brackets aside. By block, [start, end) of each such line.
 */
function rosterLines(texts: readonly string[]): Map<number, Array<readonly [number, number]>> {
  const rosters = new Map<number, Array<readonly [number, number]>>()
  texts.forEach((text, block) => {
    if (!text.includes(',')) return
    let from = 0
    for (const line of text.split('\n')) {
      const to = from + line.length
      if (isRoster(line)) rosters.set(block, [...(rosters.get(block) ?? []), [from, to] as const])
      from = to + 1
    }
  })
  return rosters
}

function isRoster(line: string): boolean {
  const items = line
    .replace(/\([^()]*\)/gu, ' ')
    .split(/[,;:]|\.(?:\s|$)|\s(?:and|et)\s/u)
    .map((item) => item.trim())
    .filter((item) => item !== '')
  if (items.length < 5) return false
  return items.filter((item) => ROSTER_ENTRY.test(item)).length >= items.length * 0.8
}

const ROSTER_ENTRY = /^(?:\p{Lu}\.?[ \u00A0])?(?:\p{Lu}['’])?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00A0](?:\p{Lu}['’])?\p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u

/** A capitalised word right before a name (Boris in « Boris Johnson »), lower-cased, and whether it opens a sentence. */
export interface FirstName {
  name: string
  initial: boolean
  /** An initial (« F Sheahan », "S. Horgan"): `name` is its letter, lower-cased. */
  abbreviated?: boolean
}


/** The word before a single space, and its full stop if any: a title (« M. Lefèvre », "Dr. Smith") or the end of a sentence. */
const TITLE_BEFORE = /(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]+)(\.?)[ \u00A0]$/u
/** The capitalised word after a single space (the surname after « Hélène »). */
const NAME_AFTER = /^[ \u00A0](\p{Lu}[\p{L}\p{M}]*)/u

/**
 * Whether the capitalised word text[start, end), never seen in lower case
 * in the document (`seenInLowerCase` says, given a word), is used there as a
 * person's name: after a title (« M. Lefevre », "Dr Jose"), after a first
 * name (« Jean-Marc Lefevre »: a capitalised word inside a sentence, never
 * seen in lower case either), or as a first name before such a word
 * (« Hélène Dupont », "Jose Mourinho"). An institution or a common word
 * with a capital (« l’Etat », « Etats-Unis », « l’Elysée ») has an article
 * or a lower-case word before it.
 */
function usedAsPersonName(text: string, start: number, end: number, seenInLowerCase: (value: string) => boolean): boolean {
  const value = text.slice(start, end)
  if (!isCapitalised(value) || seenInLowerCase(value) || isHyphen(text.charCodeAt(start - 1)) || isHyphen(text.charCodeAt(end))) return false
  const isNameWord = (word: string) => isCapitalised(word) && !seenInLowerCase(word)
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, start - FIRST_NAME_REACH), start))
  // « le juge Lefevre », but « me », « m » in lower case are a pronoun and a letter.
  if (before && TITLES.has(localeLowerCase(before[1]!)) && (before[1]!.length > 2 || /^\p{Lu}/u.test(before[1]!))) return true
  const first = firstNamesBefore([[text, start]])[0]
  if (first && !first.initial && !first.abbreviated && !seenInLowerCase(first.name) && first.name.split(/[-‐‑]/).every((part) => !seenInLowerCase(part))) return true
  // An institution comes after an article (« l’Ecole Polytechnique », "the Elysee Palace"),
  // a first name after a pause, a title or another name (« Mme Hélène Dupont »).
  const previous = text.charAt(start - 1)
  if (previous === '’' || previous === "'") return false
  if (before && !before[2] && !isNameWord(before[1]!) && !TITLES.has(localeLowerCase(before[1]!))) return false
  const after = NAME_AFTER.exec(text.slice(end, end + FIRST_NAME_REACH))
  return after !== null && isNameWord(after[1]!) && !isHyphen(text.charCodeAt(end + after[0].length))
}

/** A first name's surname: capitalised, or after particles (« François de Rugy », « Marine Le Pen », "Ursula von der Leyen"). */
const SURNAME_AFTER = new RegExp(`^[ \\u00A0](?:(?:${surnameLeadPattern('firstName')})[ \\u00A0]?)*(\\p{Lu}[\\p{L}\\p{M}]*)`, 'u')
const WORD_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Ll}+)(?:[ \u00A0]|['’])$/u

/**
 * Whether the occurrence text[start, end) is used as a first name: a
 * surname follows it (« François Bayrou », « François de Rugy », « Marine
 * Le Pen », "Bella Hadid"), a capitalised word never seen in lower case.
 */
function usedAsFirstName(text: string, start: number, end: number, seenInLowerCase: (value: string) => boolean): boolean {
  const after = SURNAME_AFTER.exec(text.slice(end, end + FIRST_NAME_REACH))
  return after !== null && !seenInLowerCase(after[1]!) && !isHyphen(text.charCodeAt(end + after[0].length)) && !isSentenceInitial(text, end + after[0].length - after[1]!.length)
}

/**
 * Whether the occurrence text[start, end) is used as a thing, a place or a
 * people: after a determiner (« les Français », « la Marne », "the
 * Americans") or a word that qualifies a place ("South Sudan"), or alone in
 * brackets as a credit (« (Belga) »).
 */
function usedAsThing(text: string, start: number, end: number): boolean {
  if (text.charAt(start - 1) === '(' && text.charAt(end) === ')') return true
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 6), start))
  if (before !== null && DETERMINERS.has(before[1]!)) return true
  // After a word that qualifies a place (South Sudan, New Jersey, « la Haute Marne »): a place.
  const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 12), start))
  return qualifier !== null && PLACE_QUALIFIERS.has(localeLowerCase(qualifier[1]!))
}

const QUALIFIER_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}\p{Ll}+)[ \u00A0]$/u

/**
 * Whether two close name forms, given by their occurrences (a block's text,
 * start, end), are used alike: a slip keeps the use of the name it
 * misspells. A form used as a first name against one never so used but
 * used as a thing or as a surname after a first name are two words: « François Bayrou » and
 * « les Français », « Marine Le Pen » and « la Marne », "Bella Hadid" and
 * « (Belga) », the film "Being Julia" and "Annette Bening". So are a
 * surname after a first name and a thing or a people never so named
 * (« Céline François » and « les Français »). A form used
 * neither way says nothing ("Atletico Madrid" and "gave Athletico a start"),
 * and neither does a title (« Mokrane Maâmar » and « M. Mokrame »: the
 * Algerian press may call a man by either of his names).
 */
function usedAlike(a: ReadonlyArray<readonly [string, number, number]>, b: ReadonlyArray<readonly [string, number, number]>, seenInLowerCase: (value: string) => boolean): boolean {
  const given = (list: typeof a) => list.some(([text, start, end]) => usedAsFirstName(text, start, end, seenInLowerCase))
  const otherwise = (list: typeof a) =>
    list.some(([text, start, end]) => usedAsThing(text, start, end) || firstNamesBefore([[text, start]]).some(({initial}) => !initial))
  const [givenA, givenB] = [given(a), given(b)]
  if (givenA !== givenB) return !otherwise(givenA ? b : a)
  if (givenA) return true
  // A surname after a first name against a thing or a people never so named (« Céline François » and « les Français »).
  const surname = (list: typeof a) => list.some(([text, start]) => firstNamesBefore([[text, start]]).some(({initial}) => !initial))
  const thing = (list: typeof a) => list.some(([text, start, end]) => usedAsThing(text, start, end))
  const [surnameA, surnameB, thingA, thingB] = [surname(a), surname(b), thing(a), thing(b)]
  return !((surnameA && !thingA && thingB && !surnameB) || (surnameB && !thingB && thingA && !surnameA))
}

/**
 * Whether one form comes after an article at each of two or more
 * occurrences and the other never does, in French: « la Maison Blanche »
 * twice and « par Madison drive » are two words. French keeps the article
 * of a name used as a thing (« la Commission », « l’Élysée »), so its slip
 * keeps it too (« la Comission »); English drops it often ("Pentagon
 * officials"), so this is asked of French only.
 */
function articleOnlyAgainstBare(a: ReadonlyArray<readonly [string, number, number]>, b: ReadonlyArray<readonly [string, number, number]>): boolean {
  const after = (list: typeof a) => list.filter(([text, start, end]) => usedAsThing(text, start, end)).length
  const [thingsA, thingsB] = [after(a), after(b)]
  return (a.length >= 2 && thingsA === a.length && thingsB === 0) || (b.length >= 2 && thingsB === b.length && thingsA === 0)
}

/**
 * Whether the later of two forms used once each comes after a first name
 * while the earlier comes after none: a person introduced in full after a
 * bare word that named something else ("Britain’s wartime …" then "nurse
 * Vera Brittain"). News copy names a person in full first; a slip of that
 * person's name comes after the full name, not before it.
 */
function introducedAfter(later: readonly FirstName[], earlier: readonly FirstName[]): boolean {
  return later.some(({initial}) => !initial) && earlier.length === 0
}

/** English months and weekdays take a capital and are no names: "filed in March" is no slip for Helen Marsh. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES.en, ...WEEKDAY_NAMES.en])

/** Lower-case particles between a first name and a surname (Charles de Gaulle, Marcelo Rebelo de Sousa, Vincent van Gogh). */
const PARTICLES = new Set(particlesFor('between'))

/** Longer than any first name looked for. */
const FIRST_NAME_REACH = 48

/**
 * The first names before occurrences of a name, each given by its block's
 * text and its start there: a capitalised word, or hyphenated first name,
 * and a single space before the name.
 */
export function firstNamesBefore(occurrences: ReadonlyArray<readonly [text: string, start: number]>): FirstName[] {
  const names: FirstName[] = []
  for (const [text, start] of occurrences) {
    if (start < 2 || !/[ \u00A0]/.test(text.charAt(start - 1))) continue
    const initial = INITIAL_BEFORE.exec(text.slice(Math.max(0, start - 4), start))
    if (initial && (initial[2] ? !TITLES.has(localeLowerCase(initial[1]!)) : !NOT_INITIALS.has(initial[1]!))) {
      names.push({name: localeLowerCase(initial[1]!), initial: isSentenceInitial(text, start - 2 - initial[2]!.length), abbreviated: true})
      continue
    }
    let at = wordStartBefore(text, start - 1)
    if (at === undefined) continue
    let name = text.slice(at, start - 1)
    // « Amadeo de Souza », "Ludwig van Beethoven": the first name is before the particle.
    if (PARTICLES.has(name) && at >= 2 && /[ \u00A0]/.test(text.charAt(at - 1))) {
      const end = at - 1
      at = wordStartBefore(text, end)
      if (at === undefined) continue
      name = text.slice(at, end)
    }
    if (!isCapitalised(name) || isHyphen(name.charCodeAt(name.length - 1)) || TITLES.has(localeLowerCase(name)) || PLACE_QUALIFIERS.has(localeLowerCase(name))) continue
    names.push({name: localeLowerCase(name), initial: isSentenceInitial(text, at)})
  }
  return names
}

/** A single capital, maybe with a full stop, before a name: an initial (« F Sheahan », "S. Horgan"), unless a title (« M. »). */
const INITIAL_BEFORE = /(?:^|[^\p{L}\p{M}'’])(\p{Lu})(\.?)[ \u00A0]$/u

/**
 * Start of the run of letters, marks and hyphens ending at `end`, scanned
 * backwards (a regular expression anchored at the end would try every start);
 * undefined when it reaches further than a first name does.
 */
function wordStartBefore(text: string, end: number): number | undefined {
  let at = end
  while (at > 0) {
    if (end - at > FIRST_NAME_REACH) return undefined
    const char = codePointBefore(text, at)
    if (letterKind(char) === OTHER && !isHyphen(char.charCodeAt(0))) break
    at -= char.length
  }
  return at
}

function isFrequentPair(a: string, b: string): boolean {
  const [x, y] = [stripAccents(localeLowerCase(a)), stripAccents(localeLowerCase(b))]
  return FREQUENT_NAME_PAIRS.some(([first, second]) => (x === first && y === second) || (x === second && y === first))
}

/**
 * Whether two close name forms may be one person spelled two ways. First
 * names tell people apart: Dustin Johnston and Boris Johnson are two. A word
 * opening a sentence may be any capitalised word (« Selon Kowalski », "Then
 * Gonzales"), so it counts as a first name only where one of the two forms
 * has it away from a sentence's start too. Two frequent names (Thomson and
 * Thompson), and two names differing on the last letter (Moreau/Moreaux,
 * which is otherwise inflection: Africain/Africaine), need the same first
 * name on both sides.
 */
export function mayBeOnePerson(kind: 'slip' | 'ending', a: string, firstOfA: readonly FirstName[], b: string, firstOfB: readonly FirstName[]): boolean {
  const trusted = new Set<string>()
  // An initial is trusted wherever it stands: a capital alone before a name is no sentence's first word.
  const key = ({name, abbreviated}: FirstName) => (abbreviated ? `${name}.` : name)
  for (const first of [...firstOfA, ...firstOfB]) if (!first.initial || first.abbreviated) trusted.add(key(first))
  const known = (list: readonly FirstName[]) => new Set(list.map(key).filter((name) => trusted.has(name)))
  const [ofA, ofB] = [known(firstOfA), known(firstOfB)]
  const shared = [...ofA].some((name) => [...ofB].some((other) => sameBearer(name, other)))
  if (shared) return true
  if (kind === 'ending' || isFrequentPair(a, b)) return false
  return ofA.size === 0 || ofB.size === 0
}

function isBefore(table: WordTable, a: number, b: number): boolean {
  const {block, start} = table
  return block[a]! < block[b]! || (block[a] === block[b] && start[a]! < start[b]!)
}

/** Base of the polynomial hash of slipKeys (odd, so that multiplying by it loses nothing modulo 2³²). */
const SLIP_BASE = 0x01000193
/** Code points of the form slipKeys is hashing, and its suffix hashes: reused from form to form. */
let slipPoints = new Int32Array(64)
let slipSuffixes = new Int32Array(65)

/**
 * Hashes of a lower-case form and of the form with each letter dropped in
 * turn: two forms one change, insertion or swap apart (see `singleEdit`)
 * share at least one. Numbers rather than the strings themselves: a
 * document has thousands of capitalised forms and each would cost a string
 * per letter. Equal strings have equal hashes, so no pair of forms that
 * shares a key is missed; two that share one by a collision are only
 * compared for nothing (nameVariants asks nameSlipKind, and quotationMatters
 * may answer yes for nothing).
 *
 * The hash of a string s of n code points is Σ s[j]·B^(n−1−j) modulo 2³²,
 * so the form without letter i hashes to prefix(i)·B^(n−1−i) + suffix(i+1):
 * each key costs a few multiplications, not a pass over the form.
 */
function slipKeys(lower: string): number[] {
  let length = 0
  if (slipPoints.length < lower.length) {
    slipPoints = new Int32Array(lower.length)
    slipSuffixes = new Int32Array(lower.length + 1)
  }
  // Letters are code points: a surrogate pair is one letter, dropped whole.
  for (let index = 0; index < lower.length; index++) {
    const code = lower.codePointAt(index)!
    if (code > 0xffff) index++
    slipPoints[length++] = code
  }
  // slipSuffixes[i]: hash of the letters from i on, as the end of the form (Σ s[j]·B^(n−1−j), j ≥ i).
  slipSuffixes[length] = 0
  let power = 1
  for (let index = length - 1; index >= 0; index--) {
    slipSuffixes[index] = (Math.imul(slipPoints[index]!, power) + slipSuffixes[index + 1]!) | 0
    power = Math.imul(power, SLIP_BASE)
  }
  const keys = [slipKey(slipSuffixes[0]!)]
  // B^(n−1−i) for i = 0 is B^(n−1); divided by B from letter to letter through its inverse.
  let scale = 1
  for (let index = 1; index < length; index++) scale = Math.imul(scale, SLIP_BASE)
  let prefix = 0
  for (let index = 0; index < length; index++) {
    // Dropping either of two equal neighbours gives the same form: one key for the run.
    if (index === 0 || slipPoints[index] !== slipPoints[index - 1]) keys.push(slipKey((Math.imul(prefix, scale) + slipSuffixes[index + 1]!) | 0))
    prefix = (Math.imul(prefix, SLIP_BASE) + slipPoints[index]!) | 0
    scale = Math.imul(scale, SLIP_INVERSE)
  }
  return keys
}

/** The inverse of SLIP_BASE modulo 2³² (Newton's iteration: each step doubles the correct low bits). */
const SLIP_INVERSE = (() => {
  let inverse = SLIP_BASE
  for (let step = 0; step < 5; step++) inverse = Math.imul(inverse, 2 - Math.imul(SLIP_BASE, inverse))
  return inverse
})()

/**
 * A 32-bit hash as a small integer (30 bits), which V8 keeps unboxed as a Map
 * key. Mixed first (murmur3's finaliser): the low bits of a polynomial hash
 * depend on the low bits of the letters only, and « a » and « b » would share a key.
 */
function slipKey(hash: number): number {
  return mix32(hash) >>> 2
}

/** Number of code points of `value` (a surrogate pair is one), without making an array of them. */
function letterCount(value: string): number {
  let count = value.length
  for (let index = 0; index < value.length; index++) if ((value.charCodeAt(index) & 0xfc00) === 0xdc00 && index > 0 && (value.charCodeAt(index - 1) & 0xfc00) === 0xd800) count--
  return count
}

/** One typing slip apart: a letter changed, added, dropped or two letters swapped, away from the first and last letters. */
export function isNameSlip(a: string, b: string, distinct: ReadonlySet<string> = new Set()): boolean {
  return nameSlipKind(a, b, distinct) === 'slip'
}

/**
 * How two names are one edit apart: 'slip' (see isNameSlip), 'ending' for
 * another edit on the last letter (Moreau/Moreaux, Africain/Africaine),
 * which is inflection or another name unless the same first name comes
 * before both (see mayBeOnePerson), or undefined.
 */
export function nameSlipKind(a: string, b: string, distinct: ReadonlySet<string> = new Set()): 'slip' | 'ending' | undefined {
  const x = a.toLocaleLowerCase()
  const y = b.toLocaleLowerCase()
  if (x === y || x[0] !== y[0] || distinct.has(x) || distinct.has(y)) return undefined
  if (stripAccents(x) === stripAccents(y)) return undefined
  if (KNOWN_DISTINCT.some((pair) => pair.includes(x) && pair.includes(y))) return undefined
  const [xs, ys] = [[...x], [...y]]
  const edit = singleEdit(xs, ys)
  if (!edit || isDerivedName(edit, xs, ys)) return undefined
  return isSlipEdit(edit, xs, ys) ? 'slip' : 'ending'
}

function isSlipEdit(edit: Edit, xs: readonly string[], ys: readonly string[]): boolean {
  const [x, y] = [xs.join(''), ys.join('')]
  // A doubled letter written single, or a single one doubled, is a slip
  // wherever it falls (Mitchell/Mitchel, Espinasse/Espinase), in a name long
  // enough not to be another name (Hall/Hal, Bell/Bel).
  const longer = xs.length > ys.length ? xs : ys
  if (edit.kind === 'insert' && longer[edit.at] === longer[edit.at - 1] && longer.length > MIN_DOUBLING_NAME) return true
  // Other edits on the last letter are inflection (Africain/Africaine) or another
  // name (Marie/Mario) unless a first name says otherwise: an 'ending'.
  // A swap of the last two letters is a slip (Loudyi/Loudiy),
  // and so is a last letter that sounds the same (Gonzales/Gonzalez, Kowalski/Kowalsky).
  if (edit.kind === 'swap' || edit.at < Math.min(x.length, y.length) - 1) return true
  return edit.kind === 'change' && SAME_SOUND.some((pair) => pair.includes(x.at(-1)!) && pair.includes(y.at(-1)!))
}

const SAME_SOUND = ['sz', 'iy', 'ck']

/**
 * A place and its people or adjective: a final « n » after « a »
 * (America/American, Africa/African, Korea/Korean, Bosnia/Bosnian), which
 * no word shared before both (Latin America, Latin American) makes a slip.
 */
function isDerivedName(edit: Edit, xs: readonly string[], ys: readonly string[]): boolean {
  const [short, long] = xs.length < ys.length ? [xs, ys] : [ys, xs]
  if (edit.kind !== 'insert' || edit.at !== short.length) return false
  return long.at(-1) === 'n' && short.at(-1) === 'a'
}

/**
 * Whether two name forms, one the other with a final « s » (Award/Awards,
 * Martin/Martins), are the plural of a noun in a title-case name (Brit
 * Awards, Liberal Democrats, Identity Documents): the word shared before
 * them is part of the name, not a first name, when neither form is ever
 * written without it, as a surname is (« Jill Martin … Martin said »).
 * A name of four words or more written twice in full but for the plural
 * (General Data Protection Regulation/Regulations) is one name in two spellings.
 * `firstOfA` holds the first names found before the occurrences of `a`
 * (`placesA`: a block's text, start, end), and so for `b`.
 */
function isPluralOfNamePart(
  a: string,
  firstOfA: readonly FirstName[],
  placesA: ReadonlyArray<readonly [string, number, number]>,
  b: string,
  firstOfB: readonly FirstName[],
  placesB: ReadonlyArray<readonly [string, number, number]>
): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.length !== short.length + 1 || !long.endsWith('s') || short.endsWith('s') || !long.startsWith(short)) return false
  if (firstOfA.length !== placesA.length || firstOfB.length !== placesB.length) return false
  const namesBefore = (places: typeof placesA) => new Set(places.map(([text, start]) => NAMES_BEFORE.exec(text.slice(Math.max(0, start - FIRST_NAME_REACH), start))?.[1]).filter((words) => words !== undefined))
  const ofB = namesBefore(placesB)
  return ![...namesBefore(placesA)].some((words) => ofB.has(words))
}

/**
 * The three capitalised words right before a name, each after a single
 * space (« General Data Protection » before « Regulation »): fewer are
 * still two names (Billboard Music Award, the prize, and Billboard Music
 * Awards, the ceremony).
 */
const NAMES_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*[ \u00A0]\p{Lu}[\p{L}\p{M}]*[ \u00A0]\p{Lu}[\p{L}\p{M}]*)[ \u00A0]$/u

/** Letters the shorter spelling needs before a doubled letter counts as a slip. */
const MIN_DOUBLING_NAME = 5

interface Edit {
  kind: 'change' | 'insert' | 'swap'
  at: number
}

function singleEdit(x: readonly string[], y: readonly string[]): Edit | undefined {
  if (Math.abs(x.length - y.length) > 1) return undefined
  let at = 0
  while (at < x.length && at < y.length && x[at] === y[at]) at++
  if (x.length === y.length) {
    if (x.slice(at + 1).join('') === y.slice(at + 1).join('')) return {kind: 'change', at}
    if (x[at] === y[at + 1] && x[at + 1] === y[at] && x.slice(at + 2).join('') === y.slice(at + 2).join('')) return {kind: 'swap', at}
    return undefined
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x]
  return short.slice(at).join('') === long.slice(at + 1).join('') ? {kind: 'insert', at} : undefined
}

export interface HyphenOccurrence {
  block: number
  start: number
  end: number
  value: string
  form: 'hyphen' | 'space' | 'closed'
  /** Inside a quotation: suggested, never edited. */
  quoted: boolean
}

function hyphenVariants(table: WordTable, lowerOf: (form: number) => string): SpellingVariant[] {
  const {texts, forms, form, flags, block, start, end} = table
  const skip = CAPS_BLOCK | FOREIGN
  const compounds = new Map<string, HyphenOccurrence[]>()
  for (let word = 0; word < form.length; word++) {
    // Each compound once, at its first word: a compound is in capitals or in a quotation as a whole.
    if ((flags[word]! & (skip | HEAD | IN_COMPOUND)) !== (HEAD | IN_COMPOUND)) continue
    const compoundEnd = end[lastOfCompound(table, word)]!
    const value = texts[block[word]!]!.slice(start[word]!, compoundEnd)
    const parts = value.split(/[-‐‑]/)
    if (parts.length !== 2) continue
    const key = parts.map((part) => part.toLocaleLowerCase()).join('-')
    const list = compounds.get(key) ?? []
    list.push({block: block[word]!, start: start[word]!, end: compoundEnd, value, form: 'hyphen', quoted: (flags[word]! & IN_QUOTATION) !== 0})
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
  // Words alone (in no compound), by word number: counted first, then one typed array (not an array grown
  // a word at a time, most of a long document's words, which outlived the young generation).
  let singleCount = 0
  for (let word = 0; word < form.length; word++) if (!(flags[word]! & (skip | IN_COMPOUND))) singleCount++
  const singles = new Int32Array(singleCount)
  for (let word = 0, index = 0; word < form.length; word++) if (!(flags[word]! & (skip | IN_COMPOUND))) singles[index++] = word
  // Positions in `singles` by lower-case word, in order: each compound looks up its own parts only.
  const singlesByWord = new Map<string, number[]>()
  // 1 a wanted form, 2 not, 0 not decided yet.
  const wantedForm = new Uint8Array(forms.length)
  singles.forEach((word, index) => {
    const id = form[word]!
    if (wantedForm[id] === 0) wantedForm[id] = wanted.has(lowerOf(id)) ? 1 : 2
    if (wantedForm[id] === 2) return
    const lower = lowerOf(id)
    const list = singlesByWord.get(lower)
    if (list) list.push(index)
    else singlesByWord.set(lower, [index])
  })
  const results: SpellingVariant[] = []
  for (const [key, hyphenated] of compounds) {
    const [first, second] = key.split('-') as [string, string]
    const variants: HyphenOccurrence[] = []
    const spaced: HyphenOccurrence[] = []
    const closed = first + second
    if (!MEANINGFUL_HYPHEN.has(first) && [...closed].length >= 5) {
      for (const index of singlesByWord.get(closed) ?? []) {
        const word = singles[index]!
        variants.push({block: block[word]!, start: start[word]!, end: end[word]!, value: forms[form[word]!]!, form: 'closed', quoted: (flags[word]! & IN_QUOTATION) !== 0})
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
        if (block[left] !== block[right] || !isCapitalised(forms[form[left]!]!) || !isCapitalised(forms[form[right]!]!)) continue
        if (lowerOf(form[left]!) !== first || lowerOf(form[right]!) !== second) continue
        const text = texts[block[left]!]!
        if (!/^[ \u00A0]$/.test(text.slice(end[left]!, start[right]!))) continue
        spaced.push({block: block[left]!, start: start[left]!, end: end[right]!, value: text.slice(start[left]!, end[right]!), form: 'space', quoted: (flags[left]! & IN_QUOTATION) !== 0})
      }
    }
    pushAll(results, hyphenFindings(texts, hyphenated, variants, spaced))
  }
  return results
}

/**
 * The variants among one compound's occurrences: hyphenated, closed up
 * (`closed`) and, for names, with a space (`spaced`).
 *
 * A name's hyphen or space is compared only within one full name (Jean-Paul
 * Martin/Jean Paul Martin): Jean Paul Gaultier and Jean-Paul Belmondo are
 * two people who spell their names their own way. Even then it is only
 * suggested: nothing in the text says which spelling the person uses.
 */
function hyphenFindings(texts: readonly string[], hyphenated: readonly HyphenOccurrence[], closed: readonly HyphenOccurrence[], spaced: readonly HyphenOccurrence[]): SpellingVariant[] {
  // A word in capitals (BLOCKSIZE, E-MAIL) is a constant or a shout, whose hyphen says nothing of the word's.
  const results = hyphenLosers([...hyphenated, ...closed].filter(({value}) => !isAllCaps(value.replace(/[-‐‑]/g, ''))))
  if (spaced.length === 0) return results
  const byName = new Map<string, HyphenOccurrence[]>()
  for (const occurrence of [...hyphenated, ...spaced]) {
    const surname = followingName(texts[occurrence.block]!, occurrence.end)
    if (surname === undefined) continue
    const list = byName.get(surname)
    if (list) list.push(occurrence)
    else byName.set(surname, [occurrence])
  }
  for (const occurrences of byName.values()) for (const variant of hyphenLosers(occurrences)) results.push({...variant, byHand: true})
  return results
}

const FOLLOWING_NAME = /[ \u00A0](\p{Lu}[\p{L}\p{M}]*)/uy

/** The capitalised word after a single space at `end` (the surname after « Jean-Paul »), lower-cased. */
function followingName(text: string, end: number): string | undefined {
  FOLLOWING_NAME.lastIndex = end
  const match = FOLLOWING_NAME.exec(text)
  return match && isCapitalised(match[1]!) ? localeLowerCase(match[1]!) : undefined
}

function hyphenLosers(variants: HyphenOccurrence[]): SpellingVariant[] {
  const byForm = new Map<HyphenOccurrence['form'], HyphenOccurrence[]>()
  for (const variant of variants) {
    const list = byForm.get(variant.form)
    if (list) list.push(variant)
    else byForm.set(variant.form, [variant])
  }
  if (byForm.size < 2) return []
  const ranked = [...byForm.entries()].sort((a, b) => b[1].length - a[1].length)
  const [winner, runnerUp] = ranked
  // Only a clear majority decides: two forms used equally are a house-style question.
  if (!winner || !runnerUp || winner[1].length === runnerUp[1].length) return []
  const model = mostCommonValue(winner[1])
  const results: SpellingVariant[] = []
  for (const [, occurrences] of ranked.slice(1)) {
    for (const occurrence of occurrences) {
      const expected = matchInitialCase(model, occurrence.value)
      const first = winner[1][0]!
      results.push({
        ...(occurrence.quoted ? {byHand: true} : {}),
        kind: 'hyphen',
        block: occurrence.block,
        start: occurrence.start,
        end: occurrence.end,
        actual: occurrence.value,
        expected,
        fix: {start: occurrence.start, end: occurrence.end, text: expected},
        majority: {block: first.block, start: first.start, end: first.end},
        counts: {actual: occurrences.length, expected: winner[1].length}
      })
    }
  }
  return results
}

function mostCommonValue(occurrences: HyphenOccurrence[]): string {
  const counts = new Map<string, number>()
  for (const {value} of occurrences) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]
}

/** « Email » at the start of a sentence becomes « E-mail », not « e-mail ». */
function matchInitialCase(model: string, actual: string): string {
  const initial = actual[0] ?? ''
  if (initial === initial.toLocaleUpperCase() && initial !== initial.toLocaleLowerCase()) return model[0]!.toLocaleUpperCase() + model.slice(1)
  return model
}
