import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildCsvExport, CSV_COLUMNS } from '../../../../../src/shared/domain/export/csv'
import { readCsv } from '../../../../../src/shared/domain/import/csv'
import { sampleNotebook } from './sampleNotebook'

const parse = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data

describe('buildCsvExport (spreadsheet)', () => {
  const data = sampleNotebook()
  const csv = buildCsvExport(data, { includeReference: true })

  it('starts with a byte order mark and the header row, then one row per question', () => {
    expect(
      csv.startsWith('\ufeffQuestion,My answer,Reference answers,Section,Tags,Status\r\n')
    ).toBe(true)
    const rows = parse(csv)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows).toHaveLength(data.entries.length + 1)
    expect(rows.slice(1).map((r) => r[0])).toEqual(data.entries.map((e) => e.prompt))
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length)
  })

  it('heads each reference with its source label when the app gives one', () => {
    const labelled = buildCsvExport(
      { ...data, sourceLabels: { 'list.md': 'Django ORM list' } },
      { includeReference: true }
    )
    const init = parse(labelled).find((r) => r[0] === 'What is __init__ method?')!
    expect(init[2]).toContain('From old.txt, line 7:')
    expect(init[2]).toContain('From Django ORM list, line 12:')
  })

  it('quotes commas, quotes and line breaks so each cell reads back exactly', () => {
    const rows = parse(csv)
    const main = rows.find((r) => r[0] === 'How does `if __name__ == "__main__"` work?')!
    expect(csv).toContain('"How does `if __name__ == ""__main__""` work?"')
    expect(main[1]).toBe(data.notes['main-check'])
    const init = rows.find((r) => r[0] === 'What is __init__ method?')!
    expect(init[1]).toContain("self.x = '<script>'")
    expect(init[2]).toBe(
      'From old.txt, line 7:\nInitialiser.\n\nFrom list.md, line 12:\n```py\nclass A:\n    def __init__(self): ...\n```'
    )
    expect(init[3]).toBe('Core Python')
  })

  it('gives status, tags (no spaces inside a tag) and a blank answer for unanswered questions', () => {
    const rows = parse(csv)
    const args = rows.find((r) => r[0] === 'What are *args and **kwargs?')!
    expect(args[4]).toBe('python *core*')
    expect(args[5]).toBe('learning')
    const unanswered = rows.find((r) => r[0] === 'What is GIL')!
    expect(unanswered.slice(1)).toEqual(['', '', '', '', 'new'])
  })

  it('defuses cells a spreadsheet would run as a formula', () => {
    const base = sampleNotebook()
    const hostile = {
      ...base,
      notes: {
        ...base.notes,
        'gil-2': '=HYPERLINK("http://evil.example","click")',
        numbered: '- first point\n- second point'
      }
    }
    const rows = parse(buildCsvExport(hostile, { includeReference: false }))
    expect(rows.find((r) => r[0] === 'What is GIL')![1]).toBe(
      `'=HYPERLINK("http://evil.example","click")`
    )
    // Papa's own pattern misses multi-line cells; ours does not.
    expect(rows.find((r) => r[0] === '1. Numbered prompt')![1]).toBe(
      "'- first point\n- second point"
    )
  })

  it('leaves the reference column empty when references are excluded', () => {
    const rows = parse(buildCsvExport(data, { includeReference: false }))
    expect(rows.slice(1).every((r) => r[2] === '')).toBe(true)
  })

  it('is just the header row for an empty selection', () => {
    const empty = buildCsvExport({ entries: [], notes: {}, study: {} }, { includeReference: true })
    expect(parse(empty)).toEqual([[...CSV_COLUMNS]])
  })

  it('imports back with every question and its answers through the CSV importer', () => {
    // Without header lines the importer guesses HTML from tag-like text in any cell (the
    // `<script>` prompt), so that one entry is left out here; the Anki variant says #html:false.
    const plain = { ...data, entries: data.entries.filter((e) => e.id !== 'script') }
    const text = buildCsvExport(plain, { includeReference: true })
    const { items } = readCsv(text.replace(/^\ufeff/, ''), 'export.csv')
    expect(items.map((i) => i.prompt)).toEqual(plain.entries.map((e) => e.prompt))
    const gil = items.find((i) => i.prompt === 'What is GIL?')!
    expect(gil.answer).toContain('The *global interpreter lock*.')
    expect(gil.answer).toContain('One thread at a time.')
    expect(items.find((i) => i.prompt === 'What are *args and **kwargs?')!.tags).toEqual([
      'python',
      '*core*'
    ])
  })
})

describe('buildCsvExport (anki)', () => {
  const data = sampleNotebook()
  const csv = buildCsvExport(data, { includeReference: true, variant: 'anki' })

  it("starts with Anki's header lines instead of a header row", () => {
    const lines = csv.split('\n')
    expect(lines.slice(0, 4)).toEqual([
      '#separator:comma',
      '#html:false',
      `#columns:${CSV_COLUMNS.join(',')}`,
      '#tags column:5'
    ])
    const rows = parse(csv.split('\n').slice(4).join('\n'))
    expect(rows).toHaveLength(data.entries.length)
    // Anki evaluates no formulas: cells stay exactly as written.
    expect(csv).not.toContain("'-")
  })

  it('imports back with every question through the CSV importer (columns from #columns:)', () => {
    const { items } = readCsv(csv, 'export.csv')
    expect(items).toHaveLength(data.entries.length)
    expect(items.find((i) => i.prompt === 'What is GIL?')!.answer).toContain(
      'One thread at a time.'
    )
    expect(items.find((i) => i.prompt === 'What are *args and **kwargs?')!.section).toBe(
      'Core Python'
    )
  })
})
