/**
 * Array helpers for sizes that come from the document. `target.push(...items)`
 * passes every item as an argument: past about 120,000 items (130,000 short
 * lines, a baseline of a long listing) it throws "Maximum call stack size
 * exceeded". These loop instead.
 */

/** Appends every item of `items` to `target`; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}

/** Replaces what `target` holds by `items`, keeping the same array (a vfile's `messages`). */
export function replaceContent<T>(target: T[], items: readonly T[]): void {
  if (items === target) return
  target.length = 0
  pushAll(target, items)
}

/** The largest of `values`, or `empty` when there is none (Math.max(...values) spreads too). */
export function largest(values: Iterable<number>, empty = -Infinity): number {
  let result = empty
  for (const value of values) if (value > result) result = value
  return result
}
