/**
 * Hostile files through the built binary. Each is linted next to `ok.txt`,
 * which has one known finding, to prove that the other files are still
 * reported. The files are generated in temporary folders, never committed.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {BIN, parseJsonReport, runCli, tempTree, type CliResult} from '../support/cli.js'

const OK = 'Il a vu le le chat.'
/** `ok.txt`'s finding: the second « le », 1:12–1:14. */
const OK_FINDING = ['ok.txt', [['doubled-word', 1, 12, 1, 14]]]

/** Where doubled-word reports `word word` on `line` (1-based): the second word. */
function doubled(line: number, text: string, word: string): [string, number, number, number, number] {
  const column = text.indexOf(`${word} ${word}`) + word.length + 2
  return ['doubled-word', line, column, line, column + word.length]
}

/** Each file's findings as [rule, start line, start column, end line, end column], files by path. */
function findings(result: CliResult): unknown[] {
  return parseJsonReport(result.stdout)
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((file) => [file.path, file.messages.map((message) => [message.ruleId, message.line, message.column, message.place.end.line, message.place.end.column])])
}

function lintJson(root: string, args: string[]): CliResult {
  return runCli(['--format', 'json', '--lang', 'fr', ...args], {cwd: root})
}

/** No stack trace, ever: every stderr line is one `factlint: …` sentence. */
function expectCleanStderr(result: CliResult): void {
  for (const line of result.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^factlint: /)
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/)
}

describe('files that are not plain UTF-8 text', () => {
  it('skips a binary file with a warning, whatever its extension, and reports the others', () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(2000, 7)])
    const root = tempTree({'photo.txt': png, 'ok.txt': OK})
    const result = lintJson(root, ['photo.txt', 'ok.txt'])
    expect(result.stderr).toBe('factlint: photo.txt: binary file skipped\n')
    expect(findings(result)).toEqual([OK_FINDING])
    expect(result.status).toBe(1)
  })

  it('reads invalid UTF-8 as U+FFFD with a warning, positions counted on that text, and never writes it', () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0x20, 0xc3]), Buffer.from(' : il a vu le le chat.')])
    const root = tempTree({'bad.txt': bytes, 'ok.txt': OK})
    const result = lintJson(root, ['bad.txt', 'ok.txt'])
    expect(result.stderr).toBe('factlint: bad.txt: invalid UTF-8: bad bytes were read as U+FFFD (�); --fix will not write this file\n')
    // Each bad byte is one U+FFFD, one column: « Caf� � : il a vu le le chat. »
    expect(findings(result)).toEqual([['bad.txt', [doubled(1, 'Caf� � : il a vu le le chat.', 'le')]], OK_FINDING])
    const fixed = lintJson(root, ['--fix', 'bad.txt'])
    expect(fixed.status).toBe(2)
    expect(fixed.stderr).toContain('factlint: bad.txt: invalid UTF-8')
    expect(readFileSync(path.join(root, 'bad.txt'))).toEqual(bytes)
    expectCleanStderr(fixed)
  })

  it('does not count a UTF-8 byte order mark in positions, and keeps it when fixing', () => {
    const root = tempTree({'bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(OK)]), 'ok.txt': OK})
    const result = lintJson(root, ['bom.txt', 'ok.txt'])
    expect(result.stderr).toBe('')
    expect(findings(result)).toEqual([['bom.txt', OK_FINDING[1]], OK_FINDING])
    lintJson(root, ['--fix', 'bom.txt'])
    expect(readFileSync(path.join(root, 'bom.txt'))).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Il a vu le chat.')]))
  })

  it.each([
    ['UTF-16 LE', Buffer.from([0xff, 0xfe]), (text: string) => Buffer.from(text, 'utf16le')],
    ['UTF-16 BE', Buffer.from([0xfe, 0xff]), (text: string) => Buffer.from(text, 'utf16le').swap16()]
  ])('decodes %s with a byte order mark, with the same positions, and fixes it in the same encoding', (_name, bom, encode) => {
    const root = tempTree({'wide.txt': Buffer.concat([bom, encode(`Élu « président » :\n${OK}`)]), 'ok.txt': OK})
    const result = lintJson(root, ['wide.txt', 'ok.txt'])
    expect(result.stderr).toBe('')
    expect(findings(result)).toEqual([OK_FINDING, ['wide.txt', [doubled(2, OK, 'le')]]])
    lintJson(root, ['--fix', 'wide.txt'])
    expect(readFileSync(path.join(root, 'wide.txt'))).toEqual(Buffer.concat([bom, encode('Élu « président » :\nIl a vu le chat.')]))
  })
})

