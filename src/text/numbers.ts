import {toCardinal as frenchWords} from 'n2words/fr-FR'
import {toCardinal as englishWords} from 'n2words/en-US'
import type {Lang} from '../types.js'

/**
 * A figure as a news story writes it: « 2 400 », « 7,1 % », "$3.5 million",
 * « vingt-et-un », "about 40". Offsets are indexes into the text it was read from.
 */
export interface NumberMention {
  start: number
  end: number
  text: string
  /** The value, scale words applied (« 3,5 millions » is 3 500 000). */
  value: number
  /**
   * Half the unit of the last digit written: the figure stands for any value
   * within `value ± half` (« 2,4 millions » for 2 412 000 is right).
   */
  half: number
  /** Digits written after the decimal separator. */
  decimals: number
  unit?: 'percent' | 'point'
  /** Written in words (« deux », "twenty-one", "a dozen"). */
  word: boolean
  /** A word before it widens it: « près de », "about" (both ways), « plus de » (up), « moins de » (down). */
  approx?: 'about' | 'over' | 'under'
  /** A four-digit number that reads as a year (« 2019 »): no quantity. */
  year: boolean
  /** How the unit is written after the digits (« % », " percent", « points »), to write a correction the same way. */
  unitText?: string
  /** A scale word followed the digits (« millions », "billion"). */
  scaled: boolean
  /** The scale's factor (1 without one) and words as written (« millions »). */
  scale: number
  scaleText?: string
}

/**
 * Number words from 2 to 100, as n2words writes them, read back. Both
 * spellings of the French compounds are kept: « vingt et un » and the
 * reformed « vingt-et-un » (hyphens and spaces are the same here). « un »,
 * « une », "one" and "a" are left out: they are articles far more often.
 */
const WORDS: Record<Lang, Map<string, number>> = {fr: new Map(), en: new Map()}
for (let value = 2; value <= 100; value++) {
  WORDS.fr.set(wordKey(frenchWords(value)), value)
  WORDS.en.set(wordKey(englishWords(value)), value)
}
// « quatre-vingt » is written without -s before another number word and in « quatre-vingt mille »; read it either way.
WORDS.fr.set('quatre vingt', 80)
for (const [key, value] of [...WORDS.fr]) if (key.startsWith('quatre vingts ')) WORDS.fr.set(key.replace('quatre vingts', 'quatre vingt'), value)

/** Words that name about so many: « une douzaine », "a dozen", « une vingtaine ». */
const ABOUT_WORDS: Record<Lang, Map<string, number>> = {
  fr: new Map([
    ['une douzaine', 12],
    ['une quinzaine', 15],
    ['une vingtaine', 20],
    ['une trentaine', 30],
    ['une quarantaine', 40],
    ['une cinquantaine', 50],
    ['une soixantaine', 60],
    ['une centaine', 100]
  ]),
  en: new Map([
    ['a dozen', 12],
    ['a score', 20],
    ['a hundred', 100]
  ])
}

function wordKey(words: string): string {
  return words.toLowerCase().replace(/[\s\u00a0\u202f-]+/g, ' ').trim()
}

function wordPattern(lang: Lang): RegExp {
  const keys = [...WORDS[lang].keys(), ...ABOUT_WORDS[lang].keys()].sort((a, b) => b.length - a.length)
  const alternatives = keys.map((key) => key.split(' ').join('[\\s\\u00a0-]+'))
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu')
}

const WORD_PATTERNS: Record<Lang, RegExp> = {fr: wordPattern('fr'), en: wordPattern('en')}

/**
 * Digits as each language groups them. French groups thousands with a space
 * (plain, no-break or narrow) and writes a decimal comma; English groups with
 * a comma and writes a decimal point. The other language's decimal separator
 * before one or two digits is read as decimal too (« 7.1% » in French copy);
 * before three digits it is a group mark, and the figure is left alone.
 * Swiss copy groups with an apostrophe (« 20'000 »): read in French, and
 * never read as « 000 » alone in English.
 */
