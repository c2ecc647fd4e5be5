import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  generateIcons,
  pngSize,
  pngsInIcns,
  pngsInIco
} from '../../../../scripts/packaging/generateIcons'

const SOURCE = join(__dirname, '../../../../resources/icon.png')
const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'icons-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('generateIcons', () => {
  it('writes the macOS, Windows and Linux icons from the one source image', () => {
    const out = tempDir()
    generateIcons(SOURCE, out)
    expect(readdirSync(out).sort()).toEqual(['icon.icns', 'icon.ico', 'icon.png', 'icons'])
    const linux = readdirSync(join(out, 'icons'))
    for (const px of [16, 32, 48, 64, 128, 256, 512]) {
      expect(linux).toContain(`${px}x${px}.png`)
      expect(pngSize(readFileSync(join(out, 'icons', `${px}x${px}.png`)))).toEqual({
        width: px,
        height: px
      })
    }
    // Never upscaled past the 512 px source.
    expect(linux).not.toContain('1024x1024.png')
    const icns = readFileSync(join(out, 'icon.icns'))
    expect(icns.toString('latin1', 0, 4)).toBe('icns')
    expect([...pngsInIcns(icns).keys()]).toContain(512)
    expect([...pngsInIco(readFileSync(join(out, 'icon.ico'))).keys()]).toContain(256)
  })

  it('refuses a source too small for a macOS icon, with a sentence saying so', () => {
    const out = tempDir()
    const small = join(out, 'small.png')
    // Only the header matters: the size is checked before any conversion.
    const header = Buffer.alloc(33)
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header)
    header.write('IHDR', 12, 'latin1')
    header.writeUInt32BE(256, 16)
    header.writeUInt32BE(256, 20)
    writeFileSync(small, header)
    expect(() => generateIcons(small, join(out, 'build'))).toThrow(
      /must be a square PNG of at least 512×512 pixels/
    )
  })

  it('tells a PNG from other bytes', () => {
    expect(pngSize(Buffer.from('not a png at all, clearly'))).toBeNull()
    expect(() => pngsInIcns(Buffer.from('nope1234'))).toThrow('Not an ICNS file.')
  })
})
