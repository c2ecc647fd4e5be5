import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { downloadSkipped, electronBinary, MISSING_ELECTRON } from '../../../scripts/start'

const dirs: string[] = []
function electronPackage(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'electron-pkg-'))
  dirs.push(dir)
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), content)
  }
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('electronBinary', () => {
  it('finds the binary the way the electron package does (path.txt under dist/)', () => {
    const dir = electronPackage({ 'path.txt': 'electron', 'dist/electron': '' })
    expect(electronBinary(dir, {}, 'linux')).toBe(join(dir, 'dist', 'electron'))
  })

  it('knows each platform’s executable before path.txt exists', () => {
    const mac = electronPackage({ 'dist/Electron.app/Contents/MacOS/Electron': '' })
    expect(electronBinary(mac, {}, 'darwin')).toBe(
      join(mac, 'dist', 'Electron.app/Contents/MacOS/Electron')
    )
    const win = electronPackage({ 'dist/electron.exe': '' })
    expect(electronBinary(win, {}, 'win32')).toBe(join(win, 'dist', 'electron.exe'))
  })

  it('is null when the binary was never downloaded', () => {
    expect(electronBinary(electronPackage({ 'index.js': '' }), {}, 'linux')).toBeNull()
    expect(electronBinary(electronPackage({ 'path.txt': 'electron' }), {}, 'linux')).toBeNull()
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dist = electronPackage({ electron: '' })
    const dir = electronPackage({ 'index.js': '' })
    expect(electronBinary(dir, { ELECTRON_OVERRIDE_DIST_PATH: dist }, 'linux')).toBe(
      join(dist, 'electron')
    )
  })
})

describe('the launcher', () => {
  it('reads ELECTRON_SKIP_BINARY_DOWNLOAD as npm installs do', () => {
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })).toBe(true)
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: 'true' })).toBe(true)
    expect(downloadSkipped({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' })).toBe(false)
    expect(downloadSkipped({})).toBe(false)
  })

  it('says in one line what to do instead', () => {
    expect(MISSING_ELECTRON).not.toContain('\n')
    expect(MISSING_ELECTRON).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD')
    expect(MISSING_ELECTRON).toContain('npm run preview:browser')
  })
})
