/**
 * Numbered headings over notes (tables, code, sentences) are a numbered list of study cards
 * even when few of them ask (`questionHeadings`); a numbered heading over questions or topic
 * phrases of its own is their section, and one over a stated question titles it.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

function prompts(text: string): string[] {
  return parseDocument(text, 'notes.md').map((i) => i.prompt)
}

const notes =
  '# Flask Notes\n\n### 1. **What is Flask?**\n\n* A WSGI microframework.\n\n' +
  '### 2. **Core Concepts**\n\n| Concept | Description |\n|---|---|\n| WSGI | The gateway |\n\n' +
  '### 3. **Basic App**\n\n```python\napp = Flask(__name__)\n```\n\n' +
  '### 4. **Blueprints**\n\n* Split an app by feature.\n\n' +
  '### 5. **Interview Questions**\n\n* What is WSGI?\n* How do sessions work?\n'

describe('numbered headings over notes', () => {
  it('are cards with their notes, the heading over questions their section', () => {
    expect(prompts(notes)).toEqual([
      'What is Flask?',
      'Core Concepts',
      'Basic App',
      'Blueprints',
      'What is WSGI?',
      'How do sessions work?'
    ])
    expect(parseDocument(notes, 'notes.md')[1]?.answer).toContain('| WSGI | The gateway |')
  })

  it('leave topic phrase lists to be the items', () => {
    const outline =
      '## 1. Databases\n- SQLAlchemy ORM\n- Migrations\n\n## 2. Auth\n- Flask-Login\n- JWT tokens\n\n' +
      '## 3. APIs\n- Versioning\n- Rate limiting\n'
    expect(prompts(outline)).toEqual([
      'SQLAlchemy ORM',
      'Migrations',
      'Flask-Login',
      'JWT tokens',
      'Versioning',
      'Rate limiting'
    ])
  })

  it('give way to the question stated below a title', () => {
    const problems =
      '## 1. Two Sum\n\nQuestion: Given an array, return two indices that add up to a target.\n\n```python\npass\n```\n\n' +
      '## 2. Valid Anagram\n\nQuestion: Given two strings, tell whether one is an anagram of the other.\n\n```python\npass\n```\n\n' +
      '## 3. Matrix Sum\n\nQuestion: Given a square matrix, return the sum of its diagonals.\n\n```python\npass\n```\n'
    expect(prompts(problems)).toEqual([
      'Given an array, return two indices that add up to a target.',
      'Given two strings, tell whether one is an anagram of the other.',
      'Given a square matrix, return the sum of its diagonals.'
    ])
  })
})
