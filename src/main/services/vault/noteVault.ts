/**
 * The notebook folder: one `<entry id>.md` per personal answer. Markdown on disk is the source of
 * truth; this keeps a small index (revision, answered) and never overwrites a file it did not
 * expect: a save over a changed or damaged file keeps the editor's text aside instead.
 */
import { mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ANSWER_TOO_LARGE, MAX_ANSWER_BYTES } from '../../../shared/answerLimits'
import type { NoteDoc, NoteSaveRequest, NoteSaveResult } from '../../../shared/ipc/types'
import { removeStaleTempFiles, writeFileAtomic } from '../files/atomicWrite'
import {
  formatNoteFile,
  normaliseBody,
  NOTE_FILE_PATTERN,
  revisionOf,
  type NoteMeta
} from './noteFile'
import { mapLimited } from './mapLimited'
import { readNote } from './readNote'
import { watchNotebook, type NotebookWatcher } from './watchNotebook'

const ID_FILE = NOTE_FILE_PATTERN

// Enough parallel reads to hide disk latency at start without exhausting file handles.
const READ_CONCURRENCY = 16

/** What the vault knows about one answer file without holding its text. */
interface NoteIndexEntry {
  revision: string
  answered: boolean
  updatedAt: number
  /** Set when the front matter is damaged: the file is never written by the app. */
  malformed?: string
}

export interface VaultOptions {
  dir: string
  /** An answer changed on disk outside the app (markdown null: deleted or damaged). */
  onExternalChange?: (id: string, markdown: string | null) => void
  /** A damaged file, found at start or while watching. */
  onMalformed?: (file: string, reason: string) => void
  /** Watch the folder for edits made elsewhere (off in some tests and the CLI). */
  watch?: boolean
  /** Create the folder when missing (default true); false makes a missing folder an error. */
  create?: boolean
  now?: () => number
}

/** The answers found when the vault opened, for the search index. */
export interface VaultScan {
  notes: Array<{ id: string; markdown: string }>
  removedTempFiles: string[]
}

/** Opens a notebook folder (created if missing) and keeps it in sync. */
export class NoteVault {
  readonly dir: string
  private readonly index = new Map<string, NoteIndexEntry>()
  private readonly queues = new Map<string, Promise<unknown>>()
  private watcher: NotebookWatcher | null = null
  private readonly now: () => number

  constructor(private readonly options: VaultOptions) {
    this.dir = options.dir
    this.now = options.now ?? Date.now
  }

  /** Creates the folder, cleans temp files of killed writes, reads every answer, starts watching. */
  async open(): Promise<VaultScan> {
    if (this.options.create === false) {
      const stats = await stat(this.dir).catch(() => null)
      if (!stats?.isDirectory()) throw new Error(`The notebook folder ${this.dir} was not found.`)
    } else await mkdir(this.dir, { recursive: true })
    const removedTempFiles = await removeStaleTempFiles(this.dir)
    // Watch first, so an edit made while the folder is being read is not missed.
    if (this.options.watch !== false)
      this.watcher = watchNotebook(
        this.dir,
        (id) => void this.enqueue(id, () => this.onDisk(id)),
        () => void this.rescan()
      )
    let ids: string[]
    let bodies: Array<string | null>
    try {
      ids = (await readdir(this.dir)).flatMap((name) => ID_FILE.exec(name)?.[1] ?? [])
      bodies = await mapLimited(ids, READ_CONCURRENCY, (id) => this.readIntoIndex(id))
    } catch (error) {
      await this.watcher?.close()
      this.watcher = null
      throw error
    }
    const notes: VaultScan['notes'] = []
    ids.forEach((id, i) => {
      const markdown = bodies[i]
      if (markdown != null) notes.push({ id, markdown })
    })
    return { notes, removedTempFiles }
  }

  // The watcher could not say which file changed: compare every known and present answer.
  private async rescan(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const ids = new Set([...this.index.keys(), ...names.flatMap((n) => ID_FILE.exec(n)?.[1] ?? [])])
    for (const id of ids) void this.enqueue(id, () => this.onDisk(id))
  }

  /**
   * Re-reads these answers after another program wrote them (a git pull), reporting each real
   * change as the watcher would; needed where watching is off or slow to fire.
   */
  refresh(ids: Iterable<string>): Promise<void[]> {
    return Promise.all([...ids].map((id) => this.enqueue(id, () => this.onDisk(id))))
  }

  /** Ids of answers with some text. */
  answeredIds(): Set<string> {
    const ids = new Set<string>()
    for (const [id, entry] of this.index) if (entry.answered) ids.add(id)
    return ids
  }

  isAnswered(id: string): boolean {
    return this.index.get(id)?.answered ?? false
  }

