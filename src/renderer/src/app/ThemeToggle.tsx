/** The top-bar button that cycles the theme preference: system → light → dark. */
import type { ThemePreference } from '@shared/settings'
import { Icon } from '@renderer/components/Icon'
import { nextThemePreference } from '@renderer/hooks/useResolvedTheme'

const LABEL: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' }
const ICON = { system: 'monitor', light: 'sun', dark: 'moon' } as const

export function ThemeToggle({
  preference,
  onChange
}: {
  preference: ThemePreference
  onChange: (next: ThemePreference) => void
}) {
  const next = nextThemePreference(preference)
  return (
    <button
      type="button"
      className="btn btn--ghost btn--icon"
      data-testid="theme-toggle"
      data-theme-preference={preference}
      aria-label={`Theme: ${LABEL[preference]}. Switch to ${LABEL[next]}`}
      title={`Theme: ${LABEL[preference]} (click for ${LABEL[next].toLowerCase()})`}
      onClick={() => onChange(next)}
    >
      <Icon name={ICON[preference]} size={16} />
    </button>
  )
}
