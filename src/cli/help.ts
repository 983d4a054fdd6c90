import {EXAMPLES, FLAGS, SUBCOMMANDS} from './flags.js'

export function helpText(): string {
  const lines = ['Usage: factlint [options] [paths...]', '', 'Editorial fact-consistency linter for news drafts in French and English.', 'Paths are files, folders (their .txt, .md and .markdown files) or globs; - reads standard input.', '']
  if (SUBCOMMANDS.length > 0) {
    lines.push('Commands:')
    const width = Math.max(...SUBCOMMANDS.map((command) => command.usage.length))
    for (const command of SUBCOMMANDS) lines.push(`  ${command.usage.padEnd(width)}  ${command.description}`)
    lines.push('')
  }
  lines.push('Options:')
  const shown = FLAGS.filter((flag) => !flag.hidden)
  const labels = shown.map((flag) => `${flag.short ? `-${flag.short}, ` : '    '}--${flag.name}${flag.value ? ` <${flag.value}>` : ''}`)
  const width = Math.max(...labels.map((label) => label.length))
  shown.forEach((flag, index) => lines.push(`  ${labels[index]!.padEnd(width)}  ${flag.description}`))
  lines.push('', 'Examples:')
  for (const [command, description] of EXAMPLES) lines.push(`  ${command}`, `      ${description}`)
  lines.push('', 'Exit codes: 0 no error, 1 errors found (or too many warnings), 2 usage, configuration or file problem.', 'Configuration: factlint.config.json, .factlintrc.json, .factlintrc.yaml or a "factlint" key in package.json.', '')
  return lines.join('\n')
}
