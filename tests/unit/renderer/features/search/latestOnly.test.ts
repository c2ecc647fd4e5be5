import { describe, expect, it } from 'vitest'
import { LatestOnly } from '../../../../../src/renderer/src/features/search/latestOnly'
import {
  FIRST_PAGE_SIZE,
  PAGE_SIZE,
  pageBounds,
  pageOf
} from '../../../../../src/renderer/src/features/search/resultPages'

/** A request whose answer the test releases by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** Lets the gate's promise callbacks run. */
const settle = () => new Promise<void>((resolve) => queueMicrotask(resolve))

describe('LatestOnly', () => {
  it('sends a request at once when nothing is in flight', () => {
    const gate = new LatestOnly<string>()
    const sent: string[] = []
    gate.submit(
      () => {
        sent.push('a')
        return new Promise(() => undefined)
      },
      { onResult: () => undefined, onError: () => undefined }
    )
    expect(sent).toEqual(['a'])
    expect(gate.busy).toBe(true)
  })

  it('keeps only the newest request while one is in flight, and reports only the newest', async () => {
    const gate = new LatestOnly<string>()
    const requests = new Map<string, ReturnType<typeof deferred<string>>>()
    const sent: string[] = []
    const results: string[] = []
    const submit = (q: string) =>
      gate.submit(
        () => {
          sent.push(q)
          const d = deferred<string>()
          requests.set(q, d)
          return d.promise
        },
        { onResult: (r) => results.push(r), onError: () => undefined }
      )
    submit('d')
    submit('de')
    submit('dec')
    submit('deco')
    // One in flight, the rest coalesced into the newest.
    expect(sent).toEqual(['d'])
    requests.get('d')!.resolve('hits for d')
    await settle()
    await settle()
    // The superseded answer is dropped; the newest waiting query goes out.
    expect(results).toEqual([])
    expect(sent).toEqual(['d', 'deco'])
    requests.get('deco')!.resolve('hits for deco')
    await settle()
    await settle()
    expect(results).toEqual(['hits for deco'])
    expect(gate.busy).toBe(false)
  })

  it('reports the failure of the newest request, and goes on after a failed older one', async () => {
    const gate = new LatestOnly<string>()
    const errors: string[] = []
    const results: string[] = []
    const first = deferred<string>()
    const callbacks = {
      onResult: (r: string) => results.push(r),
      onError: (e: Error) => errors.push(e.message)
    }
    gate.submit(() => first.promise, callbacks)
    gate.submit(() => Promise.resolve('second'), callbacks)
    first.reject(new Error('old one failed'))
    await settle()
    await settle()
    await settle()
    expect(errors).toEqual([])
    expect(results).toEqual(['second'])
    gate.submit(() => Promise.reject(new Error('search failed')), callbacks)
    await settle()
    await settle()
    expect(errors).toEqual(['search failed'])
  })

  it('drops the waiting request and the running answer on cancel', async () => {
    const gate = new LatestOnly<string>()
    const running = deferred<string>()
    const sent: string[] = []
    const results: string[] = []
    const callbacks = { onResult: (r: string) => results.push(r), onError: () => undefined }
    gate.submit(() => (sent.push('a'), running.promise), callbacks)
    gate.submit(() => (sent.push('b'), Promise.resolve('b')), callbacks)
    gate.cancel()
    running.resolve('a')
    await settle()
    await settle()
    expect(sent).toEqual(['a'])
    expect(results).toEqual([])
  })
})

describe('result pages', () => {
  it('covers every hit exactly once: a small first page, then full pages', () => {
    expect(pageBounds(0)).toEqual({ offset: 0, limit: FIRST_PAGE_SIZE })
    expect(pageBounds(1)).toEqual({ offset: FIRST_PAGE_SIZE, limit: PAGE_SIZE })
    for (const index of [0, FIRST_PAGE_SIZE - 1, FIRST_PAGE_SIZE, 229, 230, 12_345]) {
      const { offset, limit } = pageBounds(pageOf(index))
      expect(index).toBeGreaterThanOrEqual(offset)
      expect(index).toBeLessThan(offset + limit)
    }
  })
})
