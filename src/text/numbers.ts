import {toCardinal as frenchWords} from 'n2words/fr-FR'
import {toCardinal as englishWords} from 'n2words/en-US'
import type {Lang} from '../types.js'
import {ABOUT as ABOUT_PHRASES, ABOUT_COUNTS, OVER as OVER_PHRASES, UNDER as UNDER_PHRASES} from '../lexicon/figures.js'
import {CARDINAL_WORDS, ONE_WORDS} from '../lexicon/numbers.js'
import {wordsPattern} from '../lexicon/patterns.js'

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
  /** A currency written before or after the figure (« € », "$", « d’euros », "US$"): `euro`, `dollar`, `pound`, `franc`, `yen`. */
  currency?: string
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

/** Words that name about so many: « une douzaine », "a dozen", « une vingtaine » (the lexicon's ABOUT_COUNTS). */
const ABOUT_WORDS: Record<Lang, Map<string, number>> = {fr: new Map(ABOUT_COUNTS.fr), en: new Map(ABOUT_COUNTS.en)}

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
  fr: /(?<![\p{L}\p{N}.,]|\d['’])(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d{1,3}(?:['’]\d{3})+|\d+)(?:([,.])(\d+))?(?=(?:Mds?|Mrds?|M|k)€|(?:Mds?|Mrds?)(?![\p{L}])|(?![\p{L}\p{N}]|[.,'’]\d))/gu,
  en: /(?<![\p{L}\p{N}.,]|\d['’])(\d{1,3}(?:,\d{3})+|\d+)(?:(\.)(\d+))?(?=(?:bn|tn|m|k)(?![\p{L}])|(?![\p{L}\p{N}]|[.,'’]\d))/gu
}

/**
 * Scale words after a figure, per language. French « billion » is a million
 * millions (10¹²), English "billion" a thousand millions. The abbreviations
 * of the business pages: "bn", "tn", and "m" or "k" after a currency sign
 * only ("$3.5m"; "a 5m wall" is five metres); « Md », « Mds », « Mrd », and
 * « M » or « k » before « € » only (« 12 M€ »; « 12 M » alone may be anything).
 */
const SCALES: Record<Lang, Array<[RegExp, number]>> = {
  fr: [
    [/^[\s\u00a0\u202f]+mille[\s\u00a0\u202f]+milliards(?![\p{L}])/iu, 1e12],
    [/^[\s\u00a0\u202f]+milliards?(?![\p{L}])/iu, 1e9],
    [/^[\s\u00a0\u202f]*(?:Mds?|Mrds?)(?![\p{L}])/u, 1e9],
    [/^[\s\u00a0\u202f]+billions?(?![\p{L}])/iu, 1e12],
    [/^[\s\u00a0\u202f]+millions?(?![\p{L}])/iu, 1e6],
    [/^[\s\u00a0\u202f]*M(?=[\s\u00a0\u202f]?€)/u, 1e6],
    [/^[\s\u00a0\u202f]*k(?=[\s\u00a0\u202f]?€)/u, 1e3],
    [/^[\s\u00a0\u202f]+mille(?![\p{L}])/iu, 1e3]
  ],
  en: [
    [/^[\s\u00a0\u202f]+trillions?(?![\p{L}])|^[\s\u00a0\u202f]?tn(?![\p{L}])/iu, 1e12],
    [/^[\s\u00a0\u202f]+billions?(?![\p{L}])|^[\s\u00a0\u202f]?bn(?![\p{L}])/iu, 1e9],
    [/^[\s\u00a0\u202f]+millions?(?![\p{L}])/iu, 1e6],
    [/^[\s\u00a0\u202f]+thousand(?![\p{L}])/iu, 1e3]
  ]
}
/** "m" and "k" glued to a figure after a currency sign: "$3.5m", "£40k". */
const CURRENCY_SCALES: Array<[RegExp, number]> = [
  [/^m(?![\p{L}])/u, 1e6],
  [/^k(?![\p{L}])/u, 1e3]
]

/** A currency sign or code before the digits: "$", "US$", "£", « € », "CHF ", "Fr. ". */
const CURRENCY_BEFORE = /(?:(?:US|C|A|NZ|HK)?(\$)|(£)|(€)|(¥)|\b(CHF|EUR|USD|GBP)[\s\u00a0\u202f]?|\b(Fr)\.[\s\u00a0\u202f]?)$/u
/** A currency after the figure and its scale: « € », « d’euros », "euros", "dollars", « francs suisses ». */
const CURRENCY_AFTER = /^[\s\u00a0\u202f]*(?:(€|EUR\b|euros?\b|d[’']euros\b)|(\$|USD\b|dollars?\b|de[\s\u00a0]+dollars\b)|(£|GBP\b|livres?(?:[\s\u00a0]+sterling)?\b|pounds?\b|de[\s\u00a0]+livres\b)|(CHF\b|francs?\b|de[\s\u00a0]+francs\b)|(yens?\b|¥))/iu

const PERCENT = /^[\s\u00a0\u202f]*(?:%|pour[\s-]?cent\b|percent\b|per[\s-]cent\b)/iu
const POINT = /^[\s\u00a0\u202f]+(?:points?\s+de\s+pourcentage|percentage[\s-]points?|points?|pts?)(?![\p{L}])/iu

/** A figure's approximation or bound, by the words right before it (src/lexicon/figures.ts), in either language. */
const boundBefore = (words: Record<Lang, readonly string[]>) => new RegExp(`(?:${wordsPattern([...words.fr, ...words.en], '\\s+')})[\\s\\u00a0]*$`, 'iu')
const ABOUT = boundBefore(ABOUT_PHRASES)
const OVER = boundBefore(OVER_PHRASES)
const UNDER = boundBefore(UNDER_PHRASES)

/** Every figure of `text` (one sentence or one paragraph), in order. */
export function readNumbers(text: string, lang: Lang): NumberMention[] {
  const found: NumberMention[] = []
  for (const match of text.matchAll(DIGITS[lang])) {
    const start = match.index
    let end = start + match[0].length
    const whole = match[1]!.replace(/[ \u00a0\u202f\u2009,'’]/g, '')
    let fraction = match[3] ?? ''
    const separator = match[2]
    // French copy may write a decimal point, and English copy… never a decimal comma; three digits after it are a group.
    if (separator && fraction.length === 3 && lang === 'fr' && separator === '.') continue
    if (separator && !/^\d+$/.test(fraction)) fraction = ''
    const base = Number(`${whole}${fraction ? `.${fraction}` : ''}`)
    if (!Number.isFinite(base)) continue
    const decimals = fraction.length
    const sign = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 5), start))
    let currency = sign ? currencyBefore(sign) : undefined
    let scale = 1
    let scaleText: string | undefined
    for (const [pattern, factor] of [...SCALES[lang], ...(currency ? CURRENCY_SCALES : [])]) {
      const scaleMatch = pattern.exec(ahead(text, end))
      if (scaleMatch) {
        scale = factor
        scaleText = scaleMatch[0]
        end += scaleMatch[0].length
        break
      }
    }
    // « 3,5 Md€ », « 12 M€ »: the sign glued to the abbreviation is part of the figure as written.
    const glued = scaleText && /^[\s\u00a0\u202f]*(?:Mds?|Mrds?|M|k)$/u.test(scaleText) ? /^[\s\u00a0\u202f]?€/u.exec(ahead(text, end)) : null
    if (glued) {
      scaleText += glued[0]
      end += glued[0].length
      currency = 'euro'
    }
    // "5m" with no currency sign may be five metres, « 12k » anything: left unread, as before.
    if (/^[\p{L}]/u.test(ahead(text, end))) continue
    // « 2 millions et demi », "1.5 million and a half": more than the digits say.
    if (scale > 1 && HALF_MORE.test(ahead(text, end))) continue
    if (!currency) {
      const after = CURRENCY_AFTER.exec(ahead(text, end))
      if (after) currency = currencyAfter(after)
    }
    const written = match[0]
    const isYear = !separator && scale === 1 && !currency && /^(1[6-9]\d\d|20\d\d)$/.test(written)
    const mention = finish(text, {start, end, value: base * scale, half: halfOf(whole, decimals) * scale, decimals, word: false, year: isYear, scaled: scale !== 1, scale, ...(scaleText ? {scaleText} : {}), ...(currency ? {currency} : {})}, lang)
    found.push(mention)
  }
  for (const match of text.matchAll(WORD_PATTERNS[lang])) {
    const key = wordKey(match[0])
    const about = ABOUT_WORDS[lang].get(key)
    let value = about ?? WORDS[lang].get(key)
    if (value === undefined) continue
    // "a hundred" and "a score" of something; "the score" of a match is not a number.
    if (lang === 'en' && key === 'a score' && !/^\s+of\b/i.test(ahead(text, match.index + match[0].length))) continue
    // The tail of a compound left unread (« mille cinq cents », "thousand five hundred"): unread too.
    if (COMPOUND_BEFORE[lang].test(text.slice(Math.max(0, match.index - 20), match.index))) continue
    if (value === 100 && /(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|two|three|four|five|six|seven|eight|nine)[\s\u00a0-]+$/iu.test(text.slice(Math.max(0, match.index - 12), match.index))) continue
    let end = match.index + match[0].length
    let scale = 1
    let scaleText: string | undefined
    const half = 0
    if (about === undefined) {
      // « trois cents », "three hundred"; « deux millions », "two million", « vingt mille »: one figure.
      const hundred = HUNDRED[lang].exec(ahead(text, end))
      if (hundred && value < 10) {
        value *= 100
        end += hundred[0].length
      }
      for (const [pattern, factor] of SCALES[lang]) {
        const scaleMatch = pattern.exec(ahead(text, end))
        if (scaleMatch && /^[\s\u00a0\u202f]/u.test(scaleMatch[0])) {
          scale = factor
          scaleText = scaleMatch[0]
          end += scaleMatch[0].length
          break
        }
      }
      // « deux mille cinq cents », "two thousand five hundred", « deux cent vingt »: a compound left unread rather than misread.
      if ((hundred || scale > 1) && MORE_WORDS[lang].test(ahead(text, end))) continue
      if (HALF_MORE.test(ahead(text, end))) continue
    }
    const currencyMatch = CURRENCY_AFTER.exec(ahead(text, end))
    const mention = finish(text, {start: match.index, end, value: value * scale, half, decimals: 0, word: true, year: false, scaled: scale !== 1, scale, ...(scaleText ? {scaleText} : {}), ...(currencyMatch ? {currency: currencyAfter(currencyMatch)} : {})}, lang)
    if (about !== undefined) mention.approx = 'about'
    found.push(mention)
  }
  // "a million", « un milliard »: a scale word after an article is a figure too.
  for (const match of text.matchAll(ONE_SCALE[lang])) {
    const scale = /^(?:trillion|billion)$/iu.test(match[2]!) ? (lang === 'en' && /^b/iu.test(match[2]!) ? 1e9 : 1e12) : /^milliard$/iu.test(match[2]!) ? 1e9 : 1e6
    if (MORE_WORDS[lang].test(ahead(text, match.index + match[0].length)) || HALF_MORE.test(ahead(text, match.index + match[0].length))) continue
    if (/(?:half|demi)[\s\u00a0-]*$/iu.test(text.slice(Math.max(0, match.index - 6), match.index))) continue
    const end = match.index + match[0].length
    const currencyMatch = CURRENCY_AFTER.exec(ahead(text, end))
    found.push(finish(text, {start: match.index, end, value: scale, half: 0.5 * scale, decimals: 0, word: true, year: false, scaled: true, scale, scaleText: match[0].slice(match[1]!.length), ...(currencyMatch ? {currency: currencyAfter(currencyMatch)} : {})}, lang))
  }
  return found.sort((a, b) => a.start - b.start)
}

const HUNDRED: Record<Lang, RegExp> = {
  fr: /^[\s\u00a0\u202f-]+cents?(?![\p{L}])/iu,
  en: /^[\s\u00a0\u202f-]+hundred(?![\p{L}])/iu
}
/** A number word right after, making a compound this reader does not add up: « mille cinq cents », "thousand five hundred", "hundred and twenty". */
const MORE_WORDS: Record<Lang, RegExp> = {
  fr: new RegExp(`^[\\s\\u00a0\\u202f-]+(?:et[\\s\\u00a0-]+)?(?:${wordsPattern([...ONE_WORDS.fr, ...CARDINAL_WORDS.fr])})(?![\\p{L}])`, 'iu'),
  en: new RegExp(`^[\\s\\u00a0\\u202f-]+(?:and[\\s\\u00a0]+)?(?:${wordsPattern([...ONE_WORDS.en, ...CARDINAL_WORDS.en])})(?![\\p{L}])`, 'iu')
}
const HALF_MORE = /^[\s\u00a0\u202f]+(?:et[\s\u00a0]+demie?|and[\s\u00a0]+a[\s\u00a0]+half)(?![\p{L}])/iu
const COMPOUND_BEFORE: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}])(?:cents?|mille|millions?|milliards?)[\s\u00a0\u202f-]+(?:et[\s\u00a0-]+)?$/iu,
  en: /(?<![\p{L}])(?:hundred|thousand|million|billion)[\s\u00a0\u202f-]+(?:and[\s\u00a0]+)?$/iu
}
/** « un million », « un milliard », "a million", "one billion". */
const ONE_SCALE: Record<Lang, RegExp> = {
  fr: /(?<![\p{L}\p{N}-])([Uu]n[\s\u00a0]+)(million|milliard)(?![\p{L}])/gu,
  en: /(?<![\p{L}\p{N}-])((?:[Aa]|[Oo]ne)[\s\u00a0]+)(million|billion|trillion)(?![\p{L}])/gu
}

