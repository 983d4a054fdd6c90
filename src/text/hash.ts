/**
 * murmur3's 32-bit finaliser: spreads every input bit over every output bit.
 * The polynomial and multiply-xor hashes of words leave their low bits
 * depending on the low bits of the input only; keys cut from them (the low
 * 30 bits that V8 keeps unboxed) must be mixed first.
 */
export function mix32(hash: number): number {
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}
