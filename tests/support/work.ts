import {Session} from 'node:inspector/promises'

/** Scripts whose blocks are not the linter's work: the test runner's own, and Node's internals. */
const RUNNER = /vitest|tinypool|tinyspy|birpc|chai|@vitest|^node:/

let session: Promise<Session> | undefined

/**
 * Turns V8's precise block coverage on for the rest of the process (once):
 * every function compiled from then on counts the blocks it runs. Call it
 * before the code to measure first runs, and leave it on, so that every
 * measurement counts the same functions.
 */
export function startCounting(): Promise<Session> {
  session ??= (async () => {
    const opened = new Session()
    opened.connect()
    await opened.post('Profiler.enable')
    await opened.post('Profiler.startPreciseCoverage', {callCount: true, detailed: true})
    return opened
  })()
  return session
}

/**
 * The JavaScript work `run` does, counted, not timed: the number of blocks
 * (function bodies, loop bodies, branches) V8 executes, from its precise
 * block coverage. The same code on the same input always counts the same,
 * whatever the load of the machine, so a ratio of two counts is a test that
 * cannot flake. Work inside a built-in (a regular expression match, a sort)
 * counts as one block of its caller.
 */
export async function countWork(run: () => Promise<unknown> | unknown): Promise<number> {
  const counting = await startCounting()
  // Taking the coverage resets the counters: only `run` is counted.
  await counting.post('Profiler.takePreciseCoverage')
  await run()
  const {result} = await counting.post('Profiler.takePreciseCoverage')
  let total = 0
  for (const script of result) {
    if (RUNNER.test(script.url)) continue
    for (const fn of script.functions) for (const range of fn.ranges) total += range.count
  }
  return total
}

/**
 * What countWork cannot see: the characters and elements the built-ins read
 * or move for `run`, counted while it runs (never timed). A built-in counts
 * as one block of its caller, so a rule that runs `text.includes('`')` over a
 * whole paragraph once per mark, or a parser that splices a list of a
 * million tokens once per merge, looks linear to countWork and is quadratic
 * here. Counted: a regular expression's exec (from where it starts to the
 * end of its match, or to the end of the input when it fails; one for a
 * failed expression anchored at the start), a string's indexOf, includes and
 * lastIndexOf (what they pass over), slice, substring and split (what they
 * copy), the whole-string conversions (toLowerCase, toUpperCase, normalize,
 * trim), and an array's splice (the elements moved), slice (copied) and
 * indexOf, includes and lastIndexOf.
 */
export async function countScans(run: () => unknown): Promise<number> {
  let total = 0
  const restore: Array<() => void> = []
  const wrap = <T extends object>(owner: T, name: string, cost: (self: never, args: readonly unknown[], result: never) => number) => {
    const original = (owner as Record<string, unknown>)[name] as (...args: unknown[]) => unknown
    const wrapped = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args)
      total += cost(this as never, args, result as never)
      return result
    }
    Object.defineProperty(owner, name, {value: wrapped, writable: true, configurable: true})
    restore.push(() => Object.defineProperty(owner, name, {value: original, writable: true, configurable: true}))
  }
  const exec = RegExp.prototype.exec
  const regexCost = (self: RegExp, input: string, start: number, result: RegExpExecArray | null) => {
    if (result) return result.index + result[0].length - start + 1
    return self.source.startsWith('^') && !self.multiline && !self.sticky ? 1 : input.length - start + 1
  }
  Object.defineProperty(RegExp.prototype, 'exec', {
    value: function (this: RegExp, input: string) {
      const text = String(input)
      const start = this.global || this.sticky ? this.lastIndex : 0
      const result = exec.call(this, text)
      total += regexCost(this, text, start, result)
      return result
    },
    writable: true,
    configurable: true
  })
  restore.push(() => Object.defineProperty(RegExp.prototype, 'exec', {value: exec, writable: true, configurable: true}))
  // test, match, matchAll, replace, search and split with an expression go through exec once it is replaced.
  const stringIndexOf = String.prototype.indexOf
  const arrayIndexOf = Array.prototype.indexOf
  const passed = (self: string | unknown[], args: readonly unknown[], found: number, backwards = false) => {
    const from = typeof args[1] === 'number' ? Math.max(0, args[1]) : backwards ? self.length : 0
    if (backwards) return (found === -1 ? from : from - found) + 1
    return (found === -1 ? self.length - from : found - from) + 1
  }
  wrap(String.prototype, 'indexOf', (self: string, args, result: number) => passed(self, args, result))
  wrap(String.prototype, 'includes', (self: string, args, result: boolean) => passed(self, args, result ? stringIndexOf.call(String(self), String(args[0]), args[1] as number) : -1))
  wrap(String.prototype, 'lastIndexOf', (self: string, args, result: number) => passed(self, args, result, true))
  wrap(String.prototype, 'slice', (_self: string, _args, result: string) => result.length + 1)
  wrap(String.prototype, 'substring', (_self: string, _args, result: string) => result.length + 1)
  wrap(String.prototype, 'split', (self: string) => String(self).length + 1)
  for (const name of ['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'normalize', 'trim', 'trimStart', 'trimEnd']) {
    wrap(String.prototype, name, (self: string) => String(self).length + 1)
  }
  wrap(Array.prototype, 'splice', (self: unknown[], args: readonly unknown[], removed: unknown[]) => {
    const start = Number(args[0] ?? 0)
    const from = start < 0 ? Math.max(0, self.length + removed.length - (args.length - 2) + start) : start
    return Math.max(0, self.length - from) + removed.length + 1
  })
  wrap(Array.prototype, 'slice', (_self: unknown[], _args, result: unknown[]) => result.length + 1)
  wrap(Array.prototype, 'indexOf', (self: unknown[], args, result: number) => passed(self, args, result))
  wrap(Array.prototype, 'includes', (self: unknown[], args, result: boolean) => passed(self, args, result ? arrayIndexOf.call(self, args[0], args[1] as number) : -1))
  wrap(Array.prototype, 'lastIndexOf', (self: unknown[], args, result: number) => passed(self, args, result, true))
  try {
    // A synchronous run is counted alone; an asynchronous one with whatever else runs while it waits.
    const result = run()
    if (result instanceof Promise) await result
  } finally {
    for (const undo of restore.reverse()) undo()
  }
  return total
}
