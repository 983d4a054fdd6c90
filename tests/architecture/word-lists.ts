import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * Word lists written inside regular expressions (issue 19: one lexicon).
 * A regular expression's alternatives are read group by group; one is a
 * plain word when, its inner groups, character classes and space escapes
 * left out, it is letters, spaces, apostrophes and hyphens only, two
 * letters or more (« près\s+de », "jusqu[’']au", « quasi(?:ment)? »). A
 * group of more than `most` plain words is a list that belongs in
 * src/lexicon/, the pattern built from it with `wordsPattern`.
 */
export interface WordList {
  /** `src/analysis/arithmetic.ts:88`. */
  place: string
  /** The file, relative to the repository root. */
  file: string
  /** `regex` for a regular-expression literal, `string` for a string or template literal. */
  kind: 'regex' | 'string'
  /** The plain words of the longest such group. */
  words: string[]
}

/** The top-level alternatives of every group of a regular expression's source, the whole pattern included. */
export function alternativesOf(source: string): string[][] {
  const groups: string[][] = []
  const stack: string[][] = [['']]
  const append = (text: string) => {
    const top = stack[stack.length - 1]!
    top[top.length - 1] += text
  }
  let at = 0
  while (at < source.length) {
    const char = source[at]!
    if (char === '\\') {
      const escape = /^\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|k<[^>]*>|.)/su.exec(source.slice(at))![0]
      append(escape)
      at += escape.length
    } else if (char === '[') {
      let end = at + 1
      if (source[end] === '^') end++
      if (source[end] === ']') end++
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1
      append(source.slice(at, end + 1))
      at = end + 1
    } else if (char === '(') {
      stack.push([''])
      at += /^\((?:\?(?:[:=!]|<[=!]|<[^>]*>))?/u.exec(source.slice(at))![0].length
    } else if (char === ')' && stack.length > 1) {
      groups.push(stack.pop()!)
      append('(…)')
      at++
    } else if (char === '|') {
      stack[stack.length - 1]!.push('')
      at++
    } else {
      append(char)
      at++
    }
  }
  while (stack.length > 0) groups.push(stack.pop()!)
  return groups
}

/** Whether an alternative is a plain word (see the module's comment). */
export function isPlainWord(alternative: string): boolean {
  const bare = alternative
    .replace(/\(…\)[?*+]?/gu, '')
    .replace(/\[[^\]]*\][?*+]?/gu, '')
    .replace(/\\[sb]([?*+]|\{\d*,?\d*\})?/gu, ' ')
    .replace(/\?$/u, '')
  return /^[\p{L} ’'-]+$/u.test(bare) && (bare.match(/\p{L}/gu) ?? []).length >= 2
}

/** The longest group of plain words in a regular expression's source, if it holds more than `most`. */
export function wordListIn(source: string, most: number): string[] | undefined {
  let longest: string[] | undefined
  for (const group of alternativesOf(source)) {
    const words = group.filter(isPlainWord)
    if (words.length > most && words.length > (longest?.length ?? 0)) longest = words
  }
  return longest
}

/** Every word list in the TypeScript files under `folders` (relative to `root`). */
export function wordLists(root: string, folders: readonly string[], most: number): WordList[] {
  const found: WordList[] = []
  for (const folder of folders) {
    const names = (readdirSync(path.join(root, folder), {recursive: true, encoding: 'utf8'}) as string[]).filter((name) => /\.tsx?$/u.test(name)).sort()
    for (const name of names) {
      const file = path.posix.join(folder, name.split(path.sep).join('/'))
      const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true)
      const visit = (node: ts.Node): void => {
        let kind: WordList['kind'] | undefined
        let text: string | undefined
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(source)
          kind = 'regex'
          text = literal.slice(1, literal.lastIndexOf('/'))
        } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
          kind = 'string'
          text = (node as ts.TemplateLiteralLikeNode).rawText ?? (node as ts.StringLiteral).text
        }
        const words = kind && text?.includes('|') ? wordListIn(text, most) : undefined
        if (kind && words) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
          found.push({place: `${file}:${line}`, file, kind, words})
        }
        ts.forEachChild(node, visit)
      }
      visit(source)
    }
  }
  return found
}
