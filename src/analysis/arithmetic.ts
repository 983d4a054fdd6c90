import {firstIndex} from '../document/search.js'
import {formatNumber, rangeOf, readNumbers, type NumberMention} from '../text/numbers.js'
import type {Lang} from '../types.js'
import {DURATION_PLURALS, MONTH_BEGINNINGS, MONTHS} from '../lexicon/calendar.js'
import {APPROXIMATIONS, CHANGE_NOUNS, CURRENCY_NOUNS, DOWN, FALL_NOUNS, LESS, MORE, REPRESENTING, REPRESENTING_CLAUSES, RESTATING, RISE_NOUNS, TOTAL_AFTER as TOTAL_AFTER_WORDS, TOTAL_BEFORE as TOTAL_BEFORE_WORDS, TOTAL_LINKS, UP} from '../lexicon/figures.js'
import {wordsPattern} from '../lexicon/patterns.js'
import {CHANGE_FORMS_FR, CHANGE_NOUNS_BY_FR, CHANGE_STEMS, DIVIDING_FR, FALLING_STEMS_FR, FALLING_VERBS_EN, HALVING_FR, LOOSE_MULTIPLE as LOOSE_MULTIPLE_WORDS, MORE_FALLING_STEMS_FR, MULTIPLYING, RISING_STEMS_FR, RISING_VERBS_EN, SPEEDING_STEMS_FR} from '../lexicon/changes.js'
import {NOT_LIST_WORDS, NOT_NOUNS_AFTER, ON_AVERAGE, OTHER_QUANTITY, PART_OF_WHOLE, PERCENT_OF_WHOLE, PLACE_BEFORE_NAMES, PLACE_BEFORE_PARTS, PLACE_PREPOSITIONS, WHOLE_BEFORE as WHOLE_BEFORE_WORDS} from '../lexicon/quantities.js'
import {ABBREVIATED_BEFORE_NAMES} from '../lexicon/honorifics.js'

/**
 * A result the text states next to the figures it is computed from, and
 * that they do not give: « passe de 7,4 % à 7,1 %, soit une baisse de 0,4
 * point » (0,3), "12 of the 40 members, or 25%" (30 %).
 *
 * - `difference`: the change in points or in units between « de X à Y » and its stated size;
 * - `relative`: the change in percent between « de X à Y » and its stated size;
 * - `points`: a change between two percentages stated in percent that is their
 *   difference in points (« de 7,4 % à 7,1 %, soit une baisse de 0,3 % »);
 * - `direction`: a rise said of a fall, or a fall of a rise;
 * - `multiple`: « a doublé, de 120 à 180 »;
 * - `share`: N of M stated as a percentage;
 * - `parts`: parts told in different places that add up to more than their whole;
 * - `total`: a total stated after its parts (« 12 à Lille et 5 à Roubaix, soit 18 au total ») that is not their sum;
 * - `portion`: a count stated as a percentage of a whole (« 30 % des 40 membres, soit 15 ») that the product does not give.
 */
export type ArithmeticKind = 'difference' | 'relative' | 'points' | 'direction' | 'multiple' | 'share' | 'parts' | 'total' | 'portion'

export interface ArithmeticProblem {
  kind: ArithmeticKind
  /** The stated result, in the text analysed. */
  start: number
  end: number
  stated: string
  /** The figures it is computed from: the first one's start, the last one's end. */
  fromStart: number
  fromEnd: number
  /** The figures, as written, in order. */
  figures: string[]
  /** The value they give, written like the stated one; best first. */
  computed: string[]
  /** For `multiple`: the factor the verb says. */
  factor?: number
  /** For `direction`: the figures rise (true) or fall (false). */
  rises?: boolean
}

const SPACE = '[\\s\\u00a0\\u202f]'
const APPROX = `(?:${wordsPattern([...APPROXIMATIONS.fr, ...APPROXIMATIONS.en], `${SPACE}+`)})`
const STRIP_APPROX = new RegExp(`(?:${APPROX}${SPACE}*)+$`, 'iu')

/** The whole word is one of `words`, in any case. */
const wholeWord = (words: readonly string[]) => new RegExp(`^(?:${wordsPattern(words)})$`, 'iu')
const RISE: Record<Lang, RegExp> = {fr: wholeWord([...RISE_NOUNS.fr, UP.fr]), en: wholeWord([...RISE_NOUNS.en, UP.en])}
const FALL: Record<Lang, RegExp> = {fr: wholeWord([...FALL_NOUNS.fr, DOWN.fr]), en: wholeWord([...FALL_NOUNS.en, DOWN.en])}
/** A comparative read as a direction (« 25 % de plus », "30% higher"), in either language. */
const RISES_MORE = wholeWord([...MORE.en, ...MORE.fr])
const FALLS_LESS = wholeWord([...LESS.en, ...LESS.fr])
/** Nouns of a rise or a fall. */
const DIRECTION_WORDS: Record<Lang, string> = {fr: wordsPattern([...RISE_NOUNS.fr, ...FALL_NOUNS.fr]), en: wordsPattern([...RISE_NOUNS.en, ...FALL_NOUNS.en])}

/** Nouns of a change that say no direction: « une dégradation de 0,9 point », "a change of 3 points". */
const NEUTRAL: Record<Lang, string> = {fr: wordsPattern(CHANGE_NOUNS.fr), en: wordsPattern(CHANGE_NOUNS.en)}

