// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { ExportDialog } from '@renderer/features/export/ExportDialog'
import { EMPTY_FILTERS } from '@renderer/features/search/filterState'
import { installFakeBridge } from './fakeBridge'

afterEach(cleanup)

const current = { query: 'orm', filters: { ...EMPTY_FILTERS, favourite: true }, currentCount: 12 }

describe('ExportDialog', () => {
  it('exports the current search per question without references, then shows the folder', async () => {
    const bridge = installFakeBridge()
    bridge.handle('dialog:pickPath', () => ['/home/me/out'])
    bridge.handle('export:run', () => ({
      written: ['/home/me/out/a.md', '/home/me/out/b.md'],
      questionCount: 2
    }))
    bridge.handle('shell:showItemInFolder', () => undefined)
    render(<ExportDialog {...current} onClose={() => undefined} />)
    fireEvent.click(screen.getByRole('radio', { name: /A file per question/ }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include reference answers' }))
    fireEvent.click(screen.getByTestId('export-run'))
    expect(await screen.findByText('Exported 2 questions')).toBeTruthy()
    expect(screen.getByText('2 files in /home/me/out')).toBeTruthy()
    expect(bridge.callsTo('dialog:pickPath')).toEqual([[{ kind: 'export-folder' }]])
    expect(bridge.callsTo('export:run')).toEqual([
      [
        {
          out: '/home/me/out',
          format: 'md',
          layout: 'per-question',
          includeReference: false,
          query: 'orm',
          filters: { favourite: true }
        }
      ]
    ])
    fireEvent.click(screen.getByTestId('export-show-in-folder'))
    expect(bridge.callsTo('shell:showItemInFolder')).toEqual([['/home/me/out/a.md']])
  })

  it('does nothing when the save dialog is cancelled', async () => {
    const bridge = installFakeBridge()
    bridge.handle('dialog:pickPath', () => [])
    render(<ExportDialog {...current} onClose={() => undefined} />)
    fireEvent.click(screen.getByTestId('export-run'))
    await vi.waitFor(() =>
      expect((screen.getByTestId('export-run') as HTMLButtonElement).disabled).toBe(false)
    )
    expect(bridge.callsTo('dialog:pickPath')).toHaveLength(1)
    expect(bridge.callsTo('export:run')).toEqual([])
  })

  it('shows a clear error when writing fails', async () => {
    const bridge = installFakeBridge()
    bridge.handle('dialog:pickPath', () => ['/readonly/notes.md'])
    bridge.handle('export:run', () => {
      throw new Error(
        "Error invoking remote method 'export:run': Error: Permission denied: /readonly"
      )
    })
    render(<ExportDialog {...current} onClose={() => undefined} />)
    fireEvent.click(screen.getByRole('radio', { name: /All questions/ }))
    fireEvent.click(screen.getByTestId('export-run'))
    const alert = await screen.findByTestId('export-error')
    expect(alert.textContent).toBe('Export failed: Permission denied: /readonly')
    expect(bridge.callsTo('export:run')[0]![0]).toEqual({
      out: '/readonly/notes.md',
      format: 'md',
      layout: 'single',
      includeReference: true
    })
  })

  it('shows export:progress events as a bar while the export runs', async () => {
    const bridge = installFakeBridge()
    bridge.handle('dialog:pickPath', () => ['/home/me/big.md'])
    let finish: (result: { written: string[]; questionCount: number }) => void = () => undefined
    bridge.handle(
      'export:run',
      () => new Promise<{ written: string[]; questionCount: number }>((r) => (finish = r))
    )
    render(<ExportDialog {...current} onClose={() => undefined} />)
    fireEvent.click(screen.getByTestId('export-run'))
    await screen.findByText(/Writing to \/home\/me\/big\.md/)
    expect(screen.queryByTestId('export-progress')).toBeNull()
    act(() => bridge.emit('export:progress', { done: 250, total: 1000 }))
    const bar = screen.getByTestId('export-progress') as HTMLProgressElement
    expect(bar.value).toBe(25)
    expect(screen.getByText('25%')).toBeTruthy()
    act(() => bridge.emit('export:progress', { done: 1000, total: 1000 }))
    expect(screen.getByText('100%')).toBeTruthy()
    await act(async () => finish({ written: ['/home/me/big.md'], questionCount: 900 }))
    expect(await screen.findByText('Exported 900 questions')).toBeTruthy()
    expect(screen.queryByTestId('export-progress')).toBeNull()
  })

  it('exports an Anki package to a file named for it, whatever Markdown layout was chosen', async () => {
    const bridge = installFakeBridge()
    bridge.handle('dialog:pickPath', () => ['/home/me/deck.apkg'])
    bridge.handle('export:run', () => ({ written: ['/home/me/deck.apkg'], questionCount: 12 }))
    render(<ExportDialog {...current} onClose={() => undefined} />)
    fireEvent.click(screen.getByRole('radio', { name: /A file per question/ }))
    fireEvent.click(screen.getByRole('radio', { name: /Anki deck/ }))
    // The Markdown layouts make no sense for one .apkg: they give way to what the file holds.
    expect(screen.queryByRole('radio', { name: /A file per question/ })).toBeNull()
    expect(screen.getByTestId('export-format-detail').textContent).toMatch(
      /Basic card per question/
    )
    fireEvent.click(screen.getByTestId('export-run'))
    expect(await screen.findByText('Exported 12 questions')).toBeTruthy()
    const [pick] = bridge.callsTo('dialog:pickPath')[0]!
    expect(pick).toMatchObject({ kind: 'export-file', format: 'apkg' })
    expect((pick as { defaultName: string }).defaultName).toMatch(/^study-notebook-.*\.apkg$/)
    expect(bridge.callsTo('export:run')[0]![0]).toMatchObject({
      out: '/home/me/deck.apkg',
      format: 'apkg',
      layout: 'single'
    })
  })

  it('closes on Escape', () => {
    installFakeBridge()
    const onClose = vi.fn()
    render(<ExportDialog {...current} onClose={onClose} />)
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' })
    expect(onClose).toHaveBeenCalled()
  })
})
