/**
 * Spaces that align columns. Results pages, standings and programmes are
 * often typed as plain-text tables (`Leinster   4  19`), and a Markdown table
 * that is not read as one keeps its cell padding (`| Team     | Pts |`):
 * those runs of spaces are layout, and collapsing them breaks the table.
 *
 * Read on the source, line by line, because columns are what the eye sees
 * there: plain text makes a paragraph of each short line, and Markdown hides
 * markup that a block's text no longer shows. Pure: a document in, the
 * offsets of the runs that are layout out.
 */

/** Two spaces or more between two visible characters, as doubled-space reports them. */
const RUN = /(?<=\S) {2,}(?=\S)/g
const LINE_BREAK = /\r\n|\r|\n/g

interface Line {
  /** Offset of the line in the document. */
  start: number
  /** Length of the line without its trailing spaces: where its last cell ends. */
  end: number
  /** Runs of the line: where each starts and ends in the line. */
  runs: Array<{start: number; end: number}>
}

/**
 * The offsets of the runs of two spaces or more that align columns:
 * - padding next to a `|` (a table cell);
 * - every run of a line that holds two runs or more (a row: `Team       P  Pts`)
 *   with no stretch longer than a cell between them (CELL_WORDS);
 * - a run that lines up with a run of the line just above or below: the next
 *   cell starts at the same column (`Leinster   19` / `Munster    15`), or it
 *   is the last cell of both lines and they end at the same column
 *   (right-aligned numbers).
 * A lone doubled space in running prose is none of these and stays a slip.
 */
export function alignmentRuns(source: string): Set<number> {
  const layout = new Set<number>()
  if (!source.includes('  ')) return layout
  const lines: Array<Line | undefined> = []
  let start = 0
  const addLine = (end: number) => {
    const text = source.slice(start, end)
    const runs = [...text.matchAll(RUN)].map((run) => ({start: run.index, end: run.index + run[0].length}))
    // A blank line separates the rows of two tables.
    lines.push(text.trim() === '' ? undefined : {start, end: text.trimEnd().length, runs})
  }
  for (const match of source.matchAll(LINE_BREAK)) {
    addLine(match.index)
    start = match.index + match[0].length
  }
  addLine(source.length)
  lines.forEach((line, index) => {
    if (!line) return
    const row = line.runs.length >= 2 && !holdsProse(source.slice(line.start, line.start + line.end), line.runs)
    const neighbours = [lines[index - 1], lines[index + 1]].filter((other): other is Line => other !== undefined && other.runs.length > 0)
    line.runs.forEach((run, position) => {
      const last = position === line.runs.length - 1
      const column = neighbours.some((other) => other.runs.some((theirs) => theirs.end === run.end))
      const rightAligned = last && neighbours.some((other) => other.end === line.end)
      if (row || column || rightAligned || padsCell(source, line.start + run.start, line.start + run.end)) layout.add(line.start + run.start)
    })
  })
  return layout
}

/** Most words a table cell holds: a longer stretch between two runs is a sentence of prose. */
const CELL_WORDS = 8

/**
 * Whether a line with several runs is prose with doubled spaces in it
 * (« Des  riverains … ont manifesté  le 6 février 2019  à Boulsa… »), not a
 * row: a stretch between two runs, or before the first or after the last,
 * holds more words than a cell does.
 */
function holdsProse(text: string, runs: ReadonlyArray<{start: number; end: number}>): boolean {
  let from = 0
  for (const run of [...runs, {start: text.length, end: text.length}]) {
    if (text.slice(from, run.start).trim().split(/\s+/u).length > CELL_WORDS) return true
    from = run.end
  }
  return false
}

/** Whether the run of spaces at [start, end) of a source pads a table cell. */
function padsCell(source: string, start: number, end: number): boolean {
  return source[end] === '|' || source[start - 1] === '|'
}
