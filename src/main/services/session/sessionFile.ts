/**
 * `<data folder>/session.json`: the window state "Reopen where I left off" brings back. Its own
 * small file, not config.json: it changes whenever the user searches or opens a question, and
 * a damaged copy must cost nothing but the restore (it is read as untrusted input and ignored
 * when it does not match the schema). Machine-local: it never goes into the notebook folder.
 */
import { readFile } from 'node:fs/promises'
import { parseSessionState, type SessionState } from '../../../shared/ipc/sessionState'
import { writeFileAtomic } from '../files/atomicWrite'

/** A session file is a few hundred bytes; anything far bigger is not ours. */
const MAX_SESSION_BYTES = 256 * 1024

/** Reads and writes the session file; writes are queued so the newest state lands last. */
export class SessionFile {
  private queue: Promise<void> = Promise.resolve()

  constructor(readonly file: string) {}

  /** The saved state, or null when there is none or it is damaged, too big or of another shape. */
  async read(): Promise<SessionState | null> {
    let text: string
    try {
      const bytes = await readFile(this.file)
      if (bytes.byteLength > MAX_SESSION_BYTES) return null
      text = bytes.toString('utf8')
    } catch {
      return null
    }
    try {
      return parseSessionState(JSON.parse(text))
    } catch {
      return null
    }
  }

  /** Replaces the file atomically (a crash leaves the old state or the new, never half). */
  write(state: SessionState): Promise<void> {
    const next = this.queue.then(() => writeFileAtomic(this.file, JSON.stringify(state)))
    // One failed write must not block the ones after it; the caller still sees its error.
    this.queue = next.catch(() => undefined)
    return next
  }
}
