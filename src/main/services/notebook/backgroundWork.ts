/**
 * Work the service starts without a caller waiting for it (the daily backup, the conflict
 * rescan): tracked so that `dispose` can wait for it. Otherwise a backup zip still being
 * written outlives the service, and whoever removes or moves the data folder next races it.
 */
export class BackgroundWork {
  private readonly running = new Set<Promise<unknown>>()

  /** Runs `task` in the background; its failure is the task's own business (it reports it). */
  start(task: () => Promise<unknown>): void {
    const run = task().catch(() => undefined)
    this.running.add(run)
    void run.finally(() => this.running.delete(run))
  }

  /** Resolves once everything started so far (and anything it started meanwhile) has ended. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running])
  }
}