  /** Reads one answer; null when none exists. Throws a readable error for a damaged file. */
  async load(id: string): Promise<NoteDoc | null> {
    return this.enqueue(id, async () => {
      const file = this.fileFor(id)
      const read = await readNote(file)
      if (read === null) return null
      if ('error' in read)
        throw new Error(`${id}.md could not be read: ${read.error}. It was left untouched.`)
      return { id, markdown: read.body, revision: revisionOf(read.body), updatedAt: read.mtime }
    })
  }

  /**
   * Saves an answer when the disk still holds `baseRevision`. Otherwise nothing on disk is
   * overwritten: the editor's text is kept as `<id>.conflict-<time>.md` and the disk version is
   * returned so the editor can show both.
   */
  async save(request: NoteSaveRequest, meta: Omit<NoteMeta, 'id'>): Promise<NoteSaveResult> {
    const { id, markdown, baseRevision } = request
    return this.enqueue(id, async () => {
      const file = this.fileFor(id)
      const disk = await readNote(file)
      const body = normaliseBody(markdown)
      if (disk !== null) {
        const diskBody = 'error' in disk ? disk.raw : disk.body
        const diskRevision = revisionOf(diskBody)
        const unchanged = !('error' in disk) && diskRevision === baseRevision
        if (!unchanged && !('error' in disk) && diskBody === body)
          return { ok: true, revision: diskRevision, savedAt: this.now() }
        if (!unchanged) {
          const keptAs = join(this.dir, `${id}.conflict-${this.now()}.md`)
          await writeFileAtomic(keptAs, body)
          return { ok: false, conflict: { diskMarkdown: diskBody, diskRevision, keptAs } }
        }
      } else if (body === '') {
        // Nothing to keep: an empty new answer does not create a file.
        return { ok: true, revision: revisionOf(''), savedAt: this.now() }
      }
      const content = formatNoteFile({ id, ...meta }, body)
      // The limit readNote applies: a file saved here can always be read back.
      if (Buffer.byteLength(content, 'utf8') > MAX_ANSWER_BYTES) throw new Error(ANSWER_TOO_LARGE)
      const revision = revisionOf(body)
      const previous = this.index.get(id)
      const savedAt = this.now()
      // Recorded before the rename so the watcher recognises the write as ours.
      this.index.set(id, { revision, answered: body.trim() !== '', updatedAt: savedAt })
      try {
        await writeFileAtomic(file, content)
      } catch (error) {
        if (previous) this.index.set(id, previous)
        else this.index.delete(id)
        throw error
      }
      return { ok: true, revision, savedAt }
    })
  }

  /**
   * Rewrites the front matter (prompt, tags) of an existing readable answer, keeping the body
   * byte for byte so its revision, and any open editor, stay valid.
   */
  async updateMeta(id: string, meta: Omit<NoteMeta, 'id'>): Promise<void> {
    return this.enqueue(id, async () => {
      const file = this.fileFor(id)
      const disk = await readNote(file)
      if (disk === null || 'error' in disk) return
      await writeFileAtomic(file, formatNoteFile({ id, ...meta }, disk.body))
    })
  }

  /** Stops watching; pending writes finish first. */
  async dispose(): Promise<void> {
    await Promise.allSettled([...this.queues.values()])
    await this.watcher?.close()
    this.watcher = null
  }

  private fileFor(id: string): string {
    if (!/^[a-z0-9-]{1,80}$/.test(id)) throw new Error(`Not a question id: ${id}`)
    return join(this.dir, `${id}.md`)
  }

  // Reads one file into the index; returns its body, or null when missing or damaged.
  private async readIntoIndex(id: string): Promise<string | null> {
    const read = await readNote(this.fileFor(id))
    if (read === null) {
      this.index.delete(id)
      return null
    }
    if ('error' in read) {
      // A file that was not read at all has no text: its reason (with its size) tells it apart.
      const revision = revisionOf(read.raw || read.error)
      const known = this.index.get(id)
      this.index.set(id, {
        revision,
        answered: false,
        updatedAt: read.mtime,
        malformed: read.error
      })
      if (known?.revision !== revision) this.options.onMalformed?.(`${id}.md`, read.error)
      return null
    }
    this.index.set(id, {
      revision: revisionOf(read.body),
      answered: read.body.trim() !== '',
      updatedAt: read.mtime
    })
    return read.body
  }

  // A watcher event: compare with what we know and report only changes made elsewhere.
  private async onDisk(id: string): Promise<void> {
    const before = this.index.get(id)
    const markdown = await this.readIntoIndex(id)
    const after = this.index.get(id)
    if (before?.revision === after?.revision && !!before === !!after) return
    this.options.onExternalChange?.(id, markdown)
  }

  // One operation per id at a time, so a save's check-then-write cannot interleave with another.
  private enqueue<T>(id: string, job: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve()
    const next = previous.then(job, job)
    const settled = next.catch(() => undefined)
    this.queues.set(id, settled)
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id)
    })
    return next
  }
}

export { NOTE_FILE_PATTERN } from './noteFile'
