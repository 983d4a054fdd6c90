/**
 * A unified diff of two versions of a file, line by line, for
 * `--fix-dry-run`: jsdiff (`diff`) finds the hunks, this module writes them
 * as `diff -u` and `git apply` read them: `---`/`+++` headers with the names
 * as given, `@@` hunks with three lines of context (a range of one line
 * without its length, as diff writes it), and "\ No newline at end of file"
 * where a side ends without a line break.
 */
import {structuredPatch} from 'diff'

export interface DiffOptions {
  fromFile?: string
  toFile?: string
  /** Lines of context around each change. */
  context?: number
}

export function unifiedDiff(before: string, after: string, options: DiffOptions = {}): string {
  if (before === after) return ''
  const fromFile = options.fromFile ?? 'a'
  const toFile = options.toFile ?? 'b'
  const patch = structuredPatch(fromFile, toFile, before, after, undefined, undefined, {context: options.context ?? 3})
  const out = [`--- ${fromFile}\n`, `+++ ${toFile}\n`]
  for (const hunk of patch.hunks) {
    out.push(`@@ -${range(hunk.oldStart, hunk.oldLines)} +${range(hunk.newStart, hunk.newLines)} @@\n`)
    for (const line of hunk.lines) out.push(`${line}\n`)
  }
  return out.join('')
}

/** `start,length` as diff writes it: the line before an empty range, no length when it is 1. */
function range(start: number, length: number): string {
  if (length === 0) return `${start - 1},0`
  return length === 1 ? `${start}` : `${start},${length}`
}
