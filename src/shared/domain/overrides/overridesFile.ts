/**
 * `corrections.json` in the notebook folder: the user's corrections as small, readable JSON
 * (one object per correction, pretty-printed), so it syncs, diffs and backs up with the answers.
 * Reading validates each correction on its own: one damaged entry is reported, the rest load.
 */
import { z } from 'zod'
import type { Override } from './types'

/** The file's name inside the notebook folder. */
export const OVERRIDES_FILE = 'corrections.json'
export const OVERRIDES_FORMAT = 'study-notebook-corrections'
export const OVERRIDES_VERSION = 1

const text = z.string().max(10_000)
const target = z
  .object({ id: z.string().min(1).max(200), prompt: text, file: z.string().max(1000).optional() })
  .strict()
const kind = z.enum(['question', 'topic'])

const change = z.discriminatedUnion('type', [
  z.object({ type: z.literal('prompt'), base: text, value: text.min(1) }).strict(),
  z.object({ type: z.literal('kind'), base: kind, value: kind }).strict(),
  z
    .object({
      type: z.literal('section'),
      base: z.array(text).max(1000),
      value: z.string().max(200)
    })
    .strict(),
  z.object({ type: z.literal('hidden') }).strict(),
  z.object({ type: z.literal('merge'), into: target }).strict(),
  z.object({ type: z.literal('split-answer'), base: text, at: z.number().int().min(1) }).strict(),
  z
    .object({
      type: z.literal('split-questions'),
      base: text,
      parts: z.array(text.min(1)).min(2).max(50)
    })
    .strict()
])

/** One correction's schema, also used to check corrections arriving over IPC. */
export const overrideSchema = z
  .object({ id: z.string().min(1).max(100), at: z.string().max(40), target, change })
  .strict()

export interface ReadOverrides {
  overrides: Override[]
  /** Plain-language problems; the file is never rewritten while it has any. */
  problems: string[]
}

/** Parses the file's text (an empty or missing file is no corrections). */
export function readOverridesFile(textContent: string | null): ReadOverrides {
  if (textContent === null || textContent.trim() === '') return { overrides: [], problems: [] }
  let data: unknown
  try {
    data = JSON.parse(textContent)
  } catch (error) {
    return {
      overrides: [],
      problems: [`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`]
    }
  }
  const root = data as { format?: unknown; corrections?: unknown } | null
  if (!root || root.format !== OVERRIDES_FORMAT || !Array.isArray(root.corrections))
    return { overrides: [], problems: ['it is not a Study Notebook corrections file'] }
  const overrides: Override[] = []
  const problems: string[] = []
  root.corrections.forEach((value, index) => {
    const parsed = overrideSchema.safeParse(value)
    if (parsed.success) overrides.push(parsed.data as Override)
    else problems.push(`correction ${index + 1} is malformed and was skipped`)
  })
  return { overrides, problems }
}

/** The file's text for a list of corrections. */
export function formatOverridesFile(overrides: readonly Override[]): string {
  const body = {
    format: OVERRIDES_FORMAT,
    version: OVERRIDES_VERSION,
    note: 'Corrections you made in Study Notebook; your source files are never changed.',
    corrections: overrides
  }
  return `${JSON.stringify(body, null, 2)}\n`
}
