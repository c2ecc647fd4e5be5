/**
 * "Reopen where I left off": what the notebook window looked like (search, filters, results
 * scroll, the open question, notebook or study screen). The renderer sends it with
 * `session:save`; main keeps it in `<data folder>/session.json` and hands it back, checked, in
 * the bootstrap payload. One schema serves both the IPC argument and the file, so a damaged or
 * hand-edited file is read exactly as strictly as a call from the page.
 */
import { z } from 'zod'
import { STUDY_STATUSES } from '../study'
import { SESSION_VERSION, type SessionState } from './sessionTypes'

export { SESSION_VERSION, type RestoredSession, type SessionState } from './sessionTypes'

const label = z.string().max(200)

/** The filter chips and sidebar selection, as the renderer's FilterState holds them. */
const sessionFilters = z
  .object({
    sources: z.array(label).max(500),
    sections: z.array(label).max(500),
    status: z.array(z.enum(STUDY_STATUSES)).max(3),
    answered: z.boolean().optional(),
    checked: z.boolean().optional(),
    favourite: z.boolean()
  })
  .strict()

/** The saved window state; every field is checked, unknown keys are refused. */
export const sessionStateSchema = z
  .object({
    v: z.literal(SESSION_VERSION),
    query: z.string().max(1000),
    filters: sessionFilters,
    /** The results list was showing every question (Browse all) with no query. */
    browseAll: z.boolean(),
    /** The open question's id; checked against the catalog when read back. */
    openId: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/)
      .nullable(),
    /** The result list's scrollTop in px. */
    resultsScroll: z.number().finite().min(0).max(100_000_000),
    view: z.enum(['notebook', 'study'])
  })
  .strict()

// Fails to compile when the schema and the hand-written type disagree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
export const SESSION_SCHEMA_MATCHES: Same<z.infer<typeof sessionStateSchema>, SessionState> = true

/** The stored state when it is well-formed, else null (the caller starts from the defaults). */
export function parseSessionState(raw: unknown): SessionState | null {
  const result = sessionStateSchema.safeParse(raw)
  return result.success ? result.data : null
}
