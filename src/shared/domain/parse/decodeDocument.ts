import { DocumentError, MAX_DOCUMENT_BYTES } from '../errors'

/**
 * Bytes → text for question documents. Pure (TextDecoder exists in Node and browsers), so the
 * main process, the CLI and tests decode the same way.
 */

const SAMPLE_BYTES = 64 * 1024

/** The name a user recognises: the last path segment. */
function displayName(file: string): string {
  const parts = file.split(/[\\/]/)
  return parts[parts.length - 1] || file
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Which encoding a byte order mark announces, and how many bytes it takes. */
function sniffBom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', skip: 3 }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { encoding: 'utf-16le', skip: 2 }
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { encoding: 'utf-16be', skip: 2 }
  }
  return null
}

// Without a BOM, UTF-16 text in a Latin script still shows itself: nearly every other byte is 0.
function sniffBomlessUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1
  if (n < 4) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++
    if (bytes[i + 1] === 0) oddZero++
  }
  const pairs = n / 2
  if (oddZero >= pairs * 0.9 && evenZero === 0) return 'utf-16le'
  if (evenZero >= pairs * 0.9 && oddZero === 0) return 'utf-16be'
  return null
}

function hasNulByte(bytes: Uint8Array, from: number): boolean {
  return bytes.indexOf(0, from) !== -1
}

// Text may hold tabs, form feeds and the odd escape; a binary file is full of other controls.
function looksBinaryText(text: string): boolean {
  if (text.includes('\u0000')) return true
  const n = Math.min(text.length, SAMPLE_BYTES)
  let controls = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b) {
      controls++
    }
  }
  return n > 0 && controls / n > 0.05
}

// windows-1252's 0x80-0x9F (curly quotes, dashes, €). Node's TextDecoder maps these to C1
// controls, browsers to these characters; decoding by hand keeps both the same. 0 = undefined.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178
]

function cp1252(byte: number): number {
  return byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] || byte : byte
}

// Length of the valid UTF-8 sequence starting at i, or 0 (overlongs and surrogates rejected).
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!
  const len =
    b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
  if (len === 0 || i + len > bytes.length) return 0
  const second = bytes[i + 1]!
  if (b === 0xe0 && second < 0xa0) return 0
  if (b === 0xed && second > 0x9f) return 0
  if (b === 0xf0 && second < 0x90) return 0
  if (b === 0xf4 && second > 0x8f) return 0
  for (let k = 1; k < len; k++) {
    const c = bytes[i + k]!
    if (c < 0x80 || c > 0xbf) return 0
  }
  return len
}

/**
 * UTF-8 where the bytes are valid UTF-8, windows-1252 byte by byte where they are not: a file
 * saved as latin-1 reads right, and so does a UTF-8 file with a pasted-in latin-1 word.
 */
function decodeUtf8OrWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  let codes: number[] = []
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!
    if (b < 0x80) {
      codes.push(b)
      i++
    } else {
      const len = utf8SequenceLength(bytes, i)
      if (len === 0) {
        codes.push(cp1252(b))
        i++
      } else {
        let cp = b & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07)
        for (let k = 1; k < len; k++) cp = (cp << 6) | (bytes[i + k]! & 0x3f)
        if (cp > 0xffff) {
          cp -= 0x10000
          codes.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff))
        } else codes.push(cp)
        i += len
      }
    }
    if (codes.length >= 8192) {
      chunks.push(String.fromCharCode(...codes))
      codes = []
    }
  }
  chunks.push(String.fromCharCode(...codes))
  return chunks.join('')
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes)
}

/** Normalises CRLF and lone CR to LF, and drops a BOM that survived decoding. */
export function normaliseNewlines(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return noBom.replace(/\r\n?/g, '\n')
}

/**
 * Decodes a document's bytes to text with LF line endings.
 * UTF-8 (with or without BOM) and UTF-16 LE/BE (with BOM, or plain Latin text without one) are
 * read as such; bytes that are not valid UTF-8 are read as windows-1252, the usual culprit
 * (latin-1 files saved by old editors), rather than turning into U+FFFD.
 * @throws DocumentError `empty`, `binary` or `too-large`, with a message meant for the user.
 */
export function decodeDocument(bytes: Uint8Array, file: string): string {
  const name = displayName(file)
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new DocumentError(
      'too-large',
      file,
      `${name} is too large (${formatMegabytes(bytes.length)}); the limit is ${formatMegabytes(MAX_DOCUMENT_BYTES)}.`
    )
  }
  if (bytes.length === 0) {
    throw new DocumentError('empty', file, `${name} is empty: there is nothing to read.`)
  }

  const bom = sniffBom(bytes)
  const utf16 = bom?.encoding.startsWith('utf-16') ? bom.encoding : sniffBomlessUtf16(bytes)
  let text: string
  if (utf16) {
    text = decodeWith(utf16, bytes.subarray(bom ? bom.skip : 0), false)
  } else {
    const body = bytes.subarray(bom ? bom.skip : 0)
    if (hasNulByte(body, 0)) {
      throw new DocumentError(
        'binary',
        file,
        `${name} looks like a binary file, not a text document.`
      )
    }
    try {
      text = decodeWith('utf-8', body, true)
    } catch {
      text = decodeUtf8OrWindows1252(body)
    }
  }

  if (looksBinaryText(text)) {
    throw new DocumentError(
      'binary',
      file,
      `${name} looks like a binary file, not a text document.`
    )
  }
  text = normaliseNewlines(text)
  if (text.trim() === '') {
    throw new DocumentError('empty', file, `${name} is empty: it holds only blank lines.`)
  }
  return text
}
