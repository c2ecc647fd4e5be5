/**
 * Several document parsers behind one: each document goes to the member with the fewest
 * documents in hand, so a cold start with many files parses on every core it may use.
 */
import { availableParallelism } from 'node:os'
import { relatedPairs } from '../../../shared/domain/catalog/linkRelated'
import { startParseWorker, type DocumentParser } from './documentParser'

/** Parse workers a pool starts by default: one per core, at most two (the main thread reads). */
export function defaultPoolSize(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(2, cores))
}

/** One parser over `members`; `close` closes them all. */
export function parserPool(members: readonly DocumentParser[]): DocumentParser {
  if (members.length === 0) throw new Error('a parser pool needs at least one parser')
  const inHand = members.map(() => 0)
  async function onLeastBusy<T>(job: (member: DocumentParser) => Promise<T>): Promise<T> {
    let pick = 0
    for (let i = 1; i < members.length; i++) if (inHand[i]! < inHand[pick]!) pick = i
    inHand[pick]!++
    try {
      return await job(members[pick]!)
    } finally {
      inHand[pick]!--
    }
  }
  return {
    parse: (bytes, file) => onLeastBusy((member) => member.parse(bytes, file)),
    relate: (keys) =>
      onLeastBusy((member) => member.relate?.(keys) ?? Promise.resolve(relatedPairs(keys))),
    async close() {
      await Promise.all(members.map((member) => member.close()))
    }
  }
}

/**
 * A pool of `size` parse workers (each started on its first document, each falling back to
 * this thread should it die, as startParseWorker does).
 */
export function startParsePool(size: number = defaultPoolSize(), url?: URL): DocumentParser {
  const members = Array.from({ length: size }, () => startParseWorker(url))
  return members.length === 1 ? members[0]! : parserPool(members)
}
