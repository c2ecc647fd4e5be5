/**
 * Numbered questions: `1. What…?`, `1) What…?`, `**1.** …`, `1. **What…?**`, each with an
 * optional answer (indented `- ` bullets and fences, `Answer:`, `=>`, `<details>`). Numbering
 * gaps and restarts are kept as written: every entry is an item at its own line.
 */

import type { BlockFormat } from '../blockFormat'
import { asksDirectly } from '../classifyText'
import { isHowToSection } from '../codedSteps'
import { readListWithCode } from '../listWithCode'
import { checkbox, isBoldQuestion, numberedItem } from '../lineShapes'
import { judgeList } from '../judgeList'
import { inNumberChain } from '../numberChain'
import { listPrompt } from '../listPrompt'
import { foldRenumberedAnswers, pairLabelledEntries } from '../labelledEntries'
import { isOptionStem } from '../optionStem'
import { opensWithInlineOptions } from '../inlineOptions'
import { verdictAtEnd } from '../quizStems'
import { readQuestionGroup } from '../questionGroups'
import { listDrafts, type ListMatch } from '../readList'
import type { Line } from '../scanLines'

function matchNumbered(line: Line): ListMatch | null {
  const m = numberedItem(line.text)
  return m && !checkbox(m.rest) ? { rest: m.rest, checked: null } : null
}

/** Numbered lists of questions (or of topics under a date). */
export const numberedListFormat: BlockFormat = {
  name: 'numbered-list',
  read(doc, index, ctx) {
    const first = doc.lines[index]!
    if (first.code || !matchNumbered(first)) return null
    // `1. Databases` over nested questions: their section (see questionGroups).
    const group = readQuestionGroup(doc, index)
    if (group) return group
    const read = readListWithCode(doc, index, matchNumbered, 'numbered', ctx.section)
    // `1. Question: …` / `2. Answer: …`: one item (see labelledEntries).
    const listed = read.kinds
      ? read.entries
      : foldRenumberedAnswers(doc, pairLabelledEntries(read.entries))
    const { next, kinds: coded } = read
    // `1. Celery needs a broker. (True)`: a true/false statement answered by its verdict.
    const verdicts = listed.map((e) =>
      e.answer === null ? verdictAtEnd(listPrompt(e.rest)) : null
    )
    const entries = listed.map((e, k) => {
      const v = verdicts[k]
      return v ? { ...e, answer: v.verdict } : e
    })
    const prompts = entries.map((e, k) => verdicts[k]?.statement ?? listPrompt(e.rest))
    // A bold entry is the usual way chat exports mark the question.
    // A list numbered on across headings is a list of items too (see numberChain).
    // So is a multiple-choice stem with its options and key under it (see optionStem), or
    // with its choices on one line under it (see inlineOptions).
    const bold = entries.map(
      (e, k) =>
        isBoldQuestion(e.rest) ||
        inNumberChain(doc, e.line) ||
        isOptionStem(prompts[k]!, e.answer) ||
        verdicts[k] !== null ||
        opensWithInlineOptions(e.answer)
    )
    const answered = entries.map((e) => e.answer !== null)
    // Most entries followed by their own code: tasks with solutions (see listWithCode).
    // Steps of a how-to ("1. **Setup Environment**" + nested commands) are not items.
    const steps = isHowToSection(ctx.section) && !prompts.some((p) => asksDirectly(p))
    const kinds = steps
      ? entries.map(() => null)
      : (coded ??
        judgeList(prompts, { inSoftSection: ctx.inSoftSection, askedAnyway: bold, answered }))
    return { items: listDrafts(entries, prompts, kinds), next }
  }
}
