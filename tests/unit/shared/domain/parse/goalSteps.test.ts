import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

describe('a project challenge: Goal label over a Steps list', () => {
  it('is a task answered by its steps', () => {
    const text = [
      '## Challenges',
      '',
      '### Flask Challenge: To-Do App',
      '**Goal:** Create a CRUD app for managing tasks.',
      '',
      '**Steps:**',
      '1. Setup Flask app',
      '2. Render tasks with Jinja2 templates',
      '',
      '### Django Challenge: Blog',
      '**Goal:** Build a blog with post creation.',
      '',
      '**Steps:**',
      '1. Define a Post model',
      '2. Add URL routing',
      ''
    ].join('\n')
    const items = parseDocument(text, 'n.md')
    expect(items.map((i) => i.prompt)).toEqual([
      'Create a CRUD app for managing tasks.',
      'Build a blog with post creation.'
    ])
    expect(items[0]!.answer).toContain('Setup Flask app')
    expect(items[0]!.answer).toContain('Render tasks with Jinja2 templates')
    expect(items[1]!.answer).toContain('Add URL routing')
  })
})
