import {z} from 'zod'
import {findArithmetic, type ArithmeticProblem} from '../analysis/arithmetic.js'
import {defineRule, say} from './define.js'
import type {Lang, RuleMessages} from '../types.js'

const schema = z.object({}).strict().default({})

const MULTIPLE_WORDS: Record<Lang, Record<number, string>> = {
  fr: {2: 'au doublement', 3: 'au triplement', 4: 'au quadruplement', 10: 'au décuplement', 0.5: 'à la division par deux', [1 / 3]: 'à la division par trois', 0.25: 'à la division par quatre'},
  en: {2: 'the doubling', 3: 'the tripling', 4: 'the quadrupling', 10: 'the tenfold increase', 0.5: 'the halving'}
}

function figures(lang: Lang, problem: ArithmeticProblem): string {
  const [first, second] = problem.figures
  return lang === 'fr' ? `de « ${first} » à « ${second} »` : `from "${first}" to "${second}"`
}

const expectedOf = (problem: ArithmeticProblem): string => problem.computed[0] ?? ''

const changeMessage: Record<Lang, (problem: ArithmeticProblem) => string> = {
  fr: (problem) => `« ${problem.stated} » ne correspond pas à la variation ${figures('fr', problem)} : ${expectedOf(problem)} attendu`,
  en: (problem) => `Unexpected \`${problem.stated}\` for the change ${figures('en', problem)}, expected ${expectedOf(problem)}`
}

/** What is wrong, then what is expected; the id is the problem's kind (cause messages end in `Cause`). */
const messages = {
  difference: changeMessage,
  relative: changeMessage,
  points: {
    fr: (problem: ArithmeticProblem) => `« ${problem.stated} » confond points et pour cent : ${figures('fr', problem)}, l’écart est de ${problem.computed[0]}, soit une variation de ${problem.computed[1]}`,
    en: (problem: ArithmeticProblem) => `Unexpected \`${problem.stated}\`, which mixes up percent and percentage points: ${figures('en', problem)} is ${problem.computed[0]}, a change of ${problem.computed[1]}`
  },
  direction: {
    fr: (problem: ArithmeticProblem) => `Le sens de la variation contredit les chiffres : ${figures('fr', problem)}, c’est une ${problem.rises ? 'hausse' : 'baisse'}`,
    en: (problem: ArithmeticProblem) => `Unexpected direction of change: ${figures('en', problem)} is a ${problem.rises ? 'rise' : 'fall'}`
  },
  multiple: {
    fr: (problem: ArithmeticProblem) => `« ${problem.stated} » ne correspond pas ${MULTIPLE_WORDS.fr[problem.factor ?? 2] ?? ''} annoncé${(problem.factor ?? 2) < 1 ? 'e' : ''} depuis « ${problem.figures[0]} » : ${expectedOf(problem)} attendu`,
    en: (problem: ArithmeticProblem) => `Unexpected \`${problem.stated}\` after ${MULTIPLE_WORDS.en[problem.factor ?? 2] ?? ''} told from "${problem.figures[0]}", expected ${expectedOf(problem)}`
  },
  share: {
    fr: (problem: ArithmeticProblem) => `« ${problem.stated} » ne correspond pas à « ${problem.figures[0]} » sur « ${problem.figures[1]} » : ${expectedOf(problem)} attendu`,
    en: (problem: ArithmeticProblem) => `Unexpected \`${problem.stated}\` for "${problem.figures[0]}" of "${problem.figures[1]}", expected ${expectedOf(problem)}`
  },
  parts: {
    fr: (problem: ArithmeticProblem) => `Les parties (${problem.figures.join(' + ')} = ${expectedOf(problem)}) dépassent le total « ${problem.stated} »`,
    en: (problem: ArithmeticProblem) => `Unexpected total \`${problem.stated}\`: its parts (${problem.figures.join(' + ')}) add up to ${expectedOf(problem)}`
  },
  total: {
    fr: (problem: ArithmeticProblem) => `« ${problem.stated} » ne correspond pas à la somme des parties (${problem.figures.join(' + ')}) : ${expectedOf(problem)} attendu`,
    en: (problem: ArithmeticProblem) => `Unexpected total \`${problem.stated}\` for the parts ${problem.figures.join(' + ')}, expected ${expectedOf(problem)}`
  },
  portion: {
    fr: (problem: ArithmeticProblem) => `« ${problem.stated} » ne correspond pas à « ${problem.figures[0]} » de « ${problem.figures[1]} » : ${expectedOf(problem)} attendu`,
    en: (problem: ArithmeticProblem) => `Unexpected \`${problem.stated}\` for "${problem.figures[0]}" of "${problem.figures[1]}", expected ${expectedOf(problem)}`
  },
  partsCause: {
    fr: (problem: ArithmeticProblem) => `Parties : ${problem.figures.map((f) => `« ${f} »`).join(', ')}`,
    en: (problem: ArithmeticProblem) => `Parts: ${problem.figures.map((f) => `"${f}"`).join(', ')}`
  },
  figuresCause: {
    fr: (problem: ArithmeticProblem) => `Calculé à partir de ${problem.figures.map((f) => `« ${f} »`).join(' et ')}`,
    en: (problem: ArithmeticProblem) => `Computed from ${problem.figures.map((f) => `"${f}"`).join(' and ')}`
  }
} satisfies RuleMessages

export const arithmetic = defineRule({
  meta: {
    id: 'arithmetic',
    description: {
      fr: 'Une variation, une part, un multiple ou un total que les chiffres dont il découle ne donnent pas',
      en: 'A stated change, share, multiple or total that the figures it is computed from do not give'
    },
    defaultSeverity: 'error',
    languages: ['fr', 'en'],
    fixable: false,
    messages
  },
  schema,
  check(ctx) {
    const lang = ctx.messageLang
    for (const block of ctx.blocks) {
      for (const problem of findArithmetic(block.text, lang)) {
        const [start, end] = block.rangeOf(problem.start, problem.end)
        const [fromStart, fromEnd] = block.rangeOf(problem.fromStart, problem.fromEnd)
        ctx.report({
          ...say(messages, problem.kind, lang, problem),
          start,
          end,
          expected: problem.computed,
          cause: {reason: messages[problem.kind === 'parts' || problem.kind === 'total' ? 'partsCause' : 'figuresCause'][lang](problem), start: fromStart, end: fromEnd},
          data: {kind: problem.kind, figures: problem.figures, computed: problem.computed, ...(problem.factor ? {factor: problem.factor} : {}), ...(problem.rises === undefined ? {} : {rises: problem.rises})}
        })
      }
    }
  }
})
