/** The question's own material under its prompt: the code it points at, a quiz's options. */
import { MarkdownView } from './MarkdownView'

/** Renders an entry's `detail` (untrusted Markdown, shown as the reference answers are). */
export function QuestionDetail({ markdown }: { markdown: string | undefined }) {
  if (!markdown) return null
  return (
    <div className="question__detail" data-testid="question-detail">
      <MarkdownView markdown={markdown} />
    </div>
  )
}
