/**
 * The shape of what a structure keeps alive, counted rather than measured:
 * V8's heap figures move with the collector's schedule, these counts never
 * do. Walks own enumerable properties (and array elements, map and set
 * entries) from `root`, each object once; a typed array counts its buffer
 * once however many views share it, and is not walked into.
 */
export interface RetainedShape {
  /** Objects and arrays reached (typed arrays excluded). */
  objects: number
  /** Functions held in properties: closures made per item. */
  functions: number
  /** Distinct buffers behind the typed arrays: each is an allocation outside the heap. */
  buffers: number
  /** Entries of plain arrays (8 bytes each on a 64-bit heap). */
  arrayEntries: number
  /** Bytes of those buffers. */
  bufferBytes: number
}

export function retainedShape(root: unknown, skip: ReadonlySet<unknown> = new Set()): RetainedShape {
  const shape: RetainedShape = {objects: 0, functions: 0, buffers: 0, arrayEntries: 0, bufferBytes: 0}
  const seen = new Set<unknown>(skip)
  const buffers = new Set<ArrayBufferLike>()
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) continue
    seen.add(value)
    if (typeof value === 'function') {
      shape.functions++
      continue
    }
    if (ArrayBuffer.isView(value)) {
      if (!buffers.has(value.buffer)) {
        buffers.add(value.buffer)
        shape.bufferBytes += value.buffer.byteLength
      }
      continue
    }
    shape.objects++
    if (Array.isArray(value)) {
      shape.arrayEntries += value.length
      for (const item of value) stack.push(item)
    } else if (value instanceof Map) {
      for (const [key, item] of value) stack.push(key, item)
    } else if (value instanceof Set) {
      for (const item of value) stack.push(item)
    } else {
      for (const item of Object.values(value)) stack.push(item)
    }
  }
  shape.buffers = buffers.size
  return shape
}
