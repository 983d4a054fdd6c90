import {chmodSync, readFileSync, readdirSync, statSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {FIXTURE, runCli, runInProcess, tempTree} from '../support/cli.js'

// In-process: the fix tests need no build.
const cli = runInProcess

const reference = readFileSync(FIXTURE)

describe('--fix', () => {
  it('fixes a copy of the reference document and a second --fix changes nothing', async () => {
    const root = tempTree({'esper.txt': reference})
    const file = path.join(root, 'esper.txt')
    const first = await cli(['--fix', '--no-config', '--format', 'json', 'esper.txt'], root)
    const fixed = readFileSync(file, 'utf8')
    expect(fixed).not.toMatch(/(?<=\p{L})'(?=\p{L})/u)
    expect(fixed).toContain('M. Bourita')
    expect(fixed).toContain('l’État-major général')
    expect(fixed).not.toContain('Etat-major')
    expect(fixed.split('\n')).toHaveLength(reference.toString('utf8').split('\n').length)
    // The report lists what remains, not what was fixed.
    const report = JSON.parse(first.stdout) as Array<{messages: Array<{ruleId: string}>}>
    const ids = report[0]!.messages.map((message) => message.ruleId)
    expect(ids).not.toContain('typography')
    expect(ids).not.toContain('abbreviation')
    expect(ids).not.toContain('inconsistent-spelling')
    const second = await cli(['--fix', '--no-config', 'esper.txt'], root)
    expect(second.stderr).not.toContain('changed on disk')
    expect(readFileSync(file, 'utf8')).toBe(fixed)
    expect(readdirSync(root)).toEqual(['esper.txt'])
  })

  it('keeps CRLF line endings, a byte order mark and the mode', async () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(reference.toString('utf8').replace(/\n/g, '\r\n'))])
    const root = tempTree({'esper.txt': crlf})
    const file = path.join(root, 'esper.txt')
    chmodSync(file, 0o600)
    await cli(['--fix', '--no-config', 'esper.txt'], root)
    const bytes = readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.subarray(3).toString('utf8')
    expect(text).toContain('M. Bourita')
    expect(text.match(/\r\n/g)).toHaveLength(34)
    expect(text.match(/(?<!\r)\n/g)).toBeNull()
    expect(statSync(file).mode & 0o777).toBe(0o600)
  })

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const root = tempTree({'esper.txt': reference})
    const result = await cli(['--fix-dry-run', '--no-config', 'esper.txt'], root)
    expect(readFileSync(path.join(root, 'esper.txt'))).toEqual(reference)
    expect(result.stdout.startsWith('--- a/esper.txt\n+++ b/esper.txt\n@@ ')).toBe(true)
    expect(result.stdout).toContain('\n-Le chef de la diplomatie marocaine, Nacer Bourita, revient d\'un voyage')
    expect(result.stdout).toContain('M. Bourita a réitéré')
    expect(readdirSync(root)).toEqual(['esper.txt'])
  })

  it('--fix-dry-run shows what --fix writes: the diff of a file with a byte order mark applies with patch -p1 and gives --fix’s bytes', async () => {
    const draft = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Il a vu le le chat.\r\nLe ministre est arrivé.\r\n')])
    const root = tempTree({'dry/draft.txt': draft, 'fixed/draft.txt': draft})
    const dry = await cli(['--fix-dry-run', '--no-config', 'draft.txt'], path.join(root, 'dry'))
    await cli(['--fix', '--no-config', 'draft.txt'], path.join(root, 'fixed'))
    const patched = spawnSync('patch', ['-p1', '--quiet', '--binary'], {cwd: path.join(root, 'dry'), input: dry.stdout, encoding: 'utf8'})
    expect(patched.stderr + patched.stdout).toBe('')
    expect(patched.status).toBe(0)
    expect(readFileSync(path.join(root, 'dry/draft.txt'))).toEqual(readFileSync(path.join(root, 'fixed/draft.txt')))
  })

  it('--fix-dry-run refuses what --fix refuses (invalid UTF-8), and shows no diff that cannot apply (UTF-16)', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Il a vu le le chat.\n', 'utf16le')])
    const invalid = Buffer.concat([Buffer.from('Il a vu le le chat '), Buffer.from([0xff]), Buffer.from('.\n')])
    const root = tempTree({'wide.txt': utf16, 'broken.txt': invalid})
    const dry = await cli(['--fix-dry-run', '--no-config', '--lang', 'en', 'wide.txt', 'broken.txt'], root)
    const wet = await cli(['--fix', '--no-config', '--lang', 'en', 'broken.txt'], root)
    expect(dry.stdout).toBe('')
    expect(dry.status).toBe(wet.status)
    expect(dry.status).toBe(2)
    const refusal = 'factlint: broken.txt: cannot write fixes: the file is not valid UTF-8\n'
    expect(wet.stderr).toContain(refusal)
    expect(dry.stderr).toContain(refusal)
    expect(dry.stderr).toContain('factlint: wide.txt: UTF-16 file: no diff shown (patch and git apply read UTF-8); --fix writes it in UTF-16\n')
    expect(readFileSync(path.join(root, 'wide.txt'))).toEqual(utf16)
  })

  it('rejects --fix with --fix-dry-run, and --fix-type alone', async () => {
    const root = tempTree({'a.txt': 'Texte.'})
    expect((await cli(['--fix', '--fix-dry-run', 'a.txt'], root)).status).toBe(2)
    expect((await cli(['--fix-type', 'duplicate-block', 'a.txt'], root)).stderr).toContain('--fix-type needs --fix or --fix-dry-run')
  })
})

