// Issue #14, case 10 (bridge): a 7 MB request reset the connection instead of answering 400.
import { request } from 'node:http'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startBridge, type Bridge } from '../bridge/startBridge'
import { hostileTempDirs } from './hostileTemp'

const tempDir = hostileTempDirs()
let bridge: Bridge | null = null
afterEach(async () => {
  await bridge?.close()
  bridge = null
})

function post(
  b: Bridge,
  channel: string,
  body: Buffer
): Promise<{ status: number; json: unknown }> {
  const url = new URL(`rpc/${channel}`, b.origin)
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          'x-bridge-token': b.token
        }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            json: JSON.parse(Buffer.concat(chunks).toString())
          })
        )
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('the test bridge with huge requests', () => {
  it('answers 400 with a sentence, for an invalid 7 MB call and a 17 MB one', async () => {
    const dataDir = tempDir()
    const seedsDir = join(dataDir, 'seeds')
    mkdirSync(seedsDir)
    writeFileSync(join(seedsDir, 'seed.txt'), 'Q. What is the GIL?\n')
    bridge = await startBridge({ dataDir, seedsDir, watchNotes: false })
    const seven = Buffer.from(
      JSON.stringify([{ id: 'x', markdown: 'a'.repeat(7 * 1024 * 1024), baseRevision: null }])
    )
    const tooBig = await post(bridge, 'notes:save', seven)
    expect(tooBig.status).toBe(400)
    expect(tooBig.json).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/larger than 5 MB/) }
    })
    const huge = await post(bridge, 'notes:save', Buffer.alloc(17 * 1024 * 1024, 0x20))
    expect(huge.status).toBe(400)
    expect(huge.json).toMatchObject({
      ok: false,
      error: {
        message: 'The request is 17 MB, more than the 16 MB the bridge accepts; send less at once.'
      }
    })
    // Still serving.
    expect((await post(bridge, 'sources:list', Buffer.from('[]'))).status).toBe(200)
  }, 60_000)
})
