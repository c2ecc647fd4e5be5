/** User settings: the schema type and its defaults. Kept small: the store rewrites it whole. */

/** The theme setting's values: 'system' follows the OS. */
export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const
export type ThemePreference = (typeof THEME_PREFERENCES)[number]

export interface Settings {
  theme: ThemePreference
  /** Folder holding one Markdown file per personal answer; empty = default in user data. */
  notebookDir: string
  /** Self-test mode: reference answers collapsed until revealed. */
  hideReference: boolean
  /** Width of the results pane in px and of the answer pane as a fraction of the rest. */
  layout: { resultsWidth: number; answerFraction: number }
  /** The user's own search aliases: groups of names for one thing (added to the shipped ones). */
  aliases: string[][]
  /** Reviews per day the progress view counts towards. */
  dailyGoal: number
  /** Sources (by path) whose "checked items start as Learning" notice the user dismissed. */
  dismissedCheckedNotices: string[]
  /** Reopen the last search, filters and question at start ("Reopen where I left off"). */
  reopenLastSession: boolean
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  notebookDir: '',
  hideReference: false,
  layout: { resultsWidth: 380, answerFraction: 0.5 },
  aliases: [],
  dailyGoal: 20,
  dismissedCheckedNotices: [],
  reopenLastSession: true
}