describe('--fix and an accent on a person’s name', () => {
  for (const [lang, text, slip, right] of [
    ['fr', 'Le député Jean-Marc Lefèvre a démissionné. M. Lefèvre a félicité sa successeure. L’Etat paiera, selon l’État. L’État aussi.\n\nL’ancien député Jean-Marc Lefevre était présent.\n', 'Jean-Marc Lefevre', 'Jean-Marc Lefèvre'],
    ['en', 'José Mourinho arrived on Monday. The coach, José Mourinho, said little. The Élysée Palace and the Élysée Palace agreed.\n\nLater Jose Mourinho left the Elysee Palace.\n', 'Jose Mourinho', 'José Mourinho']
  ] as const) {
    it(`${lang}: --fix leaves the name and fixes the common word; --fix-type inconsistent-spelling renames`, async () => {
      const root = tempTree({'draft.txt': text})
      const file = path.join(root, 'draft.txt')
      await cli(['--fix', '--no-config', '--lang', lang, 'draft.txt'], root)
      const safe = readFileSync(file, 'utf8')
      expect(safe).toContain(slip)
      expect(safe).not.toMatch(/Etat|Elysee/)
      await cli(['--fix', '--fix-type', 'inconsistent-spelling', '--no-config', '--lang', lang, 'draft.txt'], root)
      const asked = readFileSync(file, 'utf8')
      expect(asked).not.toContain(slip)
      expect(asked).toContain(right)
    })
  }
})

describe('--fix and an honorific inside a brand or a title', () => {
  for (const [lang, text, slip, right, doubtful] of [
    [
      'fr',
      'Marine Le Pen a reçu M. Esper. M Le Pen a lu M Le magazine du Monde en buvant du Keurig Dr Pepper.\n\nLe Dr. Martin et le Dr. Leroy ont revu *M. Smith au Sénat*. Martin a aimé.\n',
      'M Le Pen',
      'M. Le Pen',
      null
    ],
    [
      'en',
      'Dr. Jane Smith met Mr. Hale and Mrs. Hale. Later Dr Smith left. Smith said so.\n\nHale drinks Keurig Dr Pepper, wears Dr Martens boots and watched “Mr Smith Goes to Washington”.\n',
      'Dr Smith left',
      'Dr. Smith left',
      ['Dr Martens', 'Dr. Martens']
    ]
  ] as const) {
    it(`${lang}: --fix changes the person’s honorific and leaves every brand and title byte for byte`, async () => {
      const root = tempTree({'draft.md': text})
      const file = path.join(root, 'draft.md')
      await cli(['--fix', '--no-config', '--lang', lang, 'draft.md'], root)
      const safe = readFileSync(file, 'utf8')
      expect(safe).toBe(text.replace(slip, right))
      // A name used nowhere else may be a brand: changed only when asked for.
      await cli(['--fix', '--fix-type', 'abbreviation', '--no-config', '--lang', lang, 'draft.md'], root)
      expect(readFileSync(file, 'utf8')).toBe(doubtful ? safe.replace(doubtful[0], doubtful[1]) : safe)
    })
  }
})

describe('--fix on an interview transcript with speaker labels in capitals', () => {
  for (const [lang, text, slip, right] of [
    [
      'fr',
      'Isabelle Roux : « La colère se passe de traduction »\n\nIsabelle Roux dirige le théâtre depuis 2019. Selon Isabelle Roux, rien ne change. L’Etat paie, selon l’État. L’État aussi.\n\nHALE : Pourquoi encore ?\n\nROUX : Parce que.\n\nHALE : Et ensuite ?\n\nROUX : Jamais.\n\nHALE : Vraiment ?\n\nROUX : Jamais, jamais.\n\nROUX : (rires) Non.\n\nROUX : Jamais.\n',
      'Etat',
      'État'
    ],
    [
      'en',
      'Q&A: Isabelle Roux on anger\n\nIsabelle Roux has directed the theatre since 2019. The e-mail came, then an e-mail, then an email.\n\nHALE: Why again?\n\nROUX: Because.\n\nHALE: And then?\n\nROUX: Never.\n\nROUX: Never, never.\n',
      'an email',
      'an e-mail'
    ]
  ] as const) {
    it(`${lang}: --fix keeps the name and the labels as written, and still fixes the true slip`, async () => {
      const root = tempTree({'draft.txt': text})
      const file = path.join(root, 'draft.txt')
      await cli(['--fix', '--no-config', '--lang', lang, 'draft.txt'], root)
      const fixedText = readFileSync(file, 'utf8')
      expect(fixedText).toBe(text.replace(slip, right))
      await cli(['--fix', '--fix-type', 'inconsistent-spelling', '--no-config', '--lang', lang, 'draft.txt'], root)
      expect(readFileSync(file, 'utf8')).toBe(fixedText)
    })
  }
})

