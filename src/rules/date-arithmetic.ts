import {z} from 'zod'
import {findDateArithmetic, type DurationCheck} from '../analysis/date-arithmetic.js'
import {datesOf} from '../dates/analysis.js'
import {formatDate} from '../dates/format.js'
import {defineRule, messageLang} from './define.js'
import type {Lang} from '../types.js'

const schema = z.object({}).strict().default({})

const UNITS: Record<Lang, Record<DurationCheck['unit'], [string, string]>> = {
  fr: {day: ['jour', 'jours'], night: ['nuit', 'nuits'], week: ['semaine', 'semaines'], year: ['an', 'ans']},
  en: {day: ['day', 'days'], night: ['night', 'nights'], week: ['week', 'weeks'], year: ['year', 'years']}
}

function count(lang: Lang, value: number, unit: DurationCheck['unit']): string {
  const [one, many] = UNITS[lang][unit]
  return `${value} ${value === 1 || (lang === 'fr' && value === 0) ? one : many}`
}

/** What is wrong, then what is expected, in the document's language. */
export function durationReason(lang: Lang, check: DurationCheck): string {
  const fr = lang === 'fr'
  const computed = check.days === undefined ? count(lang, check.computed, check.unit) : count(lang, check.days, 'day')
  switch (check.kind) {
    case 'range':
      return fr
        ? `« ${check.stated} » ne correspond pas aux dates, du ${formatDate(lang, check.from.date)} au ${formatDate(lang, check.to!.date)} (${computed}${check.unit === 'day' ? ', bornes comprises' : ''}) : « ${check.expected} » attendu`
        : `Unexpected \`${check.stated}\` for the dates from ${formatDate(lang, check.from.date)} to ${formatDate(lang, check.to!.date)} (${computed}${check.unit === 'day' ? ', both ends included' : ''}), expected \`${check.expected}\``
    case 'later':
      return fr
        ? `« ${check.stated} » ne correspond pas à l’écart entre le ${formatDate(lang, check.from.date)} et le ${formatDate(lang, check.to!.date)} (${computed}) : « ${check.expected} » attendu`
        : `Unexpected \`${check.stated}\` for the gap between ${formatDate(lang, check.from.date)} and ${formatDate(lang, check.to!.date)} (${computed}), expected \`${check.expected}\``
    case 'age':
      return fr
        ? `Âge de « ${check.stated} » ans incompatible avec la naissance le ${formatDate(lang, check.from.date)} : au ${formatDate(lang, check.reference!)}, date de publication, ${computed} attendu`
        : `Unexpected age \`${check.stated}\` for a birth on ${formatDate(lang, check.from.date)}: on ${formatDate(lang, check.reference!)}, the publication date, expected ${check.computed}`
    case 'ago':
      return fr
        ? `« ${check.stated} » ne correspond pas à l’écart entre ${check.from.date.year} et la date de l’article, le ${formatDate(lang, check.reference!)} (${computed}) : « ${check.expected} » attendu`
        : `Unexpected \`${check.stated}\` for the years between ${check.from.date.year} and the story’s date, ${formatDate(lang, check.reference!)} (${computed}), expected \`${check.expected}\``
    case 'anniversary':
      return fr
        ? `« ${check.stated} anniversaire » ne correspond pas à l’écart entre ${check.from.date.year} et la date de l’article, le ${formatDate(lang, check.reference!)} (${computed}) : « ${check.expected} » attendu`
        : `Unexpected \`${check.stated} anniversary\` for ${check.from.date.year}: the story’s date, ${formatDate(lang, check.reference!)}, is ${computed} later, expected \`${check.expected}\``
  }
}

export const dateArithmetic = defineRule({
  meta: {
    id: 'date-arithmetic',
    description: 'A range’s stated length, a gap in days, an age, a count of years ago or an anniversary that its dates contradict',
    defaultSeverity: 'error',
    languages: ['fr', 'en'],
    fixable: false
  },
  schema,
  async check(ctx) {
    const lang = messageLang(ctx.lang)
    const analysis = await datesOf(ctx)
    // A count of years ago needs no dated event, only the story's date and a year.
    if (analysis.events.length === 0 && !ctx.referenceDate) return
    for (const check of findDateArithmetic({analysis, text: ctx.text, lang, referenceDate: ctx.referenceDate})) {
      if (check.ok) continue
      ctx.report({
        reason: durationReason(lang, check),
        start: check.start,
        end: check.end,
        expected: [check.expected],
        cause: {
          reason:
            check.kind === 'age'
              ? lang === 'fr'
                ? 'Date de naissance'
                : 'Birth date'
              : check.from.yearOnly
                ? lang === 'fr'
                  ? 'Année de l’événement'
                  : 'Year of the event'
                : lang === 'fr'
                  ? 'Date de départ'
                  : 'Starting date',
          start: check.from.start,
          end: check.from.end
        },
        data: {kind: check.kind, unit: check.unit, stated: check.statedValue, computed: check.computed}
      })
    }
  }
})
