/**
 * The one table of command-line flags: it drives argument parsing and the
 * --help text, so the two cannot disagree (a golden test keeps --help honest).
 */
export interface Flag {
  name: string
  short?: string
  type: 'boolean' | 'string'
  multiple?: boolean
  /** Shown in --help after the flag: `--format <name>`. */
  value?: string
  description: string
  /** Parsed but left out of --help: a flag for tests. */
  hidden?: boolean
}

export const FLAGS: Flag[] = [
  {name: 'format', short: 'f', type: 'string', value: 'name', description: 'Report format: pretty (default), json, sarif, github'},
  {name: 'lang', type: 'string', value: 'fr|en|auto', description: 'Language of the documents (default: auto, detected per document)'},
  {name: 'date', type: 'string', value: 'YYYY-MM-DD', description: 'Publication date: the year of dates written without one'},
  {name: 'today', type: 'string', value: 'YYYY-MM-DD', hidden: true, description: 'The day to lint on instead of today (for tests; also FACTLINT_TODAY): a draft with no publication date announces what is to come from it'},
  {name: 'rule', type: 'string', multiple: true, value: 'id=severity', description: 'Set a rule to off, warn or error (repeatable)'},
  {name: 'quiet', short: 'q', type: 'boolean', description: 'Report errors only'},
  {name: 'max-warnings', type: 'string', value: 'N', description: 'Exit with 1 when there are more than N warnings'},
  {name: 'max-file-size', type: 'string', value: 'size', description: 'Refuse files larger than this, e.g. 20MB (default), 512KB'},
  {name: 'config', short: 'c', type: 'string', value: 'file', description: 'Use this configuration file instead of searching for one'},
  {name: 'no-config', type: 'boolean', description: 'Ignore configuration files'},
  {name: 'no-plugins', type: 'boolean', description: 'Never load plugins (code): refuse a configuration that names some (untrusted folders)'},
  {name: 'interactive', short: 'i', type: 'boolean', description: 'Review the findings in a full-screen terminal report: fix, dismiss, timeline'},
  {name: 'output', short: 'o', type: 'string', value: 'file', description: 'Write the report to this file instead of standard output'},
  {name: 'staged', type: 'boolean', description: 'Lint the staged content of the staged text and Markdown files (pre-commit hook)'},
  {name: 'baseline', type: 'string', value: 'file', description: 'Do not report the findings recorded in this baseline file (default: .factlint-baseline.json when it exists)'},
  {name: 'no-baseline', type: 'boolean', description: 'Report every finding, even those .factlint-baseline.json accepts'},
  {name: 'update-baseline', type: 'boolean', description: 'Record the findings of this run in the baseline (default .factlint-baseline.json)'},
  {name: 'cache', type: 'boolean', description: 'Skip files unchanged since the last run (content, configuration, version)'},
  {name: 'cache-location', type: 'string', value: 'file', description: 'Cache file of --cache (default: .factlintcache)'},
  {name: 'fix', type: 'boolean', description: 'Apply the safe fixes, write the files, then report what remains'},
  {name: 'fix-dry-run', type: 'boolean', description: 'Print the fixes as a unified diff and write nothing (instead of --fix)'},
  {name: 'fix-type', type: 'string', multiple: true, value: 'rule-id', description: 'Also apply the unsafe fixes of this rule, e.g. duplicate-block (repeatable)'},
  {name: 'jobs', short: 'j', type: 'string', value: 'N', description: 'Most files linted in parallel, on this thread and worker threads, in runs over many files: one lane per 2 MB of text on a free core, up to N (default: the number of cores)'},
  {name: 'shard', type: 'string', value: 'i/n', description: 'Lint only the i-th of n equal shares of the files, chosen by path (CI runners splitting a run)'},
  {name: 'emit-fingerprints', type: 'string', value: 'file', description: 'Write the paragraph fingerprints of the files to this file for --fingerprints, and leave cross-file duplicates to it'},
  {name: 'fingerprints', type: 'string', multiple: true, value: 'file', description: 'Report the duplicates across the files of these --emit-fingerprints files, as one run would (repeatable)'},
  {name: 'archive', type: 'string', value: 'location', description: 'Also report paragraphs already published: the archive file (default .factlint/archive.sqlite) or a postgres:// URL'},
  {name: 'stdin-filename', type: 'string', value: 'path', description: 'Name of the document read from standard input (-)'},
  {name: 'list-rules', type: 'boolean', description: 'List the rules with their default severity and exit (--lang fr: in French)'},
  {name: 'explain', type: 'string', value: 'rule-id', description: 'Print the rule’s documentation page and exit'},
  {name: 'print-config', type: 'string', value: 'file', description: 'Print the configuration, language and reference date that apply to a file, and where each came from'},
  {name: 'init', type: 'boolean', description: 'Write a commented .factlintrc.yaml in the current folder (never over an existing configuration)'},
  {name: 'version', short: 'v', type: 'boolean', description: 'Print the version and exit'},
  {name: 'help', short: 'h', type: 'boolean', description: 'Print this help and exit'}
]

export interface Subcommand {
  usage: string
  description: string
}

export const SUBCOMMANDS: Subcommand[] = [
  {usage: 'factlint timeline FILE [--format text|json]', description: 'Print the dates of a draft in order, with the ones the date rules report (exit 1 on an error)'},
  {usage: 'factlint archive add|remove|stats|rebuild PATHS…', description: 'Keep the archive of published paragraphs that --archive lints against'},
  {usage: 'factlint hook install|uninstall', description: 'Install or remove the git pre-commit hook that runs factlint --staged'},
  {usage: 'factlint lsp [--stdio]', description: 'Run the language server on standard input and output, for editors (docs/editors.md)'}
]

export const EXAMPLES: Array<[string, string]> = [
  ['factlint draft.txt', 'lint one draft'],
  ['factlint drafts/ --format json', 'lint every .txt and .md file of a folder, as JSON'],
  ["factlint 'drafts/**/*.md' --rule doubled-word=warn", 'lint the files a glob matches, with a rule downgraded'],
  ['cat draft.md | factlint - --stdin-filename draft.md', 'lint standard input as Markdown'],
  ['factlint --lang en --date 2024-08-11 story.txt', 'force English and the publication date'],
  ['factlint --staged', 'lint what is about to be committed (factlint hook install sets this up)'],
  ['factlint drafts/ --format sarif --output factlint.sarif', 'write a SARIF report for code scanning']
]
