import {chmodSync, mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * Every temporary folder of a test run (the tests' own, and those of the CLI
 * processes they start) goes into one folder, removed when the run ends: the
 * suite makes a few hundred of them, about 85 MB.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR
  const folder = mkdtempSync(path.join(tmpdir(), 'factlint-tests-'))
  // Others may enter it, as /tmp: a robustness test runs the CLI as another user.
  chmodSync(folder, 0o755)
  // os.tmpdir() reads TMPDIR on every call, and the test workers inherit it.
  process.env.TMPDIR = folder
  return () => {
    rmSync(folder, {recursive: true, force: true})
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
  }
}
