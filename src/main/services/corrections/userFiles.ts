/**
 * The two files of the user's own catalog work in the notebook folder: `My questions.md` and
 * `corrections.json`. Read only when they are regular files; written atomically. A damaged
 * file is reported and never overwritten until the user fixes or removes it.
 */
import { lstat, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  isMyQuestionsDocument,
  MY_QUESTIONS_FILE,
  parseMyQuestions,
  formatMyQuestions,
  type MyQuestion
} from '../../../shared/domain/myQuestions/myQuestionsDocument'
import {
  formatOverridesFile,
  OVERRIDES_FILE,
  readOverridesFile
} from '../../../shared/domain/overrides/overridesFile'
import type { Override } from '../../../shared/domain/overrides/types'
import { writeFileAtomic } from '../files/atomicWrite'

// Far above any hand-kept list; a bigger file is not ours.
const MAX_BYTES = 20 * 1024 * 1024

/** What was read, with a sentence per problem (the file is then left alone). */
export interface UserFiles {
  questions: MyQuestion[]
  overrides: Override[]
  problems: string[]
  /** Files that must not be written over (damaged): their names. */
  readOnly: Set<string>
}

async function readRegularFile(path: string): Promise<string | null> {
  const stats = await lstat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
  if (!stats) return null
  if (!stats.isFile()) throw new Error('it is not a regular file')
  if (stats.size > MAX_BYTES) throw new Error('it is larger than 20 MB')
  return readFile(path, 'utf8')
}

/** Reads both files of the notebook folder `dir`. */
export async function readUserFiles(dir: string): Promise<UserFiles> {
  const result: UserFiles = { questions: [], overrides: [], problems: [], readOnly: new Set() }
  const questionsPath = join(dir, MY_QUESTIONS_FILE)
  try {
    const text = await readRegularFile(questionsPath)
    if (text !== null && text.trim() !== '') {
      if (!isMyQuestionsDocument(text))
        throw new Error('its first line is not the My questions marker')
      result.questions = parseMyQuestions(text)
    }
  } catch (error) {
    result.readOnly.add(MY_QUESTIONS_FILE)
    result.problems.push(
      `${questionsPath} could not be read (${messageOf(error)}); your questions in it are not shown and the file is left untouched. Fix or move it, then restart.`
    )
  }
  const correctionsPath = join(dir, OVERRIDES_FILE)
  try {
    const read = readOverridesFile(await readRegularFile(correctionsPath))
    result.overrides = read.overrides
    if (read.problems.length > 0) {
      result.readOnly.add(OVERRIDES_FILE)
      result.problems.push(
        `${correctionsPath}: ${read.problems.join('; ')}. The readable corrections apply; the file is left untouched until you fix it.`
      )
    }
  } catch (error) {
    result.readOnly.add(OVERRIDES_FILE)
    result.problems.push(
      `${correctionsPath} could not be read (${messageOf(error)}); your corrections are not applied and the file is left untouched.`
    )
  }
  return result
}

/** Writes My questions (atomically). */
export async function writeMyQuestions(
  dir: string,
  questions: readonly MyQuestion[]
): Promise<void> {
  await writeFileAtomic(join(dir, MY_QUESTIONS_FILE), formatMyQuestions(questions))
}

/** Writes the corrections (atomically). */
export async function writeOverrides(dir: string, overrides: readonly Override[]): Promise<void> {
  await writeFileAtomic(join(dir, OVERRIDES_FILE), formatOverridesFile(overrides))
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
