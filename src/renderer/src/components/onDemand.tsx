/**
 * A component loaded on first render: its code stays out of the JavaScript the window needs at
 * start-up (`dist:check` holds that to 1 MB). For dialogs and other occasional UI.
 */
import { lazy, Suspense, type ComponentProps, type ComponentType } from 'react'

/** Wraps `load` as a component with the loaded one's props; nothing shows while it loads. */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Lazy = lazy(async () => ({ default: await load() }))
  // A dialog appears a frame later on first use; nothing shows meanwhile.
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...(props as ComponentProps<typeof Lazy>)} />
      </Suspense>
    )
  }
}
