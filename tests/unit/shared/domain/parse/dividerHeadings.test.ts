import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { dividerHeading } from '../../../../../src/shared/domain/parse/dividerHeadings'

describe('divider lines that name a topic', () => {
  it('reads #----Name, ==== Name ==== and --- Name --- as headings', () => {
    expect(dividerHeading('#----------TypeScript')?.text).toBe('TypeScript')
    expect(dividerHeading('# ------ git, GitHub')?.text).toBe('git, GitHub')
    expect(dividerHeading('==== Docker ====')?.text).toBe('Docker')
    expect(dividerHeading('--- NestJS ---')?.text).toBe('NestJS')
  })

  it('leaves bare rules, numbers and prose alone', () => {
    expect(dividerHeading('----------')).toBeNull()
    expect(dividerHeading('--- 3 ---')).toBeNull()
    expect(dividerHeading('-- a comment')).toBeNull()
    expect(dividerHeading('# Title')).toBeNull()
  })

  it('opens topics answered by the prose up to the next divider', () => {
    const text = [
      '# My backend notes',
      '',
      '#----------Docker',
      'Docker packs an app with its dependencies into a container.',
      '',
      '#----------Kubernetes',
      'Kubernetes schedules containers across many machines.',
      '',
      '#----------Redis',
      'Redis is an in-memory key-value store used for caching.',
      '',
      '==== PostgreSQL ====',
      'PostgreSQL is a relational database with strong SQL support.',
      ''
    ].join('\n')
    const items = parseDocument(text, 'notes.txt')
    expect(items.map((i) => i.prompt)).toEqual(['Docker', 'Kubernetes', 'Redis', 'PostgreSQL'])
    expect(items[0]!.answer).toContain('packs an app')
    expect(items[1]!.answer).not.toContain('packs an app')
  })
})
