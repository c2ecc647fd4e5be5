/**
 * The user's own alias groups, as kept in Settings and as typed in the Settings field: one
 * group per line, names separated by `=` or `,` (`tz = time zone, timezone`).
 */

/** Bounds on what Settings keeps, so a pasted novel cannot slow every query. */
export const ALIAS_LIMITS = { groups: 200, names: 12, nameLength: 80 } as const

/** What the Settings field said, line by line. */
export interface ParsedAliases {
  groups: string[][]
  /** One sentence per line that was not kept, naming the line. */
  problems: string[]
}

function cleanGroup(names: readonly string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ')
    const key = name.toLowerCase()
    if (!name || seen.has(key)) continue
    seen.add(key)
    out.push(name)
  }
  return out
}

/** Reads the Settings field; lines that cannot be a group are reported, never dropped silently. */
export function parseAliasLines(text: string): ParsedAliases {
  const groups: string[][] = []
  const problems: string[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trim().startsWith('#')) return
    const names = cleanGroup(line.split(/[=,]/))
    const where = `Line ${i + 1}`
    if (names.length < 2)
      problems.push(`${where} needs two names separated by "=" or ",", e.g. "tz = time zone".`)
    else if (names.some((name) => name.length > ALIAS_LIMITS.nameLength))
      problems.push(`${where} has a name longer than ${ALIAS_LIMITS.nameLength} characters.`)
    else if (names.length > ALIAS_LIMITS.names)
      problems.push(`${where} has more than ${ALIAS_LIMITS.names} names; split it in two.`)
    else if (groups.length === ALIAS_LIMITS.groups)
      problems.push(`${where} is past the limit of ${ALIAS_LIMITS.groups} groups.`)
    else groups.push(names)
  })
  return { groups, problems }
}

/** The Settings field text for `groups` (the inverse of parseAliasLines). */
export function formatAliasLines(groups: readonly (readonly string[])[]): string {
  return groups.map((group) => group.join(' = ')).join('\n')
}

/** Keeps only well-formed groups of a stored (possibly hand-edited) settings value. */
export function normaliseAliasGroups(raw: unknown): string[][] {
  if (!Array.isArray(raw)) return []
  const groups: string[][] = []
  for (const group of raw) {
    if (!Array.isArray(group) || groups.length === ALIAS_LIMITS.groups) continue
    const names = cleanGroup(group.filter((name): name is string => typeof name === 'string'))
    if (
      names.length >= 2 &&
      names.length <= ALIAS_LIMITS.names &&
      names.every((name) => name.length <= ALIAS_LIMITS.nameLength)
    )
      groups.push(names)
  }
  return groups
}
