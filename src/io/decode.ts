/**
 * Turns a file's bytes into text, remembering what must be written back
 * unchanged by --fix (byte order mark, encoding). Decided behaviour:
 * - NUL bytes or many control characters in the first 8 KB: binary, skipped with a warning;
 * - UTF-8 byte order mark: removed from the text (positions count from after it), kept on write;
 * - UTF-16 LE/BE with a byte order mark: decoded;
 * - invalid UTF-8: each bad sequence becomes U+FFFD, with a warning; positions refer to that text.
 */
export type Encoding = 'utf8' | 'utf16le' | 'utf16be'

export interface Decoded {
  text: string
  encoding: Encoding
  bom: boolean
  /** Present when the bytes were not valid in their encoding. */
  warning?: string
}

export type DecodeResult = ({kind: 'text'} & Decoded) | {kind: 'binary'}

const SNIFF = 8192

export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2), 'utf16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2), 'utf16be')
  if (isBinary(bytes)) return {kind: 'binary'}
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  try {
    return {kind: 'text', text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(body), encoding: 'utf8', bom}
  } catch {
    const text = new TextDecoder('utf-8', {ignoreBOM: true}).decode(body)
    return {kind: 'text', text, encoding: 'utf8', bom, warning: 'invalid UTF-8: bad bytes were read as U+FFFD (�); --fix will not write this file'}
  }
}

function decodeWith(label: 'utf-16le' | 'utf-16be', body: Uint8Array, encoding: Encoding): DecodeResult {
  try {
    return {kind: 'text', text: new TextDecoder(label, {fatal: true, ignoreBOM: true}).decode(body), encoding, bom: true}
  } catch {
    return {kind: 'binary'}
  }
}

function isBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF)
  let control = 0
  for (let index = 0; index < length; index++) {
    const byte = bytes[index]!
    if (byte === 0) return true
    // Tab, line feed, form feed, carriage return and escape occur in text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++
  }
  return length > 0 && control / length > 0.1
}

export function encode(text: string, decoded: Pick<Decoded, 'encoding' | 'bom'>): Buffer {
  if (decoded.encoding === 'utf8') return Buffer.concat([decoded.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')])
  const body = Buffer.from(text, 'utf16le')
  if (decoded.encoding === 'utf16be') body.swap16()
  return Buffer.concat([decoded.encoding === 'utf16le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]), body])
}
