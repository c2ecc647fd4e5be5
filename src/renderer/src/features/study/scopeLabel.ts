/** Names of session scopes as the user sees them. */
import type { StudyScope } from '@shared/domain/study/types'

export const SCOPE_KINDS: Array<{ kind: StudyScope['kind']; label: string }> = [
  { kind: 'due', label: 'Due for review' },
  { kind: 'all', label: 'All questions' },
  { kind: 'source', label: 'One source' },
  { kind: 'section', label: 'One section' },
  { kind: 'search', label: 'A search' },
  { kind: 'favourites', label: 'Favourites' },
  { kind: 'unanswered', label: 'Not answered yet' },
  { kind: 'unchecked', label: 'Unchecked in my checklist' }
]

/** A one-line description of a scope ("Section: Django ORM", "Search: gil"). */
export function scopeLabel(scope: StudyScope): string {
  switch (scope.kind) {
    case 'source':
      return `Source: ${scope.source}`
    case 'section':
      return `Section: ${scope.section}${scope.source ? ` (${scope.source})` : ''}`
    case 'search':
      return `Search: ${scope.query || '(everything)'}`
    default:
      return SCOPE_KINDS.find((k) => k.kind === scope.kind)?.label ?? scope.kind
  }
}
