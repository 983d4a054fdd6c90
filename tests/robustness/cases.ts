import fc from 'fast-check'
import {builtinRules, lint, type LintOptions} from '../../src/index.js'
import {documentArbitrary} from '../support/arbitraries.js'

/** Every rule on, so that the properties hold for all of them whatever their default. */
export const everyRule = Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, 'warn' as const]))
/** Unsafe fixes allowed too: they must be as safe as the others. */
export const allFixTypes = builtinRules.map((rule) => rule.meta.id)
export const referenceDate = new Date(Date.UTC(2024, 9, 30))

/** `.txt` goes through the plain-text parser, `.md` through Markdown. */
export const extension = fc.constantFrom('.txt', '.md')
export const language = fc.constantFrom<LintOptions['lang']>('auto', 'auto', 'fr', 'en')

export interface Case {
  path: string
  text: string
  lang: LintOptions['lang']
}

export function caseArbitrary(draft: (options: {markdown: boolean}) => fc.Arbitrary<string> = documentArbitrary): fc.Arbitrary<Case> {
  return extension.chain((ext) => fc.record({path: fc.constant(`draft${ext}`), text: draft({markdown: ext === '.md'}), lang: language}))
}

export function lintCase({path, text, lang}: Case) {
  return lint(text, {path, lang, rules: everyRule, referenceDate})
}
