/**
 * Runs "Check my answer" as the answer changes. The check itself takes a few ms even for a long
 * answer (see `npm run bench -- check`); useDeferredValue keeps typing ahead of it anyway.
 */
import { useDeferredValue, useMemo } from 'react'
import { checkAnswer, type AnswerCheck } from '@shared/domain/study/check/checkAnswer'
import type { ReferenceAnswer } from '@shared/domain/types'
import { currentAliasTable } from './userAliasTable'

/** The check of `answer` against `references`, and the missed phrases per reference index. */
export function useAnswerCheck(
  answer: string,
  references: readonly ReferenceAnswer[],
  prompt: string
): { check: AnswerCheck; missed: string[][] } {
  const deferred = useDeferredValue(answer)
  return useMemo(() => {
    const check = checkAnswer(deferred, references, { prompt, aliases: currentAliasTable() })
    const missed = references.map(() => [] as string[])
    for (const ref of check.references)
      missed[ref.index] = ref.points.filter((p) => !p.covered).map((p) => p.text)
    return { check, missed }
  }, [deferred, references, prompt])
}
