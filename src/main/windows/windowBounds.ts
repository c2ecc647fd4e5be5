/** Remembers the main window's size, position and maximised state in the store. */
import type { BrowserWindow, Rectangle } from 'electron'
import type { KeyValueStore } from '../store/keyValueStore'
import { STORE_KEYS } from '../store/keyValueStore'

export interface WindowState {
  bounds: Rectangle | null
  maximized: boolean
}

const DEFAULT_SIZE = { width: 1280, height: 800 }
const MIN_SIZE = { width: 720, height: 480 }

function isRect(value: unknown): value is Rectangle {
  if (!value || typeof value !== 'object') return false
  const r = value as Record<string, unknown>
  return ['x', 'y', 'width', 'height'].every(
    (k) => typeof r[k] === 'number' && Number.isFinite(r[k])
  )
}

/**
 * The stored state, kept only if the window would still be visible on one of `displays`
 * (a monitor may have been unplugged since).
 */
export function readWindowState(store: KeyValueStore, displays: Rectangle[]): WindowState {
  const raw = store.get(STORE_KEYS.window) as Record<string, unknown> | undefined
  const maximized = raw?.['maximized'] === true
  const bounds = raw?.['bounds']
  if (!isRect(bounds) || bounds.width < MIN_SIZE.width || bounds.height < MIN_SIZE.height)
    return { bounds: null, maximized }
  const visible = displays.some(
    (d) =>
      bounds.x < d.x + d.width - 100 &&
      bounds.x + bounds.width > d.x + 100 &&
      bounds.y >= d.y - 10 &&
      bounds.y < d.y + d.height - 100
  )
  return { bounds: visible ? bounds : null, maximized }
}

/** Options for `new BrowserWindow` from the stored state. */
export function boundsOptions(state: WindowState) {
  return {
    ...(state.bounds ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height
  }
}

/** Saves the state when the window moves, resizes or closes (debounced: the store rewrites a file). */
export function trackWindowState(win: BrowserWindow, store: KeyValueStore): void {
  let timer: ReturnType<typeof setTimeout> | null = null
  const save = (): void => {
    if (timer) clearTimeout(timer)
    timer = null
    if (win.isDestroyed()) return
    const state: WindowState = { bounds: win.getNormalBounds(), maximized: win.isMaximized() }
    store.set(STORE_KEYS.window, state)
  }
  const later = (): void => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(save, 500)
  }
  win.on('resize', later)
  win.on('move', later)
  win.on('maximize', save)
  win.on('unmaximize', save)
  win.on('close', save)
}
