/**
 * The plain data that flows through the domain: documents are parsed into items,
 * items are merged into catalog entries. No behaviour lives here.
 */

/** Where a piece of text came from: the file as the user knows it and a 1-based line. */
export interface SourceRef {
  file: string
  line: number
}

/**
 * One place an entry is asked, with the heading it sits under there. `section` is optional so
 * plain SourceRefs (older catalogs, small fixtures) still fit; missing reads as "no section".
 */
export interface Occurrence extends SourceRef {
  section?: string | null
}

/** A question to answer, or a bare topic to study (a bullet under a date, a "Module to learn"). */
export type ItemKind = 'question' | 'topic'

/** One occurrence of a question or topic in one document, in document order. */
export interface ParsedItem {
  kind: ItemKind
  /** Cleaned of numbering, `Q.`, `**`, checklist marks; otherwise as written. */
  prompt: string
  /** The reference answer as Markdown (code fences kept, indentation normalised), or null. */
  answer: string | null
  /**
   * Part of the question shown with its prompt, as Markdown: the code it points at, a quiz's
   * options. Absent when the question is its prompt alone.
   */
  detail?: string
  /** The enclosing heading, cleaned (`**Django Framework**` → `Django Framework`), or null. */
  section: string | null
  source: SourceRef
  /** `[x]` → true, `[ ]` → false, no checkbox → null. */
  checked: boolean | null
  /** http(s) URLs found in the item's lines. */
  links: string[]
  /** Tags the source gives the item (an Anki note's tags, a CSV tags column). */
  tags?: string[]
}

/** One reference answer, kept with the place it came from. */
export interface ReferenceAnswer {
  markdown: string
  source: SourceRef
}

/** A distinct question: every occurrence of the same normalised prompt merged into one. */
export interface CatalogEntry {
  /** Stable id derived from the normalised prompt, so notes survive edits and re-imports. */
  id: string
  kind: ItemKind
  /** The prompt as first written (the most complete occurrence). */
  prompt: string
  /** The question's own material shown with the prompt (code, options): the first given. */
  detail?: string
  /** The normalised prompt the id is derived from. */
  key: string
  /** Sections it appears under, de-duplicated, in first-seen order. */
  sections: string[]
  /** Every occurrence, in input order, each with its own section in that source. */
  occurrences: Occurrence[]
  /** Distinct reference answers (identical text from several places is kept once per text). */
  answers: ReferenceAnswer[]
  /** How many distinct files ask it ("asked in 4 sources"). */
  askedIn: number
  /** Checked in any source → true; only unchecked → false; never a checklist → null. */
  checked: boolean | null
  links: string[]
  /** Ids of related but different entries ("What is GIL?" ↔ "Why GIL? ..."). */
  related: string[]
  /** Tags its sources give it (Anki note tags, a CSV tags column), in first-seen order. */
  tags?: string[]
  /** Set by the user's corrections (absent on a plain parse): see `domain/overrides`. */
  corrections?: EntryCorrections
}

/** What the user's corrections did to one entry. */
export interface EntryCorrections {
  /** Ids of the corrections applied to it, oldest first. */
  applied: string[]
  /** The prompt as parsed, when a correction changed it. */
  parsedPrompt?: string
  /** Prompts of the entries merged into it. */
  alsoAsked?: string[]
  /** Ids of the entries merged into it (their answers live on here). */
  mergedIds?: string[]
  /** Marked "Not a question": left out of search, study and export. */
  hidden?: boolean
}

/** The result of building a catalog from one or more documents. */
export interface Catalog {
  entries: CatalogEntry[]
  /** How many items went in (every occurrence). */
  itemCount: number
}