describe('line endings and sizes', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['CR only', '\r']
  ])('gives the right line and column with %s line endings, and --fix keeps them', (_name, eol) => {
    const text = ['Le ministre est arrivé.', '', `Puis ${OK}`, 'Fin.', ''].join(eol)
    const root = tempTree({'eol.txt': text, 'ok.txt': OK})
    expect(findings(lintJson(root, ['eol.txt', 'ok.txt']))).toEqual([['eol.txt', [doubled(3, `Puis ${OK}`, 'le')]], OK_FINDING])
    lintJson(root, ['--fix', 'eol.txt'])
    expect(readFileSync(path.join(root, 'eol.txt'), 'utf8')).toBe(['Le ministre est arrivé.', '', 'Puis Il a vu le chat.', 'Fin.', ''].join(eol))
  })

  it('lints an empty file without a finding or a warning', () => {
    const root = tempTree({'empty.txt': '', 'empty.md': '', 'ok.txt': OK})
    const result = lintJson(root, ['empty.txt', 'empty.md', 'ok.txt'])
    expect(result.stderr).toBe('')
    expect(findings(result)).toEqual([['empty.md', []], ['empty.txt', []], OK_FINDING])
  })

  it('lints a single line of 5 MB (a pasted data URI) with positions right at both ends', () => {
    const blob = 'A'.repeat(5 * 1024 * 1024)
    const line = `Il a vu le le chat : data:image/png;base64,${blob} et la la fin.`
    const root = tempTree({'long.txt': line, 'ok.txt': OK})
    const result = lintJson(root, ['long.txt', 'ok.txt'])
    expect(result.stderr).toBe('')
    // The data URI is one run of 5 MB without a space: not read as words, with one notice (docs/rules/input-limit.md).
    const notice = ['input-limit', 1, line.indexOf('data:') + 1, 1, line.indexOf(' et la') + 1]
    expect(findings(result)).toEqual([['long.txt', [doubled(1, line, 'le'), notice, doubled(1, line, 'la')]], OK_FINDING])
  })

  it('refuses a 50 MB file above --max-file-size (20 MB by default) with one line, and reports the others', () => {
    const root = tempTree({'ok.txt': OK})
    writeFileSync(path.join(root, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'Le ministre a parlé. '))
    const result = lintJson(root, ['huge.txt', 'ok.txt'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('factlint: huge.txt: file too large (50 MB, over --max-file-size 20 MB); not linted\n')
    expect(findings(result)).toEqual([OK_FINDING])
  })

  it('takes another limit from --max-file-size, and refuses a value it cannot read', () => {
    const root = tempTree({'two-kb.txt': 'Le ministre a parlé. '.repeat(100), 'ok.txt': OK})
    const result = lintJson(root, ['--max-file-size', '1KB', 'two-kb.txt', 'ok.txt'])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('factlint: two-kb.txt: file too large (2.1 KB, over --max-file-size 1 KB); not linted\n')
    expect(findings(result)).toEqual([OK_FINDING])
    const raised = lintJson(root, ['--max-file-size', '3kb', 'two-kb.txt'])
    expect([raised.stderr, parseJsonReport(raised.stdout).map((file) => file.path)]).toEqual(['', ['two-kb.txt']])
    const wrong = lintJson(root, ['--max-file-size', 'lots', 'ok.txt'])
    expect([wrong.status, wrong.stderr]).toEqual([2, 'factlint: --max-file-size: expected a size such as 20MB, 512KB or 1000000 (bytes), got "lots"\n'])
  })

  it('applies --max-file-size to standard input while reading it', () => {
    const root = tempTree({})
    const result = runCli(['--no-config', '--max-file-size', '1KB', '-'], {cwd: root, input: 'Le ministre a parlé. '.repeat(100)})
    expect([result.status, result.stderr]).toEqual([2, 'factlint: <stdin>: file too large (2.1 KB, over --max-file-size 1 KB); not linted\n'])
    const small = runCli(['--no-config', '--format', 'json', '--max-file-size', '3KB', '-'], {cwd: root, input: 'Le ministre a parlé. '.repeat(100)})
    expect(small.stderr).toBe('')
    expect(parseJsonReport(small.stdout).map((file) => file.path)).toEqual(['<stdin>'])
  })

  it('refuses a device and a FIFO given as paths in one line, without reading or waiting', () => {
    const root = tempTree({'ok.txt': OK})
    expect(spawnSync('mkfifo', [path.join(root, 'pipe.txt')]).status).toBe(0)
    const result = spawnSync(process.execPath, [BIN, '--no-config', '--format', 'json', '/dev/zero', 'pipe.txt', 'ok.txt'], {cwd: root, encoding: 'utf8', timeout: 60_000, env: {...process.env, NO_COLOR: '1'}})
    expect(result.signal).toBeNull()
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/^factlint: (\.\.\/)*dev\/zero: not a regular file \(a device, FIFO or socket\); not linted\nfactlint: pipe\.txt: not a regular file \(a device, FIFO or socket\); not linted\n$/)
    expect(findings(result as CliResult)).toEqual([OK_FINDING])
  })
})

