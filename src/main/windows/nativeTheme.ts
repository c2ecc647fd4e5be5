/**
 * Native menus, dialogs and scrollbars follow the in-app theme: Electron's
 * `nativeTheme.themeSource` set from the theme setting, at start and on every change.
 */
import { nativeTheme } from 'electron'
import { THEME_PREFERENCES, type ThemePreference } from '../../shared/settings'

/**
 * The `themeSource` for a theme setting: 'light' and 'dark' force it, 'system' follows the OS.
 * Anything else (a hand-edited config) follows the OS too, since Electron throws on it.
 */
export function themeSourceFor(theme: unknown): ThemePreference {
  return THEME_PREFERENCES.includes(theme as ThemePreference)
    ? (theme as ThemePreference)
    : 'system'
}

/** Applies the theme setting to the native parts of the app. */
export function applyNativeTheme(theme: unknown): void {
  nativeTheme.themeSource = themeSourceFor(theme)
}
