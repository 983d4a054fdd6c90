import type {FormatOptions, Formatter} from './types.js'
import type {VFile} from 'vfile'

/** Formatters are loaded on demand so that a plain run loads only the one it prints with. */
export const FORMATTERS: Record<string, () => Promise<Formatter>> = {
  pretty: async () => (await import('./pretty.js')).formatPretty,
  json: async () => (await import('./json.js')).formatJson,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub
}

export function formatNames(): string[] {
  return Object.keys(FORMATTERS)
}

/** A report as the CLI writes it: one string, or pieces written as they come (the JSON report of a long run). */
export type Report = string | Iterable<string>

/** The formatters as the CLI writes with them: the JSON report in pieces (`jsonReport`), the others as one string. */
export const REPORTS: Record<string, () => Promise<(files: readonly VFile[], options: FormatOptions) => Report>> = {
  ...FORMATTERS,
  json: async () => (await import('./json.js')).jsonReport
}
