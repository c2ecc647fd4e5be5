/** Reads seeds and fixtures for the parse tests; lines are split exactly as the parser splits. */

import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { ParsedItem } from '../../../../../src/shared/domain/types'
import { decodeDocument, parseDocument, splitLines } from '../../../../../src/shared/domain/parse'

export const SEEDS_DIR = resolve(__dirname, '../../../../../resources/seeds')
export const FIXTURES_DIR = resolve(__dirname, '../../../../fixtures/documents')

export interface LoadedDocument {
  name: string
  text: string
  lines: string[]
  items: ParsedItem[]
}

/** The seed whose file name starts with `prefix` (`'000'`), decoded and parsed. */
export function loadSeed(prefix: string): LoadedDocument {
  const name = readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))
  if (!name) throw new Error(`no seed ${prefix}`)
  return loadFrom(join(SEEDS_DIR, name), name)
}

export function loadFixture(name: string): LoadedDocument {
  return loadFrom(join(FIXTURES_DIR, name), name)
}

function loadFrom(path: string, name: string): LoadedDocument {
  const text = decodeDocument(readFileSync(path), name)
  return { name, text, lines: splitLines(text), items: parseDocument(text, name) }
}

/** 1-based number of the first line containing `needle` after line `after`. */
export function lineOf(doc: LoadedDocument, needle: string, after = 0): number {
  const i = doc.lines.findIndex((l, k) => k >= after && l.includes(needle))
  if (i < 0) throw new Error(`"${needle}" not in ${doc.name}`)
  return i + 1
}

export function itemAt(doc: LoadedDocument, line: number): ParsedItem | undefined {
  return doc.items.find((i) => i.source.line === line)
}

export function countKinds(items: readonly ParsedItem[]): {
  question: number
  topic: number
  answered: number
} {
  return {
    question: items.filter((i) => i.kind === 'question').length,
    topic: items.filter((i) => i.kind === 'topic').length,
    answered: items.filter((i) => i.answer !== null).length
  }
}

/** Emphasis and spacing removed, for "the prompt is on that line" checks. */
export function loose(text: string): string {
  return text.replace(/\*/g, '').replace(/\s+/g, ' ').trim()
}
