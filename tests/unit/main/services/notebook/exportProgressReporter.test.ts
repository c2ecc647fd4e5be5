import { describe, expect, it } from 'vitest'
import { exportProgressReporter } from '../../../../../src/main/services/notebook/exportProgressReporter'

const at = (bytesWritten: number, totalBytes: number) => ({
  bytesWritten,
  totalBytes,
  filesWritten: 0,
  totalFiles: 1
})

describe('exportProgressReporter', () => {
  it('reports once per whole percent and always the end', () => {
    const sent: Array<{ done: number; total: number }> = []
    const report = exportProgressReporter((p) => sent.push(p))
    for (let bytes = 0; bytes <= 10_000; bytes += 7) report(at(bytes, 10_000))
    report(at(10_000, 10_000))
    report(at(10_000, 10_000))
    expect(sent.length).toBe(101)
    expect(sent[0]).toEqual({ done: 0, total: 10_000 })
    expect(sent.at(-1)).toEqual({ done: 10_000, total: 10_000 })
  })

  it('copes with an empty export', () => {
    const sent: Array<{ done: number; total: number }> = []
    exportProgressReporter((p) => sent.push(p))(at(0, 0))
    expect(sent).toEqual([{ done: 0, total: 1 }])
  })
})
