/**
 * Everything an export can draw on, read from disk without changing anything: the catalog of the
 * seeds and the user's sources with My questions and corrections applied (the catalog the app
 * shows), the answers in the notebook folder and the study state in config.json. Used by the command line; the app already holds this in memory.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CatalogEntry } from '../../../shared/domain/types'
import type { ExportData } from '../../../shared/domain/export/types'
import { effectiveStudyState } from '../../../shared/domain/study/checklistImport'
import { STUDY_STATUSES, type StudyState } from '../../../shared/study'
import { createMemoryStore, STORE_KEYS } from '../../store/keyValueStore'
import { dataPaths } from '../dataPaths'
import { SourceRegistry } from '../sources/index'
import { NOTE_FILE_PATTERN } from '../vault/noteVault'
import { readNote } from '../vault/readNote'
import { emptyEntry } from '../../../shared/domain/catalog/emptyEntry'
import { buildUserCatalog } from '../../../shared/domain/overrides/buildUserCatalog'
import { readUserFiles } from '../corrections/userFiles'

export interface LoadExportDataOptions {
  dataDir: string
  seedsDir: string
  /** Answer folder; defaults to the one in the settings, then the data folder's `notebook`. */
  notebookDir?: string
}

export interface LoadedExportData extends ExportData {
  notebookDir: string
  /** Problems worth telling the user (unreadable sources or answer files); the rest loaded. */
  warnings: string[]
}

async function readConfig(configFile: string): Promise<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(await readFile(configFile, 'utf8'))
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  } catch {
    // No config yet (or a damaged one the app will recover): seeds only, default settings.
    return {}
  }
}

async function readNotes(dir: string, warnings: string[]) {
  const notes = new Map<string, { body: string; prompt?: string }>()
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names.sort()) {
    const id = NOTE_FILE_PATTERN.exec(name)?.[1]
    if (!id) continue
    // Regular files within the answer limit only: a folder or FIFO named `<id>.md` is skipped.
    const read = await readNote(join(dir, name))
    if (read === null) continue
    if ('error' in read) warnings.push(`${name} was skipped: ${read.error}`)
    else {
      const { body, meta } = read
      notes.set(id, meta.prompt !== undefined ? { body, prompt: meta.prompt } : { body })
    }
  }
  return notes
}

// config.json can be edited by hand: only well-formed states are used, the rest fall back.
function validStudy(value: unknown): StudyState | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const v = value as Partial<StudyState>
  if (!STUDY_STATUSES.includes(v.status as StudyState['status'])) return undefined
  return {
    status: v.status as StudyState['status'],
    favourite: v.favourite === true,
    tags: Array.isArray(v.tags) ? v.tags.filter((t): t is string => typeof t === 'string') : [],
    updatedAt: typeof v.updatedAt === 'number' ? v.updatedAt : 0
  }
}

// An answer whose question is in no current source (the source was removed) is still the
// user's work: it is exported under its own prompt from the front matter.
function orphanEntry(id: string, prompt: string): CatalogEntry {
  return emptyEntry(id, '', 'question', prompt)
}

/** Loads the whole notebook (every entry, answer and study state) for exporting. */
export async function loadExportData(options: LoadExportDataOptions): Promise<LoadedExportData> {
  const paths = dataPaths(options.dataDir)
  const config = await readConfig(paths.configFile)
  const settings = config[STORE_KEYS.settings] as { notebookDir?: unknown } | undefined
  const configured = typeof settings?.notebookDir === 'string' ? settings.notebookDir : ''
  const notebookDir = options.notebookDir || configured || paths.notebookDir

  const store = createMemoryStore(config)
  const registry = new SourceRegistry({ seedsDir: options.seedsDir, store })
  const { items, reports } = await registry.ingest()
  const warnings = reports
    .filter((r) => r.status === 'error')
    .map((r) => `${r.name} could not be read: ${r.error ?? 'unknown error'}`)
  const userFiles = await readUserFiles(notebookDir)
  for (const problem of userFiles.problems) warnings.push(problem)
  const { corrected } = buildUserCatalog(items, userFiles.questions, userFiles.overrides)

  const notesOnDisk = await readNotes(notebookDir, warnings)
  const entries: CatalogEntry[] = [...corrected.entries]
  const known = new Set(entries.map((e) => e.id))
  for (const [id, note] of notesOnDisk)
    if (!known.has(id) && note.body.trim() !== '') entries.push(orphanEntry(id, note.prompt ?? id))

  const storedStudy = (config[STORE_KEYS.study] ?? {}) as Record<string, unknown>
  const notes: Record<string, string> = {}
  const study: Record<string, StudyState> = {}
  for (const entry of entries) {
    const note = notesOnDisk.get(entry.id)
    if (note) notes[entry.id] = note.body
    study[entry.id] = effectiveStudyState(entry, validStudy(storedStudy[entry.id]))
  }
  return { entries, notes, study, notebookDir, warnings }
}
