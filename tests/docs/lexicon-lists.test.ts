import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {ALLOWED_REPEATS, CLAUSE_OPENERS, INTENSIFIERS, LOCUTIONS, NEGATION_PARTICLES} from '../../src/lexicon/doubled-words.js'
import {HONORIFICS} from '../../src/lexicon/honorifics.js'
import {particlesFor} from '../../src/lexicon/names.js'
import {CONTRACTIONS, ELIDED_WORDS} from '../../src/lexicon/quotes.js'
import {NAME_LINKS, OFFICES, TITLES, TITLES_BEFORE_NAMES} from '../../src/lexicon/titles.js'
import {DURATION_LINKS} from '../../src/lexicon/calendar.js'
import {RESTATING, TOTAL_AFTER, TOTAL_BEFORE} from '../../src/lexicon/figures.js'
import {DETERMINERS, SENTENCE_OPENERS} from '../../src/lexicon/function-words.js'
import {PLACE_QUALIFIERS} from '../../src/lexicon/places.js'
import {ROOT} from '../support/cli.js'

// A rule page that quotes the words its rule reads says what the lexicon
// holds: the page's lists are checked against src/lexicon, never retyped
// apart from it.
const pageOf = (rule: string) => readFileSync(path.join(ROOT, 'docs', 'rules', `${rule}.md`), 'utf8')
const page = pageOf('doubled-word')

/** The page's line that starts with `start`. */
function lineOf(start: string, text = page): string {
  const line = text.split('\n').find((candidate) => candidate.startsWith(start))
  expect(line, start).toBeDefined()
  return line!
}

/** The words doubled in the examples of a line, « x x » or "x x", in lower case. */
function doubledIn(text: string): string[] {
  return [...text.matchAll(/[«"]\s?(\p{L}+) (\p{L}+)\s?[»"]/gu)].filter(([, a, b]) => a!.toLowerCase() === b!.toLowerCase()).map(([, a]) => a!.toLowerCase())
}

describe('docs/rules/doubled-word.md against src/lexicon/doubled-words.ts', () => {
  test('the grammatical repetitions it lists are exactly ALLOWED_REPEATS', () => {
    expect(new Set(doubledIn(lineOf('- Grammatical repetitions are allowed')))).toEqual(ALLOWED_REPEATS)
  })

  test('its intensifiers are INTENSIFIERS', () => {
    const words = doubledIn(lineOf('- Said twice for emphasis'))
    expect(words.length).toBeGreaterThan(3)
    for (const word of words) expect(INTENSIFIERS, word).toContain(word)
  })

  test('its Latin locutions and name particles open what follows', () => {
    const line = lineOf('- A word that opens what follows')
    const latin = [...line.matchAll(/« (?:il y a )?a (?:a )?(\p{L}+) »/gu)].map(([, word]) => word!)
    expect(latin).toEqual(['priori', 'fortiori', 'contrario'])
    for (const word of latin) expect(LOCUTIONS.a, word).toContain(word)
    // « de De Villiers », "van Van Gogh", « de de Gaulle »: a preposition, then the same word opening a name.
    const particles = [...line.split('The price')[0]!.matchAll(/(?<!\p{L})(\p{Ll}+) (?=(\p{L}+) \p{Lu})/gu)].filter(([, a, b]) => a === b!.toLowerCase()).map(([, word]) => word!)
    expect(particles.sort()).toEqual(['de', 'de', 'van'])
    for (const word of particles) expect(particlesFor('doubled'), word).toContain(word)
  })

  test('its negation particles are NEGATION_PARTICLES, and the clause openers it names are CLAUSE_OPENERS', () => {
    const line = lineOf('- The French negation check')
    const particles = /same particle \(([^)]*)\)/.exec(line)![1]!.split(', ')
    expect(new Set(particles)).toEqual(NEGATION_PARTICLES)
    const openers = /opens a new clause \(([^)]*)\)/.exec(line)![1]!.match(/« (\p{L}+) »/gu)!.map((quoted) => quoted.slice(2, -2))
    expect(openers.length).toBeGreaterThan(5)
    for (const word of openers) expect(CLAUSE_OPENERS, word).toContain(word)
  })
})

/** The words of the examples « … » and "…" in a part of a line, each as a list of words. */
function examplesIn(text: string): string[][] {
  return [...text.matchAll(/« ([^»]+) »|"([^"]+)"/gu)].map(([, french, english]) => (french ?? english)!.split(/[\s-]+/u))
}

describe('the titles the rule pages name against src/lexicon/titles.ts', () => {
  test('figure-mismatch: the titles it skips before a name are TITLES_BEFORE_NAMES, written from TITLES and OFFICES', () => {
    const line = lineOf('- An age is read where the name is followed by it', pageOf('figure-mismatch'))
    const titles = /a title or office \(([^)]*)\)/.exec(line)![1]!.split(':')[0]!
    const examples = examplesIn(titles)
    expect(examples.length).toBeGreaterThanOrEqual(4)
    // « le juge »: its last word is the title; "Former President": every word is one.
    for (const words of examples) for (const word of words.filter((candidate) => candidate !== 'le')) expect(TITLES_BEFORE_NAMES, word).toContain(word.charAt(0).toUpperCase() + word.slice(1))
    for (const title of TITLES_BEFORE_NAMES) expect(TITLES.has(title.toLowerCase()) || OFFICES.has(title.toLowerCase()), title).toBe(true)
    expect(TITLES_BEFORE_NAMES.size).toBe(new Set([...TITLES, ...OFFICES]).size)
  })

  test('duplicate-block: its titles, offices and joining words are in the lexicon', () => {
    const line = lineOf('- **a run of names and titles**', pageOf('duplicate-block'))
    const [offices, links] = [/a title or an office \(([^)]*)\)/.exec(line)![1]!, /joins names \(([^)]*)\)/.exec(line)![1]!]
    const officeWords = examplesIn(offices!).flat()
    expect(officeWords.length).toBeGreaterThan(5)
    for (const word of officeWords) expect(TITLES.has(word.toLowerCase()) || OFFICES.has(word.toLowerCase()), word).toBe(true)
    const linkWords = examplesIn(links!).flat()
    expect(linkWords.length).toBeGreaterThan(4)
    for (const word of linkWords) expect(NAME_LINKS, word).toContain(word)
  })
})

