/**
 * Corrections survive re-parsing: fixtures pair a document before and after an edit with the
 * corrections made on the "before" parse; `expected.json` (checked by eye) is what the "after"
 * parse must give. Plus a property: edits elsewhere in the source never detach a correction.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyOverrides } from '../../../../../src/shared/domain/overrides/applyOverrides'
import type { Override } from '../../../../../src/shared/domain/overrides/types'
import { catalogOf, loadCases, summary } from './overrideFixtures'

const cases = loadCases()

describe('applyOverrides fixtures', () => {
  it('has the cases the issue names', () => {
    expect(cases.map((c) => c.name).sort()).toEqual(
      ['entry-gone', 'line-moved', 'merge', 'split', 'stale', 'text-edited'].sort()
    )
  })

  for (const c of cases) {
    it(`${c.name}: every correction applies to the parse it was made on`, () => {
      const { report } = applyOverrides(c.before, c.overrides)
      expect(report.results.map((r) => r.outcome)).toEqual(c.overrides.map(() => 'applied'))
    })
    it(`${c.name}: after the source edit, the outcome and catalog are as expected`, () => {
      expect(summary(c.after, c.overrides)).toEqual(c.expected)
    })
  }

  it('never changes the parsed catalog it is given', () => {
    for (const c of cases) {
      const before = JSON.stringify(c.after)
      applyOverrides(c.after, c.overrides)
      expect(JSON.stringify(c.after)).toBe(before)
    }
  })

  it('lists an orphaned correction with what it was instead of dropping it', () => {
    const gone = cases.find((c) => c.name === 'entry-gone')!
    const { report } = applyOverrides(gone.after, gone.overrides)
    expect(report.orphaned).toBe(1)
    const orphan = report.results.find((r) => r.outcome === 'orphaned')!
    expect(orphan.override.target.prompt).toBe('Remember to buy milk')
    expect(orphan.override.change).toEqual({ type: 'hidden' })
  })
})

describe('merge and split keep every answer', () => {
  const merge = cases.find((c) => c.name === 'merge')!
  it('the merged entry has both reference answers, both sources and both prompts', () => {
    const { catalog } = applyOverrides(merge.before, merge.overrides)
    const kept = catalog.entries.find((e) => e.id === 'middleware-fd7f274bab')!
    expect(kept.answers.map((a) => a.source.line)).toEqual([13, 16])
    expect(kept.occurrences.map((o) => o.line)).toEqual([13, 16])
    expect(kept.corrections?.alsoAsked).toEqual([
      'How does Django pass a request through the middleware stack?'
    ])
    expect(kept.corrections?.mergedIds).toEqual([
      'how-does-django-pass-request-through-middleware-482229f7d1'
    ])
    expect(
      catalog.mergedInto.get('how-does-django-pass-request-through-middleware-482229f7d1')
    ).toBe('middleware-fd7f274bab')
    expect(catalog.entries).toHaveLength(merge.before.entries.length - 1)
  })

  it('a later correction of the merged-away entry follows it to the entry it lives on in', () => {
    const retype: Override = {
      id: 'c9',
      at: '2026-12-01T21:00:00.000Z',
      target: merge.overrides[0]!.target,
      change: { type: 'kind', base: 'question', value: 'topic' }
    }
    const { catalog, report } = applyOverrides(merge.before, [...merge.overrides, retype])
    expect(report.results[1]).toMatchObject({
      outcome: 'applied',
      entryId: 'middleware-fd7f274bab'
    })
    expect(catalog.entries.find((e) => e.id === 'middleware-fd7f274bab')!.kind).toBe('topic')
  })

  it('splitting keeps the original id (and so its answer file) on the first part', () => {
    const split = cases.find((c) => c.name === 'split')!
    const { catalog } = applyOverrides(split.before, split.overrides)
    const ids = catalog.entries.map((e) => e.id)
    expect(ids).toContain('list-comprehension-what-is-dict-comprehension-db19999e16')
    expect(ids).toContain('generator-generator-is-function-that-yields-749ee05070')
    const glued = catalog.entries.find(
      (e) => e.id === 'list-comprehension-what-is-dict-comprehension-db19999e16'
    )!
    expect(glued.prompt).toBe('What is a list comprehension?')
    const second = catalog.entries.find((e) => e.prompt === 'What is a dict comprehension?')!
    expect(second.occurrences).toEqual(glued.occurrences)
  })

  it('undo is leaving a correction out: the parse comes back unchanged', () => {
    for (const c of cases) {
      const { catalog } = applyOverrides(c.after, [])
      expect(catalog.entries.map((e) => [e.id, e.prompt, e.kind])).toEqual(
        c.after.entries.map((e) => [e.id, e.prompt, e.kind])
      )
      expect(catalog.hidden).toEqual([])
    }
  })
})

describe('edits elsewhere in the source never detach a correction', () => {
  const questions = [
    'What is a closure?',
    'How does garbage collection work?',
    'What is monkey patching?',
    'Explain the MRO',
    'What is a metaclass?',
    'What are Django signals?',
    'What is select_related?',
    'How do you write a custom manager?'
  ]
  const target = 'What is the difference between a process and a thread?'
  const line = fc.constantFrom(...questions).map((q) => `- ${q}`)
  const noise = fc.constantFrom('', '## Section A', '## Section B', 'Some intro text.', '---')

  it('holds for any insertion, deletion and reordering of the other lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(line, noise), { maxLength: 12 }),
        fc.array(fc.oneof(line, noise), { maxLength: 12 }),
        (above, below) => {
          const before = catalogOf(`# Notes\n\n- ${target}\n`)
          const entry = before.entries.find((e) => e.prompt === target)!
          const overrides: Override[] = [
            {
              id: 'c1',
              at: '2026-12-01T20:00:00.000Z',
              target: { id: entry.id, prompt: entry.prompt, file: 'doc.md' },
              change: { type: 'prompt', base: target, value: 'Process vs thread?' }
            },
            {
              id: 'c2',
              at: '2026-12-01T20:00:01.000Z',
              target: { id: entry.id, prompt: entry.prompt, file: 'doc.md' },
              change: { type: 'hidden' }
            }
          ]
          const after = catalogOf(['# Notes', ...above, `- ${target}`, ...below, ''].join('\n'))
          const { catalog, report } = applyOverrides(after, overrides)
          expect(report.orphaned).toBe(0)
          expect(catalog.hidden.map((e) => e.prompt)).toEqual(['Process vs thread?'])
        }
      ),
      { numRuns: 200 }
    )
  })
})
