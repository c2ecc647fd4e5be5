/**
 * The contract between the block dispatcher and the format modules. A format module looks at
 * the line the dispatcher is on and either claims a block (returning items, the line after the
 * block, and maybe a section change) or returns null so the next format can try.
 */

import type { ItemKind } from '../types'
import type { Doc } from './scanLines'

/** An item before the dispatcher adds its section and file. */
export interface ItemDraft {
  kind: ItemKind
  /** Already cleaned. */
  prompt: string
  answer: string | null
  /** 0-based index of the line the prompt is on. */
  line: number
  checked: boolean | null
  links: string[]
  /** The question's own material (code it introduces), when the format knows it. */
  detail?: string
}

/** How a block changes the enclosing section. */
export type SectionEvent =
  /** A heading (or banner): closes headings at this level or deeper, then opens this one. */
  | { type: 'heading'; level: number; text: string }
  /** A heading that is itself a question: closes headings at this level or deeper. */
  | { type: 'close'; level: number }
  /** A date or a lead line ("Module to learn") heading the lists below it. */
  | { type: 'soft'; text: string }
  /** A separator rule: ends a soft section. */
  | { type: 'break' }

/** What a format module claims. `next` must be greater than the line it was asked about. */
export interface BlockResult {
  items: ItemDraft[]
  next: number
  /** Applied before the items get their section. */
  section?: SectionEvent
}

/** What the dispatcher knows that a format may need. */
export interface ReadContext {
  /** A date or lead line heads the current block: short bare lines under it are topics. */
  inSoftSection: boolean
  /** The enclosing section's name, if any. */
  section?: string | null
  /** The document is one list of entries and nothing else (see `isListDocument`). */
  listDocument?: boolean
}

/** One document shape, read block by block. */
export interface BlockFormat {
  name: string
  /** Also offered the opening line of a fenced code block (other formats never see code). */
  fences?: boolean
  read(doc: Doc, index: number, ctx: ReadContext): BlockResult | null
}
