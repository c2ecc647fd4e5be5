/**
 * The user's own layer over the parsed sources: My questions and corrections, read from the
 * notebook folder, combined into the catalog the app shows, with an undo stack for changes.
 */
import { NO_SECTION } from '../../../shared/domain/catalog/occurrenceSections'
import {
  MY_QUESTIONS_FILE,
  MY_QUESTIONS_SOURCE,
  type MyQuestion
} from '../../../shared/domain/myQuestions/myQuestionsDocument'
import { applyOverrides } from '../../../shared/domain/overrides/applyOverrides'
import { buildUserCatalog } from '../../../shared/domain/overrides/buildUserCatalog'
import { OVERRIDES_FILE } from '../../../shared/domain/overrides/overridesFile'
import type {
  CorrectedCatalog,
  Override,
  OverrideReport
} from '../../../shared/domain/overrides/types'
import type { Catalog, CatalogEntry } from '../../../shared/domain/types'
import type { CorrectionResult, SourceInfo } from '../../../shared/ipc/types'
import { readUserFiles, writeMyQuestions, writeOverrides } from '../corrections/userFiles'
import type { LoadedCatalog } from './ports'

/** The `path` of the My questions source in the sources list. */
export const MY_QUESTIONS_PATH = `notebook:${MY_QUESTIONS_SOURCE}`

/** One step back: what it undoes, and how. */
export interface UndoStep {
  revert: () => Promise<CorrectionResult>
}

const MAX_UNDO = 100

/** The combined catalog and the user files it came from. */
export class UserCatalog {
  questions: MyQuestion[] = []
  overrides: Override[] = []
  problems: string[] = []
  parsed: Catalog = { entries: [], itemCount: 0 }
  parsedById = new Map<string, CatalogEntry>()
  corrected: CorrectedCatalog = { entries: [], itemCount: 0, hidden: [], mergedInto: new Map() }
  report: OverrideReport = { results: [], applied: 0, stale: 0, orphaned: 0 }
  private readOnly = new Set<string>()
  private undoStack: UndoStep[] = []
  private dir = ''

  /** Reads My questions and corrections from the notebook folder `dir`. */
  async read(dir: string): Promise<void> {
    const files = await readUserFiles(dir)
    if (dir !== this.dir) this.undoStack = []
    this.dir = dir
    this.questions = files.questions
    this.overrides = files.overrides
    this.problems = files.problems
    this.readOnly = files.readOnly
  }

  /** Builds the catalog the app shows from the sources' catalog (and items, when known). */
  combine(loaded: LoadedCatalog): void {
    if (loaded.items && this.questions.length === 0) {
      // The sources' catalog is what buildCatalog makes of these items: no need to merge again.
      const corrected = applyOverrides(loaded.catalog, this.overrides)
      this.setBuilt(loaded.catalog, corrected.catalog, corrected.report)
    } else if (loaded.items) {
      const built = buildUserCatalog(loaded.items, this.questions, this.overrides)
      this.setBuilt(built.parsed, built.corrected, built.report)
    } else {
      // A catalog port without items (test fakes): My questions are appended as their own entries.
      const mine = buildUserCatalog([], this.questions, []).parsed
      const known = new Set(loaded.catalog.entries.map((e) => e.id))
      const parsed = {
        entries: [...loaded.catalog.entries, ...mine.entries.filter((e) => !known.has(e.id))],
        itemCount: loaded.catalog.itemCount + mine.itemCount
      }
      const corrected = applyOverrides(parsed, this.overrides)
      this.setBuilt(parsed, corrected.catalog, corrected.report)
    }
  }

  private setBuilt(parsed: Catalog, corrected: CorrectedCatalog, report: OverrideReport): void {
    this.parsed = parsed
    this.parsedById = new Map(parsed.entries.map((e) => [e.id, e]))
    this.corrected = corrected
    this.report = report
  }

  /** The sources list with My questions added (when there are any). */
  sourcesWith(sources: readonly SourceInfo[]): SourceInfo[] {
    if (this.questions.length === 0) return [...sources]
    const sections = new Map<string, number>()
    for (const q of this.questions) {
      const name = q.section || NO_SECTION
      sections.set(name, (sections.get(name) ?? 0) + 1)
    }
    const mine: SourceInfo = {
      path: MY_QUESTIONS_PATH,
      name: MY_QUESTIONS_SOURCE,
      title: MY_QUESTIONS_SOURCE,
      builtIn: false,
      kind: 'file',
      status: 'ok',
      itemCount: this.questions.length,
      sections: [...sections].map(([name, total]) => ({ name, total, answered: 0, confident: 0 })),
      files: [MY_QUESTIONS_SOURCE]
    }
    return [...sources, mine]
  }

  /** Saves My questions; throws a readable error when the file is damaged and kept as is. */
  async saveQuestions(questions: MyQuestion[]): Promise<void> {
    if (this.readOnly.has(MY_QUESTIONS_FILE))
      throw new Error(
        `${MY_QUESTIONS_FILE} in your notebook folder could not be read, so it is not written over. Fix or move it, then try again.`
      )
    await writeMyQuestions(this.dir, questions)
    this.questions = questions
  }

  /** Saves the corrections; the same refusal for a damaged file. */
  async saveOverrides(overrides: Override[]): Promise<void> {
    if (this.readOnly.has(OVERRIDES_FILE))
      throw new Error(
        `${OVERRIDES_FILE} in your notebook folder could not be read, so it is not written over. Fix or move it, then try again.`
      )
    await writeOverrides(this.dir, overrides)
    this.overrides = overrides
  }

  pushUndo(step: UndoStep): void {
    this.undoStack.push(step)
    if (this.undoStack.length > MAX_UNDO) this.undoStack.shift()
  }

  popUndo(): UndoStep | undefined {
    return this.undoStack.pop()
  }
}
