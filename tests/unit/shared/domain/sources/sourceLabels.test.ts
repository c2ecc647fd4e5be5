/** One distinct label per source: generic titles give way to the file name, clashes to folders. */

import { describe, expect, it } from 'vitest'
import {
  isGenericTitle,
  sourceLabels,
  type LabelledSource
} from '../../../../../src/shared/domain/sources/sourceLabels'

const file = (path: string, title?: string): LabelledSource => ({
  path,
  name: path.split('/').pop()!,
  ...(title !== undefined ? { title } : {}),
  builtIn: false
})
const seed = (name: string, title: string): LabelledSource => ({
  path: `builtin:${name}`,
  name,
  title,
  builtIn: true
})

describe('isGenericTitle', () => {
  it.each([
    'Notes',
    'README',
    'Questions',
    'Interview questions',
    'Untitled',
    'Python',
    'Django',
    'Python notes',
    'Django & Python notes',
    'FastAPI interview questions'
  ])('%s is generic', (title) => {
    expect(isGenericTitle(title)).toBe(true)
  })

  it.each(['Python Interview Questions - Learning Checklist', 'Django ORM deep dive', 'My week 3'])(
    '%s is not',
    (title) => {
      expect(isGenericTitle(title)).toBe(false)
    }
  )
})

describe('sourceLabels', () => {
  it('keeps a title that says something', () => {
    expect(sourceLabels([file('/home/a/x.md', 'Django ORM deep dive')])).toEqual([
      'Django ORM deep dive'
    ])
  })

  it('uses the file name when the title is generic', () => {
    expect(
      sourceLabels([
        file('/home/a/celery_and_redis.md', 'Notes'),
        file('/home/a/drf-serializers.txt', 'Python'),
        file('/home/a/README.md', 'README')
      ])
    ).toEqual(['Celery and redis', 'Drf serializers', 'README'])
  })

  it('keeps a generic title when the file name is only a number and a hash', () => {
    expect(sourceLabels([seed('002_850168b8f291b3ca.txt', 'Python notes')])).toEqual([
      'Python notes'
    ])
  })

  it('tells two sources with one title apart by their parent folders, never by a number', () => {
    const labels = sourceLabels([
      seed('002_850168b8f291b3ca.txt', 'Python notes'),
      file('/home/me/work/python_notes.md', 'Python notes'),
      file('/home/me/home/python_notes.md', 'Python notes')
    ])
    expect(labels).toEqual([
      'Python notes — built-in',
      'Python notes — work/',
      'Python notes — home/'
    ])
    expect(labels.join(' ')).not.toMatch(/\(\d+\)/)
  })

  it('widens to more folders when the parents share a name', () => {
    expect(
      sourceLabels([
        file('/a/notes/django.md', 'Django ORM'),
        file('/b/notes/django.md', 'Django ORM'),
        file('/b/other.md', 'Other')
      ])
    ).toEqual(['Django ORM — a/notes/', 'Django ORM — b/notes/', 'Other'])
  })

  it('names a folder source by its folder, told apart the same way', () => {
    const folder = (path: string): LabelledSource => ({
      path,
      name: path.split('/').pop()!,
      builtIn: false
    })
    expect(sourceLabels([folder('/home/work/notes'), folder('/home/play/notes')])).toEqual([
      'notes — work/',
      'notes — play/'
    ])
  })

  it('never returns two equal labels for distinct paths (the registry lists a path once)', () => {
    const sources = [
      file('/x/a.md', 'Same'),
      file('/z/x/a.md', 'Same'),
      file('/y/a.md', 'same'),
      seed('000_a.txt', 'Same')
    ]
    const labels = sourceLabels(sources).map((l) => l.toLowerCase())
    expect(new Set(labels).size).toBe(labels.length)
  })
})
