/**
 * Sends each search the moment it is asked for, unless one is already on its way: then only
 * the newest waiting request is kept and goes out when the running one answers. No timer sits
 * in front of the engine, and a burst of keystrokes costs at most one request in flight plus
 * one waiting, never a queue.
 */

/** What the caller hears about one submitted request. */
export interface LatestOnlyCallbacks<R> {
  /** The request answered and is still the newest one submitted. */
  onResult: (result: R) => void
  /** The request failed and is still the newest one submitted. */
  onError: (error: Error) => void
}

interface Job<R> {
  id: number
  send: () => Promise<R>
  callbacks: LatestOnlyCallbacks<R>
}

/** A one-slot request gate: one running, at most one waiting, only the newest reported. */
export class LatestOnly<R> {
  private latest = 0
  private running: Job<R> | null = null
  private waiting: Job<R> | null = null

  /**
   * Submits a request (`send` is called now when nothing runs, else when the running one
   * ends, unless a newer submit replaced it first). Returns the request's id.
   */
  submit(send: () => Promise<R>, callbacks: LatestOnlyCallbacks<R>): number {
    const job: Job<R> = { id: ++this.latest, send, callbacks }
    if (this.running) this.waiting = job
    else this.run(job)
    return job.id
  }

  /** Forgets the waiting request and drops the answer of the running one (query cleared). */
  cancel(): void {
    this.latest++
    this.waiting = null
  }

  /** True while a request is on its way. */
  get busy(): boolean {
    return this.running !== null
  }

  private run(job: Job<R>): void {
    this.running = job
    let sent: Promise<R>
    try {
      sent = job.send()
    } catch (error) {
      sent = Promise.reject(error)
    }
    sent.then(
      (result) => this.finish(job, () => job.callbacks.onResult(result)),
      (error: unknown) =>
        this.finish(job, () =>
          job.callbacks.onError(error instanceof Error ? error : new Error(String(error)))
        )
    )
  }

  private finish(job: Job<R>, report: () => void): void {
    this.running = null
    // An answer to a request that a newer one replaced is of no use to anyone.
    if (job.id === this.latest) report()
    const next = this.waiting
    this.waiting = null
    if (next) this.run(next)
  }
}
