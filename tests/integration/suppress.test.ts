import {expect, test} from 'vitest'
import {lint, lintFiles} from '../../src/engine/lint.js'
import {defineRule} from '../../src/rules/define.js'
import {builtinRules} from '../../src/rules/index.js'
import {z} from 'zod'

const flagged = (file: Awaited<ReturnType<typeof lint>>) => file.messages.map((message) => `${message.line}:${message.ruleId}`)

// Paragraph lines: 3 and 5 hold a doubled word and an unbalanced quote each.
const body = (comment: string) =>
  `# Titre\n\n${comment}\nIl n’a pas manqué pas une « occasion de parler.\n\nElle n’a pas vu pas la « suite du discours.\n`

test('without comments both paragraphs are flagged by both rules', async () => {
  const file = await lint(body(''), {path: 'a.md', lang: 'fr'})
  expect(flagged(file)).toEqual(['4:doubled-word', '4:unbalanced-quotes', '6:doubled-word', '6:unbalanced-quotes'])
})

test('ignore with a rule id silences exactly that rule in exactly the next block', async () => {
  const file = await lint(body('<!-- factlint-ignore doubled-word -->\n'), {path: 'a.md', lang: 'fr'})
  expect(flagged(file)).toEqual(['5:unbalanced-quotes', '7:doubled-word', '7:unbalanced-quotes'])
})

test('ignore without ids silences every rule in the next block only', async () => {
  const file = await lint(body('<!-- factlint-ignore -->\n'), {path: 'a.md', lang: 'fr'})
  expect(flagged(file)).toEqual(['7:doubled-word', '7:unbalanced-quotes'])
})

test('disable and enable delimit a range', async () => {
  const text = '<!-- factlint-disable unbalanced-quotes -->\n\nIl n’a pas manqué pas une « occasion.\n\n<!-- factlint-enable unbalanced-quotes -->\n\nElle n’a pas vu pas la « suite.\n'
  const file = await lint(text, {path: 'a.md', lang: 'fr'})
  expect(flagged(file)).toEqual(['3:doubled-word', '7:doubled-word', '7:unbalanced-quotes'])
})

