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

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  const CHUNK = 8192
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK)
    const codes = new Array<number>(end - start)
    for (let i = start; i < end; i++) {
      const b = bytes[i]!
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b
    }
    chunks.push(String.fromCharCode(...codes))
  }
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
      text = decodeWindows1252(body)
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
