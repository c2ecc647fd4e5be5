import { describe, expect, it } from 'vitest'
import {
  CHECK_INTERVAL_MS,
  isCheckDue,
  updatesMode,
  updatesOffMessage
} from '../../../../src/main/updates/updatePolicy'

describe('updatesMode', () => {
  const packaged = { isPackaged: true, hasPublishTarget: true, env: {} }

  it('checks only in a packaged app with a publish target', () => {
    expect(updatesMode(packaged)).toEqual({ enabled: true })
    expect(updatesMode({ ...packaged, isPackaged: false })).toEqual({
      enabled: false,
      reason: 'development'
    })
    expect(updatesMode({ ...packaged, hasPublishTarget: false })).toEqual({
      enabled: false,
      reason: 'no-publish-target'
    })
  })

  it('can be turned off by the environment', () => {
    expect(updatesMode({ ...packaged, env: { STUDY_NOTEBOOK_NO_UPDATES: '1' } })).toEqual({
      enabled: false,
      reason: 'turned-off'
    })
    expect(updatesMode({ ...packaged, env: { STUDY_NOTEBOOK_NO_UPDATES: '0' } }).enabled).toBe(true)
  })

  it('says in a sentence why checks are off', () => {
    expect(updatesOffMessage('no-publish-target')).toMatch(/no update channel.*releases page/)
    expect(updatesOffMessage('development')).toMatch(/development builds/)
  })
})

describe('isCheckDue', () => {
  const now = Date.UTC(2026, 0, 15, 12)

  it('is due on the first run and once a day has passed', () => {
    expect(isCheckDue(undefined, now)).toBe(true)
    expect(isCheckDue(now - CHECK_INTERVAL_MS, now)).toBe(true)
    expect(isCheckDue(now - 2 * CHECK_INTERVAL_MS, now)).toBe(true)
  })

  it('is not due within a day of the last check', () => {
    expect(isCheckDue(now, now)).toBe(false)
    expect(isCheckDue(now - CHECK_INTERVAL_MS + 60_000, now)).toBe(false)
  })

  it('treats a stored time that is garbage or in the future as due', () => {
    expect(isCheckDue('yesterday', now)).toBe(true)
    expect(isCheckDue(Number.NaN, now)).toBe(true)
    expect(isCheckDue(now + 60_000, now)).toBe(true)
  })
})
