import { describe, expect, it, vi } from 'vitest'

const nativeTheme = { themeSource: 'system' }
vi.mock('electron', () => ({ nativeTheme }))

const { applyNativeTheme, themeSourceFor } =
  await import('../../../../src/main/windows/nativeTheme')

describe('native theme', () => {
  it('forces light or dark and follows the OS for "system"', () => {
    expect(themeSourceFor('light')).toBe('light')
    expect(themeSourceFor('dark')).toBe('dark')
    expect(themeSourceFor('system')).toBe('system')
  })

  it('follows the OS for a value Electron would refuse (a hand-edited config)', () => {
    for (const odd of ['Dark', 'blue', '', null, undefined, 1])
      expect(themeSourceFor(odd)).toBe('system')
  })

  it('sets nativeTheme.themeSource from the setting', () => {
    applyNativeTheme('dark')
    expect(nativeTheme.themeSource).toBe('dark')
    applyNativeTheme('light')
    expect(nativeTheme.themeSource).toBe('light')
    applyNativeTheme('nonsense')
    expect(nativeTheme.themeSource).toBe('system')
  })
})
