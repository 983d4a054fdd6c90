import {VFile} from 'vfile'
import {expect, test} from 'vitest'
import {escapeData, escapeProperty, formatGithub} from '../../src/cli/formatters/github.js'
import {lint} from '../../src/engine/lint.js'

test('data escapes %, CR and LF; properties also escape : and ,', () => {
  expect(escapeData('100% sûr\r\nfin: a, b')).toBe('100%25 sûr%0D%0Afin: a, b')
  expect(escapeProperty('dossier: 50%, «été»\nx')).toBe('dossier%3A 50%25%2C «été»%0Ax')
})

test('one workflow command per finding, with file, span and title', async () => {
  const file = await lint('Le ministre est arrivé.\n\nIl n’a pas manqué pas une occasion.\n', {path: 'notes, brouillon: v2.txt', lang: 'fr'})
  const out = formatGithub([file], {color: false, quiet: false})
  expect(out).toBe(
    '::error file=notes%2C brouillon%3A v2.txt,line=3,col=19,endLine=3,endColumn=22,title=factlint(doubled-word)::Particule de négation « pas » répétée dans la même proposition : une seule est attendue%0Acorrection : (supprimer)\n'
  )
})

test('the annotation carries the suggestion in the document’s language, with how it is applied', async () => {
  const file = await lint('She read the the report.\n', {path: 'story.txt', lang: 'en'})
  expect(formatGithub([file], {color: false, quiet: false})).toBe(
    '::error file=story.txt,line=1,col=14,endLine=1,endColumn=17,title=factlint(doubled-word)::Unexpected repeated `the`, expected one%0Asuggestion: (delete)\n'
  )
  const byHand = new VFile({path: 'a.txt', value: 'x\n'})
  const message = byHand.message('Check the name', {place: {line: 1, column: 1}, ruleId: 'r', source: 'factlint'})
  message.expected = ['M. Bourita']
  expect(formatGithub([byHand], {color: false, quiet: false})).toBe('::warning file=a.txt,line=1,col=1,title=factlint(r)::Check the name%0Asuggestion: “M. Bourita” (by hand)\n')
})

test('a reason with % and a line break stays on one line; severities map to error, warning, notice', () => {
  const file = new VFile({path: 'a.md', value: 'x\ny\n'})
  const error = file.message('50% de\nhausse', {place: {start: {line: 1, column: 1}, end: {line: 2, column: 2}}, ruleId: 'r', source: 'factlint'})
  error.fatal = true
  file.message('attention', {place: {line: 2, column: 1}, ruleId: 'w', source: 'factlint'})
  file.info('note', {place: {line: 1, column: 1}, ruleId: 'i', source: 'factlint'})
  const lines = formatGithub([file], {color: false, quiet: false}).split('\n')
  // A span over several lines carries no columns: GitHub refuses them there.
  expect(lines[0]).toBe('::error file=a.md,line=1,endLine=2,title=factlint(r)::50%25 de%0Ahausse')
  expect(lines[1]).toBe('::warning file=a.md,line=2,col=1,title=factlint(w)::attention')
  expect(lines[2]).toBe('::notice file=a.md,line=1,col=1,title=factlint(i)::note')
  expect(formatGithub([file], {color: false, quiet: true})).toBe(lines[0] + '\n')
})
