import {parseArgs} from 'node:util'
import {closest} from '../config/suggest.js'
import {FLAGS} from './flags.js'
import {UsageError} from './io.js'
import type {RuleSetting} from '../config/schema.js'

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
  /**
   * The positionals given after `--`: paths as written, never options, globs
   * or standard input (the pre-commit framework passes staged names so).
   */
  literal: string[]
}

/** Parses argv against the flag table; unknown flags become a UsageError with a suggestion. */
export function parseArguments(argv: readonly string[]): ParsedArgs {
  const options: Record<string, {type: 'boolean' | 'string'; short?: string; multiple?: boolean}> = {}
  for (const flag of FLAGS) {
    options[flag.name] = {type: flag.type, ...(flag.short ? {short: flag.short} : {}), ...(flag.multiple ? {multiple: true} : {})}
  }
  try {
    const {values, positionals, tokens} = parseArgs({args: [...argv], options, allowPositionals: true, strict: true, tokens: true})
    const terminator = tokens.find((token) => token.kind === 'option-terminator')
    const literal = terminator ? tokens.filter((token) => token.kind === 'positional' && token.index > terminator.index).map((token) => (token as {value: string}).value) : []
    return {values: values as ParsedArgs['values'], positionals, literal}
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & {code?: string}))
  }
}

function describeParseError(error: Error & {code?: string}): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message)
  if (unknown) {
    const name = unknown[1]!.replace(/^-+/, '')
    // One letter is too little to guess from (-x is not a typo of --fix).
    const suggestion = name.length > 1 ? closest(name, FLAGS.map((flag) => flag.name)) : undefined
    return `unknown option ${unknown[1]}${suggestion ? `, did you mean --${suggestion}?` : ''} (see factlint --help)`
  }
  const missing = /Option '([^']+)' argument missing/.exec(error.message)
  if (missing) return `option ${missing[1]!.split(',').pop()!.trim()} needs a value (see factlint --help)`
  const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(error.message)
  if (ambiguous) {
    const name = ambiguous[1]!.split(',').pop()!.trim()
    return `option ${name} takes a value that starts with "-": write it ${name}=VALUE (for example --max-warnings=-1)`
  }
  const extra = /Option '([^']+)' does not take an argument/.exec(error.message)
  if (extra) return `option ${extra[1]!.split(',').pop()!.trim()} takes no value`
  return error.message.split('\n')[0]!
}

export function stringValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name]
  return typeof value === 'string' ? value : undefined
}

export function listValue(args: ParsedArgs, name: string): string[] {
  const value = args.values[name]
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
}

export function booleanValue(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true
}

/** `--rule id=severity` flags, by rule id (the lint and timeline commands). */
export function parseRuleFlags(values: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {}
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value)
    if (!match) throw new UsageError(`--rule: expected id=severity (for example doubled-word=warn), got ${JSON.stringify(value)}`)
    rules[match[1]!.trim()] = match[2]!.trim() as RuleSetting
  }
  return rules
}
