import {z} from 'zod'
import {findDateArithmetic, type DurationCheck} from '../analysis/date-arithmetic.js'
import {datesOf} from '../dates/analysis.js'
import {formatDate} from '../dates/format.js'
import {DATE_OPTION_DEFAULTS, dateOptionsShape, readingOf} from './date-options.js'
import {defineRule, say} from './define.js'
import type {Lang, RuleMessages} from '../types.js'

const schema = z.object({...dateOptionsShape}).strict().default(DATE_OPTION_DEFAULTS)

const UNITS: Record<Lang, Record<DurationCheck['unit'], [string, string]>> = {
  fr: {day: ['jour', 'jours'], night: ['nuit', 'nuits'], week: ['semaine', 'semaines'], month: ['mois', 'mois'], year: ['an', 'ans']},
  en: {day: ['day', 'days'], night: ['night', 'nights'], week: ['week', 'weeks'], month: ['month', 'months'], year: ['year', 'years']}
}

function count(lang: Lang, value: number, unit: DurationCheck['unit']): string {
  const [one, many] = UNITS[lang][unit]
  return `${value} ${value === 1 || (lang === 'fr' && value === 0) ? one : many}`
}

/** What is wrong, then what is expected; the id is the check's kind (cause messages end in `Cause`). */
const messages = {
  range: {
    fr: (check: DurationCheck) => `« ${check.stated} » ne correspond pas aux dates, du ${formatDate('fr', check.from.date)} au ${formatDate('fr', check.to!.date)} (${computedOf('fr', check)}${check.unit === 'day' ? ', bornes comprises' : ''}) : « ${check.expected} » attendu`,
    en: (check: DurationCheck) => `Unexpected \`${check.stated}\` for the dates from ${formatDate('en', check.from.date)} to ${formatDate('en', check.to!.date)} (${computedOf('en', check)}${check.unit === 'day' ? ', both ends included' : ''}), expected \`${check.expected}\``
  },
  later: {
    fr: (check: DurationCheck) => `« ${check.stated} » ne correspond pas à l’écart entre le ${formatDate('fr', check.from.date)} et le ${formatDate('fr', check.to!.date)} (${computedOf('fr', check)}) : « ${check.expected} » attendu`,
    en: (check: DurationCheck) => `Unexpected \`${check.stated}\` for the gap between ${formatDate('en', check.from.date)} and ${formatDate('en', check.to!.date)} (${computedOf('en', check)}), expected \`${check.expected}\``
  },
  age: {
    fr: (check: DurationCheck) => `Âge de « ${check.stated} » ans incompatible avec la naissance le ${formatDate('fr', check.from.date)} : au ${formatDate('fr', check.reference!)}, date de publication, ${computedOf('fr', check)} attendu`,
    en: (check: DurationCheck) => `Unexpected age \`${check.stated}\` for a birth on ${formatDate('en', check.from.date)}: on ${formatDate('en', check.reference!)}, the publication date, expected ${check.computed}`
  },
  ago: {
    fr: (check: DurationCheck) => `« ${check.stated} » ne correspond pas à l’écart entre ${check.from.date.year} et la date de l’article, le ${formatDate('fr', check.reference!)} (${computedOf('fr', check)}) : « ${check.expected} » attendu`,
    en: (check: DurationCheck) => `Unexpected \`${check.stated}\` for the years between ${check.from.date.year} and the story’s date, ${formatDate('en', check.reference!)} (${computedOf('en', check)}), expected \`${check.expected}\``
  },
  anniversary: {
    fr: (check: DurationCheck) => `« ${check.stated} anniversaire » ne correspond pas à l’écart entre ${check.from.date.year} et la date de l’article, le ${formatDate('fr', check.reference!)} (${computedOf('fr', check)}) : « ${check.expected} » attendu`,
    en: (check: DurationCheck) => `Unexpected \`${check.stated} anniversary\` for ${check.from.date.year}: the story’s date, ${formatDate('en', check.reference!)}, is ${computedOf('en', check)} later, expected \`${check.expected}\``
  },
  laterYears: {
    fr: (check: DurationCheck) => `« ${check.stated} » ne correspond pas à l’écart entre ${check.from.date.year} et ${check.to!.date.year} (${computedOf('fr', check)}) : « ${check.expected} » attendu`,
    en: (check: DurationCheck) => `Unexpected \`${check.stated}\` for the years between ${check.from.date.year} and ${check.to!.date.year} (${computedOf('en', check)}), expected \`${check.expected}\``
  },
  since: {
    fr: (check: DurationCheck) => `« ${check.stated} » ne correspond pas à l’écart entre le ${formatDate('fr', check.from.date)} et la date de l’article, le ${formatDate('fr', check.reference!)} (${computedOf('fr', check)}) : « ${check.expected} » attendu`,
    en: (check: DurationCheck) => `Unexpected \`${check.stated}\` for the gap between ${formatDate('en', check.from.date)} and the story’s date, ${formatDate('en', check.reference!)} (${computedOf('en', check)}), expected \`${check.expected}\``
  },
  birthCause: {fr: () => 'Date de naissance', en: () => 'Birth date'},
  yearCause: {fr: () => 'Année de l’événement', en: () => 'Year of the event'},
  startCause: {fr: () => 'Date de départ', en: () => 'Starting date'}
} satisfies RuleMessages

function computedOf(lang: Lang, check: DurationCheck): string {
  return check.days === undefined ? count(lang, check.computed, check.unit) : count(lang, check.days, 'day')
}

/** The message of a check that fails, in `lang` (also said by `factlint timeline`). */
export function durationReason(lang: Lang, check: DurationCheck): string {
  return messages[check.kind][lang](check)
}

export const dateArithmetic = defineRule({
  meta: {
    id: 'date-arithmetic',
    description: {
      fr: 'Une durée, un écart en jours, en mois ou en années, un temps écoulé, un âge ou un anniversaire que ses dates contredisent',
      en: 'A range’s stated length, a gap in days, months or years, a count ago, an age or an anniversary that its dates contradict'
    },
    defaultSeverity: 'error',
    languages: ['fr', 'en'],
    fixable: false,
    messages
  },
  schema,
  async check(ctx, options) {
    const lang = ctx.messageLang
    const analysis = await datesOf(ctx, readingOf(options), 'date-arithmetic')
    // A count of years ago needs no dated event, only the story's date and a year; years later, two years.
    if (analysis.events.length === 0 && !ctx.referenceDate && !/(?:1[6-9]|20)\d\d/.test(ctx.text)) return
    for (const check of findDateArithmetic({analysis, text: ctx.text, lang, referenceDate: ctx.referenceDate})) {
      if (check.ok) continue
      ctx.report({
        ...say(messages, check.kind, lang, check),
        start: check.start,
        end: check.end,
        expected: [check.expected],
        cause: {
          reason: messages[check.kind === 'age' ? 'birthCause' : check.from.yearOnly ? 'yearCause' : 'startCause'][lang](),
          start: check.from.start,
          end: check.from.end
        },
        data: {kind: check.kind, unit: check.unit, stated: check.statedValue, computed: check.computed, ...(check.from.calendar ? {calendar: check.from.calendar} : {})}
      })
    }
  }
})
