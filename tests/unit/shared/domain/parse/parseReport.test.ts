import { describe, expect, it } from 'vitest'
import { parseDocumentWithReport } from '../../../../../src/shared/domain/parse/parseReport'

describe('parse report', () => {
  it('counts items and lists the lines that went into no item, with their numbers', () => {
    const text = [
      '# Notes', // 1: the title
      '',
      '## Python', // 3: a section
      '',
      'I wrote these down last spring, some are from a friend.', // 5: prose, unused
      'Most came from two interviews and a book.', // 6: prose, unused
      '',
      '1. What is the GIL?', // 8
      '   A mutex that lets one thread run bytecode.', // 9
      '2. What is a decorator?' // 10
    ].join('\n')
    const { items, report } = parseDocumentWithReport(text, 'notes.md')
    expect(items.map((i) => i.prompt)).toEqual(['What is the GIL?', 'What is a decorator?'])
    expect(report).toMatchObject({
      file: 'notes.md',
      items: 2,
      questions: 2,
      topics: 0,
      answered: 1
    })
    expect(report.unusedLines).toEqual([
      { line: 5, text: 'I wrote these down last spring, some are from a friend.' },
      { line: 6, text: 'Most came from two interviews and a book.' }
    ])
    expect(report.warnings).toContain(
      '2 lines not used: they went into no question or topic (see the list below).'
    )
  })

  it('recognises a quiz by its options', () => {
    const quiz = [1, 2, 3]
      .map((n) => `#### Q${n}. Which one is right?\n\n- [ ] one\n- [x] two\n- [ ] three\n`)
      .join('\n')
    const { report } = parseDocumentWithReport(quiz, 'quiz.md')
    expect(report.questions).toBe(3)
    expect(report.answered).toBe(3)
    expect(report.unusedLines).toEqual([])
    expect(report.warnings).toEqual(['Looks like a quiz: 3 questions with options.'])
  })

  it('says so when a document gives nothing, and when no question has an answer', () => {
    const prose = parseDocumentWithReport('It was a long day. We went home early.\n', 'diary.md')
    expect(prose.report.items).toBe(0)
    expect(prose.report.warnings[0]).toMatch(/^No questions or topics were found/)
    const bare = parseDocumentWithReport('- What is X?\n- What is Y?\n- What is Z?\n', 'q.md')
    expect(bare.report.warnings).toContain(
      'None of the 3 questions has a reference answer in the document.'
    )
  })

  it('never throws on text that is not a string', () => {
    const { items, report } = parseDocumentWithReport(undefined as unknown as string, 'x.md')
    expect(items).toEqual([])
    expect(report.items).toBe(0)
  })
})
