import { describe, expect, it } from 'vitest'
import {
  normaliseSettings,
  SettingsService
} from '../../../../../src/main/services/settings/settingsService'
import { createMemoryStore } from '../../../../../src/main/store/keyValueStore'
import { DEFAULT_SETTINGS } from '../../../../../src/shared/settings'

describe('settings', () => {
  it('falls back to defaults for anything missing or ill-typed in the store', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS)
    expect(normaliseSettings('garbage')).toEqual(DEFAULT_SETTINGS)
    expect(
      normaliseSettings({
        theme: 'neon',
        notebookDir: 42,
        hideReference: 'yes',
        layout: { resultsWidth: 99999, answerFraction: 0.3 }
      })
    ).toEqual({ ...DEFAULT_SETTINGS, layout: { resultsWidth: 380, answerFraction: 0.3 } })
  })

  it('stores patches and keeps the rest', () => {
    const store = createMemoryStore()
    const service = new SettingsService(store)
    service.update({ theme: 'dark' })
    const next = service.update({ hideReference: true })
    expect(next).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', hideReference: true })
    expect(store.get('settings')).toEqual(next)
  })

  it('refuses a relative notebook folder', () => {
    const service = new SettingsService(createMemoryStore())
    expect(() => service.update({ notebookDir: 'notes' })).toThrow(/absolute/)
    expect(service.update({ notebookDir: '' }).notebookDir).toBe('')
  })
})
