import {z} from 'zod'
import {balanceParagraphs, type UnbalancedMark} from '../analysis/unbalanced-quotes.js'
import {MARK_NAMES} from '../lexicon/quotes.js'
import {defineRule, say} from './define.js'
import type {RuleMessages} from '../types.js'
import {locate} from '../document/messages.js'

const schema = z.object({}).strict().optional()

/**
 * What a message says: the mark, and where (as `line:column`) it is closed
 * (`mismatched`) or may open (`unopened`: between `from` and `to`).
 */
interface Details {
  problem: UnbalancedMark
  closedAt?: string
  from?: string
  to?: string
}

/** The id is the problem's kind; the causes say where the mark closes or should open. */
const messages = {
  unclosed: {
    fr: ({problem}: Details) => `Fermeture manquante pour ${nameOf(problem.char, 'fr')} : ${expectedFr(problem.expected)} dans le même paragraphe`,
    en: ({problem}: Details) => `Unclosed ${nameOf(problem.char, 'en')}, expected a closing \`${problem.expected}\` in the same paragraph`
  },
  mismatched: {
    fr: ({problem, closedAt}: Details) => `${capital(nameOf(problem.char, 'fr'))} est fermé par ${nameOf(problem.closer!.char, 'fr')} (${closedAt}) : ${expectedFr(problem.expected)}`,
    en: ({problem, closedAt}: Details) => `${capital(nameOf(problem.char, 'en'))} closed by ${nameOf(problem.closer!.char, 'en')} (${closedAt}), expected a closing \`${problem.expected}\``
  },
  reversed: {
    fr: ({problem, closedAt}: Details) => `${capital(nameOf(problem.char, 'fr'))} ouvre la citation fermée en ${closedAt} : ${expectedFr(problem.expected)}`,
    en: ({problem, closedAt}: Details) => `${capital(nameOf(problem.char, 'en'))} opens the quotation closed at ${closedAt}, expected an opening \`${problem.expected}\``
  },
  unopened: {
    fr: ({problem, from, to}: Details) => `Ouverture manquante pour ${nameOf(problem.char, 'fr')} : ${expectedFr(problem.expected)} ${from === undefined ? `avant ${to}` : `entre ${from} et ${to}`}`,
    en: ({problem, from, to}: Details) => `Unexpected ${nameOf(problem.char, 'en')} without an opening \`${problem.expected}\`, expected one ${from === undefined ? `before ${to}` : `between ${from} and ${to}`}`
  },
  closedHereCause: {
    fr: ({problem}: Details) => `Fermé ici par « ${problem.closer!.char} »`,
    en: ({problem}: Details) => `Closed here by \`${problem.closer!.char}\``
  },
  openingHereCause: {
    fr: ({problem}: Details) => `Ouverture « ${problem.expected} » attendue ici`,
    en: ({problem}: Details) => `Opening \`${problem.expected}\` expected here`
  }
} satisfies RuleMessages

export const unbalancedQuotes = defineRule({
  meta: {
    id: 'unbalanced-quotes',
    description: {
      fr: 'Guillemets et parenthèses ouverts sans être fermés, ou fermés sans avoir été ouverts, dans un paragraphe',
      en: 'Quotation marks and brackets that open without closing, or close without opening, in a paragraph'
    },
    defaultSeverity: 'error',
    languages: 'any',
    fixable: false,
    messages
  },
  schema,
  check(ctx) {
    const blocks = ctx.blocks
    const place = locate(ctx.file)
    const lang = ctx.messageLang
    const results = balanceParagraphs(blocks.map((block) => block.text), ctx.lang)
    results.forEach((problems, index) => {
      const block = blocks[index]!
      for (const problem of problems) {
        const [start, end] = block.rangeOf(problem.index, problem.index + 1)
        if (problem.kind === 'unclosed') {
          ctx.report({...say(messages, 'unclosed', lang, {problem}), start, end, expected: []})
          continue
        }
        if (problem.kind === 'mismatched' || problem.kind === 'reversed') {
          const closer = problem.closer!
          const [closeStart, closeEnd] = block.rangeOf(closer.index, closer.index + 1)
          const details = {problem, closedAt: pointText(place.toPoint(closeStart))}
          ctx.report({
            ...say(messages, problem.kind, lang, details),
            start,
            end,
            // A reversed mark's pair closes it: the opening mark of that pair is the one to type.
            expected: problem.kind === 'reversed' ? [problem.expected] : [],
            cause: {reason: messages.closedHereCause[lang](details), start: closeStart, end: closeEnd}
          })
          continue
        }
        const [from, to] = block.rangeOf(...problem.openerRange!)
        const details = {problem, from: from === to ? undefined : pointText(place.toPoint(from)), to: pointText(place.toPoint(to))}
        ctx.report({
          ...say(messages, 'unopened', lang, details),
          start,
          end,
          expected: [],
          cause: {reason: messages.openingHereCause[lang](details), start: from, end: to}
        })
      }
    })
  }
})

/** « le guillemet fermant » attendu, « la parenthèse fermante » attendue. */
function expectedFr(char: string): string {
  const name = nameOf(char, 'fr')
  return `${name} ${name.startsWith('la ') ? 'attendue' : 'attendu'}`
}

function capital(value: string): string {
  return value.charAt(0).toLocaleUpperCase() + value.slice(1)
}

function nameOf(char: string, lang: 'fr' | 'en'): string {
  return MARK_NAMES[char]?.[lang] ?? char
}

function pointText(point: {line: number; column: number} | undefined): string {
  return point ? `${point.line}:${point.column}` : '?'
}
