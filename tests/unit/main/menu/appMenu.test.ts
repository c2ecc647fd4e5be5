import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'

vi.mock('electron', () => ({ Menu: {} }))
const { appMenuTemplate } = await import('../../../../src/main/menu/appMenu')

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])
  ])
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = flatten(items).find((i) => i.label === label)
  if (!item) throw new Error(`no menu item ${label}`)
  return item
}

describe('appMenuTemplate', () => {
  it('forwards File and View commands to the renderer', () => {
    const send = vi.fn()
    const template = appMenuTemplate({ send, isMac: false, devTools: false })
    for (const [label, command] of [
      ['New question', 'new-question'],
      ['Add source…', 'add-source'],
      ['Export…', 'export'],
      ['Backup…', 'backup'],
      ['Toggle theme', 'toggle-theme'],
      ['Settings…', 'settings'],
      ['Keyboard shortcuts', 'shortcuts'],
      ['About Study Notebook', 'about']
    ]) {
      const item = find(template, label as string)
      ;(item.click as () => void)()
      expect(send).toHaveBeenLastCalledWith(command)
    }
    expect(find(template, 'Quit').role).toBe('quit')
  })

  it('lists Back and Forward with their keys, left to the page (macOS word moves stay in text)', () => {
    const send = vi.fn()
    for (const [isMac, back, forward] of [
      [false, 'Alt+Left', 'Alt+Right'],
      [true, 'Cmd+[', 'Cmd+]']
    ] as const) {
      const template = appMenuTemplate({ send, isMac, devTools: false })
      const items = [find(template, 'Back'), find(template, 'Forward')]
      expect(items.map((i) => [i.accelerator, i.registerAccelerator])).toEqual([
        [back, false],
        [forward, false]
      ])
      items.forEach((i) => (i.click as () => void)())
      expect(send.mock.calls.slice(-2)).toEqual([['go-back'], ['go-forward']])
    }
  })

  it('offers developer tools only in development', () => {
    const roles = (devTools: boolean) =>
      JSON.stringify(appMenuTemplate({ send: vi.fn(), isMac: false, devTools }))
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toContain('toggleDevTools')
  })

  it('offers "Check for updates…" under Help when given the action', () => {
    const check = vi.fn()
    const template = appMenuTemplate({
      send: vi.fn(),
      isMac: false,
      devTools: false,
      checkForUpdates: check
    })
    const help = template.find((item) => item.role === 'help')
    expect(help).toBeDefined()
    ;(find(template, 'Check for updates…').click as () => void)()
    expect(check).toHaveBeenCalledTimes(1)
    const withoutUpdates = flatten(
      appMenuTemplate({ send: vi.fn(), isMac: false, devTools: false })
    )
    expect(withoutUpdates.some((i) => i.label === 'Check for updates…')).toBe(false)
  })

  it('gives Settings, Keyboard shortcuts and About their places and keys', () => {
    const template = appMenuTemplate({ send: vi.fn(), isMac: false, devTools: false })
    const file = template.find((i) => i.label === 'File')
    const help = template.find((i) => i.role === 'help')
    const labels = (item: MenuItemConstructorOptions | undefined) =>
      (item?.submenu as MenuItemConstructorOptions[]).map((i) => i.label)
    expect(labels(file)).toContain('Settings…')
    expect(labels(help)).toEqual(['Keyboard shortcuts', 'About Study Notebook'])
    expect(find(template, 'Settings…').accelerator).toBe('CmdOrCtrl+,')
    expect(find(template, 'Keyboard shortcuts').accelerator).toBe('CmdOrCtrl+/')
  })
})
