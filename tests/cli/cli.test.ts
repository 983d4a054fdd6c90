import {readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {FLAGS} from '../../src/cli/flags.js'
import {FIXTURE, ROOT, parseJsonReport, runCli, tempTree} from '../support/cli.js'

describe('factlint on the reference document', () => {
  it('reports the doubled « pas » on lines 2 and 19, nothing unbalanced, and exits 1', () => {
    const result = runCli(['--format', 'json', 'fixtures/esper-rabat.fr.txt'])
    expect(result.status).toBe(1)
    const [report] = parseJsonReport(result.stdout)
    expect(report!.path).toBe('fixtures/esper-rabat.fr.txt')
    const doubled = report!.messages.filter((message) => message.ruleId === 'doubled-word')
    expect(doubled.map((message) => [message.line, message.column, message.place.end.column, message.expected])).toEqual([
      [2, 215, 218, ['']],
      [19, 215, 218, ['']]
    ])
    expect(report!.messages.filter((message) => message.ruleId === 'unbalanced-quotes')).toEqual([])
  })

  it('prints a readable report with the offending line underlined, without colour when piped', () => {
    const result = runCli([FIXTURE, '--rule', 'doubled-word=error'])
    expect(result.stdout).toContain('2:215-2:218  erreur  Particule de négation « pas » répétée dans la même proposition : une seule est attendue  doubled-word')
    expect(result.stdout).toContain('…itaire Africain Lion. Il n’a pas manqué pas de noter que le Maroc est considéré éta…\n')
    expect(result.stdout).toContain('\n                                               ^^^\n')
    expect(result.stdout).not.toContain('\u001b[')
    // Deleting the duplicated block is an unsafe fix, applied only with --fix-type: counted apart.
    expect(result.stdout.endsWith('✖ 19 problèmes (5 erreurs, 14 avertissements)\n  14 corrigeables avec --fix\n  1 de plus avec --fix --fix-type duplicate-block (relire la modification)\n')).toBe(true)
    // Each suggestion says how it is applied when --fix alone does not apply it.
    expect(result.stdout).toContain('      correction : (supprimer) (avec --fix-type duplicate-block)\n      voir : 2:1-18:211')
    expect(result.stdout).toContain('“vendredi 30 octobre” (à la main)\n')
    expect(result.stdout).toContain('      correction : “M. Bourita”\n')
  })

  it('colours the report when FORCE_COLOR asks for it, and NO_COLOR wins', () => {
    expect(runCli([FIXTURE], {env: {NO_COLOR: undefined, FORCE_COLOR: '1'}}).stdout).toContain('\u001b[31merreur')
    expect(runCli([FIXTURE], {env: {NO_COLOR: '1', FORCE_COLOR: '1'}}).stdout).not.toContain('\u001b[')
  })
})

describe('the words around each finding follow its document’s language', () => {
  it('labels an English draft’s findings in English, with an English summary', () => {
    const root = tempTree({'en.txt': 'He said the the words again. It was a “long day.'})
    const result = runCli(['en.txt'], {cwd: root})
    expect(result.stdout).toContain('  1:13-1:16  error  ')
    expect(result.stdout).toContain('      suggestion: (delete)\n')
    expect(result.stdout).toContain('\n✖ 2 problems (2 errors, 0 warnings)\n  1 can be fixed with --fix\n')
  })

  it('labels a French draft’s findings in French, counting 0 and 1 in the singular', () => {
    const root = tempTree({'fr.txt': 'Il a vu le le chat.'})
    const result = runCli(['fr.txt'], {cwd: root})
    expect(result.stdout).toContain('  1:12-1:14  erreur  ')
    expect(result.stdout).toContain('      correction : (supprimer)\n')
    expect(result.stdout).toContain('\n✖ 1 problème (1 erreur, 0 avertissement)\n  1 corrigeable avec --fix\n')
  })

  it('keeps each file’s labels in its own language and sums up a mixed run in English', () => {
    const root = tempTree({'en.txt': 'He said the the words again.', 'fr.txt': 'Il a vu le le chat.'})
    const result = runCli(['en.txt', 'fr.txt'], {cwd: root})
    expect(result.stdout).toContain('      suggestion: (delete)\n')
    expect(result.stdout).toContain('      correction : (supprimer)\n')
    expect(result.stdout).toContain('\n✖ 2 problems (2 errors, 0 warnings)\n  2 can be fixed with --fix\n')
  })
})

describe('the JSON report', () => {
  it('says which language each file was linted as', () => {
    const root = tempTree({
      'en.txt': 'He said the the words again.',
      'fr.txt': 'Il a vu le le chat.',
      'de.txt': 'Der Minister hat am Montag in Berlin einen neuen Vertrag mit den Nachbarländern unterzeichnet, sagte ein Sprecher der Regierung.'
    })
    const report = JSON.parse(runCli(['--format', 'json', 'de.txt', 'en.txt', 'fr.txt'], {cwd: root}).stdout) as Array<{path: string; lang?: string}>
    expect(report.map((file) => [file.path, file.lang])).toEqual([
      ['de.txt', 'und'],
      ['en.txt', 'en'],
      ['fr.txt', 'fr']
    ])
  })
})

describe('exit codes', () => {
  it('exits 0 on a clean draft', () => {
    const root = tempTree({'clean.txt': 'Le ministre a signé un accord de coopération avec le Royaume.'})
    const result = runCli(['clean.txt'], {cwd: root})
    expect(result.status).toBe(0)
    expect(result.stdout).toBe('✔ 1 fichier vérifié, aucun problème\n')
  })

  it('exits 2 for a missing path but still reports the other files', () => {
    const root = tempTree({'bad.txt': 'Il a vu le le chat.'})
    const result = runCli(['missing.txt', 'bad.txt', '--format', 'json'], {cwd: root})
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('factlint: missing.txt: no such file or folder\n')
    expect(parseJsonReport(result.stdout).map((file) => [file.path, file.messages.length])).toEqual([['bad.txt', 1]])
  })

  it('exits 2 with one line for an unknown option, suggesting the closest', () => {
    const result = runCli(['--quite', 'a.txt'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('factlint: unknown option --quite, did you mean --quiet? (see factlint --help)\n')
    expect(result.stdout).toBe('')
  })

  it('does not guess a long option from an unknown one-letter option', () => {
    expect(runCli(['-x', 'a.txt']).stderr).toBe('factlint: unknown option -x (see factlint --help)\n')
  })

  it('exits 2 when no path is given', () => {
    const result = runCli([])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^factlint: no file to lint/)
  })

  it('counts warnings against --max-warnings', () => {
    const root = tempTree({'a.txt': 'He said the the words again and again.'})
    expect(runCli(['a.txt', '--rule', 'doubled-word=warn'], {cwd: root}).status).toBe(0)
    expect(runCli(['a.txt', '--rule', 'doubled-word=warn', '--max-warnings', '0'], {cwd: root}).status).toBe(1)
    expect(runCli(['a.txt', '--rule', 'doubled-word=warn', '--max-warnings', 'many'], {cwd: root}).stderr).toBe('factlint: --max-warnings: expected a whole number (-1 for no limit), got "many"\n')
  })

  it('says why it exits 1 on too many warnings, even when --quiet hides them', () => {
    const root = tempTree({'a.txt': 'He said the the words again and again.'})
    const result = runCli(['a.txt', '--rule', 'doubled-word=warn', '--max-warnings', '0', '--quiet'], {cwd: root})
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('✔ 1 file checked, no errors (1 warning not shown under --quiet)\n')
    expect(result.stderr).toBe('factlint: 1 warning, more than --max-warnings 0\n')
  })

  it('under --quiet, the summary counts the errors shown and says how many warnings it hides', () => {
    const result = runCli([FIXTURE, '--quiet'])
    expect(result.stdout).toContain('\n✖ 5 problèmes (5 erreurs ; 14 avertissements masqués par --quiet)\n')
    expect(result.stdout).not.toContain(' avertissement  ')
  })

  it('takes --max-warnings=-1 as no limit, and explains the form a negative value needs', () => {
    const root = tempTree({'a.txt': 'He said the the words again and again.'})
    expect(runCli(['a.txt', '--rule', 'doubled-word=warn', '--max-warnings=-1'], {cwd: root}).status).toBe(0)
    const spaced = runCli(['a.txt', '--max-warnings', '-1'], {cwd: root})
    expect(spaced.status).toBe(2)
    expect(spaced.stderr).toBe('factlint: option --max-warnings takes a value that starts with "-": write it --max-warnings=VALUE (for example --max-warnings=-1)\n')
  })

  it('shows errors only with --quiet', () => {
    const root = tempTree({'a.txt': 'He said the the words « again.'})
    const result = runCli(['a.txt', '--rule', 'doubled-word=warn', '--quiet', '--format', 'json'], {cwd: root})
    expect(parseJsonReport(result.stdout)[0]!.messages.map((message) => message.ruleId)).toEqual(['unbalanced-quotes'])
  })

  it('refuses an unknown rule in --rule with a suggestion', () => {
    const result = runCli([FIXTURE, '--rule', 'doubled-words=off'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('factlint: --rule doubled-words: unknown rule "doubled-words", did you mean "doubled-word"?\n')
  })
})

describe('standard input', () => {
  it('reads - and names it with --stdin-filename, choosing Markdown by its extension', () => {
    const result = runCli(['-', '--stdin-filename', 'story.md', '--format', 'json'], {input: '```\nthe the\n```\n\nThen the the end of the story came quickly.\n'})
    expect(result.status).toBe(1)
    const [file] = parseJsonReport(result.stdout)
    expect(file!.path).toBe('story.md')
    expect(file!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['5:10 doubled-word'])
  })

  it('reads - without a name', () => {
    const result = runCli(['-'], {input: 'Il a vu le le chat.'})
    expect(result.status).toBe(1)
    expect(result.stdout.startsWith('<stdin>\n')).toBe(true)
  })
})

describe('paths', () => {
  it('recurses into folders for .txt, .md and .markdown, honouring .gitignore and .factlintignore', () => {
    const root = tempTree({
      'drafts/a.txt': 'Il a vu le le chat.',
      'drafts/b.md': 'Il a vu le le chat.',
      'drafts/c.markdown': 'Il a vu le le chat.',
      'drafts/notes.json': '{"a": "le le"}',
      'drafts/old/d.txt': 'Il a vu le le chat.',
      'drafts/tmp.txt': 'Il a vu le le chat.',
      '.gitignore': 'drafts/old/\n',
      'drafts/.factlintignore': 'tmp.txt\n'
    })
    const result = runCli(['drafts', '--format', 'json'], {cwd: root})
    expect(parseJsonReport(result.stdout).map((file) => file.path)).toEqual(['drafts/a.txt', 'drafts/b.md', 'drafts/c.markdown'])
  })

  it('expands globs', () => {
    const root = tempTree({'a/x.md': 'Texte propre.', 'b/y.md': 'Texte propre.', 'b/z.txt': 'Texte propre.'})
    const result = runCli(['**/*.md', '--format', 'json'], {cwd: root})
    expect(parseJsonReport(result.stdout).map((file) => file.path)).toEqual(['a/x.md', 'b/y.md'])
  })

  it('reports a folder with nothing to lint and a symlink loop with exit 2', () => {
    const root = tempTree({'empty/readme.json': '{}', 'ok.txt': 'Texte propre.'})
    symlinkSync(path.join(root, 'loop'), path.join(root, 'loop'))
    const result = runCli(['empty', 'loop', 'ok.txt', '--format', 'json'], {cwd: root})
    expect(result.status).toBe(2)
    expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'factlint: empty: no text or Markdown file to lint in this folder',
      'factlint: loop: too many levels of symbolic links (a symlink loop)'
    ])
    expect(parseJsonReport(result.stdout).map((file) => file.path)).toEqual(['ok.txt'])
  })
})

describe('help, version and rules', () => {
  it('documents every flag of the table in --help', () => {
    const result = runCli(['--help'])
    expect(result.status).toBe(0)
    for (const flag of FLAGS) if (flag.hidden) expect(result.stdout).not.toContain(`--${flag.name}`)
    else expect(result.stdout).toContain(`--${flag.name}`)
    expect(result.stdout).toContain('Examples:')
  })

  it('prints the help recorded in tests/cli/help.golden.txt (FACTLINT_UPDATE_GOLDEN=1 rewrites it)', () => {
    const golden = path.join(ROOT, 'tests', 'cli', 'help.golden.txt')
    const {stdout} = runCli(['--help'])
    if (process.env.FACTLINT_UPDATE_GOLDEN) writeFileSync(golden, stdout)
    expect(stdout).toBe(readFileSync(golden, 'utf8'))
  })

  it('prints the package version', async () => {
    const {version} = (await import(path.join(ROOT, 'package.json'), {with: {type: 'json'}})).default as {version: string}
    expect(runCli(['--version']).stdout).toBe(`${version}\n`)
  })

  it('lists the rules with their default severity', () => {
    const result = runCli(['--list-rules'])
    expect(result.stdout).toMatch(/^doubled-word\s+error\s+fr,en\s+fixable\s+The same word twice/m)
    expect(result.stdout).toMatch(/^unbalanced-quotes\s+error\s+any\s+Quotation marks/m)
    // Its only fix deletes a copy: applied with --fix-type duplicate-block, never by a plain --fix.
    expect(result.stdout).toMatch(/^duplicate-block\s+error\s+any\s+on-request\s+A paragraph/m)
  })

  it('lists the rules with their French descriptions under --lang fr, the same columns', () => {
    const english = runCli(['--list-rules']).stdout.split('\n')
    const french = runCli(['--list-rules', '--lang', 'fr']).stdout.split('\n')
    expect(french).toHaveLength(english.length)
    expect(french.find((line) => line.startsWith('doubled-word'))).toMatch(/^doubled-word\s+error\s+fr,en\s+fixable\s+Le même mot deux fois de suite, ou une particule de négation/)
    expect(french.map((line) => line.split(/\s{2,}/).slice(0, 3))).toEqual(english.map((line) => line.split(/\s{2,}/).slice(0, 3)))
    expect(runCli(['--list-rules', '--lang', 'en']).stdout).toBe(english.join('\n'))
  })
})
