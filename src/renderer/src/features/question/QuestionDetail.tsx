/** The question's own material under its prompt: the code it points at, a quiz's options. */
import { MarkdownView } from './MarkdownView'
import { untickChoices } from './untickChoices'

export interface QuestionDetailProps {
  /** Untrusted Markdown, shown as the reference answers are. */
  markdown: string | undefined
  /** While the reference answer is covered, ticked choices show unticked. */
  answerCovered: boolean
}

export function QuestionDetail({ markdown, answerCovered }: QuestionDetailProps) {
  if (!markdown) return null
  return (
    <div className="question__detail" data-testid="question-detail">
      <MarkdownView markdown={answerCovered ? untickChoices(markdown) : markdown} />
    </div>
  )
}
