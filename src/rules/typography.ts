import {z} from 'zod'
import {alignmentRuns} from '../analysis/alignment-spaces.js'
import {findTypography, type FrenchSpacing, type SpacingBasis, type TypographyIssue} from '../analysis/typography.js'
import {reportBlockIssue} from '../analysis/typography-issues.js'
import {embeddedPosts} from '../text/embedded-posts.js'
import type {Lang, RuleMessages} from '../types.js'
import {defineRule, say} from './define.js'

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

interface Details {
  issue: TypographyIssue
  mode: FrenchSpacing
}

/** The id is the issue's kind, in camel case. */
const messages = {
  apostrophe: {
    fr: ({issue}: Details) => `Apostrophe « ${issue.actual} » différente du reste du document : « ${issue.expected} » attendue`,
    en: ({issue}: Details) => `Unexpected apostrophe \`${issue.actual}\`, expected \`${issue.expected}\` as in the rest of the document`
  },
  quoteStyle: {
    fr: ({issue}: Details) => `Guillemets ${issue.actual[0]} ${issue.actual.at(-1)} différents du reste du document : ${issue.expected[0]} ${issue.expected.at(-1)} attendus`,
    en: ({issue}: Details) => `Unexpected quotation marks \`${issue.actual[0]}…${issue.actual.at(-1)}\`, expected \`${issue.expected[0]}…${issue.expected.at(-1)}\` as in the rest of the document`
  },
  quoteSpace: {
    fr: ({issue, mode}: Details) =>
      `${capital(describe(issue.space!.actual, 'fr'))} à l’intérieur des guillemets : ${describe(issue.space!.expected, 'fr')} attendue${issue.bothSides ? ' de chaque côté' : ''}${because(issue.space!.basis, 'fr', mode)}`,
    en: ({issue, mode}: Details) =>
      `Unexpected ${describe(issue.space!.actual, 'en')} inside guillemets, expected ${describe(issue.space!.expected, 'en')}${issue.bothSides ? ' on each side' : ''}${because(issue.space!.basis, 'en', mode)}`
  },
  punctuationSpace: {
    fr: ({issue, mode}: Details) => `${capital(describe(issue.space!.actual, 'fr'))} avant « ${issue.actual.at(-1)} » : ${describe(issue.space!.expected, 'fr')} attendue${because(issue.space!.basis, 'fr', mode)}`,
    en: ({issue, mode}: Details) => `Unexpected ${describe(issue.space!.actual, 'en')} before \`${issue.actual.at(-1)}\`, expected ${describe(issue.space!.expected, 'en')}${because(issue.space!.basis, 'en', mode)}`
  },
  doubleSpace: {
    fr: () => 'Espace double entre deux mots : une seule espace attendue',
    en: () => 'Unexpected doubled space between words, expected one space'
  },
  lostApostrophe: {
    fr: ({issue}: Details) => `Point d’interrogation à la place d’une apostrophe (caractère perdu) : « ${issue.expected} » attendue`,
    en: ({issue}: Details) => `Question mark in place of an apostrophe (a character lost), expected \`${issue.expected}\``
  },
  spaceBeforeComma: {
    fr: () => 'Espace avant « , » : aucune espace attendue',
    en: () => 'Unexpected space before `,`, expected none'
  },
  commaSpace: {
    fr: () => 'Aucune espace après « , » : une espace attendue avant le mot suivant',
    en: () => 'Missing space after `,`, expected a space before the next word'
  },
  stopSpace: {
    fr: () => 'Aucune espace après « . » : une espace attendue avant la phrase suivante',
    en: () => 'Missing space after `.`, expected a space before the next sentence'
  }
} satisfies RuleMessages

/** What compares a mark with the document's style: a post embedded in the story has its author's, not the story's. */
const STYLE_KINDS: ReadonlySet<TypographyIssue['kind']> = new Set(['apostrophe', 'quote-style'])

const MESSAGE_IDS = {
  apostrophe: 'apostrophe',
  'quote-style': 'quoteStyle',
  'quote-space': 'quoteSpace',
  'punctuation-space': 'punctuationSpace',
  'double-space': 'doubleSpace',
  'comma-space': 'commaSpace',
  'stop-space': 'stopSpace',
  'space-before-comma': 'spaceBeforeComma',
  'lost-apostrophe': 'lostApostrophe'
} as const satisfies Record<TypographyIssue['kind'], keyof typeof messages>

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
    description: {
      fr: 'Apostrophes, guillemets et espaces françaises employés de façon incohérente dans un même document, espaces doublées, oubliées après une virgule ou mises avant, apostrophes perdues',
      en: 'Apostrophes, quotation marks and French spaces used inconsistently in one document, doubled spaces, a space missing after a comma or set before one, lost apostrophes'
    },
    defaultSeverity: 'warn',
    languages: ['fr', 'en'],
    fixable: true,
    messages
  },
  schema,
  check(ctx, options) {
    const lang = ctx.messageLang
    const blocks = ctx.blocks
    let layout: Set<number> | undefined
    // Spaces that align a table's columns are layout, not a doubled space.
    const aligns = (issue: TypographyIssue) => (layout ??= alignmentRuns(String(ctx.file.value))).has(blocks[issue.block]!.offsetAt(issue.start))
    const posts = embeddedPosts()
    for (const issue of findTypography(blocks.map((block) => block.text), ctx.lang, options)) {
      if (issue.kind === 'double-space' && aligns(issue)) continue
      // An embedded post's marks are its author's: suggested, never rewritten (a doubled space is no mark of anyone's);
      // and they are no part of the story's style, which its apostrophes and quotation marks are compared with.
      const quoted = issue.kind !== 'double-space' && posts.isInEmbeddedPost(blocks[issue.block]!.text, issue.start, issue.end)
      if (quoted && STYLE_KINDS.has(issue.kind)) continue
      reportBlockIssue(ctx, blocks, quoted ? {...issue, byHand: true} : issue, {...say(messages, MESSAGE_IDS[issue.kind], lang, {issue, mode: options.frenchSpacing}), data: {kind: issue.kind}})
    }
  }
})