describe('paths that cannot be linted: one line on stderr, exit 2, the other files still reported', () => {
  it('a missing path', () => {
    const root = tempTree({'ok.txt': OK})
    const result = lintJson(root, ['missing.txt', 'ok.txt'])
    expect([result.status, result.stderr]).toEqual([2, 'factlint: missing.txt: no such file or folder\n'])
    expect(findings(result)).toEqual([OK_FINDING])
  })

  it('a folder with nothing to lint', () => {
    const root = tempTree({'photos/a.png': Buffer.from([0x89, 0x50]), 'photos/notes.docx': 'x', 'ok.txt': OK})
    const result = lintJson(root, ['photos', 'ok.txt'])
    expect([result.status, result.stderr]).toEqual([2, 'factlint: photos: no text or Markdown file to lint in this folder\n'])
    expect(findings(result)).toEqual([OK_FINDING])
  })

  it('a symlink loop, named or met in a folder', () => {
    const root = tempTree({'ok.txt': OK, 'drafts/ok.txt': OK, 'drafts/sub/.keep': ''})
    symlinkSync('loop.txt', path.join(root, 'loop.txt'))
    symlinkSync('b.md', path.join(root, 'drafts', 'a.md'))
    symlinkSync('a.md', path.join(root, 'drafts', 'b.md'))
    symlinkSync('..', path.join(root, 'drafts', 'sub', 'up'))
    const result = lintJson(root, ['loop.txt', 'drafts', 'ok.txt'])
    expect(result.status).toBe(2)
    expect(result.stderr.split('\n').filter(Boolean).sort()).toEqual([
      'factlint: drafts/a.md: too many levels of symbolic links (a symlink loop)',
      'factlint: drafts/b.md: too many levels of symbolic links (a symlink loop)',
      'factlint: loop.txt: too many levels of symbolic links (a symlink loop)'
    ])
    expect(findings(result)).toEqual([['drafts/ok.txt', OK_FINDING[1]], OK_FINDING])
  })

  it('a file without read permission', (context) => {
    const root = tempTree({'secret.txt': OK, 'ok.txt': OK})
    chmodSync(path.join(root, 'secret.txt'), 0o000)
    // Root reads whatever the mode says: run the binary as `nobody` instead, when that is possible.
    const asRoot = process.getuid?.() === 0
    const nobody = {uid: 65534, gid: 65534}
    if (asRoot && spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)})`], nobody).status !== 0) {
      context.skip('running as root, and the nobody user cannot run the binary to test a permission denied')
    }
    chmodSync(root, 0o755)
    const args = ['--format', 'json', '--lang', 'fr', 'secret.txt', 'ok.txt']
    const spawned = spawnSync(process.execPath, [BIN, ...args], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, ...(asRoot ? nobody : {})})
    const result = {status: spawned.status, stdout: spawned.stdout, stderr: spawned.stderr}
    expect([result.status, result.stderr]).toEqual([2, 'factlint: secret.txt: permission denied\n'])
    expect(findings(result)).toEqual([OK_FINDING])
  })
})
