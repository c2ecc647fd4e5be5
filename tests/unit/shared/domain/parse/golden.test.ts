/**
 * One golden JSON per seed: the full parse, reviewed by eye once and then kept. A change in
 * any prompt, answer, section, line or link shows up as a diff here, and a missing golden
 * fails too, on every machine (vitest's file snapshots would quietly write a missing one
 * outside CI). After a deliberate parser change, review the diff and refresh with
 * `UPDATE_GOLDEN=1 npx vitest run <this file>`.
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import { loadSeed } from './seedHelpers'

const update = process.env['UPDATE_GOLDEN'] === '1'

describe.each(['000', '001', '002', '003', '004'])('seed %s golden', (prefix) => {
  it('matches the reviewed parse', async () => {
    const doc = loadSeed(prefix)
    const path = resolve(__dirname, '__golden__', doc.name.replace(/\.txt$/, '.json'))
    // Formatted as the repository's Prettier would, so `prettier --write .` leaves it alone.
    const options = (await resolveConfig(path)) ?? {}
    const json = await format(JSON.stringify(doc.items), { ...options, parser: 'json' })
    if (update) writeFileSync(path, json)
    expect(existsSync(path), `${path} missing: review the parse, then UPDATE_GOLDEN=1`).toBe(true)
    expect(json).toBe(readFileSync(path, 'utf8'))
  })
})
