/**
 * A unified diff of two versions of a file, line by line (Myers' O(ND)
 * algorithm), for `--fix-dry-run`. The output is what `diff -u` and `git
 * apply` read: `---`/`+++` headers, `@@` hunks with three lines of context,
 * and "\ No newline at end of file" where a side ends without a line break.
 */

export interface DiffOptions {
  fromFile?: string
  toFile?: string
  /** Lines of context around each change. */
  context?: number
}

type Op = {kind: ' ' | '-' | '+'; line: string}

export function unifiedDiff(before: string, after: string, options: DiffOptions = {}): string {
  if (before === after) return ''
  const context = options.context ?? 3
  const ops = diffLines(splitLines(before), splitLines(after))
  const out = [`--- ${options.fromFile ?? 'a'}\n`, `+++ ${options.toFile ?? 'b'}\n`]
  for (const hunk of hunksOf(ops, context)) out.push(hunk)
  return out.join('')
}

/** Lines with their terminator, so that a changed line ending is a changed line. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

export function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  // Common ends cost nothing and keep the edit graph small.
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++
  const middle = myers(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix))
  return [
    ...a.slice(0, prefix).map((line) => ({kind: ' ' as const, line})),
    ...middle,
    ...a.slice(a.length - suffix).map((line) => ({kind: ' ' as const, line}))
  ]
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length
  const m = b.length
  const max = n + m
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(a, b, trace, offset)
    }
  }
  return []
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[], offset: number): Op[] {
  const ops: Op[] = []
  let x = a.length
  let y = b.length
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!
    const k = x - y
    const previousK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1
    const previousX = d === 0 ? 0 : v[offset + previousK]!
    const previousY = d === 0 ? 0 : previousX - previousK
    while (x > previousX && y > previousY) {
      x--
      y--
      ops.push({kind: ' ', line: a[x]!})
    }
    if (d === 0) break
    if (x === previousX) ops.push({kind: '+', line: b[--y]!})
    else ops.push({kind: '-', line: a[--x]!})
  }
  return ops.reverse()
}

function hunksOf(ops: readonly Op[], context: number): string[] {
  const hunks: string[] = []
  // Line numbers (0-based) in the old and new file before each op.
  const oldAt: number[] = []
  const newAt: number[] = []
  let oldLine = 0
  let newLine = 0
  for (const op of ops) {
    oldAt.push(oldLine)
    newAt.push(newLine)
    if (op.kind !== '+') oldLine++
    if (op.kind !== '-') newLine++
  }
  let index = 0
  while (index < ops.length) {
    if (ops[index]!.kind === ' ') {
      index++
      continue
    }
    const start = Math.max(0, index - context)
    let end = index
    // Extend over changes closer than two contexts apart.
    while (end < ops.length) {
      let next = end
      while (next < ops.length && ops[next]!.kind !== ' ') next++
      let gap = next
      while (gap < ops.length && ops[gap]!.kind === ' ') gap++
      if (gap < ops.length && gap - next <= 2 * context) end = gap
      else {
        end = Math.min(ops.length, next + context)
        break
      }
    }
    const slice = ops.slice(start, end)
    const oldLength = slice.filter((op) => op.kind !== '+').length
    const newLength = slice.filter((op) => op.kind !== '-').length
    const lines = [`@@ -${range(oldAt[start]!, oldLength)} +${range(newAt[start]!, newLength)} @@\n`]
    for (const op of slice) {
      lines.push(op.kind + op.line)
      if (!op.line.endsWith('\n')) lines.push('\n\\ No newline at end of file\n')
    }
    hunks.push(lines.join(''))
    index = end
  }
  return hunks
}

/** `start,length` as diff writes it: 1-based, the line before an empty range, no length when it is 1. */
function range(start: number, length: number): string {
  if (length === 0) return `${start},0`
  return length === 1 ? `${start + 1}` : `${start + 1},${length}`
}
