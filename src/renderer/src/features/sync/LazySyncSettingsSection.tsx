/** Settings → Sync, loaded with the Settings dialog rather than at start-up. */
import { lazy, Suspense } from 'react'

const Section = lazy(() =>
  import('./SyncSettingsSection').then((m) => ({ default: m.SyncSettingsSection }))
)

export function LazySyncSettingsSection() {
  return (
    <Suspense fallback={null}>
      <Section />
    </Suspense>
  )
}
