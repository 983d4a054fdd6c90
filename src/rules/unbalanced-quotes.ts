import {z} from 'zod'
import {balanceParagraphs, type UnbalancedMark} from '../analysis/quote-balance.js'
import {blocksOf} from '../text/blocks.js'
import {defineRule} from './define.js'
import {locate} from '../document/messages.js'

const schema = z.object({}).strict().optional()

export const unbalancedQuotes = defineRule({
  meta: {
    id: 'unbalanced-quotes',
    description: 'Quotation marks and brackets that open without closing, or close without opening, in a paragraph',
    defaultSeverity: 'error',
    languages: 'any',
    fixable: false
  },
  schema,
  check(ctx) {
    const blocks = blocksOf(ctx.file, ctx.tree)
    const place = locate(ctx.file)
    const french = ctx.lang === 'fr'
    const results = balanceParagraphs(blocks.map((block) => block.text))
    results.forEach((problems, index) => {
      const block = blocks[index]!
      for (const problem of problems) {
        const [start, end] = block.rangeOf(problem.index, problem.index + 1)
        if (problem.kind === 'unclosed') {
          ctx.report({reason: unclosedReason(problem, french), start, end, expected: []})
          continue
        }
        if (problem.kind === 'mismatched') {
          const closer = problem.closer!
          const [closeStart, closeEnd] = block.rangeOf(closer.index, closer.index + 1)
          ctx.report({
            reason: french
              ? `${capital(nameOf(problem.char, 'fr'))} est fermé par ${nameOf(closer.char, 'fr')} (${pointText(place.toPoint(closeStart))}) : ${expectedFr(problem.expected)}`
              : `${capital(nameOf(problem.char, 'en'))} closed by ${nameOf(closer.char, 'en')} (${pointText(place.toPoint(closeStart))}), expected a closing \`${problem.expected}\``,
            start,
            end,
            expected: [],
            cause: {reason: french ? `Fermé ici par « ${closer.char} »` : `Closed here by \`${closer.char}\``, start: closeStart, end: closeEnd}
          })
          continue
        }
        const [from, to] = block.rangeOf(...problem.openerRange!)
        const [fromText, toText] = [pointText(place.toPoint(from)), pointText(place.toPoint(to))]
        ctx.report({
          reason: french
            ? `Ouverture manquante pour ${nameOf(problem.char, 'fr')} : ${expectedFr(problem.expected)} ${from === to ? `avant ${toText}` : `entre ${fromText} et ${toText}`}`
            : `Unexpected ${nameOf(problem.char, 'en')} without an opening \`${problem.expected}\`, expected one ${from === to ? `before ${toText}` : `between ${fromText} and ${toText}`}`,
          start,
          end,
          expected: [],
          cause: {reason: french ? `Ouverture « ${problem.expected} » attendue ici` : `Opening \`${problem.expected}\` expected here`, start: from, end: to}
        })
      }
    })
  }
})

function unclosedReason(problem: UnbalancedMark, french: boolean): string {
  return french
    ? `Fermeture manquante pour ${nameOf(problem.char, 'fr')} : ${expectedFr(problem.expected)} dans le même paragraphe`
    : `Unclosed ${nameOf(problem.char, 'en')}, expected a closing \`${problem.expected}\` in the same paragraph`
}

/** « le guillemet fermant » attendu, « la parenthèse fermante » attendue. */
function expectedFr(char: string): string {
  const name = nameOf(char, 'fr')
  return `${name} ${name.startsWith('la ') ? 'attendue' : 'attendu'}`
}

const NAMES: Record<string, {fr: string; en: string}> = {
  '«': {fr: 'le guillemet ouvrant «', en: 'opening guillemet `«`'},
  '»': {fr: 'le guillemet fermant »', en: 'closing guillemet `»`'},
  '‹': {fr: 'le guillemet simple ouvrant ‹', en: 'opening single guillemet `‹`'},
  '›': {fr: 'le guillemet simple fermant ›', en: 'closing single guillemet `›`'},
  '“': {fr: 'le guillemet ouvrant “', en: 'opening quote `“`'},
  '”': {fr: 'le guillemet fermant ”', en: 'closing quote `”`'},
  '„': {fr: 'le guillemet bas „', en: 'opening low quote `„`'},
  '‘': {fr: 'le guillemet simple ouvrant ‘', en: 'opening single quote `‘`'},
  '’': {fr: 'le guillemet simple fermant ’', en: 'closing single quote `’`'},
  '"': {fr: 'le guillemet droit "', en: 'straight quote `"`'},
  '(': {fr: 'la parenthèse ouvrante (', en: 'opening parenthesis `(`'},
  ')': {fr: 'la parenthèse fermante )', en: 'closing parenthesis `)`'},
  '[': {fr: 'le crochet ouvrant [', en: 'opening bracket `[`'},
  ']': {fr: 'le crochet fermant ]', en: 'closing bracket `]`'}
}

function capital(value: string): string {
  return value.charAt(0).toLocaleUpperCase() + value.slice(1)
}

function nameOf(char: string, lang: 'fr' | 'en'): string {
  return NAMES[char]?.[lang] ?? char
}

function pointText(point: {line: number; column: number} | undefined): string {
  return point ? `${point.line}:${point.column}` : '?'
}