const DIGITS: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}\p{N}.,]|\d['’])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:['’]\d{3})+|\d+)(?:([,.])(\d+))?(?![\p{L}\p{N}]|[.,'’]\d)/gu,
  en: /(?<![\p{L}\p{N}.,]|\d['’])(\d{1,3}(?:,\d{3})+|\d+)(?:(\.)(\d+))?(?![\p{L}\p{N}]|[.,'’]\d)/gu
}

const SCALES: Array<[RegExp, number]> = [
  [/^[\s\u00a0\u202f]+(?:milliards?|billions?)\b/iu, 1e9],
  [/^[\s\u00a0\u202f]+millions?\b/iu, 1e6],
  [/^[\s\u00a0\u202f]+(?:mille|thousand)\b/iu, 1e3]
]

const PERCENT = /^[\s\u00a0\u202f]*(?:%|pour[\s-]?cent\b|percent\b|per[\s-]cent\b)/iu
const POINT = /^[\s\u00a0\u202f]+(?:points?\s+de\s+pourcentage|percentage[\s-]points?|points?|pts?)(?![\p{L}])/iu

const ABOUT = /(?:près\s+d[e’']|environ|quelque|presque|quasi(?:ment)?|autour\s+d[e’']|à\s+peu\s+près|approximativement|grosso\s+modo|un\s+peu\s+(?:plus|moins)\s+d[e’']|about|around|nearly|almost|roughly|approximately|some|close\s+to|an\s+estimated|estimated|just\s+(?:over|under)|a\s+little\s+(?:over|under))[\s\u00a0]*$/iu
const OVER = /(?:plus\s+d[e’']|au\s+moins|more\s+than|over|at\s+least|upwards\s+of|above|in\s+excess\s+of|supérieure?s?\s+à)[\s\u00a0]*$/iu
const UNDER = /(?:moins\s+d[e’']|jusqu[’']à|au\s+plus|less\s+than|fewer\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|inférieure?s?\s+à)[\s\u00a0]*$/iu

/** Every figure of `text` (one sentence or one paragraph), in order. */
export function readNumbers(text: string, lang: Lang): NumberMention[] {
  const found: NumberMention[] = []
  for (const match of text.matchAll(DIGITS[lang])) {
    const start = match.index
    let end = start + match[0].length
    const whole = match[1]!.replace(/[ \u00a0\u202f,'’]/g, '')
    let fraction = match[3] ?? ''
    const separator = match[2]
    // French copy may write a decimal point, and English copy… never a decimal comma; three digits after it are a group.
    if (separator && fraction.length === 3 && lang === 'fr' && separator === '.') continue
    if (separator && !/^\d+$/.test(fraction)) fraction = ''
    const base = Number(`${whole}${fraction ? `.${fraction}` : ''}`)
    if (!Number.isFinite(base)) continue
    const decimals = fraction.length
    let scale = 1
    let scaleText: string | undefined
    for (const [pattern, factor] of SCALES) {
      const scaleMatch = pattern.exec(text.slice(end))
      if (scaleMatch) {
        scale = factor
        scaleText = scaleMatch[0]
        end += scaleMatch[0].length
        break
      }
    }
    const written = match[0]
    const isYear = !separator && scale === 1 && /^(1[6-9]\d\d|20\d\d)$/.test(written)
    const mention = finish(text, {start, end, value: base * scale, half: halfOf(whole, decimals) * scale, decimals, word: false, year: isYear, scaled: scale !== 1, scale, ...(scaleText ? {scaleText} : {})}, lang)
    found.push(mention)
  }
  for (const match of text.matchAll(WORD_PATTERNS[lang])) {
    const key = wordKey(match[0])
    const about = ABOUT_WORDS[lang].get(key)
    const value = about ?? WORDS[lang].get(key)
    if (value === undefined) continue
    // "a hundred" and "a score" of something; "the score" of a match is not a number.
    if (lang === 'en' && key === 'a score' && !/^\s+of\b/i.test(text.slice(match.index + match[0].length))) continue
    const mention = finish(text, {start: match.index, end: match.index + match[0].length, value, half: 0, decimals: 0, word: true, year: false, scaled: false, scale: 1}, lang)
    if (about !== undefined) mention.approx = 'about'
    found.push(mention)
  }
  return found.sort((a, b) => a.start - b.start)
}

type Draft = Omit<NumberMention, 'text'>

function finish(text: string, draft: Draft, lang: Lang): NumberMention {
  const mention = draft as NumberMention
  const rest = text.slice(mention.end)
  const percent = PERCENT.exec(rest)
  const point = percent ? null : POINT.exec(rest)
  if (percent) {
    mention.unit = 'percent'
    mention.unitText = percent[0]
    mention.end += percent[0].length
  } else if (point) {
    mention.unit = 'point'
    mention.unitText = point[0]
    mention.end += point[0].length
  }
  const before = text.slice(Math.max(0, mention.start - 30), mention.start)
  if (ABOUT.test(before)) mention.approx = 'about'
  else if (OVER.test(before)) mention.approx = 'over'
  else if (UNDER.test(before)) mention.approx = 'under'
  mention.text = text.slice(mention.start, mention.end)
  void lang
  return mention
}

/**
 * Half the unit of the last digit. A whole number of four digits or more
 * ending in zeros may be rounded (« 2 400 foyers » for 2 412): half its last
 * written non-zero place. Smaller whole numbers are counts, read as exact
 * (« 12 des 40 membres »).
 */
function halfOf(whole: string, decimals: number): number {
  if (decimals > 0) return 0.5 * 10 ** -decimals
  if (whole.length < 4) return 0
  let zeros = 0
  while (zeros < whole.length && whole[whole.length - 1 - zeros] === '0') zeros++
  return zeros === 0 ? 0 : 0.5 * 10 ** Math.min(zeros, whole.length - 1)
}

/** The interval a figure stands for, approximations widened (a tenth either way for « environ »). */
export function rangeOf(mention: NumberMention): [number, number] {
  const low = mention.value - mention.half
  const high = mention.value + mention.half
  switch (mention.approx) {
    case 'about':
      return [low * 0.9, high * 1.1]
    case 'over':
      return [low, Infinity]
    case 'under':
      return [0, high]
    default:
      return [low, high]
  }
}

/** Writes `value` with `decimals` digits after the separator, in the language's way. */
export function formatNumber(value: number, decimals: number, lang: Lang, like?: string): string {
  const fixed = Math.abs(value).toFixed(decimals)
  const [whole, fraction] = fixed.split('.')
  // Group thousands as the figure it corrects does (« 2 400 » with a plain or a no-break space, « 20'400 »).
  const written = like ? /\d([ \u00a0\u202f,'’])\d{3}/.exec(like)?.[1] : undefined
  const group = written ?? (lang === 'fr' ? '\u00a0' : ',')
  const grouped = whole!.length > 4 || (whole!.length > 3 && (lang === 'en' || written)) ? groupThousands(whole!, group) : whole!
  return fraction ? `${grouped}${lang === 'fr' ? ',' : '.'}${fraction}` : grouped
}

/** « 2400000 » as « 2 400 000 »: a separator before each group of three digits from the right. */
function groupThousands(digits: string, separator: string): string {
  let grouped = ''
  for (let index = 0; index < digits.length; index++) {
    if (index > 0 && (digits.length - index) % 3 === 0) grouped += separator
    grouped += digits[index]
  }
  return grouped
}
