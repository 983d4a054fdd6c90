import type {Formatter} from './types.js'

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
