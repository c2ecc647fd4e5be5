import { describe, expect, it } from 'vitest'
import { blankClozes } from '../../../../../src/shared/domain/import/clozeCard'
import { readCsv, MAX_CSV_FIELD_CHARS } from '../../../../../src/shared/domain/import/csv'
import {
  readCsvHeaderLines,
  writeCsvHeaderLines
} from '../../../../../src/shared/domain/import/csvHeaderLines'
import { fenceFor } from '../../../../../src/shared/domain/import/fenceFor'
import { htmlToMarkdown } from '../../../../../src/shared/domain/import/htmlToMarkdown'
import {
  extensionOf,
  isImportable,
  maxImportBytes
} from '../../../../../src/shared/domain/import/importers'
import { pdfPagesToText } from '../../../../../src/shared/domain/import/pdfText'
import { looksLikeCardNote } from '../../../../../src/shared/domain/import/srCards'

describe('Anki header lines', () => {
  it('reads what the CSV exporter writes', () => {
    const header = readCsvHeaderLines(
      `${writeCsvHeaderLines(['Question', 'Answer', 'Tags'], 3)}\nq,a,t\n`
    )
    expect(header).toMatchObject({
      separator: ',',
      html: false,
      tagsColumn: 3,
      columns: ['Question', 'Answer', 'Tags'],
      lineCount: 4
    })
  })

  it('stops at the first line that is not a header line', () => {
    expect(readCsvHeaderLines('#separator:Semicolon\n# a comment: not Anki\nq;a').lineCount).toBe(1)
  })
})

describe('CSV', () => {
  it('cuts a 10 MB field and says so, keeping the row', () => {
    const result = readCsv(
      `Question,Answer\nWhat is X?,"${'x'.repeat(10 * 1024 * 1024)}"\n`,
      'big.csv'
    )
    expect(result.items).toHaveLength(1)
    expect(result.items[0]?.answer).toHaveLength(MAX_CSV_FIELD_CHARS)
    expect(result.warnings).toEqual(['1 field was longer than 256 KB and was cut.'])
  })

  it('splits Anki and spreadsheet tags alike', () => {
    const result = readCsv('Question\tAnswer\tTags\nq?\ta\tdjango  orm,sql\n', 'x.tsv')
    expect(result.items[0]?.tags).toEqual(['django', 'orm', 'sql'])
  })
})

describe('cloze deletions', () => {
  it('blanks Obsidian, Anki (with hint) and Logseq clozes', () => {
    expect(blankClozes('The ==GIL== and {{c1::MRO::order}} and {{cloze ORM}}')).toEqual({
      prompt: 'The […] and [order] and […]',
      deleted: ['GIL', 'MRO', 'ORM']
    })
  })
})

describe('flashcard detection', () => {
  it('is not fooled by code, slicing, C++ scopes or Logseq properties', () => {
    const readme =
      '# Notes\n\nUse `items[::2]` to step.\n\n```cpp\nstd::vector<int> v;\nstd::map m;\n```\n\ntitle:: Python\nalias:: py\n'
    expect(looksLikeCardNote(readme)).toBe(false)
  })

  it('sees a #flashcards tag, or cards making up a good share of the note', () => {
    expect(looksLikeCardNote('#flashcards\n\nAnything')).toBe(true)
    expect(looksLikeCardNote('What is X::An x\nWhat is Y::A y\n')).toBe(true)
    const prose = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of an ordinary README.`)
    expect(looksLikeCardNote([...prose, 'Scope a::b here', 'and c::d there'].join('\n\n'))).toBe(
      false
    )
  })
})

describe('PDF text', () => {
  it('drops running headers and footers with page numbers, joins hyphenated words', () => {
    const page = (n: number, body: string[]): string[] => [
      'Python Notes — Chapter 2',
      ...body,
      `Page ${n} of 3`
    ]
    const text = pdfPagesToText([
      page(1, ['1. What is an inter-', 'preter?', 'A program that runs code.']),
      page(2, ['2. What is a compiler?']),
      page(3, ['3. What is bytecode?'])
    ])
    expect(text).not.toMatch(/Chapter 2|Page \d/)
    expect(text).toContain('1. What is an interpreter?')
  })

  it('keeps a line that merely repeats on two pages', () => {
    expect(
      pdfPagesToText([
        ['Summary', 'a'],
        ['Summary', 'b']
      ])
    ).toContain('Summary')
  })
})

describe('web pages', () => {
  it('never keeps scripts, event handlers, javascript: links or remote images', () => {
    const markdown = htmlToMarkdown(
      '<body><p onclick="alert(1)">Hi <a href="JaVaScRiPt:alert(2)">x</a> <a href="data:text/html,<script>">y</a></p>' +
        '<script>alert(3)</script><img src="http://evil.example/t.gif" onerror="alert(4)"><iframe src="https://x"></iframe></body>'
    )
    expect(markdown).toBe('Hi x y')
  })
})

describe('file names', () => {
  it('knows each format by extension, whatever the case', () => {
    expect(extensionOf('C:\\decks\\Python.APKG')).toBe('.apkg')
    expect(isImportable('notes.ipynb')).toBe(true)
    expect(isImportable('photo.png')).toBe(false)
    expect(maxImportBytes('deck.apkg')).toBeGreaterThan(maxImportBytes('notes.md'))
  })
})

describe('code fences', () => {
  it('outgrow the longest backtick run in the code', () => {
    expect(fenceFor('print(1)')).toBe('```')
    expect(fenceFor('s = """\n````\n"""')).toBe('`````')
  })
})

describe('HTML fields', () => {
  it('keep Python names as written in prompts', async () => {
    const { markdownAsPromptText, htmlFragmentToMarkdown } =
      await import('../../../../../src/shared/domain/import/htmlToMarkdown')
    expect(markdownAsPromptText(htmlFragmentToMarkdown('What does <b>__init__</b> do?'))).toBe(
      'What does **__init__** do?'
    )
  })

  it('are HTML in a CSV only when most cells are', () => {
    const plain = readCsv(
      'Question,Answer\nWhat does <b> do?,It makes text bold.\nWhat is CSS?,Styles.\n',
      'p.csv'
    )
    expect(plain.items[0]?.prompt).toBe('What does <b> do?')
    const html = readCsv(
      'Question,Answer\n<b>GIL</b>?,<i>a lock</i>\n<b>MRO</b>?,<i>an order</i>\n',
      'h.csv'
    )
    expect(html.items[0]).toMatchObject({ prompt: '**GIL**?', answer: '*a lock*' })
  })
})