/** A verb or noun of change before « de X à Y », "from X to Y": without one, « de 18 à 25 ans » is a range. */
const CHANGE: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:${wordsPattern(CHANGE_STEMS.fr, '\\s+')}|(?:${wordsPattern(CHANGE_FORMS_FR)})(?!\\p{L}))`, 'iu'),
  en: new RegExp(`\\b(?:${wordsPattern(CHANGE_STEMS.en, '\\s+')})`, 'iu')
}

/** Each multiplying word as whole words, with its factor. */
const multiplying = (words: readonly string[]) => `(?:${wordsPattern(words, '\\s+')})(?!\\p{L})`
const MULTIPLES: Record<Lang, Array<[RegExp, number]>> = {
  fr: [
    ...MULTIPLYING.fr.map(([factor, words]): [RegExp, number] => [new RegExp(multiplying(words), 'iu'), factor]),
    ...DIVIDING_FR.map(([factor, words]): [RegExp, number] => [new RegExp(factor === 0.5 ? `${multiplying(words)}|${wordsPattern(HALVING_FR, '\\s+')}` : multiplying(words), 'iu'), factor])
  ],
  en: MULTIPLYING.en.map(([factor, words]): [RegExp, number] => [new RegExp(`\\b(?:${wordsPattern(words, '\\s+')})\\b`, 'iu'), factor])
}
/** « a presque doublé », "more than doubled": the factor is a bound, not a value. */
const LOOSE_MULTIPLE = new RegExp(`(?:${wordsPattern(LOOSE_MULTIPLE_WORDS, '\\s+')})[\\s\\u00a0]+(?:\\p{L}+[\\s\\u00a0]+)?$`, 'iu')

/** A French verb whose « de » says by how much (« a augmenté de 3 % »), right before « de X à Y ». */
const AMOUNT_VERB = new RegExp(`(?:${wordsPattern([...RISING_STEMS_FR, ...CHANGE_NOUNS_BY_FR, ...FALLING_STEMS_FR])})\\p{L}*[\\s\\u00a0]+(?:de|d[’'])[\\s\\u00a0]*$`, 'iu')
const FALL_VERB = new RegExp(`(?:${wordsPattern(FALLING_STEMS_FR)})\\p{L}*[\\s\\u00a0]+(?:de|d[’'])[\\s\\u00a0]*$`, 'iu')
/** « de 7,4 % à 7,1 % », "from 20 to 25": the word before X and the words between. */
const FROM = /(?:\bde|\bd[’']|\bfrom)[\s\u00a0]*(?:€|\$|£)?$/iu
const CURRENCY_WORDS = wordsPattern(CURRENCY_NOUNS)
const TO = new RegExp(`^${SPACE}*(?:(?:€|\\$|£|(?:d[’']|de${SPACE}+)?(?:${CURRENCY_WORDS}))${SPACE}*)?(?:à|to)${SPACE}+(?:€|\\$|£)?$`, 'iu')

const TO_FIRST = /(?:(?<!\p{L})à|\bto)[\s\u00a0]*(?:€|\$|£)?$/iu
const MONTH_WORDS = [...MONTHS.fr, ...MONTHS.en].map((month) => month.names[0]).join('|')
const FROM_SECOND = new RegExp(`^${SPACE}*(?:(?:€|\\$|£|(?:d[’']|de${SPACE}+)?(?:${CURRENCY_WORDS}))${SPACE}*)?(?:(?:en|in)${SPACE}+(?:${MONTH_WORDS}|\\d{4})${SPACE}*)?(?:,${SPACE}*)?(?:contre|from)${SPACE}+(?:€|\\$|£)?$`, 'iu')

/** Words that restate figures as another in either language (« soit », "i.e."), and with the participle (« représentant », "representing"). */
const RESTATES = wordsPattern([...RESTATING.fr, ...RESTATING.en])
const RESTATES_OR_REPRESENTS = wordsPattern([...RESTATING.fr, ...RESTATING.en, REPRESENTING.fr, REPRESENTING.en])

/** A sign glued before the stated change: « soit +25 % », "(-4%)"; a minus as a hyphen, a minus sign or a dash. */
const SIGN = '([+−-])?'

/** What may stand between « à Y » and the stated change, per language. */
function linkPattern(lang: Lang): RegExp {
  const noun = `(?:${SPACE}+(?:[\\p{L}\\d’'-]+|€|\\$|£)){0,4}?`
  if (lang === 'fr') {
    return new RegExp(
      `^${noun}${SPACE}*(?:[,;:(–—]${SPACE}*)?(?:(${wordsPattern([...RESTATING.fr, ...REPRESENTING_CLAUSES.fr, REPRESENTING.fr])})${SPACE}+)?(?:(?:une?|d[’']une?|en)${SPACE}+)?(?:(${DIRECTION_WORDS.fr})${SPACE}+|(?:${NEUTRAL.fr})${SPACE}+)?(?:(?:de|d[’'])${SPACE}*)?${SIGN}$`,
      'iu'
    )
  }
  return new RegExp(
    `^${noun}${SPACE}*(?:[,;:(–—]${SPACE}*)?(?:(${wordsPattern([...RESTATING.en, REPRESENTING.en, ...REPRESENTING_CLAUSES.en])})${SPACE}+)?(?:(?:an?)${SPACE}+|(${UP.en}|${DOWN.en})${SPACE}+)?(?:(?:(${DIRECTION_WORDS.en})|(?:${NEUTRAL.en}))${SPACE}+(?:of${SPACE}+)?)?${SIGN}$`,
    'iu'
  )
}
const LINK: Record<Lang, RegExp> = {fr: linkPattern('fr'), en: linkPattern('en')}
/** « selon les villes », "depending on the city", "on average": the result is of another quantity. */
const OTHER_QUANTITY_IN = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(OTHER_QUANTITY)})(?![\\p{L}])`, 'iu')
const ON_AVERAGE_AFTER = new RegExp(`^[\\s\\u00a0]+(?:${wordsPattern(ON_AVERAGE, '\\s+')})`, 'iu')
/** "a 30% increase", « 25 % de plus » : the direction after the stated change. */
const DIRECTION_AFTER: Record<Lang, RegExp> = {
  fr: /^[\s\u00a0]+(?:de\s+(plus|moins)|(?:en\s+)?(hausse|baisse))\b/iu,
  en: new RegExp(`^[\\s\\u00a0-]+(${DIRECTION_WORDS.en}|${wordsPattern([...MORE.en, ...LESS.en])})\\b`, 'iu')
}

/** « 12 des 40 membres, soit 30 % », "12 of the 40 members, or 30%". */
const OF = new RegExp(`^[\\s\\u00a0]+(?:${wordsPattern(PART_OF_WHOLE, '\\s+')})[\\s\\u00a0]+$`, 'iu')
const SHARE_LINK = new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,4}${SPACE}*(?:[,;(–—]${SPACE}*)?(?:${RESTATES_OR_REPRESENTS})${SPACE}+$`, 'iu')

/** « 2 400 foyers, dont 1 200 à Saint-Omer et 1 500 à Arques ». */
const DONT = new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,4}${SPACE}*(?:,${SPACE}*)?(?:dont|including|of${SPACE}+whom|of${SPACE}+which)${SPACE}+$`, 'iu')
const PART_PLACE = new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,2}?${SPACE}+(?:(?:${wordsPattern(PLACE_BEFORE_PARTS)})${SPACE}+(?:l[’']|la${SPACE}+|le${SPACE}+|les${SPACE}+|the${SPACE}+)?\\p{Lu}[\\p{L}’'-]*|à${SPACE}+l[’']étranger|outre-mer|abroad|overseas)`, 'u')
const PART_JOIN = new RegExp(`^${SPACE}*(?:,|et|and|,${SPACE}*et|,${SPACE}*and)${SPACE}+$`, 'iu')

