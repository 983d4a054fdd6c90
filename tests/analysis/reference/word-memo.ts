// The implementation before the rewrite for speed (commit 9e6031c), kept as the reference the rewrite is compared with.
/**
 * A function of a word form, computed once per distinct form. A document has
 * a few thousand words and far fewer forms; locale-aware case mapping,
 * Unicode normalisation and regular expressions cost more than a Map lookup.
 * Keep one per document (or per analysis): the cache lives as long as the
 * function returned.
 */
export function perForm<T>(compute: (form: string) => T): (form: string) => T {
  const cache = new Map<string, T>()
  return (form) => {
    let value = cache.get(form)
    if (value === undefined && !cache.has(form)) {
      value = compute(form)
      cache.set(form, value)
    }
    return value as T
  }
}