/** The currency a sign or code before the digits names. */
function currencyBefore(match: RegExpExecArray): string {
  const [, dollar, pound, euro, yen, code, franc] = match
  if (dollar) return 'dollar'
  if (pound) return 'pound'
  if (euro) return 'euro'
  if (yen) return 'yen'
  if (franc) return 'franc'
  return ({CHF: 'franc', EUR: 'euro', USD: 'dollar', GBP: 'pound'} as Record<string, string>)[code ?? ''] ?? 'other'
}

/** The currency written after the figure. */
function currencyAfter(match: RegExpExecArray): string {
  const index = match.slice(1).findIndex((group) => group !== undefined)
  return (['euro', 'dollar', 'pound', 'franc', 'yen'] as const)[index] ?? 'other'
}

type Draft = Omit<NumberMention, 'text'>

/**
 * The text after a figure, as far as its unit, scale or currency can reach
 * (« mille milliards d’euros », "percentage points", « livres sterling »): not
 * the rest of the paragraph, which a figure of a long one would copy or scan.
 */
const AHEAD = 80

function ahead(text: string, from: number): string {
  return text.slice(from, from + AHEAD)
}

function finish(text: string, draft: Draft, lang: Lang): NumberMention {
  const mention = draft as NumberMention
  const rest = ahead(text, mention.end)
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
