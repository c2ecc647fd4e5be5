// The bridge's WebSocket call path (tests/bridge/rpcSocket.ts) keeps the HTTP gate: no token,
// another origin or another path is refused before the upgrade, and calls are validated.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startBridge, type Bridge } from '../bridge/startBridge'
import { TOKEN_COOKIE } from '../bridge/httpAuth'
import { hostileTempDirs } from './hostileTemp'

const tempDir = hostileTempDirs()
let bridge: Bridge | null = null
afterEach(async () => {
  await bridge?.close()
  bridge = null
})

async function startSmallBridge(): Promise<Bridge> {
  const dataDir = tempDir()
  const seedsDir = join(dataDir, 'seeds')
  mkdirSync(seedsDir)
  writeFileSync(join(seedsDir, 'seed.txt'), 'Q. What is the GIL?\nAns- A lock.\n')
  return startBridge({ dataDir, seedsDir, watchNotes: false })
}

function socketUrl(b: Bridge, path = '/__bridge/rpc'): string {
  return `ws://${new URL(b.origin).host}${path}`
}

/** Resolves with the HTTP status of a refused upgrade, or 101 when the socket opened. */
function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers })
    ws.on('open', () => {
      ws.close()
      resolve(101)
    })
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
    ws.on('error', () => resolve(0))
  })
}

function callOver(ws: WebSocket, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    ws.once('message', (data: Buffer) => resolve(JSON.parse(data.toString())))
    ws.send(JSON.stringify(message))
  })
}

describe('the test bridge over WebSocket', () => {
  it('refuses an upgrade without the token, from another origin or on another path', async () => {
    bridge = await startSmallBridge()
    const origin = bridge.origin.replace(/\/$/, '')
    const cookie = `${TOKEN_COOKIE}=${bridge.token}`
    expect(await upgradeStatus(socketUrl(bridge), { origin })).toBe(403)
    expect(await upgradeStatus(socketUrl(bridge), { origin: 'http://evil.example', cookie })).toBe(
      403
    )
    expect(await upgradeStatus(socketUrl(bridge, '/elsewhere'), { origin, cookie })).toBe(403)
    expect(await upgradeStatus(socketUrl(bridge), { origin, cookie })).toBe(101)
  }, 60_000)

  it('answers calls, validating their arguments as HTTP does', async () => {
    bridge = await startSmallBridge()
    const origin = bridge.origin.replace(/\/$/, '')
    const ws = new WebSocket(socketUrl(bridge), {
      headers: { origin, cookie: `${TOKEN_COOKIE}=${bridge.token}` }
    })
    await new Promise((resolve) => ws.on('open', resolve))
    const found = (await callOver(ws, {
      id: 1,
      channel: 'search:query',
      args: [{ query: 'gil', limit: 5 }]
    })) as { id: number; reply: { ok: boolean; result: { total: number } } }
    expect(found.id).toBe(1)
    expect(found.reply.ok).toBe(true)
    expect(found.reply.result.total).toBe(1)
    const invalid = await callOver(ws, { id: 2, channel: 'search:query', args: [{ limit: -1 }] })
    expect(invalid).toMatchObject({
      id: 2,
      reply: { ok: false, error: { name: 'InvalidArgumentsError' } }
    })
    const unknown = await callOver(ws, { id: 3, channel: 'shell:rm', args: [] })
    expect(unknown).toMatchObject({ id: 3, reply: { ok: false } })
    ws.close()
  }, 60_000)
})