/** An honorific or a capital letter and its full stop: no end of a sentence. */
const ABBREVIATION_STOP = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATED_BEFORE_NAMES.join('|')}|[A-Z])\\.$`, 'u')

/** The sentences of a paragraph, as [start, end) ranges. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  for (const match of text.matchAll(/(?<![.!?…])[.!?…]+[»"”)’]?(?=[\s\u00a0]+[^\s\p{Ll}\d])/gu)) {
    const end = match.index + match[0].length
    // « M. Dupont », "Mr. Smith", "U.S. officials": an abbreviation, not an end.
    if (ABBREVIATION_STOP.test(text.slice(Math.max(start, match.index - 5), end))) continue
    ranges.push([start, end])
    start = end
  }
  if (start < text.length) ranges.push([start, text.length])
  return ranges
}

/** The index in `sentences` (sentenceRanges' ranges, in order and touching) of the sentence holding `index`, or -1. */
export function sentenceIndexAt(sentences: ReadonlyArray<readonly [number, number]>, index: number): number {
  const at = firstIndex(sentences.length, (candidate) => sentences[candidate]![1] > index)
  return at < sentences.length && sentences[at]![0] <= index ? at : -1
}

/** The sentence of `sentences` holding `index`. */
export function sentenceAt(sentences: ReadonlyArray<[number, number]>, index: number): [number, number] | undefined {
  return sentences[sentenceIndexAt(sentences, index)]
}

export function findArithmetic(text: string, lang: Lang): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = []
  // Every shape read holds a figure in digits (a share, a result, a total): a sentence of words alone is not read.
  if (!/\d/.test(text)) return problems
  for (const [sentenceStart, sentenceEnd] of sentenceRanges(text)) {
    const sentence = text.slice(sentenceStart, sentenceEnd)
    if (!/\d/.test(sentence)) continue
    const numbers = readNumbers(sentence, lang).filter((number) => !number.year)
    if (numbers.length < 2) continue
    const found = [...changes(sentence, numbers, lang), ...shares(sentence, numbers, lang), ...parts(sentence, numbers, lang), ...totals(sentence, numbers, lang), ...portions(sentence, numbers, lang), ...changesTold(sentence, numbers, lang), ...sharesOfWhole(sentence, numbers, lang)]
    for (const problem of found) {
      problems.push({...problem, start: problem.start + sentenceStart, end: problem.end + sentenceStart, fromStart: problem.fromStart + sentenceStart, fromEnd: problem.fromEnd + sentenceStart})
    }
  }
  return problems
}

/** « en cinq ans », "in two years": a duration, no figure of the change. */
const DURATION_AFTER = new RegExp(`^[\\s\\u00a0]+(?:${wordsPattern([...DURATION_PLURALS.fr, ...DURATION_PLURALS.en])})(?![\\p{L}])`, 'iu')

function changes(sentence: string, all: NumberMention[], lang: Lang): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = []
  const numbers = all.filter((number) => !(number.word && !number.scaled && DURATION_AFTER.test(sentence.slice(number.end))) && !(/(?:en|in|sur|over)[\s\u00a0]+$/iu.test(sentence.slice(Math.max(0, number.start - 6), number.start)) && DURATION_AFTER.test(sentence.slice(number.end))))
  for (let index = 0; index + 1 < numbers.length; index++) {
    const first = numbers[index]!
    const second = numbers[index + 1]!
    // The clause before the first figure: its last words are all that is read (a sentence may be a pasted blob).
    const before = sentence.slice(Math.max(0, first.start - 200), first.start).replace(STRIP_APPROX, '')
    const between = sentence.slice(first.end, second.start).replace(STRIP_APPROX, '')
    // « de X à Y », "from X to Y"; or the new figure first: « à Y contre X », "to Y from X".
    const reversed = !(FROM.test(before) && TO.test(between))
    if (reversed && !(TO_FIRST.test(before) && FROM_SECOND.test(between))) continue
    const [x, y] = reversed ? [second, first] : [first, second]
    // « de 3 M€ à 4 M$ »: two currencies are two quantities.
    if (x.currency && y.currency && x.currency !== y.currency) continue
    const clause = before.slice(Math.max(0, before.length - 70))
    if (!CHANGE[lang].test(clause)) continue
    // « ont augmenté de 3 % à 5 % » tells an increase of 3 to 5 %, not a rate that went from 3 to 5; a fall told from the higher figure down is no range.
    if (lang === 'fr' && !reversed && AMOUNT_VERB.test(before) && !(FALL_VERB.test(before) && x.value > y.value)) continue
    // « de 7,4 à 7,1 % », « de 2,1 à 3,4 millions »: the first figure takes the second's unit and scale.
    const from = first.unit && !second.unit ? {...second, unit: first.unit} : y.unit && !x.unit ? {...x, unit: y.unit} : x
    const fromValue = reversed ? from : !x.scaled && y.scaled && x.value < 1000 ? scaledLike(from, y) : from
    if (Boolean(fromValue.unit) !== Boolean(y.unit) || (fromValue.unit && fromValue.unit !== y.unit)) continue
    const figures = [x.text, y.text]
    const base = {fromStart: first.start, fromEnd: second.end, figures}
    const multiple = multipleOf(clause, lang)
    if (multiple && !fromValue.unit) {
      const [xLow, xHigh] = rangeOf(fromValue)
      const [yLow, yHigh] = rangeOf(y)
      if (xLow > 0 && Number.isFinite(xHigh) && Number.isFinite(yHigh) && (yHigh / xLow < multiple * 0.9 || yLow / xHigh > multiple * 1.1)) {
        problems.push({kind: 'multiple', start: y.start, end: y.end, stated: y.text, ...base, computed: [countLike(y, fromValue.value * multiple, lang)], factor: multiple})
      }
      continue
    }
    const stated = numbers[index + 2]
    if (!stated || stated.year) continue
    const gap = sentence.slice(second.end, stated.start).replace(STRIP_APPROX, '')
    const link = LINK[lang].exec(gap)
    if (!link) continue
    // « selon les villes », "depending on the city", "on average": the result is of another quantity.
    if (OTHER_QUANTITY_IN.test(gap) || ON_AVERAGE_AFTER.test(sentence.slice(stated.end))) continue
    const after = DIRECTION_AFTER[lang].exec(sentence.slice(stated.end))
    const sign = lang === 'fr' ? link[3] : link[4]
    // « à 100-120 élèves » is a range: a sign is read after a space or a parenthesis only.
    if (sign !== undefined && !/[\s\u00a0\u202f(]$/u.test(gap.slice(0, -1))) continue
    const signWord = sign === undefined ? undefined : sign === '+' ? 'plus' : 'moins'
    const directionWord = link[2] ?? (lang === 'en' ? link[3] : undefined) ?? signWord ?? (lang === 'fr' ? after?.[1] ?? after?.[2] : after?.[1])
    const said = link[1] ?? link[2] ?? (lang === 'en' ? link[3] : undefined) ?? sign
    if (!said && !after) continue
    const problem = checkChange(fromValue, y, stated, directionWord, lang)
    if (problem) {
      problems.push({...problem, ...base})
      index += 2
    }
  }
  return problems
}

function scaledLike(mention: NumberMention, scaled: NumberMention): NumberMention {
  return {...mention, value: mention.value * scaled.scale, half: mention.half * scaled.scale, scaled: true, scale: scaled.scale}
}

/** A count written as `like` is: « 6 milliards » after « 5 milliards ». */
function countLike(like: NumberMention, value: number, lang: Lang): string {
  if (!like.scaled) return formatNumber(value, like.decimals, lang, like.text)
  const scaled = value / like.scale
  const decimals = Number.isInteger(scaled) ? 0 : Math.max(like.decimals, 1)
  return `${formatNumber(scaled, decimals, lang, like.text)}${like.scaleText ?? ''}`
}

function multipleOf(clause: string, lang: Lang): number | undefined {
  for (const [pattern, factor] of MULTIPLES[lang]) {
    const match = pattern.exec(clause)
    if (!match) continue
    if (LOOSE_MULTIPLE.test(clause.slice(0, match.index))) return undefined
    return factor
  }
  return undefined
}

function directionOf(word: string | undefined, lang: Lang): 1 | -1 | 0 {
  if (!word) return 0
  if (RISE[lang].test(word)) return 1
  if (FALL[lang].test(word)) return -1
  if (RISES_MORE.test(word)) return 1
  if (FALLS_LESS.test(word)) return -1
  return 0
}

type Checked = Pick<ArithmeticProblem, 'kind' | 'start' | 'end' | 'stated' | 'computed' | 'rises'>

function checkChange(x: NumberMention, y: NumberMention, stated: NumberMention, word: string | undefined, lang: Lang): Checked | undefined {
  const [xLow, xHigh] = rangeOf(x)
  const [yLow, yHigh] = rangeOf(y)
  if (![xLow, xHigh, yLow, yHigh].every(Number.isFinite)) return undefined
  const [sLow, sHigh] = resultRangeOf(stated)
  const where = {start: stated.start, end: stated.end, stated: stated.text}
  const sign = directionOf(word, lang)
  // A difference is read on the figures as written: « de 7,4 % à 7,1 % » is 0,3 point to a reader, whatever the decimals hid.
  const [xFrom, xTo] = asWritten(x)
  const [yFrom, yTo] = asWritten(y)
  const difference: [number, number] = [yFrom - xTo, yTo - xFrom]
  if (sign !== 0 && (sign > 0 ? difference[1] < 0 : difference[0] > 0) && stated.value > 0) {
    return {kind: 'direction', ...where, computed: [], rises: sign < 0}
  }
  const magnitude = (range: [number, number]): [number, number] =>
    range[0] >= 0 ? range : range[1] <= 0 ? [-range[1], -range[0]] : [0, Math.max(-range[0], range[1])]
  const decimals = Math.max(stated.decimals, 1)
  if (stated.unit === 'point') {
    if (x.unit !== 'percent') return undefined
    const [low, high] = magnitude(difference)
    if (overlaps(low, high, sLow, sHigh)) return undefined
    return {kind: 'difference', ...where, computed: [writeLike(stated, Math.abs(y.value - x.value), stated.decimals, lang)]}
  }
  if (stated.unit === 'percent') {
    if (xLow <= 0) return undefined
    const [low, high] = magnitude([(yLow / xHigh - 1) * 100, (yHigh / xLow - 1) * 100])
    if (overlaps(low, high, sLow, sHigh)) return undefined
    const relative = Math.abs((y.value / x.value - 1) * 100)
    const relativeText = writeLike(stated, relative, relative >= 10 ? stated.decimals : decimals, lang)
    if (x.unit === 'percent') {
      const [pLow, pHigh] = magnitude(difference)
      if (overlaps(pLow, pHigh, sLow, sHigh)) {
        const points = lang === 'fr' ? pointWord(Math.abs(y.value - x.value), lang) : ` percentage ${pointWord(Math.abs(y.value - x.value), lang).trim()}`
        return {kind: 'points', ...where, computed: [`${formatNumber(Math.abs(y.value - x.value), stated.decimals, lang)}${points}`, relativeText]}
      }
    }
    return {kind: 'relative', ...where, computed: [relativeText]}
  }
  if (x.unit || stated.unit) return undefined
  const [low, high] = magnitude(difference)
  if (overlaps(low, high, sLow, sHigh)) return undefined
  // A stated change ten times off or more is more likely another quantity than a slip.
  if (stated.value > 0 && (stated.value > high * 10 || stated.value * 10 < low)) return undefined
  return {kind: 'difference', ...where, computed: [countLike(stated, Math.abs(y.value - x.value), lang)]}
}

function asWritten(mention: NumberMention): [number, number] {
  return mention.approx ? rangeOf(mention) : [mention.value, mention.value]
}

/**
 * The interval a stated result stands for. A result is rounded to its last
 * written digit (« soit 49 % » for 49,02 %, "or 33%" for a third), whatever
 * its length: a count of three digits is exact as a figure of the story, not
 * as a result worked out from others.
 */
function resultRangeOf(stated: NumberMention): [number, number] {
  const [low, high] = rangeOf(stated)
  const half = 0.5 * 10 ** -stated.decimals
  return stated.half >= half ? [low, high] : [Math.min(low, stated.value - half), Math.max(high, stated.value + half)]
}

function overlaps(low: number, high: number, otherLow: number, otherHigh: number): boolean {
  const epsilon = 1e-9 * Math.max(1, Math.abs(high), Math.abs(otherHigh))
  return low <= otherHigh + epsilon && otherLow <= high + epsilon
}

function pointWord(value: number, lang: Lang): string {
  // French makes « point » plural from two on, English anything but one.
  const plural = lang === 'fr' ? value >= 2 : value !== 1
  return lang === 'fr' ? `\u00a0point${plural ? 's' : ''}` : ` point${plural ? 's' : ''}`
}

/** The value written as the stated figure is: its unit as written, its scale, « point » or « points » as the value asks. */
function writeLike(stated: NumberMention, value: number, decimals: number, lang: Lang): string {
  const number = formatNumber(value, decimals, lang, stated.text)
  if (stated.unit === 'point') {
    const unit = stated.unitText ?? ''
    const plural = lang === 'fr' ? value >= 2 : value !== 1
    return `${number}${unit.replace(/points?/iu, plural ? 'points' : 'point')}`
  }
  return `${number}${stated.unitText ?? ''}`
}

function shares(sentence: string, numbers: NumberMention[], lang: Lang): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = []
  for (let index = 0; index + 2 < numbers.length; index++) {
    const part = numbers[index]!
    const whole = numbers[index + 1]!
    const stated = numbers[index + 2]!
    if (part.unit || whole.unit || stated.unit !== 'percent') continue
    if (!OF.test(sentence.slice(part.end, whole.start).replace(STRIP_APPROX, ' '))) continue
    if (!SHARE_LINK.test(sentence.slice(whole.end, stated.start).replace(STRIP_APPROX, ''))) continue
    if (part.value > whole.value) continue
    const [pLow, pHigh] = rangeOf(part)
    const [wLow, wHigh] = rangeOf(whole)
    if (wLow <= 0 || !Number.isFinite(pHigh) || !Number.isFinite(wHigh)) continue
    const [sLow, sHigh] = resultRangeOf(stated)
    if (overlaps((pLow / wHigh) * 100, (pHigh / wLow) * 100, sLow, sHigh)) continue
    const value = (part.value / whole.value) * 100
    problems.push({
      kind: 'share',
      start: stated.start,
      end: stated.end,
      stated: stated.text,
      fromStart: part.start,
      fromEnd: whole.end,
      figures: [part.text, whole.text],
      computed: [writeLike(stated, value, stated.decimals, lang)]
    })
    index += 2
  }
  void lang
  return problems
}

function parts(sentence: string, numbers: NumberMention[], lang: Lang): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = []
  for (let index = 0; index + 2 < numbers.length; index++) {
    const whole = numbers[index]!
    if (whole.unit || whole.approx === 'over') continue
    if (!DONT.test(sentence.slice(whole.end, numbers[index + 1]!.start).replace(STRIP_APPROX, ''))) continue
    const listed: NumberMention[] = []
    for (let next = index + 1; next < numbers.length; next++) {
      const part = numbers[next]!
      if (listed.length > 0 && !PART_JOIN.test(placeGap(sentence, listed[listed.length - 1]!, part))) break
      if (part.unit || part.approx === 'under' || !PART_PLACE.test(sentence.slice(part.end))) {
        listed.length = 0
        break
      }
      listed.push(part)
    }
    if (listed.length < 2) continue
    const [, wHigh] = rangeOf(whole)
    const low = listed.reduce((sum, part) => sum + rangeOf(part)[0], 0)
    if (low <= wHigh) continue
    const sum = listed.reduce((total, part) => total + part.value, 0)
    const last = listed[listed.length - 1]!
    problems.push({
      kind: 'parts',
      start: whole.start,
      end: whole.end,
      stated: whole.text,
      fromStart: listed[0]!.start,
      fromEnd: last.end,
      figures: listed.map((part) => part.text),
      computed: [countLike(whole, sum, lang)]
    })
    index += listed.length
  }
  return problems
}

/** The words between two parts once the first one's place is passed: « à Saint-Omer et ». */
function placeGap(sentence: string, previous: NumberMention, next: NumberMention): string {
  const between = sentence.slice(previous.end, next.start)
  const place = PART_PLACE.exec(sentence.slice(previous.end))
  if (!place || place[0].length > between.length) return between
  // The place may be several capitalised words: « à Saint-Omer », "in New York".
  return between.slice(place[0].length).replace(new RegExp(`^(?:${SPACE}+\\p{Lu}[\\p{L}’'-]*)*`, 'u'), '').replace(STRIP_APPROX, '')
}

/** Words that say a figure is the total of those before it: « soit 17 au total », "for a total of 17", "17 in all". */
const totalBefore = (lang: Lang) =>
  new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,3}?${SPACE}*[,;(–—:]${SPACE}*(?:(${wordsPattern([...RESTATING[lang], ...TOTAL_LINKS[lang]])})${SPACE}+)?(?:(${wordsPattern(TOTAL_BEFORE_WORDS[lang], `${SPACE}+`)})${SPACE}+)?$`, 'iu')
const TOTAL_BEFORE: Record<Lang, RegExp> = {fr: totalBefore('fr'), en: totalBefore('en')}
const totalAfter = (lang: Lang) => new RegExp(`^(?:${SPACE}+[\\p{Ll}’'-]+)?${SPACE}+(?:${wordsPattern(TOTAL_AFTER_WORDS[lang], `${SPACE}+`)})(?![\\p{L}])`, 'u')
const TOTAL_AFTER: Record<Lang, RegExp> = {fr: totalAfter('fr'), en: totalAfter('en')}
/** Between two parts of a list: their words (a noun, a place), then a comma, « et », "and". No word that opens another whole or compares. */
const LIST_GAP = new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,5}?${SPACE}*(?:,|;|et|and|,${SPACE}*et|,${SPACE}*and)${SPACE}+$`, 'iu')
const NOT_LIST = new RegExp(`(?<![\\p{L}])(?:${wordsPattern(NOT_LIST_WORDS)})(?![\\p{L}])`, 'iu')
const PLACE_WORDS = new RegExp(`^(?:${wordsPattern(PLACE_PREPOSITIONS)})$`, 'iu')
const NOT_NOUN = new RegExp(`^(?:${wordsPattern(NOT_NOUNS_AFTER)})$`, 'iu')
/** « 12 à Lille et 5 à Roubaix »: a place's name in a list, dropped before looking for words that break it. */
const PLACE_NAME = new RegExp(`(?:${wordsPattern(PLACE_BEFORE_NAMES)})[\\s\\u00a0]+\\p{Lu}[\\p{L}’'-]*`, 'gu')
/** The element before a list that is its whole, not a part: « sur 40 membres, 12 … », "of the 40 …". */
const WHOLE_BEFORE = new RegExp(`(?:${wordsPattern(WHOLE_BEFORE_WORDS, '\\s+')})[\\s\\u00a0]+(?:les?\\s+|the\\s+)?$`, 'iu')

/** « 12 buts en 2022 et 15 en 2023 »: a year qualifies a part; read as a word. */
function withoutYears(gap: string): string {
  return gap.replace(/(?<![\p{L}\p{N}])(?:1[6-9]|20)\d\d(?![\p{N}])/gu, 'an')
}

/** A month right after a figure (« 12 janv. », "12th Jan") or before it ("Jan. 12"): the figure is a day. */
const MONTH_AFTER: Record<Lang, RegExp> = {
  fr: new RegExp(String.raw`^(?:er)?[\s\u00a0]+(?:${wordsPattern(MONTH_BEGINNINGS.fr)})`, 'iu'),
  en: new RegExp(String.raw`^(?:st|nd|rd|th)?[\s\u00a0]+(?:${wordsPattern(MONTH_BEGINNINGS.en)})`, 'u')
}
const MONTH_BEFORE = new RegExp(String.raw`(?:${wordsPattern(MONTH_BEGINNINGS.en)})[a-z]*\.?[\s\u00a0]+$`, 'u')

function isDateNumber(sentence: string, number: NumberMention, lang: Lang): boolean {
  const after = sentence.slice(number.end, number.end + 14)
  const before = sentence.slice(Math.max(0, number.start - 12), number.start)
  return MONTH_AFTER[lang].test(after) || MONTH_BEFORE.test(before) || /^[:h]\d/u.test(after)
}

/** The noun right after a figure (« 12 morts » → « morts »), lower case; none before a place or nothing. */
function nounAfter(sentence: string, number: NumberMention): string | undefined {
  const word = /^[\s\u00a0\u202f]+(?:(?:de|d[’']|of)[\s\u00a0]*)?(\p{Ll}[\p{L}’'-]*)/u.exec(sentence.slice(number.end))
  if (!word || PLACE_WORDS.test(word[1]!) || NOT_NOUN.test(word[1]!)) return undefined
  return word[1]!.toLowerCase().replace(/[sx]$/u, '')
}

/**
 * « 12 morts à Lille et 5 à Roubaix, soit 18 au total », "3 in Leeds and 2 in
 * York, for a total of 6": a total told after its parts that is not their
 * sum. The total must say it is one (« au total », « un total de », "in
 * all", "a total of"), and its noun, if any, be one of the parts' (« 3
 * victoires et 2 nuls, soit 11 points au total » counts points, not games).
 * Where the list starts is unsure when a shorter tail of it makes the total:
 * then nothing is said.
 */
function totals(sentence: string, numbers: NumberMention[], lang: Lang): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = []
  for (let index = 2; index < numbers.length; index++) {
    const total = numbers[index]!
    if (total.approx || isDateNumber(sentence, total, lang)) continue
    const link = TOTAL_BEFORE[lang].exec(withoutYears(sentence.slice(numbers[index - 1]!.end, total.start)))
    if (!link) continue
    const afterTotal = sentence.slice(total.end)
    if (!link[2] && !TOTAL_AFTER[lang].test(afterTotal)) continue
    // The parts, back from the total, while list words join them.
    const listed: NumberMention[] = [numbers[index - 1]!]
    for (let previous = index - 2; previous >= 0 && listed.length < 6; previous--) {
      // « 12 buts en 2022 et 15 en 2023 »: a year qualifies a part.
      const gap = withoutYears(sentence.slice(numbers[previous]!.end, listed[0]!.start))
      if (!LIST_GAP.test(gap)) break
      // « 12 morts, dont 3 enfants, et 5 blessés »: a part inside a part; where the list runs is unsure.
      if (NOT_LIST.test(gap.replace(PLACE_NAME, ''))) {
        listed.length = 0
        break
      }
      listed.unshift(numbers[previous]!)
    }
    if (listed.length < 2) continue
    while (listed.length > 1 && WHOLE_BEFORE.test(sentence.slice(Math.max(0, listed[0]!.start - 20), listed[0]!.start))) listed.shift()
    if (listed.length < 2) continue
    if (listed.some((part) => part.approx === 'over' || part.approx === 'under' || part.unit !== total.unit || (part.currency ?? total.currency) !== (total.currency ?? part.currency) || isDateNumber(sentence, part, lang))) continue
    // The noun of the total is one of its parts', or it has none.
    const totalNoun = nounAfter(sentence, total)
    const nouns = listed.map((part) => nounAfter(sentence, part))
    if (totalNoun && nouns.some((noun) => noun) && !nouns.includes(totalNoun)) continue
    const [tLow, tHigh] = rangeOf(total)
    // Any tail of the list (the list may start later than read) that makes the total: nothing is sure.
    let matches = false
    for (let start = 0; start + 1 < listed.length && !matches; start++) {
      const tail = listed.slice(start)
      const low = tail.reduce((sum, part) => sum + rangeOf(part)[0], 0)
      const high = tail.reduce((sum, part) => sum + rangeOf(part)[1], 0)
      if (overlaps(low, high, tLow, tHigh)) matches = true
    }
    if (matches) continue
    const sum = listed.reduce((sum, part) => sum + part.value, 0)
    problems.push({
      kind: 'total',
      start: total.start,
      end: total.end,
      stated: total.text,
      fromStart: listed[0]!.start,
      fromEnd: listed[listed.length - 1]!.end,
      figures: listed.map((part) => part.text),
      computed: [total.unit ? writeLike(total, sum, total.decimals, lang) : countLike(total, sum, lang)]
    })
  }
  return problems
}

/** « 30 % des 40 membres, soit 12 », "30% of the 40 members, or 12": a count from a percentage of a whole. */
const PORTION_OF = new RegExp(`^[\\s\\u00a0]+(?:${wordsPattern(PERCENT_OF_WHOLE, '\\s+')})[\\s\\u00a0]+(?:\\p{L}+['’]s[\\s\\u00a0]+)?$`, 'iu')
const PORTION_LINK = new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,4}?${SPACE}*[,;(–—]${SPACE}*(?:${RESTATES})${SPACE}+$`, 'iu')
/** « 600 salariés, soit 25 % des 2 400 employés », "600 staff, or 25% of the 2,400": a share told after its part. */
const SHARE_AFTER_LINK = new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,3}?${SPACE}*[,;(–—]${SPACE}*(?:${RESTATES_OR_REPRESENTS})${SPACE}+$`, 'iu')

function portions(sentence: string, numbers: NumberMention[], lang: Lang): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = []
  for (let index = 0; index + 2 < numbers.length; index++) {
    const [a, b, c] = [numbers[index]!, numbers[index + 1]!, numbers[index + 2]!]
    // P % of M, or N.
    if (a.unit === 'percent' && !b.unit && !c.unit && PORTION_OF.test(sentence.slice(a.end, b.start)) && PORTION_LINK.test(sentence.slice(b.end, c.start).replace(STRIP_APPROX, ''))) {
      if (b.approx === 'over' || b.approx === 'under' || c.approx === 'over' || c.approx === 'under' || isDateNumber(sentence, c, lang) || c.value > b.value) continue
      const [pLow, pHigh] = rangeOf(a)
      const [wLow, wHigh] = rangeOf(b)
      const [cLow, cHigh] = rangeOf(c)
      if (!overlaps((pLow * wLow) / 100, (pHigh * wHigh) / 100, cLow, cHigh) && !(c.half === 0 && !c.approx && overlaps((pLow * wLow) / 100 - 0.5, (pHigh * wHigh) / 100 + 0.5, cLow, cHigh))) {
        problems.push({kind: 'portion', start: c.start, end: c.end, stated: c.text, fromStart: a.start, fromEnd: b.end, figures: [a.text, b.text], computed: [countLike(c, (a.value * b.value) / 100, lang)]})
        index += 2
      }
      continue
    }
    // N, or P % of M.
    if (!a.unit && b.unit === 'percent' && !c.unit && SHARE_AFTER_LINK.test(sentence.slice(a.end, b.start).replace(STRIP_APPROX, '')) && PORTION_OF.test(sentence.slice(b.end, c.start))) {
      if (a.approx === 'over' || a.approx === 'under' || c.approx || a.value > c.value || isDateNumber(sentence, a, lang)) continue
      const [pLow, pHigh] = rangeOf(a)
      const [wLow, wHigh] = rangeOf(c)
      const [sLow, sHigh] = resultRangeOf(b)
      if (wLow <= 0 || overlaps((pLow / wHigh) * 100, (pHigh / wLow) * 100, sLow, sHigh)) continue
      problems.push({kind: 'share', start: b.start, end: b.end, stated: b.text, fromStart: a.start, fromEnd: c.end, figures: [a.text, c.text], computed: [writeLike(b, (a.value / c.value) * 100, b.decimals, lang)]})
      index += 2
    }
  }
  return problems
}

/** A verb of change with its amount first: « a baissé de 25 %, passant de 400 à 300 », "fell 25%, from 400 to 300". */
const VERB_BY: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:${wordsPattern([...RISING_STEMS_FR, ...FALLING_STEMS_FR, ...MORE_FALLING_STEMS_FR, ...SPEEDING_STEMS_FR])})\\p{L}*[\\s\\u00a0]+(?:de|d[’'])[\\s\\u00a0]*(?:[+−-])?$`, 'iu'),
  en: new RegExp(`\\b(?:${wordsPattern([...RISING_VERBS_EN, ...FALLING_VERBS_EN], '\\s+')})(?:[\\s\\u00a0]+by)?[\\s\\u00a0]*$`, 'iu')
}
const FALLING: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:${wordsPattern([...FALLING_STEMS_FR, ...MORE_FALLING_STEMS_FR])})\\p{L}*[\\s\\u00a0]+(?:de|d[’'])[\\s\\u00a0]*(?:[+−-])?$`, 'iu'),
  en: new RegExp(`\\b(?:${wordsPattern(FALLING_VERBS_EN, '\\s+')})(?:[\\s\\u00a0]+by)?[\\s\\u00a0]*$`, 'iu')
}
/** Between the amount and « de X » : a few words, a comma, « passant », "from". */
const TOLD_FROM = new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,4}?${SPACE}*(?:,${SPACE}*)?(?:(?:passant|pour${SPACE}+passer|going)${SPACE}+)?(?:de|d[’']|from)${SPACE}*(?:€|\\$|£)?$`, 'iu')
/** Between the amount and « à Y »: « , à 38 milliards », "to 300". */
const TOLD_TO = new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,4}?${SPACE}*(?:,${SPACE}*)?(?:(?:passant|pour${SPACE}+passer|going)${SPACE}+)?(?:à|to)${SPACE}+(?:€|\\$|£)?$`, 'iu')
/** « contre X un an plus tôt », "from X a year earlier": what follows X when it is the older figure. */

/**
 * « Le nombre d’accidents a baissé de 25 %, passant de 400 à 300 », « Les
 * exportations ont reculé de 7 %, à 38 milliards, contre 40 milliards »,
 * "fell 25%, from 400 to 300", "rose 20% to 300 from 250": the stated change
 * first, then the figures it is computed from.
 */
function changesTold(sentence: string, numbers: NumberMention[], lang: Lang): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = []
  for (let index = 0; index + 2 < numbers.length; index++) {
    const stated = numbers[index]!
    const before = sentence.slice(Math.max(0, stated.start - 40), stated.start).replace(STRIP_APPROX, '')
    if (!VERB_BY[lang].test(before) || stated.approx === 'over' || stated.approx === 'under') continue
    const [first, second] = [numbers[index + 1]!, numbers[index + 2]!]
    let x: NumberMention
    let y: NumberMention
    if (TOLD_FROM.test(sentence.slice(stated.end, first.start)) && TO.test(sentence.slice(first.end, second.start).replace(STRIP_APPROX, ''))) [x, y] = [first, second]
    else if (TOLD_TO.test(sentence.slice(stated.end, first.start)) && FROM_SECOND.test(sentence.slice(first.end, second.start).replace(STRIP_APPROX, ''))) [x, y] = [second, first]
    else continue
    if (x.year || y.year || (x.currency && y.currency && x.currency !== y.currency)) continue
    const from = x.unit && !y.unit ? x : y.unit && !x.unit ? {...x, unit: y.unit} : x
    const fromValue = !from.scaled && y.scaled && from.value < 1000 ? scaledLike(from, y) : from
    const to = !y.scaled && fromValue.scaled && y.value < 1000 ? scaledLike(y, fromValue) : y
    if (Boolean(fromValue.unit) !== Boolean(to.unit) || (fromValue.unit && fromValue.unit !== to.unit)) continue
    const word = FALLING[lang].test(before) ? (lang === 'fr' ? 'baisse' : 'fall') : lang === 'fr' ? 'hausse' : 'rise'
    const problem = checkChange(fromValue, to, stated, word, lang)
    if (problem) {
      problems.push({...problem, fromStart: first.start, fromEnd: second.end, figures: [x.text, y.text]})
      index += 2
    }
  }
  return problems
}

/** « Sur 40 communes, 28 ont signé la charte, soit 70 % », "Of the 40 councils, 28 signed, or 70%". */
const WHOLE_FIRST: Record<Lang, RegExp> = {
  fr: /(?:^|[,;:]\s*|\s)(?:[Ss]ur|[Pp]armi)\s+(?:les\s+|ses\s+|leurs\s+)?$/u,
  en: /(?:^|[,;:]\s*|\s)(?:[Oo]f|[Oo]ut\s+of|[Aa]mong)\s+(?:the\s+|its\s+|their\s+)?$/u
}
const WHOLE_THEN_PART = new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,4}?${SPACE}*,${SPACE}*$`, 'u')
const PART_THEN_SHARE = new RegExp(`^(?:${SPACE}+[\\p{L}’'-]+){0,8}?${SPACE}*[,(–—]${SPACE}*(?:${RESTATES})${SPACE}+$`, 'iu')

