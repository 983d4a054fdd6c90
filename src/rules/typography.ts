import {z} from 'zod'
import {alignmentRuns} from '../analysis/alignment-spaces.js'
import {findTypography, type FrenchSpacing, type SpacingBasis, type TypographyIssue} from '../analysis/typography.js'
import {reportBlockIssue} from '../analysis/typography-issues.js'
import {blocksOf} from '../text/blocks.js'
import type {Lang} from '../types.js'
import {defineRule} from './define.js'
import {messageLang} from '../document/messages.js'

const schema = z
  .object({
    /**
     * The space inside « » and before ; : ! ? in French: `norm` (French
     * typography: a no-break space, narrow or not, the document choosing
     * among correct forms), or a house style: `nbsp` (always a no-break
     * space, the Imprimerie nationale's rule), `space` (an ordinary space,
     * for systems that add the no-break space themselves), `none` (no space).
     */
    frenchSpacing: z.enum(['norm', 'nbsp', 'space', 'none']).default('norm')
  })
  .strict()
  .default({frenchSpacing: 'norm'})

/** A white space in words: what the reader of the message cannot see. */
function describe(space: string, lang: Lang): string {
  if (space === '') return lang === 'fr' ? 'aucune espace' : 'no space'
  if (space === '\u202F') return lang === 'fr' ? 'une espace fine insécable' : 'a narrow no-break space'
  if (/^[\u00A0\u202F]+$/.test(space)) return lang === 'fr' ? 'une espace insécable' : 'a no-break space'
  if (space === ' ') return lang === 'fr' ? 'une espace simple' : 'a space'
  return lang === 'fr' ? 'plusieurs espaces' : 'several spaces'
}

function reason(issue: TypographyIssue, lang: Lang, mode: FrenchSpacing): string {
  const fr = lang === 'fr'
  const {space} = issue
  switch (issue.kind) {
    case 'apostrophe':
      return fr ? `Apostrophe « ${issue.actual} » différente du reste du document : « ${issue.expected} » attendue` : `Unexpected apostrophe \`${issue.actual}\`, expected \`${issue.expected}\` as in the rest of the document`
    case 'quote-style':
      return fr ? `Guillemets ${issue.actual[0]} ${issue.actual.at(-1)} différents du reste du document : ${issue.expected[0]} ${issue.expected.at(-1)} attendus` : `Unexpected quotation marks \`${issue.actual[0]}…${issue.actual.at(-1)}\`, expected \`${issue.expected[0]}…${issue.expected.at(-1)}\` as in the rest of the document`
    case 'quote-space': {
      const sides = issue.bothSides ? (fr ? ' de chaque côté' : ' on each side') : ''
      return fr
        ? `${capital(describe(space!.actual, lang))} à l’intérieur des guillemets : ${describe(space!.expected, lang)} attendue${sides}${because(space!.basis, lang, mode)}`
        : `Unexpected ${describe(space!.actual, lang)} inside guillemets, expected ${describe(space!.expected, lang)}${sides}${because(space!.basis, lang, mode)}`
    }
    case 'punctuation-space': {
      const mark = issue.actual.at(-1)
      return fr
        ? `${capital(describe(space!.actual, lang))} avant « ${mark} » : ${describe(space!.expected, lang)} attendue${because(space!.basis, lang, mode)}`
        : `Unexpected ${describe(space!.actual, lang)} before \`${mark}\`, expected ${describe(space!.expected, lang)}${because(space!.basis, lang, mode)}`
    }
    case 'double-space':
      return fr ? 'Espace double entre deux mots : une seule espace attendue' : 'Unexpected doubled space between words, expected one space'
  }
}

/** Why a space is expected: the French norm, the rest of the document, or the house style configured. */
function because(basis: SpacingBasis, lang: Lang, mode: FrenchSpacing): string {
  const fr = lang === 'fr'
  switch (basis) {
    case 'norm':
      return fr ? ' (typographie française)' : ' (French typography)'
    case 'document':
      return fr ? ', comme dans le reste du document' : ' as in the rest of the document'
    case 'option':
      return fr ? ` (style maison : frenchSpacing ${mode})` : ` (house style: frenchSpacing ${mode})`
  }
}

function capital(value: string): string {
  return value.charAt(0).toLocaleUpperCase() + value.slice(1)
}

export const typography = defineRule({
  meta: {
    id: 'typography',
    description: 'Apostrophes, quotation marks and French spaces used inconsistently in one document, and doubled spaces',
    defaultSeverity: 'warn',
    languages: ['fr', 'en'],
    fixable: true
  },
  schema,
  check(ctx, options) {
    const lang = messageLang(ctx.lang)
    const blocks = blocksOf(ctx.file, ctx.tree)
    let layout: Set<number> | undefined
    // Spaces that align a table's columns are layout, not a doubled space.
    const aligns = (issue: TypographyIssue) => (layout ??= alignmentRuns(String(ctx.file.value))).has(blocks[issue.block]!.offsetAt(issue.start))
    for (const issue of findTypography(blocks.map((block) => block.text), ctx.lang, options)) {
      if (issue.kind === 'double-space' && aligns(issue)) continue
      reportBlockIssue(ctx, blocks, issue, {reason: reason(issue, lang, options.frenchSpacing), data: {kind: issue.kind}})
    }
  }
})
