// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { SyncConflict } from '@shared/ipc/conflictTypes'
import { SyncConflictsButton } from '@renderer/features/conflicts/SyncConflictsButton'
import { SyncConflictsDialog } from '@renderer/features/conflicts/SyncConflictsDialog'
import { installFakeBridge } from '../notebook/fakeBridge'

afterEach(cleanup)

const conflict = (id: string, extra: Partial<SyncConflict> = {}): SyncConflict => ({
  id,
  kind: 'copy',
  title: `Question ${id}`,
  tool: 'Dropbox',
  fileName: `${id} (conflicted copy 2026-01-05).md`,
  mine: 'my text',
  theirs: 'their text',
  canKeepBoth: true,
  ...extra
})

describe('sync conflicts', () => {
  it('says how many conflicts there are, and nothing when there are none', () => {
    const { rerender } = render(<SyncConflictsButton conflicts={[]} onOpen={() => undefined} />)
    expect(screen.queryByTestId('conflicts-button')).toBeNull()
    rerender(
      <SyncConflictsButton
        conflicts={[conflict('c-1'), conflict('c-2')]}
        onOpen={() => undefined}
      />
    )
    expect(screen.getByRole('button', { name: '2 sync conflicts' })).toBeTruthy()
  })

  it('shows both texts and sends back only the conflict id and the choice', async () => {
    const bridge = installFakeBridge()
    bridge.handle('conflicts:resolve', () => ({ message: 'Kept both.', entryId: 'gil' }))
    const resolved: string[] = []
    render(
      <SyncConflictsDialog
        conflicts={[conflict('c-0123456789abcdef'), conflict('c-fedcba9876543210')]}
        onClose={() => undefined}
        onResolved={(message) => resolved.push(message)}
      />
    )
    expect(screen.getByRole('region', { name: 'Mine (this computer)' }).textContent).toContain(
      'my text'
    )
    expect(
      screen.getByRole('region', { name: 'Theirs (the other computer)' }).textContent
    ).toContain('their text')
    fireEvent.click(screen.getByRole('button', { name: 'Question c-fedcba9876543210' }))
    fireEvent.click(screen.getByRole('button', { name: 'Keep both' }))
    await waitFor(() => expect(resolved).toEqual(['Kept both.']))
    expect(bridge.callsTo('conflicts:resolve')).toEqual([['c-fedcba9876543210', 'both']])
  })

  it('offers no "Keep both" for JSON and shows a failed choice as a sentence', async () => {
    const bridge = installFakeBridge()
    bridge.handle('conflicts:resolve', () => {
      throw new Error('This conflict is already settled.')
    })
    render(
      <SyncConflictsDialog
        conflicts={[
          conflict('c-1', {
            canKeepBoth: false,
            fileName: 'corrections (conflicted copy 2026-01-05).json'
          })
        ]}
        onClose={() => undefined}
        onResolved={() => undefined}
      />
    )
    expect((screen.getByRole('button', { name: 'Keep both' }) as HTMLButtonElement).disabled).toBe(
      true
    )
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }))
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('already settled'))
  })
})
