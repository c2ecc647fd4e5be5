// The adapter between the OS handing documents to the app (macOS `open-file`, the command line
// of the first launch and of every later one) and the notebook service.
import { EventEmitter } from 'node:events'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  getAppPath: () => '/opt/study-notebook/resources/app.asar'
})
vi.mock('electron', () => ({ app }))

const { listenForOsOpenedFiles } = await import('../../../../src/main/launch/osOpenedFiles')

let dir: string
let argv: string[]
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'os-opened-'))
  for (const name of ['notes.md', 'deck.apkg', 'later.csv', 'tool.exe'])
    writeFileSync(join(dir, name), 'x')
  argv = process.argv
  app.removeAllListeners()
})
afterEach(() => {
  process.argv = argv
  rmSync(dir, { recursive: true, force: true })
})

const openFile = (path: string) => {
  const event = { preventDefault: vi.fn() }
  app.emit('open-file', event, path)
  return event
}

describe('listenForOsOpenedFiles', () => {
  it('holds what arrives before the service exists, then hands it over in order', () => {
    // The first launch's own command line (not macOS, which sends open-file events instead).
    process.argv =
      process.platform === 'darwin'
        ? ['/opt/study-notebook/study-notebook']
        : ['/opt/study-notebook/study-notebook', join(dir, 'notes.md'), '--no-sandbox']
    const opened = listenForOsOpenedFiles()
    const early = openFile(join(dir, 'deck.apkg'))
    // Not importable, or missing: never handed on.
    openFile(join(dir, 'tool.exe'))
    openFile(join(dir, 'gone.md'))
    expect(early.preventDefault).toHaveBeenCalled()

    const open = vi.fn()
    opened.attach(open)
    const first = process.platform === 'darwin' ? [] : [join(dir, 'notes.md')]
    expect(open.mock.calls).toEqual([[[...first, join(dir, 'deck.apkg')]]])

    // Once attached, each arrives straight away.
    openFile(join(dir, 'later.csv'))
    expect(open).toHaveBeenLastCalledWith([join(dir, 'later.csv')])
    expect(open).toHaveBeenCalledTimes(2)
  })

  it('opens the documents of a second launch, relative to its working folder', () => {
    process.argv = ['/opt/study-notebook/study-notebook']
    const opened = listenForOsOpenedFiles()
    const open = vi.fn()
    opened.attach(open)
    expect(open).not.toHaveBeenCalled()
    opened.fromSecondInstance(['/opt/study-notebook/study-notebook', 'later.csv', 'tool.exe'], dir)
    expect(open).toHaveBeenCalledWith([join(dir, 'later.csv')])
    // Nothing openable: the service is not bothered.
    opened.fromSecondInstance(['/opt/study-notebook/study-notebook', '--flag'], dir)
    expect(open).toHaveBeenCalledTimes(1)
  })
})
