/**
 * My questions: the questions the user adds in the app, kept in `My questions.md` in the
 * notebook folder. Every change rewrites that file (atomically), rebuilds the catalog and can
 * be undone.
 */
import { normalizePrompt } from '../../../shared/domain/catalog/normalizePrompt'
import { stableId } from '../../../shared/domain/catalog/stableId'
import {
  cleanLine,
  MY_QUESTIONS_SOURCE,
  type MyQuestion
} from '../../../shared/domain/myQuestions/myQuestionsDocument'
import type { Handlers } from '../../../shared/ipc/contract'
import type { CorrectionResult, MyQuestionInput } from '../../../shared/ipc/types'
import type { NotebookCore } from './notebookCore'

type QuestionChannel = 'questions:create' | 'questions:update' | 'questions:delete'

/** The id an entry for `prompt` gets (as `buildCatalog` gives it). */
export function idOfPrompt(prompt: string): string {
  return stableId(normalizePrompt(prompt))
}

/** The input as it is stored: one-line prompt and section, trimmed answer, distinct tags. */
export function toMyQuestion(input: MyQuestionInput): MyQuestion {
  return {
    prompt: cleanLine(input.prompt),
    answer: input.answer.trim() === '' ? null : input.answer.replace(/\s+$/, ''),
    section: cleanLine(input.section) || null,
    kind: input.kind,
    tags: [...new Set(input.tags.map((t) => t.trim()).filter((t) => t.length > 0))]
  }
}

/** The stored question as the edit form shows it. */
export function toInput(question: MyQuestion): MyQuestionInput {
  return {
    prompt: question.prompt,
    answer: question.answer ?? '',
    section: question.section ?? '',
    kind: question.kind,
    tags: question.tags
  }
}

function indexOf(core: NotebookCore, id: string): number {
  const entry = core.byId.get(id)
  return core.user.questions.findIndex(
    (q) => idOfPrompt(q.prompt) === id || (entry !== undefined && idOfPrompt(q.prompt) === entry.id)
  )
}

async function save(core: NotebookCore, questions: MyQuestion[]): Promise<void> {
  await core.user.saveQuestions(questions)
  await core.rebuildCatalog()
  core.emit('catalog:changed', core.overview())
}

function result(core: NotebookCore, id: string, message: string): CorrectionResult {
  return { id, prompt: core.byId.get(id)?.prompt ?? '', message }
}

async function applyTags(core: NotebookCore, id: string, tags: string[]): Promise<void> {
  if (tags.length === 0) return
  const before = core.studyOf(id)
  const next = await core.study.update(
    id,
    { tags: [...new Set([...before.tags, ...tags])] },
    before
  )
  void core.search.updateStudy(id, next)
}

/** The My questions handlers over `core`. */
export function questionHandlers(core: NotebookCore): Pick<Handlers, QuestionChannel> {
  return {
    async 'questions:create'(input) {
      const question = toMyQuestion(input)
      const id = idOfPrompt(question.prompt)
      if (core.user.questions.some((q) => idOfPrompt(q.prompt) === id))
        throw new Error('That question is already in My questions. Search for it to open it.')
      const before = core.user.questions
      await save(core, [...before, question])
      await applyTags(core, id, question.tags)
      core.user.pushUndo({
        revert: async () => {
          await save(
            core,
            core.user.questions.filter((q) => idOfPrompt(q.prompt) !== id)
          )
          return result(core, id, `Removed "${question.prompt}" from ${MY_QUESTIONS_SOURCE}.`)
        }
      })
      return result(core, id, `Added "${question.prompt}" to ${MY_QUESTIONS_SOURCE}.`)
    },
    async 'questions:update'(id, input) {
      const at = indexOf(core, id)
      if (at < 0) throw new Error(`This question is not one of ${MY_QUESTIONS_SOURCE}.`)
      const old = core.user.questions[at]!
      const question = toMyQuestion(input)
      const newId = idOfPrompt(question.prompt)
      const oldId = idOfPrompt(old.prompt)
      if (
        newId !== oldId &&
        core.user.questions.some((q, i) => i !== at && idOfPrompt(q.prompt) === newId)
      )
        throw new Error('Another of My questions already asks that.')
      // A new wording is a new id: the answer written so far follows it (the old file stays).
      if (newId !== oldId) {
        const note = await core.vault.load(oldId)
        const target = await core.vault.load(newId)
        if (note && !target)
          await core.vault.save(
            { id: newId, markdown: note.markdown, baseRevision: null },
            { prompt: question.prompt, tags: core.studyOf(oldId).tags }
          )
      }
      const next = [...core.user.questions]
      next[at] = question
      await save(core, next)
      await applyTags(core, newId, question.tags)
      core.user.pushUndo({
        revert: async () => {
          const list = [...core.user.questions]
          const now = list.findIndex((q) => idOfPrompt(q.prompt) === newId)
          if (now >= 0) list[now] = old
          await save(core, list)
          return result(core, oldId, `Undone: the edit of "${old.prompt}".`)
        }
      })
      return result(core, newId, `Saved "${question.prompt}".`)
    },
    async 'questions:delete'(id) {
      const at = indexOf(core, id)
      if (at < 0) throw new Error(`This question is not one of ${MY_QUESTIONS_SOURCE}.`)
      const old = core.user.questions[at]!
      await save(
        core,
        core.user.questions.filter((_, i) => i !== at)
      )
      core.user.pushUndo({
        revert: async () => {
          const list = [...core.user.questions]
          list.splice(Math.min(at, list.length), 0, old)
          await save(core, list)
          return result(core, idOfPrompt(old.prompt), `Restored "${old.prompt}".`)
        }
      })
      return result(
        core,
        idOfPrompt(old.prompt),
        `Deleted "${old.prompt}" from ${MY_QUESTIONS_SOURCE}. Your answer to it is kept in the notebook folder.`
      )
    }
  }
}
