import type {z} from 'zod'

/** One line per problem: `file: key.path: expected …, got …`. */
export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
  }
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value)
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return current
}

export function keyPath(path: readonly PropertyKey[]): string {
  let result = ''
  for (const key of path) {
    if (typeof key === 'number') result += `[${key}]`
    else result += result ? `.${String(key)}` : String(key)
  }
  return result || '(root)'
}

/** Turns zod issues into the one-line explanations factlint prints. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown, prefix: readonly PropertyKey[] = []): Array<{path: string; message: string}> {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path]
    const got = describeValue(valueAt(input, issue.path))
    switch (issue.code) {
      case 'invalid_type':
        return {path: keyPath(path), message: `expected ${issue.expected}, got ${got}`}
      case 'invalid_value':
        return {path: keyPath(path), message: `expected ${issue.values.map((value) => JSON.stringify(value)).join(' | ')}, got ${got}`}
      case 'unrecognized_keys':
        return {path: keyPath(path), message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`}
      default:
        return {path: keyPath(path), message: `${issue.message.replace(/^Invalid input: /, '')}, got ${got}`}
    }
  })
}
