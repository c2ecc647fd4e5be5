import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentTitle, prettyFileName } from '../../../../../src/shared/domain/parse/documentTitle'

const SEEDS = {
  '000': '000_a84ab7c9643d8013.txt',
  '001': '001_cc550361a33ed238.txt',
  '002': '002_850168b8f291b3ca.txt',
  '003': '003_4e477d359d04394a.txt',
  '004': '004_b39d9ac7c89e82db.txt'
} as const

function seedTitle(key: keyof typeof SEEDS): string {
  const file = SEEDS[key]
  return documentTitle(readFileSync(resolve('resources/seeds', file), 'utf8'), file)
}

describe('documentTitle on the seeds', () => {
  it('takes the # Title heading (004)', () => {
    expect(seedTitle('004')).toBe('Python Interview Questions - Learning Checklist')
  })

  it("takes the topic of a chatty intro line (003: Here's a list of ...)", () => {
    expect(seedTitle('003')).toBe('Interview questions on Python')
  })

  it('names untitled question lists by the stacks they mention, with no file number', () => {
    // 001 opens with "### General Python", but that is only the first of many sections.
    expect(seedTitle('001')).toBe('Python & Django notes')
    // 000 is Q./Ans- notes with a DJANGO banner; 002 is loose lines, mostly Python.
    expect(seedTitle('000')).toBe('Django & Python notes')
    expect(seedTitle('002')).toBe('Python notes')
  })

  it('gives every seed a distinct title with no hash in it', () => {
    const titles = (Object.keys(SEEDS) as Array<keyof typeof SEEDS>).map(seedTitle)
    expect(new Set(titles).size).toBe(titles.length)
    for (const title of titles) expect(title).not.toMatch(/[0-9a-f]{12}/)
  })
})

describe('documentTitle on small documents', () => {
  it('uses a lone opening heading or a title-like first line', () => {
    expect(documentTitle('## **FastAPI prep**\n\n1. What is Depends?\n', 'x.md')).toBe(
      'FastAPI prep'
    )
    expect(documentTitle('Celery Cheatsheet\n\n- What is a broker?\n', 'x.txt')).toBe(
      'Celery Cheatsheet'
    )
  })

  it('does not take a question or list item for a title', () => {
    expect(documentTitle('What is a broker?\n\nWhat is a queue?\n', 'celery_notes.txt')).toBe(
      'Celery notes'
    )
    expect(documentTitle('1. Async views\n\n', 'my-list.md')).toBe('My list')
  })

  it('shortens a very long title', () => {
    const title = documentTitle(`# ${'Long '.repeat(40)}\n`, 'x.md')
    expect(title.length).toBeLessThanOrEqual(80)
    expect(title.endsWith('…')).toBe(true)
  })
})

describe('prettyFileName', () => {
  it('drops the extension, separators and hash tails', () => {
    expect(prettyFileName('my_django-questions.md')).toBe('My django questions')
    expect(prettyFileName('folder/000_a84ab7c9643d8013.txt')).toBe('Notes 000')
    expect(prettyFileName('README')).toBe('README')
  })
})
