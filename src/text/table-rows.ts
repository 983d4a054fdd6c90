/**
 * Rows of a pipe table (`| Lundi 7 décembre | 1 sur 2 | 30 % |`). factlint
 * reads Markdown without the GFM table syntax, so a table reaches the rules
 * as a paragraph of such lines, and plain text types them the same way.
 * A timetable or a standings table repeats its cells row after row by design.
 */

/** A row: opens and closes with a pipe, two cells or more. */
const ROW = /^[ \t]*\|(?:[^|\n]*\|){2,}[ \t]*$/gm

/**
 * The text with every character of its table rows turned into a space, so
 * that offsets into it stay offsets into the original. Line breaks stay.
 */
export function blankTableRows(text: string): string {
  if (!text.includes('|')) return text
  return text.replace(ROW, (row) => ' '.repeat(row.length))
}