describe('--fix over several drafts', () => {
  const shared =
    'Le conseil municipal de Rennes a adopté mardi soir un budget de 412 millions d’euros, en hausse de trois pour cent, après quatre heures de débats animés entre la majorité et l’opposition.'
  const sharedEn =
    'The city council adopted on Tuesday night a budget of 412 million pounds, up three per cent, after four hours of lively debate between the majority and the opposition benches.'

  for (const [lang, paragraph, doubled, fixed, said] of [
    ['French', shared, 'Le maire a a répondu aux questions.', 'Le maire a répondu aux questions.', 'factlint: b.txt : 1 correction appliquée\n'],
    ['English', sharedEn, 'The mayor the the answered questions.', 'The mayor the answered questions.', 'factlint: b.txt: 1 fix applied\n']
  ] as const) {
    it(`still reports a passage shared with another draft after fixing one of them (${lang})`, async () => {
      // The finding sits on the second copy, b.txt, which is the file --fix rewrites and lints again.
      const root = tempTree({'a.txt': `Autre chose.\n\n${paragraph}\n`, 'b.txt': `${doubled}\n\n${paragraph}\n`})
      const result = await cli(['--fix', '--no-config', '--format', 'json', 'a.txt', 'b.txt'], root)
      expect(readFileSync(path.join(root, 'b.txt'), 'utf8')).toBe(`${fixed}\n\n${paragraph}\n`)
      const report = JSON.parse(result.stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number}>}>
      const byFile = Object.fromEntries(report.map((file) => [file.path, file.messages.map((message) => `${message.ruleId}@${message.line}`)]))
      expect(result.stderr).toBe(said)
      // Reported once, on the second copy, as before the fix.
      expect(byFile['a.txt']).toEqual([])
      expect(byFile['b.txt']).toEqual(['duplicate-block@3'])
    })
  }
})

describe('--fix says what it applied in the draft’s language', () => {
  for (const [lang, one, three, saidOne, saidThree] of [
    [
      'fr',
      'Le maire a a répondu aux questions des élus.\n',
      'Le maire a a répondu aux questions. Le conseil a voté le le budget. Puis la la séance fut levée.\n',
      'factlint: one.txt : 1 correction appliquée\n',
      'factlint: three.txt : 3 corrections appliquées\n'
    ],
    [
      'en',
      'The mayor the the answered questions from councillors.\n',
      'The mayor the the answered questions. The council voted on a a budget. Then the the session ended.\n',
      'factlint: one.txt: 1 fix applied\n',
      'factlint: three.txt: 3 fixes applied\n'
    ]
  ] as const) {
    it(`${lang}: one fix in the singular, three in the plural`, async () => {
      const root = tempTree({'one.txt': one, 'three.txt': three})
      expect((await cli(['--fix', '--no-config', '--lang', lang, '--format', 'json', 'one.txt'], root)).stderr).toBe(saidOne)
      expect((await cli(['--fix', '--no-config', '--lang', lang, '--format', 'json', 'three.txt'], root)).stderr).toBe(saidThree)
      expect(readFileSync(path.join(root, 'three.txt'), 'utf8')).not.toMatch(/\b(\p{L}+) \1\b/u)
    })
  }

  it('speaks each draft’s language in a run over a French and an English draft', async () => {
    const root = tempTree({
      'fr.txt': 'Le conseil municipal a adopté mardi soir le le budget de la ville, après quatre heures de débats entre la majorité et l’opposition.\n',
      'en.txt': 'The city council adopted the the budget on Tuesday night, after four hours of debate between the majority and the opposition.\n'
    })
    const result = await cli(['--fix', '--no-config', '--format', 'json', 'fr.txt', 'en.txt'], root)
    // Documents come in path order.
    expect(result.stderr).toBe('factlint: en.txt: 1 fix applied\nfactlint: fr.txt : 1 correction appliquée\n')
  })

  it('says in the draft’s language that standard input is not written', async () => {
    for (const [lang, said] of [
      ['fr', 'factlint: <stdin> : l’entrée standard n’est pas réécrite par --fix ; --fix-dry-run montre les corrections\n'],
      ['en', 'factlint: <stdin>: standard input is not written by --fix; use --fix-dry-run to see the fixes\n']
    ] as const) {
      const result = runCli(['--fix', '--no-config', '--lang', lang, '--format', 'json', '-'], {cwd: tempTree({}), input: lang === 'fr' ? 'Il a vu le le chat.\n' : 'He saw the the cat.\n'})
      expect(result.stderr).toBe(said)
    }
  })
})
