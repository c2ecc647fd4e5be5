/**
 * Cache writes that wait for a pause in the queries. Encoding and writing a 50,000-entry index
 * holds the search thread for a second; done right after a cold start made the catalog
 * searchable, it stood in front of the first keystrokes. Queued writes run in order once no
 * query has come for `quietMs` (at once with 0: the CLI and tests), or when someone needs
 * them done (`flush`, before the host answers a ping).
 */
export class QuietWrites {
  private tasks: Array<() => void> = []
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly quietMs: number) {}

  /** Queues `write`; it runs at the next pause. */
  add(write: () => void): void {
    if (this.quietMs <= 0) return write()
    this.tasks.push(write)
    this.arm()
  }

  /** A query came: pending writes wait for the next pause. */
  queried(): void {
    if (this.tasks.length > 0) this.arm()
  }

  /** Runs every pending write now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const tasks = this.tasks
    this.tasks = []
    for (const task of tasks) task()
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => this.flush(), this.quietMs)
  }
}