function sharesOfWhole(sentence: string, numbers: NumberMention[], lang: Lang): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = []
  for (let index = 0; index + 2 < numbers.length; index++) {
    const [whole, part, stated] = [numbers[index]!, numbers[index + 1]!, numbers[index + 2]!]
    if (whole.unit || part.unit || stated.unit !== 'percent' || whole.approx || part.approx === 'over' || part.approx === 'under') continue
    if (!WHOLE_FIRST[lang].test(sentence.slice(Math.max(0, whole.start - 16), whole.start))) continue
    if (!WHOLE_THEN_PART.test(sentence.slice(whole.end, part.start)) || !PART_THEN_SHARE.test(sentence.slice(part.end, stated.start).replace(STRIP_APPROX, ''))) continue
    if (part.value > whole.value || isDateNumber(sentence, part, lang)) continue
    const [pLow, pHigh] = rangeOf(part)
    const [wLow, wHigh] = rangeOf(whole)
    const [sLow, sHigh] = resultRangeOf(stated)
    if (wLow <= 0 || overlaps((pLow / wHigh) * 100, (pHigh / wLow) * 100, sLow, sHigh)) continue
    problems.push({kind: 'share', start: stated.start, end: stated.end, stated: stated.text, fromStart: whole.start, fromEnd: part.end, figures: [part.text, whole.text], computed: [writeLike(stated, (part.value / whole.value) * 100, stated.decimals, lang)]})
    index += 2
  }
  return problems
}
