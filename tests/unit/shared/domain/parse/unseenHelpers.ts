/** Shared checks for the `unseen/` fixtures: real documents the parser was not written for. */

import { expect } from 'vitest'
import type { ParsedItem } from '../../../../../src/shared/domain/types'
import { loadFixture, type LoadedDocument } from './seedHelpers'

export function loadUnseen(name: string): LoadedDocument {
  return loadFixture(`unseen/${name}`)
}

export function prompts(doc: LoadedDocument): string[] {
  return doc.items.map((i) => i.prompt)
}

/** The one item whose prompt contains `needle` (fails when there is none or several). */
export function itemWith(doc: LoadedDocument, needle: string): ParsedItem {
  const found = doc.items.filter((i) => i.prompt.includes(needle))
  expect(
    found.map((i) => i.prompt),
    `one item with "${needle}"`
  ).toHaveLength(1)
  return found[0]!
}

/**
 * What a reader would call junk: markup left in a prompt (list or quote markers, table pipes,
 * HTML, link syntax, heading hashes, leading emoji), or a label such as "Answer" as a prompt.
 */
export function expectNoJunk(doc: LoadedDocument): void {
  for (const item of doc.items) {
    expect(item.prompt, `prompt on line ${item.source.line}`).not.toMatch(
      /^(?:[-*+>|#<[]|\d+[.)]\s|\p{Extended_Pictographic})|\]\(|^(?:answer|ans|a|example)\b:?$/iu
    )
    expect(item.prompt).not.toMatch(/\*\*|<\/?\w+>/)
    expect(doc.lines[item.source.line - 1]?.trim(), 'item points at a real line').toBeTruthy()
  }
}

/** Every prompt appears once: no question was read twice. */
export function expectEachOnce(doc: LoadedDocument): void {
  const seen = prompts(doc)
  expect(new Set(seen).size).toBe(seen.length)
}
