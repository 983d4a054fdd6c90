/**
 * Binary search, written once: the first index below `length` that passes
 * `test`, where `test` is false up to some index and true from it on; `length`
 * when none passes. Callers turn sorted offsets into that question
 * (`firstIndex(sorted.length, (i) => sorted[i] >= value)`).
 */
export function firstIndex(length: number, test: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >> 1
    if (test(middle)) high = middle
    else low = middle + 1
  }
  return low
}
