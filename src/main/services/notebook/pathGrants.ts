/**
 * The paths the user chose in the main process's own native dialogs. A path reaching main from
 * the renderer is only a request: it is honoured when a dialog of the right kind returned it,
 * so a compromised or buggy renderer cannot make the app write, read or switch to any path.
 */
import { isAbsolute, resolve } from 'node:path'
import type { PathPickRequest } from '../../../shared/ipc/types'

export type PickKind = PathPickRequest['kind']

// Enough for any real session; the oldest grants go first.
const MAX_GRANTS = 200

/** Thrown for a path no dialog granted; the message says what to do instead. */
export class UngrantedPathError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UngrantedPathError'
  }
}

/** Remembers what each dialog returned. */
export class PathGrants {
  private readonly granted = new Map<string, Set<PickKind>>()

  /** Records the paths a dialog of `kind` returned. */
  record(kind: PickKind, paths: readonly string[]): void {
    for (const path of paths) {
      if (!isAbsolute(path)) continue
      const key = resolve(path)
      const kinds = this.granted.get(key) ?? new Set<PickKind>()
      kinds.add(kind)
      // Re-inserted so the map's order is last use, for the eviction below.
      this.granted.delete(key)
      this.granted.set(key, kinds)
    }
    while (this.granted.size > MAX_GRANTS) {
      const oldest = this.granted.keys().next().value as string
      this.granted.delete(oldest)
    }
  }

  /** True when a dialog of one of `kinds` returned `path`. */
  has(path: string, ...kinds: PickKind[]): boolean {
    if (!isAbsolute(path)) return false
    const granted = this.granted.get(resolve(path))
    return !!granted && kinds.some((kind) => granted.has(kind))
  }

  /**
   * The absolute path when granted; otherwise throws UngrantedPathError saying `what` must be
   * chosen in its dialog (`how`, e.g. "with Export…").
   */
  require(path: string, kinds: PickKind[], what: string, how: string): string {
    if (!isAbsolute(path))
      throw new UngrantedPathError(
        `${what.charAt(0).toUpperCase()}${what.slice(1)} must be a full path, not "${path}"; choose it ${how}.`
      )
    if (!this.has(path, ...kinds))
      throw new UngrantedPathError(
        `${path} was not chosen in the app's dialog; choose ${what} ${how}.`
      )
    return resolve(path)
  }
}