describe('docs/rules/unbalanced-quotes.md against src/lexicon/quotes.ts', () => {
  test('the elided words and English contractions it names are ELIDED_WORDS and CONTRACTIONS', () => {
    const line = lineOf('- A closing single quote short of its space', pageOf('unbalanced-quotes'))
    const elided = /an elided word \(([^)]*)\)/.exec(line)![1]!.split(', ').map((word) => word.split('’')[0]!)
    expect(elided).toEqual(['qu', 'jusqu', 'aujourd'])
    for (const word of elided) expect(ELIDED_WORDS, word).toContain(word)
    const contracted = /an English contraction \(([^)]*)\)/.exec(line)![1]!.split(', ').map((word) => word.split('’')[1]!)
    expect(contracted.length).toBe(7)
    for (const ending of contracted) expect(CONTRACTIONS, ending).toContain(ending)
  })
})

describe('docs/rules/abbreviation.md against src/lexicon/honorifics.ts', () => {
  const lines = pageOf('abbreviation').split('\n')
  test('the French honorifics it names are HONORIFICS.fr, those never written with a full stop included', () => {
    const french = lines.find((line) => line.startsWith('- French:'))!
    expect(Object.keys(HONORIFICS.fr).sort()).toEqual(['Dr', 'M', 'MM', 'Mlle', 'Mlles', 'Mme', 'Mmes', 'Pr'])
    for (const word of ['M.', 'MM.', 'Dr.', 'Pr']) expect(french).toContain(word)
    for (const word of ['Mme', 'Mlle', 'Mmes', 'Mlles']) {
      expect(french).toContain(`« ${word}. »`)
      expect(HONORIFICS.fr[word]!.never).toBe(true)
    }
  })
  test('the English honorifics it names are HONORIFICS.en, with and without a full stop', () => {
    const english = lines.find((line) => line.startsWith('- English:'))!
    expect(Object.keys(HONORIFICS.en).sort()).toEqual(['Dr', 'Mr', 'Mrs', 'Ms'])
    for (const word of Object.keys(HONORIFICS.en)) {
      expect(english).toContain(`"${word}."`)
      expect(english).toContain(`"${word}"`)
    }
  })
})

/** The words quoted « … » or "…" in a part of a line, as written. */
function quotedIn(text: string): string[] {
  return [...text.matchAll(/« ([^»]+) »|"([^"]+)"/gu)].map(([, french, english]) => (french ?? english)!)
}

describe('the words of figures the rule pages name against src/lexicon', () => {
  const arithmetic = pageOf('arithmetic')

  test('arithmetic: the words that say a total is one are TOTAL_BEFORE and TOTAL_AFTER', () => {
    const line = lineOf('- a total after its parts', arithmetic)
    const totals = quotedIn(line.split('which must say it is one:')[1]!.split('. A whole')[0]!).map((example) => example.replace(/^(?:soit|for) /u, '').replace(/ ?\bN\b ?/u, ''))
    expect(totals.length).toBeGreaterThanOrEqual(7)
    for (const words of totals) expect([...TOTAL_BEFORE.fr, ...TOTAL_AFTER.fr, ...TOTAL_BEFORE.en, ...TOTAL_AFTER.en], words).toContain(words)
  })

  test('date-arithmetic: the words before a range\'s length are RESTATING and DURATION_LINKS', () => {
    const line = lineOf("- A range's length is read right after it", pageOf('date-arithmetic'))
    const words = quotedIn(line.split(', then a count')[0]!)
    expect(words.length).toBeGreaterThanOrEqual(5)
    for (const word of words) expect([...RESTATING.fr, ...RESTATING.en, ...DURATION_LINKS.fr, ...DURATION_LINKS.en], word).toContain(word)
  })
})

describe('docs/rules/inconsistent-spelling.md and figure-mismatch.md against the lexicon', () => {
  test('the words that qualify a place are PLACE_QUALIFIERS, and the determiners DETERMINERS', () => {
    const page = pageOf('inconsistent-spelling')
    const qualifiers = /Words that qualify a place \(([^:…]*)…/u.exec(page)![1]!.split(', ')
    expect(qualifiers.length).toBeGreaterThan(4)
    for (const word of qualifiers) expect(PLACE_QUALIFIERS, word).toContain(word.toLowerCase())
    const determiners = quotedIn(/after a determiner, [^:]*: ([^;]*);/u.exec(page)![1]!).map((example) => example.split(' ')[0]!)
    expect(determiners.length).toBe(3)
    for (const word of determiners) expect(DETERMINERS, word).toContain(word)
  })

  test('figure-mismatch: the sentence openers it names are SENTENCE_OPENERS', () => {
    const line = lineOf('- An age is read where the name is followed by it', pageOf('figure-mismatch'))
    const openers = quotedIn(/A word opening the sentence \(([^)]*)\)/u.exec(line)![1]!)
    expect(openers).toEqual(['Selon', 'According'])
    expect(SENTENCE_OPENERS.fr).toContain('Selon')
    expect(SENTENCE_OPENERS.en).toContain('According')
  })
})
