/** new / learning / confident / due today per source, with its sections one click away. */
import { Fragment, useState } from 'react'
import type { ProgressCounts, SourceProgress, StudyScope } from '@shared/domain/study/types'
import { useSourceTitle } from '@renderer/hooks/sourceTitles'

function Mix({ counts }: { counts: ProgressCounts }) {
  const pct = (n: number): string => `${counts.total ? (n / counts.total) * 100 : 0}%`
  return (
    <div
      className="mix"
      role="img"
      aria-label={`${counts.confident} confident, ${counts.learning} learning, ${counts.new} new`}
    >
      <div className="mix__confident" style={{ width: pct(counts.confident) }} />
      <div className="mix__learning" style={{ width: pct(counts.learning) }} />
    </div>
  )
}

function Cells({ counts }: { counts: ProgressCounts }) {
  return (
    <>
      <td className="num">{counts.total}</td>
      <td className="num">{counts.new}</td>
      <td className="num">{counts.learning}</td>
      <td className="num">{counts.confident}</td>
      <td className={`num${counts.dueToday ? ' num--due' : ''}`}>{counts.dueToday}</td>
      <td className="mix-cell">
        <Mix counts={counts} />
      </td>
    </>
  )
}

export interface ProgressTableProps {
  sources: SourceProgress[]
  onPractise: (scope: StudyScope) => void
}

export function ProgressTable({ sources, onPractise }: ProgressTableProps) {
  const titleOf = useSourceTitle()
  const [open, setOpen] = useState<Set<string>>(
    () => new Set(sources.slice(0, 1).map((s) => s.name))
  )
  const toggle = (name: string): void =>
    setOpen((prev) => {
      const next = new Set(prev)
      if (next.has(name)) next.delete(name)
      else next.add(name)
      return next
    })

  return (
    <table className="progress-table" data-testid="progress-table">
      <thead>
        <tr>
          <th scope="col">Source / section</th>
          <th scope="col" className="num">
            Questions
          </th>
          <th scope="col" className="num">
            New
          </th>
          <th scope="col" className="num">
            Learning
          </th>
          <th scope="col" className="num">
            Confident
          </th>
          <th scope="col" className="num">
            Due today
          </th>
          <th scope="col">Mix</th>
          <th scope="col">
            <span className="sr-only">Practise</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => (
          <Fragment key={source.name}>
            <tr className="progress-table__source" data-testid="progress-source">
              <th scope="row">
                <button
                  type="button"
                  className="progress-table__toggle"
                  aria-expanded={open.has(source.name)}
                  title={source.name}
                  onClick={() => toggle(source.name)}
                >
                  <span aria-hidden="true">{open.has(source.name) ? '▾' : '▸'}</span>{' '}
                  {titleOf(source.name)}
                  {titleOf(source.name) !== source.name && (
                    <span className="progress-table__file">{source.name}</span>
                  )}
                </button>
              </th>
              <Cells counts={source} />
              <td>
                <button
                  type="button"
                  className="btn btn--small btn--ghost"
                  onClick={() => onPractise({ kind: 'source', source: source.name })}
                >
                  Practise
                </button>
              </td>
            </tr>
            {open.has(source.name) &&
              source.sections.map((section) => (
                <tr key={section.name} className="progress-table__section">
                  <th scope="row">{section.name}</th>
                  <Cells counts={section} />
                  <td>
                    {/* Within a source, "(no section)" can be practised like any other section. */}
                    <button
                      type="button"
                      className="btn btn--small btn--ghost"
                      onClick={() =>
                        onPractise({
                          kind: 'section',
                          section: section.name,
                          source: source.name
                        })
                      }
                    >
                      Practise
                    </button>
                  </td>
                </tr>
              ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  )
}
