/**
 * Applies the user's corrections to a freshly parsed catalog. Pure: the parsed catalog is not
 * changed; the corrected one shares only untouched data with it.
 *
 * Who wins: a correction wins over the parse whenever it finds its entry (by the parsed id, or
 * re-found by its text after the source edited the prompt). When the source has changed the very
 * field the correction edited, the correction still applies but is reported `stale`, with the
 * parsed value it had corrected. The two splits cut the parsed text at positions, so they apply
 * only to the text they were made on; on changed text they are `stale` and not applied. A
 * correction that finds no entry is `orphaned`: nothing happens, and it stays in the list.
 */
import { findEntry, entryLookup } from './findEntry'
import { correctionsOf, foldInto, splitAnswer, splitQuestions } from './foldEntries'
import type {
  CorrectedCatalog,
  Override,
  OverrideOutcome,
  OverrideReport,
  OverrideResult
} from './types'
import type { Catalog, CatalogEntry, ItemKind } from '../types'

interface Parsed {
  prompt: string
  kind: ItemKind
  sections: string[]
}

function copyEntry(entry: CatalogEntry): CatalogEntry {
  const copy = { ...entry }
  if (entry.corrections) copy.corrections = { ...entry.corrections }
  return copy
}

/** The corrected catalog and what became of every correction, in the order given. */
export function applyOverrides(
  catalog: Catalog,
  overrides: readonly Override[]
): { catalog: CorrectedCatalog; report: OverrideReport } {
  // Most notebooks have no corrections: then no lookup tables (at 50,000 entries they were a
  // third of a warm start's catalog work on the main thread).
  if (overrides.length === 0) {
    const copies = catalog.entries.map(copyEntry)
    return {
      catalog: {
        ...partition(copies, new Set(), new Map()),
        itemCount: catalog.itemCount,
        mergedInto: new Map()
      },
      report: summarise([])
    }
  }
  const parsed = new Map<string, Parsed>()
  const entries = catalog.entries.map((entry) => {
    parsed.set(entry.id, { prompt: entry.prompt, kind: entry.kind, sections: entry.sections })
    return copyEntry(entry)
  })
  const lookup = entryLookup(entries)
  const removed = new Set<string>()
  const mergedInto = new Map<string, string>()
  const createdAfter = new Map<string, CatalogEntry[]>()
  const refoundIds = new Set<string>()
  const results: OverrideResult[] = []

  const follow = (id: string): string => {
    let at = id
    for (let hops = 0; mergedInto.has(at) && hops < 1000; hops++) at = mergedInto.get(at)!
    return at
  }
  const locate = (target: Override['target']) => {
    const found = findEntry({ ...target, id: follow(target.id) }, lookup, refoundIds)
    if (found?.refound) refoundIds.add(found.entry.id)
    return found && !removed.has(found.entry.id) ? found : null
  }

  for (const override of overrides) {
    const found = locate(override.target)
    if (!found) {
      results.push({ override, outcome: 'orphaned' })
      continue
    }
    const { entry, refound } = found
    const before = parsed.get(entry.id) ?? { prompt: entry.prompt, kind: entry.kind, sections: [] }
    const outcome = applyOne(override, entry, before, {
      locate,
      existing: (id) => (removed.has(id) ? undefined : lookup.byId.get(id)),
      fold: (into, from) => {
        foldInto(into, from)
        removed.add(from.id)
        mergedInto.set(from.id, into.id)
      },
      create: (origin, made) => {
        createdAfter.set(origin.id, [...(createdAfter.get(origin.id) ?? []), ...made])
        for (const e of made) {
          lookup.byId.set(e.id, e)
          parsed.set(e.id, { prompt: e.prompt, kind: e.kind, sections: e.sections })
          correctionsOf(e).applied.push(override.id)
        }
      }
    })
    if (outcome !== 'orphaned') correctionsOf(entry).applied.push(override.id)
    results.push({
      override,
      outcome,
      ...(outcome !== 'orphaned' ? { entryId: entry.id } : {}),
      ...(refound ? { refound } : {})
    })
  }

  return {
    catalog: {
      ...partition(entries, removed, createdAfter),
      itemCount: catalog.itemCount,
      mergedInto
    },
    report: summarise(results)
  }
}

/** The entries in order (each followed by those split from it), shown or hidden, minus the removed. */
function partition(
  entries: readonly CatalogEntry[],
  removed: ReadonlySet<string>,
  createdAfter: ReadonlyMap<string, CatalogEntry[]>
): { entries: CatalogEntry[]; hidden: CatalogEntry[] } {
  const visible: CatalogEntry[] = []
  const hidden: CatalogEntry[] = []
  const place = (entry: CatalogEntry): void => {
    if (removed.has(entry.id)) return
    if (entry.corrections?.applied.length === 0) delete entry.corrections
    ;(entry.corrections?.hidden ? hidden : visible).push(entry)
  }
  for (const entry of entries) {
    place(entry)
    for (const made of createdAfter.get(entry.id) ?? []) place(made)
  }
  return { entries: visible, hidden }
}

interface ApplyContext {
  locate: (target: Override['target']) => { entry: CatalogEntry } | null
  existing: (id: string) => CatalogEntry | undefined
  fold: (into: CatalogEntry, from: CatalogEntry) => void
  create: (origin: CatalogEntry, made: CatalogEntry[]) => void
}

function applyOne(
  override: Override,
  entry: CatalogEntry,
  parsed: Parsed,
  ctx: ApplyContext
): OverrideOutcome {
  const { change } = override
  switch (change.type) {
    case 'prompt': {
      if (change.value.trim() === '') return 'orphaned'
      const record = correctionsOf(entry)
      record.parsedPrompt ??= entry.prompt
      entry.prompt = change.value.trim()
      return parsed.prompt === change.base ? 'applied' : 'stale'
    }
    case 'kind':
      entry.kind = change.value
      return parsed.kind === change.base ? 'applied' : 'stale'
    case 'section': {
      const section = change.value.trim()
      entry.sections = section ? [section] : []
      entry.occurrences = entry.occurrences.map((o) => ({ ...o, section: section || null }))
      return parsed.sections.join('\n') === change.base.join('\n') ? 'applied' : 'stale'
    }
    case 'hidden':
      correctionsOf(entry).hidden = true
      return 'applied'
    case 'merge': {
      const into = ctx.locate(change.into)?.entry
      if (!into || into.id === entry.id) return 'orphaned'
      // The entry the user merged into keeps its id (its answer file), the other folds into it.
      ctx.fold(into, entry)
      correctionsOf(into).applied.push(override.id)
      return 'applied'
    }
    case 'split-answer': {
      if (entry.prompt !== change.base) return 'stale'
      if (!splitAnswer(entry, change.at)) return 'orphaned'
      correctionsOf(entry).parsedPrompt ??= change.base
      return 'applied'
    }
    case 'split-questions': {
      if (entry.prompt !== change.base) return 'stale'
      const made = splitQuestions(entry, change.parts, ctx.existing)
      correctionsOf(entry).parsedPrompt ??= change.base
      ctx.create(entry, made)
      return 'applied'
    }
  }
}

function summarise(results: OverrideResult[]): OverrideReport {
  const count = (outcome: OverrideOutcome) => results.filter((r) => r.outcome === outcome).length
  return {
    results,
    applied: count('applied'),
    stale: count('stale'),
    orphaned: count('orphaned')
  }
}
