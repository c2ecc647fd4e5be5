/**
 * The reference answer(s) of a question, one tab per source naming its file and line, behind a
 * "hide reference" cover in self-test mode.
 */
import { useState } from 'react'
import type { ReferenceAnswer } from '@shared/domain/types'
import { Icon } from '@renderer/components/Icon'
import { useSourceTitle } from '@renderer/hooks/sourceTitles'
import { MarkdownView } from './MarkdownView'

function fileLine(answer: ReferenceAnswer): string {
  return `${answer.source.file}:${answer.source.line}`
}

export interface ReferenceAnswersProps {
  answers: ReferenceAnswer[]
  hidden: boolean
  onToggleHidden: () => void
  /** In self-test mode, whether the user has lifted the cover (the question view owns it). */
  revealed: boolean
  onRevealedChange: (revealed: boolean) => void
  /** Per answer, the phrases to mark (key points "Check my answer" found missing). */
  marks?: string[][]
}

/** Keyboard: Left/Right move between source tabs (roving tabindex). */
export function ReferenceAnswers({
  answers,
  hidden,
  onToggleHidden,
  revealed,
  onRevealedChange: setRevealed,
  marks
}: ReferenceAnswersProps) {
  const [tab, setTab] = useState(0)
  const current = answers[Math.min(tab, answers.length - 1)]
  const covered = hidden && !revealed
  const titleOf = useSourceTitle()
  const currentTitle = current ? titleOf(current.source.file) : ''
  // Titled sources show the title, and the line when one file gives two answers: the line is
  // its own span that never shortens, so two tabs from one file always read apart. The
  // tooltip keeps file:line.
  const tabLabel = (a: ReferenceAnswer): { name: string; line: string | null } => {
    const title = titleOf(a.source.file)
    if (title === a.source.file) return { name: fileLine(a), line: null }
    const twice = answers.filter((b) => b.source.file === a.source.file).length > 1
    return { name: title, line: twice ? `line ${a.source.line}` : null }
  }

  return (
    <section className="reference" aria-labelledby="reference-heading">
      <header className="reference__header">
        <h2 id="reference-heading">
          Reference {answers.length > 1 ? `answers (${answers.length})` : 'answer'}
        </h2>
        {/* The toggle names the mode, not what is on screen: a revealed answer stays in
            self-test mode, so it gets its own way back under the cover. */}
        {hidden && revealed && answers.length > 0 && (
          <button
            type="button"
            className="btn btn--ghost btn--small"
            data-testid="cover-reference"
            onClick={() => setRevealed(false)}
          >
            <Icon name="eyeOff" size={14} />
            Cover again
          </button>
        )}
        <button
          type="button"
          className="btn btn--ghost btn--small"
          aria-pressed={hidden}
          data-testid="hide-reference-toggle"
          onClick={() => {
            setRevealed(false)
            onToggleHidden()
          }}
          title="Self-test mode: keep reference answers covered until you reveal them"
        >
          <Icon name={hidden ? 'eyeOff' : 'eye'} size={14} />
          {hidden ? 'Self-test on' : 'Hide reference'}
        </button>
      </header>

      {answers.length === 0 ? (
        <p className="reference__none">
          No source gives a reference answer for this one. Write yours in My answer.
        </p>
      ) : covered ? (
        <div className="reference__cover">
          <p>Answer it yourself first, then compare.</p>
          <button type="button" className="btn" onClick={() => setRevealed(true)}>
            <Icon name="eye" size={14} /> Reveal reference
          </button>
        </div>
      ) : (
        <>
          {answers.length > 1 && (
            <div className="tabs" role="tablist" aria-label="Reference answers by source">
              {answers.map((a, i) => (
                <button
                  key={`${fileLine(a)}-${i}`}
                  type="button"
                  role="tab"
                  id={`ref-tab-${i}`}
                  aria-selected={i === tab}
                  aria-controls="ref-panel"
                  tabIndex={i === tab ? 0 : -1}
                  className="tabs__tab"
                  title={fileLine(a)}
                  onClick={() => setTab(i)}
                  onKeyDown={(e) => {
                    const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
                    if (!d) return
                    e.preventDefault()
                    const next = (i + d + answers.length) % answers.length
                    setTab(next)
                    document.getElementById(`ref-tab-${next}`)?.focus()
                  }}
                >
                  <Icon name="file" size={12} />
                  <span className="tabs__label">{tabLabel(a).name}</span>
                  {tabLabel(a).line && <span className="tabs__line">{tabLabel(a).line}</span>}
                </button>
              ))}
            </div>
          )}
          {current && (
            <div
              className="reference__panel"
              id="ref-panel"
              role={answers.length > 1 ? 'tabpanel' : undefined}
              aria-labelledby={answers.length > 1 ? `ref-tab-${tab}` : undefined}
              data-testid="reference-answer"
            >
              <div className="reference__source">
                <Icon name="file" size={12} />
                <span>
                  From {currentTitle !== current.source.file && <>{currentTitle} · </>}
                  <strong>{current.source.file}</strong>, line {current.source.line}
                </span>
              </div>
              <MarkdownView
                markdown={current.markdown}
                marks={marks?.[Math.min(tab, answers.length - 1)]}
              />
            </div>
          )}
        </>
      )}
    </section>
  )
}