test('an unknown rule id in a comment is reported, and the known ones still apply', async () => {
  const file = await lint(body('<!-- factlint-ignore doubled-wrod unbalanced-quotes -->\n'), {path: 'a.md', lang: 'fr'})
  expect(flagged(file)).toEqual(['3:suppression-comment', '5:doubled-word', '7:doubled-word', '7:unbalanced-quotes'])
  expect(file.messages[0]!.reason).toBe('Commentaire factlint : règle inconnue « doubled-wrod » (vouliez-vous dire « doubled-word » ?) ; elle n’est pas réduite au silence')
  expect(file.messages[0]!.source).toBe('factlint')
  expect(file.messages[0]!.url).toMatch(/docs\/baseline\.md#inline-comments-in-markdown$/)
})

test('an unknown keyword is a fatal finding, not a crash', async () => {
  const file = await lint(body('<!-- factlint-silence -->\n'), {path: 'a.md', lang: 'fr'})
  const problem = file.messages.find((message) => message.ruleId === 'suppression-comment')
  expect(problem?.fatal).toBe(true)
  expect(problem?.reason).toBe('Commentaire factlint : mot-clé inconnu « silence » ; attendu : disable, enable ou ignore. Ce commentaire ne réduit rien au silence')
})

test('a mistyped comment stops only itself: the comments before and after it still work', async () => {
  const text =
    '<!-- factlint-ignore doubled-word -->\nIl a dit : « Je ne regrette pas pas du tout. »\n\n<!-- factlint-ignor -->\nLe texte sera présenté lundi lundi.\n\n<!-- factlint-ignore doubled-word -->\nIl a a répété.\n'
  const file = await lint(text, {path: 'a.md', lang: 'fr'})
  expect(flagged(file)).toEqual(['4:suppression-comment', '5:doubled-word'])
  const problem = file.messages[0]!
  // The span is the mistyped word, and the suggestion replaces just it.
  expect(problem.actual).toBe('ignor')
  expect(problem.expected).toEqual(['ignore'])
  expect(problem.reason).toBe('Commentaire factlint : mot-clé inconnu « ignor » (vouliez-vous dire « ignore » ?) ; attendu : disable, enable ou ignore. Ce commentaire ne réduit rien au silence')
})

test('comment problems speak the document’s language and suggest the rule meant', async () => {
  const english = await lint('<!-- factlint-ignore doubled-wrod -->\nHe said the the words.\n', {path: 'a.md', lang: 'en'})
  expect(flagged(english)).toEqual(['1:suppression-comment', '2:doubled-word'])
  expect(english.messages[0]!.reason).toBe('factlint comment: unknown rule "doubled-wrod" (did you mean "doubled-word"?); it is not silenced')
  expect(english.messages[0]!.actual).toBe('doubled-wrod')
  expect(english.messages[0]!.expected).toEqual(['doubled-word'])
  expect(english.messages[0]!.fatal).toBe(false)
})

test('plain text is not affected by comment-like text', async () => {
  const file = await lint(body('<!-- factlint-ignore -->\n'), {path: 'a.txt', lang: 'fr'})
  expect(file.messages.filter((message) => message.ruleId === 'doubled-word')).toHaveLength(2)
})

test('findings of cross-file rules respect the comments of the file they land in', async () => {
  const sameLine = defineRule({
    meta: {id: 'same-first-line', description: 'test rule', defaultSeverity: 'error', languages: 'any', fixable: false},
    schema: z.undefined(),
    check() {},
    checkAcrossFiles({files, report}) {
      for (const file of files) report(file, {reason: 'shared paragraph', start: String(file.value).indexOf('Texte'), end: String(file.value).indexOf('Texte') + 5})
    }
  })
  const ruleSet = [...builtinRules, sameLine]
  const [quiet, loud] = await lintFiles(
    [
      {path: 'a.md', text: '<!-- factlint-ignore same-first-line -->\nTexte commun.\n'},
      {path: 'b.md', text: 'Texte commun.\n'}
    ],
    {lang: 'fr', ruleSet}
  )
  expect(flagged(quiet!)).toEqual([])
  expect(flagged(loud!)).toEqual(['1:same-first-line'])
})

// Plain text: directive lines in the style of ESLint's comments.
const plainCases: Array<{name: string; lang: 'fr' | 'en'; text: string; expected: string[]}> = [
  {
    name: 'disable-next-line silences the named rule on the next non-blank line only',
    lang: 'fr',
    text: '[factlint-disable-next-line doubled-word]\n\nIl a dit : « Je ne regrette pas pas du tout.\n\nElle n’a pas vu pas la suite.\n',
    expected: ['3:unbalanced-quotes', '5:doubled-word']
  },
  {
    name: 'disable-next-line without a rule silences every rule on that line',
    lang: 'fr',
    text: '[factlint-disable-next-line]\nIl a dit : « Je ne regrette pas pas du tout.\n',
    expected: []
  },
  {
    name: 'disable … enable delimits a range, and only for the named rule',
    lang: 'en',
    text: 'He read the the report.\n\n[factlint-disable doubled-word]\nShe read the the memo.\n\nThey read the the “notes.\n[factlint-enable doubled-word]\n\nWe read the the letter.\n',
    expected: ['1:doubled-word', '6:unbalanced-quotes', '9:doubled-word']
  },
  {
    name: 'a disable never enabled runs to the end',
    lang: 'en',
    text: 'He read the the report.\n[factlint-disable]\nShe read the the memo.\n',
    expected: ['1:doubled-word']
  },
  {
    name: 'an unknown rule is reported with its closest id and silences nothing',
    lang: 'en',
    text: '[factlint-disable-next-line doubled-wrd]\nShe read the the memo.\n',
    expected: ['1:suppression-comment', '2:doubled-word']
  },
  {
    name: 'an unknown keyword is an error and silences nothing',
    lang: 'fr',
    text: '[factlint-silence doubled-word]\nElle n’a pas vu pas la suite.\n',
    expected: ['1:suppression-comment', '2:doubled-word']
  },
  {
    name: 'near miss: a bracket inside a sentence is copy, not a directive',
    lang: 'fr',
    text: 'Le texte dit [factlint-disable-next-line doubled-word] ici.\nElle n’a pas vu pas la suite.\n',
    expected: ['2:doubled-word']
  }
]

test.each(plainCases)('plain text: $name ($lang)', async ({lang, text, expected}) => {
  const file = await lint(text, {path: 'a.txt', lang})
  expect(flagged(file)).toEqual(expected)
})

test('plain text: the unknown rule is reported on the word, with its suggestion', async () => {
  const file = await lint('[factlint-disable-next-line doubled-wrd]\nShe read the the memo.\n', {path: 'a.txt', lang: 'en'})
  const problem = file.messages.find((message) => message.ruleId === 'suppression-comment')!
  expect([problem.place, problem.expected, problem.url]).toEqual([
    {start: {line: 1, column: 29, offset: 28}, end: {line: 1, column: 40, offset: 39}},
    ['doubled-word'],
    expect.stringMatching(/baseline\.md#directives-in-plain-text$/)
  ])
  expect(problem.reason).toBe('factlint comment: unknown rule "doubled-wrd" (did you mean "doubled-word"?); it is not silenced')
})
