// Findings per rule per 500 KB of copy, from factlint's JSON report: the
// figure a newsroom compares between two versions or two archives, since a
// raw count grows with the size of what was linted.

/** 500 KB, in bytes (a kilobyte of 1,024 bytes, as `ls -lh` and `du -h` count). */
export const PER_BYTES = 500 * 1024

/**
 * @typedef {{ruleId?: string | null, fatal?: boolean | null}} ReportMessage
 * @typedef {{path: string, lang?: string, messages: ReportMessage[]}} ReportFile
 * @typedef {{rule: string, findings: number, errors: number, warnings: number, infos: number, files: number, per500KB: number}} RuleRow
 * @typedef {{files: number, bytes: number, languages: Record<string, number>, findings: number, per500KB: number, rules: RuleRow[]}} Summary
 */

/**
 * Counts a JSON report's findings per rule. `bytesOf(path)` gives the size of
 * each linted file: the rate is over everything linted, files without a
 * finding included. A message without a rule (a file that could not be read)
 * is counted under `(no rule)`, so that nothing is silently left out.
 * @param {ReportFile[]} report
 * @param {(path: string) => number} bytesOf
 * @returns {Summary}
 */
export function summarize(report, bytesOf) {
  const rows = new Map()
  const languages = {}
  let bytes = 0
  let findings = 0
  for (const file of report) {
    bytes += bytesOf(file.path)
    const lang = file.lang ?? 'und'
    languages[lang] = (languages[lang] ?? 0) + 1
    const seen = new Set()
    for (const message of file.messages) {
      const rule = message.ruleId || '(no rule)'
      let row = rows.get(rule)
      if (!row) rows.set(rule, (row = {rule, findings: 0, errors: 0, warnings: 0, infos: 0, files: 0, per500KB: 0}))
      row.findings++
      findings++
      // vfile's convention: fatal true is an error, false a warning, unset an info.
      if (message.fatal === true) row.errors++
      else if (message.fatal === false) row.warnings++
      else row.infos++
      if (!seen.has(rule)) {
        seen.add(rule)
        row.files++
      }
    }
  }
  const rate = (count) => (bytes === 0 ? 0 : (count * PER_BYTES) / bytes)
  const rules = [...rows.values()].sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule))
  for (const row of rules) row.per500KB = rate(row.findings)
  return {files: report.length, bytes, languages, findings, per500KB: rate(findings), rules}
}

/**
 * The summary as a plain-text table, one rule a line, most frequent first.
 * @param {Summary} summary
 * @returns {string}
 */
export function formatSummary(summary) {
  const kilobytes = summary.bytes / 1024
  const languages = Object.entries(summary.languages)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lang, count]) => `${lang} ${count}`)
    .join(', ')
  const header = ['rule', 'findings', 'per 500 KB', 'files', 'errors', 'warnings', 'infos']
  const body = summary.rules.map((row) => [row.rule, row.findings, row.per500KB.toFixed(1), row.files, row.errors, row.warnings, row.infos])
  body.push(['total', summary.findings, summary.per500KB.toFixed(1), '', '', '', ''])
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => String(cells[column]).length)))
  const line = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column])))
      .join('  ')
      .trimEnd()
  return [
    `${summary.files} ${summary.files === 1 ? 'file' : 'files'}, ${kilobytes.toFixed(1)} KB (${languages || 'none'})`,
    line(header),
    ...body.map(line)
  ].join('\n') + '\n'
}
