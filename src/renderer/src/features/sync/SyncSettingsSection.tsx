/** Settings → Sync: the same section as the Sync dialog, mounted in the Settings dialog. */
import { SettingsSection } from '@renderer/features/settings/SettingsDialog'
import { SyncSettings } from './SyncSettings'
import { useSyncStatus } from './useSyncStatus'

export function SyncSettingsSection() {
  const [status, setStatus] = useSyncStatus()
  // Until main answers there is nothing true to show; the section appears with its status.
  if (!status) return null
  return (
    <SettingsSection id="sync" title="Sync with git">
      <SyncSettings status={status} onStatus={setStatus} autoFocus={false} />
    </SettingsSection>
  )
}
