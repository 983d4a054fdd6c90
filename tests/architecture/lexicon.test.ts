import {describe, expect, test} from 'vitest'
import {ROOT} from '../support/cli.js'
import {alternativesOf, isPlainWord, wordListIn, wordLists} from './word-lists.js'

/**
 * Issue 19: one lexicon. Word lists live in src/lexicon/, and the analyses,
 * the date reader and the rules build their patterns from them; a list
 * written inside an algorithm fails here, so none creeps back in.
 */
const FOLDERS = ['src/analysis', 'src/dates', 'src/rules']
/** More plain words than this in one group of alternatives is a list. */
const MOST = 4

/**
 * Regular-expression literals allowed to hold a list, by place (file and
 * first word), each with its reason. None today: keep it that way.
 */
const REGEX_ALLOWED: Record<string, string> = {}

/**
 * Strings and templates that a pattern is built from, and that hold word
 * lists on purpose, by file: how many, and why. A file may hold no more
 * (move a new list to src/lexicon/ instead), and no fewer than it says.
 */
const STRING_ALLOWED: Record<string, {count: number; reason: string}> = {
  'src/dates/chrono.ts': {count: 6, reason: 'chrono-node’s own dictionaries, mirrored as chrono spells them and checked against src/lexicon/calendar.ts by tests/dates/plain.test.ts'},
  'src/dates/plain.ts': {count: 1, reason: 'ordinal suffixes and the prepositions chrono glues to a name (st, nd, rd, th, of, er, de), as chrono reads them'},
  'src/dates/extract.ts': {count: 1, reason: 'chrono-node’s two-letter weekday prefixes (mo, tu, we…), a shape of its abbreviations'},
  'src/analysis/date-arithmetic.ts': {count: 1, reason: 'ordinal suffixes (er, st, nd, rd, th): a shape of a day number, not words'},
  'src/dates/calendar.ts': {count: 1, reason: 'ordinal suffixes (er, st, nd, rd, th): a shape of a day number, not words'}
}

describe('word lists live in src/lexicon/', () => {
  const found = wordLists(ROOT, FOLDERS, MOST)

  test('no regular-expression literal in analyses, dates or rules holds a list of words', () => {
    const lists = found.filter((list) => list.kind === 'regex' && !(`${list.file}:${list.words[0]}` in REGEX_ALLOWED))
    expect(lists.map((list) => `${list.place}: ${list.words.join('|')}`)).toEqual([])
  })

  test('no file builds a pattern from more strings holding a list than it is allowed', () => {
    const counts = new Map<string, number>()
    for (const list of found) if (list.kind === 'string') counts.set(list.file, (counts.get(list.file) ?? 0) + 1)
    const over = [...counts]
      .filter(([file, count]) => count > (STRING_ALLOWED[file]?.count ?? 0))
      .map(([file, count]) => `${file}: ${count} (allowed ${STRING_ALLOWED[file]?.count ?? 0}): ${found.filter((list) => list.file === file && list.kind === 'string').map((list) => `${list.place} ${list.words.slice(0, 6).join('|')}`).join('; ')}`)
    expect(over).toEqual([])
  })

  test('the allow-list is no longer than it must be', () => {
    const counts = new Map<string, number>()
    for (const list of found) if (list.kind === 'string') counts.set(list.file, (counts.get(list.file) ?? 0) + 1)
    const slack = Object.entries(STRING_ALLOWED)
      .filter(([file, {count}]) => (counts.get(file) ?? 0) < count)
      .map(([file, {count}]) => `${file}: allowed ${count}, holds ${counts.get(file) ?? 0}`)
    expect(slack).toEqual([])
  })
})

describe('the check itself', () => {
  test('reads each group of alternatives, inner groups and classes left whole', () => {
    expect(alternativesOf(String.raw`^(?:a|b(?:c|d))[|x]\|y`)).toEqual([['c', 'd'], ['a', 'b(…)'], [String.raw`^(…)[|x]\|y`]])
  })

  test('a plain word is letters, spaces, apostrophes and hyphens, with classes and optional parts left out', () => {
    expect(isPlainWord(String.raw`près\s+de`)).toBe(true)
    expect(isPlainWord(String.raw`jusqu[’']au`)).toBe(true)
    expect(isPlainWord('quasi(…)?')).toBe(true)
    expect(isPlainWord('week-end')).toBe(true)
    expect(isPlainWord(String.raw`\p{L}+`)).toBe(false)
    expect(isPlainWord(String.raw`\d{4}`)).toBe(false)
    expect(isPlainWord('a')).toBe(false)
  })

  test('finds a list of five words, not of four nor a list of shapes', () => {
    expect(wordListIn(String.raw`(?<![\p{L}])(?:dont|sur|parmi|among|including)(?![\p{L}])`, MOST)).toEqual(['dont', 'sur', 'parmi', 'among', 'including'])
    expect(wordListIn('(?:dont|sur|parmi|among)', MOST)).toBeUndefined()
    expect(wordListIn(String.raw`[;:()]|[.!?]\s+\p{Lu}|\s-\s|\d+|\p{L}+`, MOST)).toBeUndefined()
  })
})
