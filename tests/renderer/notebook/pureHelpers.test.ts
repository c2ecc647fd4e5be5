import { describe, expect, it } from 'vitest'
import { errorMessage } from '@renderer/api/errorMessage'
import { buildSearchRequest, EMPTY_FILTERS, toggleIn } from '@renderer/features/search/filterState'
import { highlightRanges } from '@renderer/features/results/highlightRanges'
import { promptRuns } from '@renderer/features/results/promptRuns'
import { safeExternalUrl } from '@renderer/features/question/safeUrl'
import { buildExportRequest, exportPickRequest } from '@renderer/features/export/buildExportRequest'

describe('buildSearchRequest', () => {
  it('leaves filters out entirely when nothing is selected', () => {
    expect(buildSearchRequest('  gil ', EMPTY_FILTERS, { limit: 200 })).toEqual({
      query: 'gil',
      limit: 200
    })
  })

  it('maps every chip to its contract field, including answered=false', () => {
    const req = buildSearchRequest(
      'orm',
      {
        sources: ['django.md'],
        sections: ['Django ORM'],
        status: ['learning', 'confident'],
        answered: false,
        checked: true,
        favourite: true
      },
      { limit: 200, offset: 400 }
    )
    expect(req).toEqual({
      query: 'orm',
      limit: 200,
      offset: 400,
      filters: {
        sources: ['django.md'],
        sections: ['Django ORM'],
        status: ['learning', 'confident'],
        answered: false,
        checked: true,
        favourite: true
      }
    })
  })

  it('toggleIn adds then removes', () => {
    expect(toggleIn(toggleIn(['a'], 'b'), 'a')).toEqual(['b'])
  })
})

describe('highlightRanges', () => {
  it('wraps matched ranges and keeps every character once', () => {
    const segs = highlightRanges('What is the GIL?', [[12, 3]])
    expect(segs).toEqual([
      { text: 'What is the ', match: false },
      { text: 'GIL', match: true },
      { text: '?', match: false }
    ])
  })

  it('merges overlapping, unsorted and out-of-range ranges', () => {
    const text = 'select_related vs prefetch_related'
    const segs = highlightRanges(text, [
      [18, 100],
      [0, 6],
      [3, 5],
      [-4, 2]
    ])
    expect(segs.map((s) => s.text).join('')).toBe(text)
    expect(segs.filter((s) => s.match).map((s) => s.text)).toEqual(['select_r', 'prefetch_related'])
  })
})

describe('promptRuns', () => {
  it('shows paired backticks as code and keeps highlights inside and across them', () => {
    const text = 'Use `select_related()` or `prefetch_related()`?'
    const runs = promptRuns(text, [[5, 14]])
    expect(runs).toEqual([
      { text: 'Use ', match: false, code: false },
      { text: 'select_related', match: true, code: true },
      { text: '()', match: false, code: true },
      { text: ' or ', match: false, code: false },
      { text: 'prefetch_related()', match: false, code: true },
      { text: '?', match: false, code: false }
    ])
  })

  it('leaves a lone backtick as written', () => {
    expect(promptRuns('What does ` mean?', undefined)).toEqual([
      { text: 'What does ` mean?', match: false, code: false }
    ])
  })
})

describe('safeExternalUrl', () => {
  it.each([
    ['https://docs.python.org/3/', 'https://docs.python.org/3/'],
    ['http://example.com', 'http://example.com/']
  ])('allows %s', (href, expected) => expect(safeExternalUrl(href)).toBe(expected))

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    '/relative/path',
    '',
    undefined
  ])('refuses %s', (href) => expect(safeExternalUrl(href)).toBeNull())
})

describe('errorMessage', () => {
  it("strips Electron's remote-method wrapper", () => {
    const e = new Error(
      "Error invoking remote method 'export:markdown': Error: EACCES: permission denied"
    )
    expect(errorMessage(e)).toBe('EACCES: permission denied')
  })
})

describe('export request', () => {
  it('picks a file named for the format, and a folder for Markdown folder layouts', () => {
    const day = new Date('2026-01-02T00:00:00Z')
    expect(exportPickRequest({ format: 'md', layout: 'single' }, day)).toEqual({
      kind: 'export-file',
      defaultName: 'study-notebook-2026-01-02.md',
      format: 'md'
    })
    expect(exportPickRequest({ format: 'md', layout: 'per-question' })).toEqual({
      kind: 'export-folder'
    })
    expect(exportPickRequest({ format: 'csv', layout: 'per-question' }, day)).toEqual({
      kind: 'export-file',
      defaultName: 'study-notebook-2026-01-02.csv',
      format: 'csv'
    })
    expect(exportPickRequest({ format: 'apkg', layout: 'single' }, day)).toEqual({
      kind: 'export-file',
      defaultName: 'study-notebook-2026-01-02.apkg',
      format: 'apkg'
    })
  })

  it('carries query and filters only for the current scope', () => {
    const current = { query: 'gil', filters: { ...EMPTY_FILTERS, favourite: true } }
    const choices = {
      format: 'md' as const,
      layout: 'per-section' as const,
      includeReference: false,
      scope: 'current' as const
    }
    expect(buildExportRequest('/out', choices, current)).toEqual({
      out: '/out',
      format: 'md',
      layout: 'per-section',
      includeReference: false,
      query: 'gil',
      filters: { favourite: true }
    })
    expect(buildExportRequest('/out', { ...choices, scope: 'all' }, current)).toEqual({
      out: '/out',
      format: 'md',
      layout: 'per-section',
      includeReference: false
    })
    // One-file formats ignore the Markdown layout.
    expect(buildExportRequest('/deck.apkg', { ...choices, format: 'apkg' }, current)).toMatchObject(
      { format: 'apkg', layout: 'single' }
    )
  })
})
