/**
 * `npm run icons`: every installer icon from the one source image, `resources/icon.png`, into
 * `build/` (electron-builder's resources folder): `icon.icns` (macOS), `icon.ico` (Windows) and
 * `icons/<size>x<size>.png` (Linux). png2icons scales and encodes the ICNS and ICO; the Linux
 * PNGs are those files' own PNG entries, so all three platforms show the same pixels.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import png2icons from 'png2icons'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from a PNG's IHDR chunk, or null when `data` is no PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | null {
  if (data.length < 24 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return null
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

/** The PNG images stored in an ICNS file, one per size (the largest copy when repeated). */
export function pngsInIcns(icns: Buffer): Map<number, Buffer> {
  if (icns.toString('latin1', 0, 4) !== 'icns') throw new Error('Not an ICNS file.')
  const found = new Map<number, Buffer>()
  for (let at = 8; at + 8 <= icns.length;) {
    const length = icns.readUInt32BE(at + 4)
    if (length < 8) break
    const data = icns.subarray(at + 8, at + length)
    const size = pngSize(data)
    if (size && size.width === size.height && !found.has(size.width)) found.set(size.width, data)
    at += length
  }
  return found
}

/** The PNG images stored in an ICO file (entries in BMP form are skipped), by size. */
export function pngsInIco(ico: Buffer): Map<number, Buffer> {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('Not an ICO file.')
  const found = new Map<number, Buffer>()
  for (let i = 0; i < ico.readUInt16LE(4); i++) {
    const entry = 6 + 16 * i
    const data = ico.subarray(
      ico.readUInt32LE(entry + 12),
      ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8)
    )
    const size = pngSize(data)
    if (size && size.width === size.height) found.set(size.width, data)
  }
  return found
}

/** Writes the icon set for `source` into `outDir`; returns the files written. */
export function generateIcons(source: string, outDir: string): string[] {
  const image = readFileSync(source)
  const size = pngSize(image)
  if (!size || size.width !== size.height || size.width < 512)
    throw new Error(`${source} must be a square PNG of at least 512×512 pixels.`)
  const icns = png2icons.createICNS(image, png2icons.BICUBIC2, 0)
  const ico = png2icons.createICO(image, png2icons.BICUBIC2, 0, true, true)
  if (!icns || !ico) throw new Error(`png2icons could not convert ${source}.`)
  rmSync(join(outDir, 'icons'), { recursive: true, force: true })
  mkdirSync(join(outDir, 'icons'), { recursive: true })
  const written = [join(outDir, 'icon.icns'), join(outDir, 'icon.ico'), join(outDir, 'icon.png')]
  writeFileSync(written[0]!, icns)
  writeFileSync(written[1]!, ico)
  writeFileSync(written[2]!, image)
  // Linux sizes: all of the ICO's (16–256) in PNG form, plus the ICNS's larger ones up to the
  // source's own size (never upscaled).
  const allPng = png2icons.createICO(image, png2icons.BICUBIC2, 0, true, false)
  if (!allPng) throw new Error(`png2icons could not convert ${source}.`)
  const linux = new Map([...pngsInIcns(icns), ...pngsInIco(allPng)])
  for (const [px, png] of [...linux].sort(([a], [b]) => a - b)) {
    if (px > size.width) continue
    const file = join(outDir, 'icons', `${px}x${px}.png`)
    writeFileSync(file, png)
    written.push(file)
  }
  return written
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = generateIcons(join(root, 'resources', 'icon.png'), join(root, 'build'))
  console.log(`Icons: ${files.map((f) => f.slice(root.length + 1)).join(', ')}`)
}
