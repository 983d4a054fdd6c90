import type {z} from 'zod'
import {closest, editDistance} from './suggest.js'

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

/**
 * Turns zod issues into the one-line explanations factlint prints, in
 * factlint's words rather than zod's: every issue is kept (not only the
 * first), an unknown key or a mistyped value gets the closest known one.
 * `keysAt` gives the keys an object at a path accepts.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  prefix: readonly PropertyKey[] = [],
  keysAt: (path: readonly PropertyKey[]) => readonly string[] = () => []
): Array<{path: string; message: string}> {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path]
    const value = valueAt(input, issue.path)
    const got = describeValue(value)
    switch (issue.code) {
      case 'invalid_type':
        return [{path: keyPath(path), message: `expected ${article(issue.expected)}, got ${got}`}]
      case 'invalid_value': {
        const allowed = issue.values.filter((candidate): candidate is string => typeof candidate === 'string')
        // A short value is a typo only one letter away: "de" is German, not a slip for "en".
        const near = typeof value === 'string' ? closest(value, allowed) : undefined
        const guess = near && (String(value).length >= 4 || editDistance(String(value), near) <= 1) ? near : undefined
        return [{path: keyPath(path), message: `expected ${issue.values.map((candidate) => JSON.stringify(candidate)).join(' | ')}, got ${got}${guess ? `; did you mean ${JSON.stringify(guess)}?` : ''}`}]
      }
      case 'unrecognized_keys': {
        const known = keysAt(issue.path)
        return issue.keys.map((key) => {
          const guess = closest(key, known)
          return {path: keyPath(path), message: `unknown key ${JSON.stringify(key)}${guess ? `, did you mean ${JSON.stringify(guess)}?` : known.length > 0 ? ` (known keys: ${known.join(', ')})` : ''}`}
        })
      }
      case 'too_small':
      case 'too_big':
        return [{path: keyPath(path), message: `${bound(issue)}, got ${got}`}]
      default:
        return [{path: keyPath(path), message: `${issue.message.replace(/^Invalid input: /, '')}, got ${got}`}]
    }
  })
}

function article(type: string): string {
  return {number: 'a number', string: 'a text in quotes', boolean: 'true or false', array: 'a list [ … ]', object: 'an object { … }', int: 'a whole number'}[type] ?? type
}

/** A bound in words: « expected a number of at least 4 », « expected at most 3 items ». */
function bound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const least = issue.code === 'too_small'
  const limit = Number(least ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum)
  const inclusive = issue.inclusive !== false
  const side = least ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than'
  switch (issue.origin) {
    case 'string':
      return least && limit === 1 ? 'expected a text that is not empty' : `expected a text of ${side} ${limit} characters`
    case 'array':
    case 'set':
      return `expected a list of ${side} ${limit} item${limit === 1 ? '' : 's'}`
    default:
      return `expected a number of ${side} ${limit}`
  }
}
