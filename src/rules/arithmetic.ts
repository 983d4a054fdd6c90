import {z} from 'zod'
import {findArithmetic, type ArithmeticProblem} from '../analysis/arithmetic.js'
import {blocksOf} from '../text/blocks.js'
import {defineRule} from './define.js'
import {messageLang} from '../document/messages.js'
import type {Lang} from '../types.js'

const schema = z.object({}).strict().default({})

const MULTIPLE_WORDS: Record<Lang, Record<number, string>> = {
  fr: {2: 'doublement', 3: 'triplement', 4: 'quadruplement', 10: 'décuplement'},
  en: {2: 'doubling', 3: 'tripling', 4: 'quadrupling', 10: 'tenfold increase'}
}

function figures(lang: Lang, problem: ArithmeticProblem): string {
  const [first, second] = problem.figures
  return lang === 'fr' ? `de « ${first} » à « ${second} »` : `from "${first}" to "${second}"`
}

/** What is wrong, then what is expected, in the document's language. */
export function arithmeticReason(lang: Lang, problem: ArithmeticProblem): string {
  const expected = problem.computed[0] ?? ''
  const fr = lang === 'fr'
  switch (problem.kind) {
    case 'difference':
    case 'relative':
      return fr
        ? `« ${problem.stated} » ne correspond pas à la variation ${figures(lang, problem)} : ${expected} attendu`
        : `Unexpected \`${problem.stated}\` for the change ${figures(lang, problem)}, expected ${expected}`
    case 'points':
      return fr
        ? `« ${problem.stated} » confond points et pour cent : ${figures(lang, problem)}, l’écart est de ${problem.computed[0]}, soit une variation de ${problem.computed[1]}`
        : `Unexpected \`${problem.stated}\`, which mixes up percent and percentage points: ${figures(lang, problem)} is ${problem.computed[0]}, a change of ${problem.computed[1]}`
    case 'direction':
      return fr
        ? `Le sens de la variation contredit les chiffres : ${figures(lang, problem)}, c’est une ${problem.rises ? 'hausse' : 'baisse'}`
        : `Unexpected direction of change: ${figures(lang, problem)} is a ${problem.rises ? 'rise' : 'fall'}`
    case 'multiple': {
      const word = MULTIPLE_WORDS[lang][problem.factor ?? 2] ?? ''
      return fr
        ? `« ${problem.stated} » ne correspond pas au ${word} annoncé depuis « ${problem.figures[0]} » : ${expected} attendu`
        : `Unexpected \`${problem.stated}\` after the ${word} told from "${problem.figures[0]}", expected ${expected}`
    }
    case 'share':
      return fr
        ? `« ${problem.stated} » ne correspond pas à « ${problem.figures[0]} » sur « ${problem.figures[1]} » : ${expected} attendu`
        : `Unexpected \`${problem.stated}\` for "${problem.figures[0]}" of "${problem.figures[1]}", expected ${expected}`
    case 'parts':
      return fr
        ? `Les parties (${problem.figures.join(' + ')} = ${expected}) dépassent le total « ${problem.stated} »`
        : `Unexpected total \`${problem.stated}\`: its parts (${problem.figures.join(' + ')}) add up to ${expected}`
  }
}

function causeReason(lang: Lang, problem: ArithmeticProblem): string {
  if (problem.kind === 'parts') return lang === 'fr' ? `Parties : ${problem.figures.map((f) => `« ${f} »`).join(', ')}` : `Parts: ${problem.figures.map((f) => `"${f}"`).join(', ')}`
  return lang === 'fr' ? `Calculé à partir de ${problem.figures.map((f) => `« ${f} »`).join(' et ')}` : `Computed from ${problem.figures.map((f) => `"${f}"`).join(' and ')}`
}

export const arithmetic = defineRule({
  meta: {
    id: 'arithmetic',
    description: 'A stated change, share, multiple or total that the figures it is computed from do not give',
    defaultSeverity: 'error',
    languages: ['fr', 'en'],
    fixable: false
  },
  schema,
  check(ctx) {
    const lang = messageLang(ctx.lang)
    for (const block of blocksOf(ctx.file, ctx.tree)) {
      for (const problem of findArithmetic(block.text, lang)) {
        const [start, end] = block.rangeOf(problem.start, problem.end)
        const [fromStart, fromEnd] = block.rangeOf(problem.fromStart, problem.fromEnd)
        ctx.report({
          reason: arithmeticReason(lang, problem),
          start,
          end,
          expected: problem.computed,
          cause: {reason: causeReason(lang, problem), start: fromStart, end: fromEnd},
          data: {kind: problem.kind, figures: problem.figures, computed: problem.computed, ...(problem.factor ? {factor: problem.factor} : {}), ...(problem.rises === undefined ? {} : {rises: problem.rises})}
        })
      }
    }
  }
})
