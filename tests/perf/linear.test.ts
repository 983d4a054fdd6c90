// Performance properties checked without a clock: what a run loads, and how
// the work of the whole-document analyses grows with the text (counted in
// operations, so a busy machine cannot make these tests flaky).
import {afterEach, describe, expect, it, vi} from 'vitest'
import {findSpellingVariants} from '../../src/analysis/inconsistent-spelling.js'
import {mayContainDates} from '../../src/dates/chrono.js'
import {lint} from '../../src/engine/lint.js'

const loaded = vi.hoisted(() => ({chrono: 0}))
vi.mock('chrono-node', async (importOriginal) => {
  loaded.chrono++
  return importOriginal()
})

/** A French draft with many distinct names and hyphenated compounds, and no weekday or month. */
function draft(paragraphs: number, seed = 1): string[] {
  let state = seed
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  const syllables = ['ba', 'ri', 'to', 'ne', 'lu', 'so', 'ke', 'di', 'mo', 'ti', 'ge', 'la', 'pu', 'ser', 'con', 'vel']
  // Five syllables: from a smaller set of names a longer draft would draw names ever
  // closer to one another, and their genuine slips (which the rule must compare) grow faster than the text.
  const name = () => {
    let value = ''
    for (let index = 0; index < 5; index++) value += syllables[Math.floor(next() * syllables.length)]
    return value.charAt(0).toUpperCase() + value.slice(1)
  }
  const texts: string[] = []
  for (let index = 0; index < paragraphs; index++) {
    const [a, b, c] = [name(), name(), name()]
    texts.push(`Le porte-parole de ${a} a rencontré ${b}-${c} à Paris. « Nous avançons », a déclaré M. ${a}, selon le communiqué de l’Etat-major.`)
  }
  return texts
}

/** Sums `measure` over the calls of `owner[key]` while `run` runs (the method is put back afterwards). */
function counting<T extends object, K extends keyof T>(owner: T, key: K, measure: (value: unknown) => number, run: () => void): number {
  const original = owner[key] as (...args: unknown[]) => unknown
  let total = 0
  owner[key] = function (this: unknown, ...args: unknown[]) {
    total += measure(args[0])
    return original.apply(this, args)
  } as T[K]
  try {
    run()
  } finally {
    owner[key] = original as T[K]
  }
  return total
}

/** Calls of `String.prototype.toLocaleLowerCase`: every comparison of two words makes some. */
const lowerCaseCalls = (run: () => void) => counting(String.prototype, 'toLocaleLowerCase', () => 1, run)

/** Characters of the strings `RegExp.prototype.test` is given. */
const testedCharacters = (run: () => void) => counting(RegExp.prototype, 'test', (value) => String(value).length, run)

describe('work grows linearly', () => {
  it('inconsistent-spelling: 4× the paragraphs (and distinct names) cost at most about 4× the word comparisons', () => {
    const small = lowerCaseCalls(() => findSpellingVariants(draft(300), 'fr'))
    const large = lowerCaseCalls(() => findSpellingVariants(draft(1200), 'fr'))
    expect(small).toBeGreaterThan(0)
    // Comparing every pair of names or every compound with every word would make this about 16.
    expect(large / small).toBeLessThan(4.6)
  })

  it('one long paragraph costs no more per word than short ones', () => {
    const paragraphs = draft(200)
    const short = testedCharacters(() => findSpellingVariants(paragraphs, 'fr'))
    const long = testedCharacters(() => findSpellingVariants([paragraphs.join(' ')], 'fr'))
    expect(short).toBeGreaterThan(0)
    // Looking back to the paragraph's start from every word would make this about 100.
    expect(long / short).toBeLessThan(1.5)
  })
})

describe('chrono-node loads only for text that names a day', () => {
  afterEach(() => {
    loaded.chrono = 0
  })

  it('a draft with no weekday, month or numeric date does not load it', async () => {
    const text = draft(40).join('\n')
    expect(mayContainDates(text)).toBe(false)
    const file = await lint(text, {path: 'draft.txt', lang: 'fr'})
    expect(file.messages.some((message) => message.ruleId === 'internal-error')).toBe(false)
    expect(loaded.chrono).toBe(0)
  })

  it('words that only begin like a month or weekday (marché, montant, Saturne, d’après) do not load it', async () => {
    const text = 'Le marché du montant de Saturne a monté, d’après la mercière et le samedien. The monitor of Saturn was sunny, the marshal said.'
    expect(mayContainDates(text)).toBe(false)
    await lint(text, {path: 'draft.txt', lang: 'fr'})
    expect(loaded.chrono).toBe(0)
  })

  it('a weekday and date do load it', async () => {
    const file = await lint('Le ministre est arrivé le vendredi 2 octobre 2020 à Rabat.', {path: 'draft.txt', lang: 'fr'})
    expect(loaded.chrono).toBe(1)
    expect(file.messages.some((message) => message.ruleId === 'internal-error')).toBe(false)
  })
})
