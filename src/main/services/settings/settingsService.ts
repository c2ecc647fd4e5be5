/** Reads and updates the user settings in the small store, always returning a complete, valid set. */
import { isAbsolute } from 'node:path'
import { normaliseAliasGroups } from '../../../shared/domain/search/aliases/userAliases'
import { DEFAULT_SETTINGS, THEME_PREFERENCES, type Settings } from '../../../shared/settings'
import type { KeyValueStore } from '../../store/keyValueStore'
import { STORE_KEYS } from '../../store/keyValueStore'

export type SettingsPatch = Partial<Settings>

const THEMES: ReadonlySet<string> = new Set(THEME_PREFERENCES)

/**
 * Merges whatever the store holds (it may be hand-edited or from an older version) over the
 * defaults, keeping only well-typed values.
 */
export function normaliseSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const layout = (
    value['layout'] && typeof value['layout'] === 'object' ? value['layout'] : {}
  ) as Record<string, unknown>
  const num = (v: unknown, min: number, max: number, fallback: number): number =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fallback
  return {
    theme: THEMES.has(value['theme'] as string)
      ? (value['theme'] as Settings['theme'])
      : DEFAULT_SETTINGS.theme,
    notebookDir:
      typeof value['notebookDir'] === 'string'
        ? value['notebookDir']
        : DEFAULT_SETTINGS.notebookDir,
    hideReference:
      typeof value['hideReference'] === 'boolean'
        ? value['hideReference']
        : DEFAULT_SETTINGS.hideReference,
    layout: {
      resultsWidth: num(layout['resultsWidth'], 200, 2000, DEFAULT_SETTINGS.layout.resultsWidth),
      answerFraction: num(
        layout['answerFraction'],
        0.1,
        0.9,
        DEFAULT_SETTINGS.layout.answerFraction
      )
    },
    aliases: normaliseAliasGroups(value['aliases']),
    dailyGoal:
      Number.isInteger(value['dailyGoal']) &&
      (value['dailyGoal'] as number) >= 1 &&
      (value['dailyGoal'] as number) <= 500
        ? (value['dailyGoal'] as number)
        : DEFAULT_SETTINGS.dailyGoal,
    dismissedCheckedNotices: Array.isArray(value['dismissedCheckedNotices'])
      ? (value['dismissedCheckedNotices'] as unknown[])
          .filter((p): p is string => typeof p === 'string' && p !== '')
          .slice(0, 1000)
      : [],
    reopenLastSession:
      typeof value['reopenLastSession'] === 'boolean'
        ? value['reopenLastSession']
        : DEFAULT_SETTINGS.reopenLastSession
  }
}

/** Settings kept in the store under `settings`. */
export class SettingsService {
  constructor(private readonly store: KeyValueStore) {}

  get(): Settings {
    return normaliseSettings(this.store.get(STORE_KEYS.settings))
  }

  /** Applies a validated patch. A notebook folder must be absolute (empty means the default). */
  update(patch: SettingsPatch): Settings {
    if (
      patch.notebookDir !== undefined &&
      patch.notebookDir !== '' &&
      !isAbsolute(patch.notebookDir)
    )
      throw new Error(`The notebook folder must be an absolute path: ${patch.notebookDir}`)
    const next = normaliseSettings({ ...this.get(), ...patch })
    this.store.set(STORE_KEYS.settings, next)
    return next
  }
}
