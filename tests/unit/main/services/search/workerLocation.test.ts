import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { outsideAsar, workerScript } from '../../../../../src/main/services/search/workerLocation'

describe('outsideAsar', () => {
  it('moves a path inside app.asar to app.asar.unpacked', () => {
    expect(outsideAsar('/opt/Study Notebook/resources/app.asar/out/main/searchWorker.mjs')).toBe(
      '/opt/Study Notebook/resources/app.asar.unpacked/out/main/searchWorker.mjs'
    )
    expect(outsideAsar('C:\\Apps\\SN\\resources\\app.asar\\out\\main\\searchWorker.mjs')).toBe(
      'C:\\Apps\\SN\\resources\\app.asar.unpacked\\out\\main\\searchWorker.mjs'
    )
  })

  it('leaves other paths alone, including ones that merely look alike', () => {
    expect(outsideAsar('/work/app/out/main/searchWorker.mjs')).toBe(
      '/work/app/out/main/searchWorker.mjs'
    )
    expect(outsideAsar('/x/app.asar.unpacked/out/main/w.mjs')).toBe(
      '/x/app.asar.unpacked/out/main/w.mjs'
    )
    expect(outsideAsar('/x/my-app.asar/out/w.mjs')).toBe('/x/my-app.asar/out/w.mjs')
  })
})

describe('workerScript', () => {
  it('uses the built worker, unpacked, when it sits next to main', () => {
    const url = workerScript('/r/app.asar/out/main', () => true)
    expect(fileURLToPath(url)).toBe('/r/app.asar.unpacked/out/main/searchWorker.mjs')
  })

  it('falls back to the TypeScript source when running from source', () => {
    const url = workerScript('/repo/src/main/services/search', () => false)
    expect(fileURLToPath(url)).toBe('/repo/src/main/services/search/searchWorker.ts')
  })
})
