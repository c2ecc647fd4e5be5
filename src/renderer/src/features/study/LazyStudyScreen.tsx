/**
 * Study mode, loaded on first use: its screens (and the progress chart) stay out of the
 * JavaScript the notebook needs at start-up.
 */
import { lazy, Suspense } from 'react'
import type { StudyScreenProps } from './StudyScreen'
import './studyLoading.css'

const Screen = lazy(() => import('./StudyScreen').then((m) => ({ default: m.StudyScreen })))

export function StudyScreen(props: StudyScreenProps) {
  return (
    <Suspense
      fallback={
        <div className="study-loading" role="status" aria-live="polite">
          Loading study mode…
        </div>
      }
    >
      <Screen {...props} />
    </Suspense>
  )
}
