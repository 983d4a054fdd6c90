import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Ajv} from 'ajv'
import addFormatsModule from 'ajv-formats'
import type {Log} from 'sarif'
import {expect, test} from 'vitest'
import {formatSarif, FINGERPRINT_KEY} from '../../src/cli/formatters/sarif.js'
import {lint, lintFiles} from '../../src/engine/lint.js'
import {builtinRules} from '../../src/rules/index.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

/**
 * The official SARIF 2.1.0 schema (oasis-tcs/sarif-spec, Schemata/), committed
 * as is. It declares draft-04, which ajv 8 does not load; it uses no keyword
 * whose meaning changed after draft-04 (checked below), so only its `id` is
 * renamed `$id` for ajv's draft-07 validator.
 */
function sarifValidator() {
  const text = readFileSync(new URL('../../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')
  expect(text).not.toMatch(/"exclusive(Minimum|Maximum)"/)
  const {$schema: _draft, id, ...schema} = JSON.parse(text) as Record<string, unknown>
  expect(id).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json')
  const ajv = addFormats(new Ajv({allErrors: true, strict: false}))
  return ajv.compile({...schema, $id: id as string})
}

const draft = 'Le ministre est arrivé hier soir.\n\nIl n’a pas manqué pas une « occasion de parler.\n'
const shared = 'Le conseil municipal de Rennes a adopté mardi soir un budget de 412 millions d’euros, en hausse de trois pour cent, après quatre heures de débats animés entre la majorité et l’opposition.'

test('the SARIF report validates against the official schema, one result per finding', async () => {
  const files = await lintFiles(
    [
      {path: 'dossier été/brouillon à revoir.md', text: `# Titre\n\n${draft}\n${shared}\n`},
      {path: 'autre.txt', text: `Un autre texte.\n\n${shared}\n`},
      {path: 'notes.txt', text: 'Dies ist ein deutscher Text über den Haushalt der Stadt und die Debatte im Rat.\n'}
    ],
    {}
  )
  const findings = files.flatMap((file) => file.messages)
  expect(new Set(findings.map((message) => message.ruleId))).toEqual(new Set(['doubled-word', 'unbalanced-quotes', 'duplicate-block', 'unsupported-language']))

  const log = JSON.parse(formatSarif(files, {color: false, quiet: false})) as Log
  const validate = sarifValidator()
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true)

  const run = log.runs[0]!
  expect(run.results).toHaveLength(findings.length)
  const result = run.results!.find((entry) => entry.ruleId === 'doubled-word')!
  expect(result).toMatchObject({
    level: 'error',
    locations: [{physicalLocation: {artifactLocation: {uri: 'dossier%20%C3%A9t%C3%A9/brouillon%20%C3%A0%20revoir.md'}, region: {startLine: 5}}}]
  })
  const rule = run.tool.driver.rules![result.ruleIndex!]!
  const doubled = builtinRules.find((candidate) => candidate.meta.id === 'doubled-word')!
  expect(rule).toMatchObject({id: 'doubled-word', shortDescription: {text: (doubled.meta.description as {en: string}).en}, defaultConfiguration: {level: 'error'}})
  expect(rule.helpUri).toBe(findings.find((message) => message.ruleId === 'doubled-word')!.url)
  expect(run.results!.find((entry) => entry.ruleId === 'unsupported-language')!.level).toBe('note')
  expect(run.results!.find((entry) => entry.ruleId === 'duplicate-block')!.relatedLocations).toHaveLength(1)
})

test('partialFingerprints survive lines added above the finding and change when the passage does', async () => {
  const fingerprintOf = async (text: string) => {
    const log = JSON.parse(formatSarif([await lint(text, {path: 'a.txt', lang: 'fr'})], {color: false, quiet: false})) as Log
    const result = log.runs[0]!.results!.find((entry) => entry.ruleId === 'doubled-word')!
    return {line: result.locations![0]!.physicalLocation!.region!.startLine, print: result.partialFingerprints![FINGERPRINT_KEY]}
  }
  const before = await fingerprintOf(draft)
  const moved = await fingerprintOf('Chapeau ajouté.\n\nEncore une ligne.\n\n' + draft)
  expect(moved.line).toBe(before.line! + 4)
  expect(moved.print).toBe(before.print)
  expect((await fingerprintOf(draft.replace('une « occasion', 'la moindre « occasion'))).print).not.toBe(before.print)
})

test('an empty run is still a valid log', () => {
  const validate = sarifValidator()
  expect(validate(JSON.parse(formatSarif([], {color: false, quiet: false})))).toBe(true)
})

test('files in the run folder are relative to %SRCROOT%; files above it are absolute file: URIs', async () => {
  const files = await lintFiles([
    {path: 'brouillons/a.txt', text: draft},
    {path: '../ailleurs/b.txt', text: draft}
  ])
  const log = JSON.parse(formatSarif(files, {color: false, quiet: false})) as Log
  expect(sarifValidator()(log)).toBe(true)
  const run = log.runs[0]!
  const base = run.originalUriBaseIds!['%SRCROOT%']!.uri!
  expect(base).toBe(pathToFileURL(process.cwd()).href + '/')
  const uris = new Set(run.results!.map((entry) => JSON.stringify(entry.locations![0]!.physicalLocation!.artifactLocation)))
  expect(uris).toEqual(
    new Set([
      JSON.stringify({uri: 'brouillons/a.txt', uriBaseId: '%SRCROOT%'}),
      JSON.stringify({uri: pathToFileURL(path.resolve('../ailleurs/b.txt')).href})
    ])
  )
  // What a code-scanning viewer does with them: both resolve to the files linted.
  expect(new URL('brouillons/a.txt', base).href).toBe(pathToFileURL(path.resolve('brouillons/a.txt')).href)
})
