import {describe, expect, it} from 'vitest'
import {run} from '../../src/engine/run.js'
import type {Lang} from '../../src/types.js'
import {tempTree} from '../support/cli.js'

/**
 * `onLanguage`: what a report drawn before the run ends speaks. A guess first
 * (the first file's configured language, or its first lines'), before any
 * file is linted, then each linted document's language.
 */
const FRENCH = 'Le ministre est arrivé le vendredi 2 octobre 2020 à Rabat, où il a signé un accord avec les autorités.\n'
const ENGLISH = 'The minister arrived in Rabat on Friday, October 2, 2020, where he signed a deal with the authorities.\n'

async function languages(files: Record<string, string>, options: {lang?: Lang; config?: string} = {}) {
  const cwd = tempTree({...files, ...(options.config ? {'factlint.config.json': options.config} : {})})
  const events: Array<[string, Lang | 'und', boolean] | [string, number]> = []
  await run({
    cwd,
    paths: Object.keys(files),
    noConfig: options.config === undefined,
    ...(options.lang ? {lang: options.lang} : {}),
    onProgress: (done) => events.push(['progress', done]),
    onLanguage: (lang, guess) => events.push([guess ? 'guess' : 'linted', lang, guess])
  })
  return events
}

describe('the run’s language while it lints', () => {
  it.each([
    ['a French file: guessed French from its first lines', {'a.txt': FRENCH}, {}, [['guess', 'fr', true], ['progress', 0], ['linted', 'fr', false], ['progress', 1]]],
    ['an English file', {'a.txt': ENGLISH}, {}, [['guess', 'en', true], ['progress', 0], ['linted', 'en', false], ['progress', 1]]],
    ['French, then English: the guess is the first file’s', {'a.txt': FRENCH, 'b.txt': ENGLISH}, {}, [['guess', 'fr', true], ['progress', 0], ['linted', 'fr', false], ['progress', 1], ['linted', 'en', false], ['progress', 2]]],
    ['--lang fr on an English text: the setting, not the text', {'a.txt': ENGLISH}, {lang: 'fr' as const}, [['guess', 'fr', true], ['progress', 0], ['linted', 'fr', false], ['progress', 1]]],
    ['a configuration’s language', {'a.txt': ENGLISH}, {config: '{"lang": "fr"}'}, [['guess', 'fr', true], ['progress', 0], ['linted', 'fr', false], ['progress', 1]]],
    ['an override for the first file’s folder', {'fr/a.txt': ENGLISH}, {config: '{"overrides": [{"files": ["fr/**"], "lang": "fr"}]}'}, [['guess', 'fr', true], ['progress', 0], ['linted', 'fr', false], ['progress', 1]]]
  ] as const)('%s', async (_, files, options, expected) => {
    expect(await languages(files, options)).toEqual(expected)
  })

  it('says nothing about a run with no listener, and guesses nothing when there is no file', async () => {
    const cwd = tempTree({'a.txt': FRENCH})
    await expect(run({cwd, paths: ['a.txt'], noConfig: true})).resolves.toMatchObject({problems: []})
    const events: unknown[] = []
    await run({cwd, paths: ['missing.txt'], noConfig: true, onLanguage: (...event) => events.push(event)})
    expect(events).toEqual([])
  })
})
