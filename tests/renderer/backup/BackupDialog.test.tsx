// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { BackupDialog } from '@renderer/features/backup/BackupDialog'
import { installFakeBridge } from '../notebook/fakeBridge'

afterEach(cleanup)

const backup = (path: string, createdAt: number, automatic: boolean, answerCount: number) => ({
  path,
  createdAt,
  automatic,
  kind: automatic ? ('automatic' as const) : ('manual' as const),
  answerCount
})

describe('BackupDialog', () => {
  it('lists backups newest first and makes one on request', async () => {
    const bridge = installFakeBridge()
    const list = [
      backup('/data/backups/auto-1.zip', 1_000, true, 3),
      backup('/data/backups/auto-2.zip', 2_000, true, 1)
    ]
    bridge.handle('backup:list', () => list)
    bridge.handle('backup:create', () => {
      const made = backup('/data/backups/manual-3.zip', 3_000, false, 4)
      list.push(made)
      return made
    })
    render(<BackupDialog onClose={() => undefined} onRestored={() => undefined} />)
    const items = await screen.findAllByTestId('backup-item')
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Automatic1 answer · auto-2.zip'),
      expect.stringContaining('Automatic3 answers · auto-1.zip')
    ])
    fireEvent.click(screen.getByTestId('backup-now'))
    expect((await screen.findByTestId('backup-made')).textContent).toContain(
      '/data/backups/manual-3.zip'
    )
    await vi.waitFor(() => expect(screen.getAllByTestId('backup-item')).toHaveLength(3))
    expect(screen.getAllByTestId('backup-item')[0]!.textContent).toContain('Manual4 answers')
  })

  it('previews a restore, restores only after confirming, and names the safety backup', async () => {
    const bridge = installFakeBridge()
    const onRestored = vi.fn()
    bridge.handle('backup:list', () => [backup('/b/one.zip', 1_000, false, 2)])
    bridge.handle('backup:preview', (archive) => ({
      archive,
      changed: ['a'],
      added: ['b', 'c'],
      onlyCurrent: [],
      settingsChanged: true,
      studyStateCount: 5
    }))
    bridge.handle('backup:restore', () => ({
      restoredAnswers: 3,
      safetyBackup: '/b/safety.zip',
      undo: false
    }))
    render(<BackupDialog onClose={() => undefined} onRestored={onRestored} />)
    const item = (await screen.findAllByTestId('backup-item'))[0]!
    fireEvent.click(within(item).getByRole('button', { name: 'Restore…' }))
    const preview = await screen.findByTestId('restore-preview')
    expect(preview.textContent).toContain('replace 1 answer that differs from the backup')
    expect(preview.textContent).toContain('bring back 2 answers')
    expect(preview.textContent).toContain(
      'restore the study status of 5 questions and restore your settings'
    )
    // Nothing written since the backup: no "keep 0 answers" line.
    expect(preview.textContent).not.toContain('keep')
    expect(bridge.callsTo('backup:restore')).toEqual([])
    fireEvent.click(screen.getByTestId('backup-restore-confirm'))
    const done = await screen.findByTestId('backup-restored')
    expect(done.textContent).toContain('Restored 3 answers')
    expect(done.textContent).toContain('/b/safety.zip')
    expect(bridge.callsTo('backup:restore')).toEqual([['/b/one.zip']])
    expect(onRestored).toHaveBeenCalledTimes(1)
  })

  it('labels a safety backup by the restore it preceded, and undoes a restore once', async () => {
    const bridge = installFakeBridge()
    const restoredAt = new Date(2026, 3, 25, 10, 30).getTime()
    bridge.handle('backup:list', () => [
      backup('/b/one.zip', restoredAt, false, 2),
      {
        ...backup('/b/backup-x-safety.zip', restoredAt + 5_000, false, 4),
        kind: 'safety' as const,
        restore: { of: restoredAt, undo: false }
      }
    ])
    bridge.handle('backup:preview', (archive) => ({
      archive,
      changed: [],
      added: [],
      onlyCurrent: [],
      settingsChanged: false,
      studyStateCount: 0
    }))
    bridge.handle('backup:restore', () => ({
      restoredAnswers: 2,
      safetyBackup: '/b/s1.zip',
      undo: false
    }))
    bridge.handle('backup:undoRestore', () => ({
      restoredAnswers: 4,
      safetyBackup: '/b/s2.zip',
      undo: true
    }))
    const onRestored = vi.fn()
    render(<BackupDialog onClose={() => undefined} onRestored={onRestored} />)
    const kinds = (await screen.findAllByTestId('backup-kind')).map((k) => k.textContent)
    expect(kinds).toEqual([`Before restore of ${new Date(restoredAt).toLocaleString()}`, 'Manual'])
    fireEvent.click(within(screen.getAllByTestId('backup-item')[1]!).getByRole('button'))
    fireEvent.click(await screen.findByTestId('backup-restore-confirm'))
    fireEvent.click(await screen.findByTestId('backup-undo-restore'))
    await vi.waitFor(() =>
      expect(screen.getByTestId('backup-restored').textContent).toContain('Restore undone')
    )
    expect(bridge.callsTo('backup:undoRestore')).toEqual([['/b/s1.zip']])
    // An undo is not offered for undo in turn.
    expect(screen.queryByTestId('backup-undo-restore')).toBeNull()
    expect(onRestored.mock.calls.map(([r]) => r.undo)).toEqual([false, true])
  })

  it('refuses a damaged archive picked from a file with the service message', async () => {
    const bridge = installFakeBridge()
    bridge.handle('backup:list', () => [])
    bridge.handle('dialog:pickPath', () => ['/tmp/not-a-backup.zip'])
    bridge.handle('backup:preview', () => {
      throw new Error('This file is not a Study Notebook backup.')
    })
    render(<BackupDialog onClose={() => undefined} onRestored={() => undefined} />)
    expect((await screen.findByText(/No backups yet/)).textContent).toContain('automatically')
    fireEvent.click(screen.getByTestId('backup-pick-file'))
    expect((await screen.findByTestId('backup-error')).textContent).toBe(
      'This file is not a Study Notebook backup.'
    )
    expect(bridge.callsTo('dialog:pickPath')).toEqual([[{ kind: 'backup-archive' }]])
    expect(screen.queryByTestId('restore-preview')).toBeNull()
  })
})
