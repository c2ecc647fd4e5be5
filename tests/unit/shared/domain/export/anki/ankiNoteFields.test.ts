import { describe, expect, it } from 'vitest'
import { noteFields } from '../../../../../../src/shared/domain/export/anki/ankiNoteFields'
import { ankiTags } from '../../../../../../src/shared/domain/export/anki/ankiTags'
import { ankiDeckName } from '../../../../../../src/shared/domain/export/anki/buildAnkiPackage'
import { fieldChecksum } from '../../../../../../src/shared/domain/export/anki/ankiChecksum'
import type { QuestionRecord } from '../../../../../../src/shared/domain/export/questionRecords'

const record = (patch: Partial<QuestionRecord>): QuestionRecord => ({
  id: 'q',
  prompt: 'What is the GIL?',
  myAnswer: null,
  references: [],
  section: null,
  tags: [],
  status: 'new',
  ...patch
})

describe('noteFields', () => {
  it('puts my answer as HTML first, then each reference under its source', () => {
    const [front, back] = noteFields(
      record({
        myAnswer: 'A **lock**:\n\n```python\nimport threading\n```',
        references: [
          {
            markdown: 'One thread at a time.',
            source: { file: 'a<b>.txt', line: 3 },
            from: 'From a<b>.txt, line 3:'
          }
        ]
      })
    )
    expect(front).toBe('What is the GIL?')
    expect(back).toBe(
      '<div class="my-answer"><p>A <strong>lock</strong>:</p>\n' +
        '<pre><code class="language-python">import threading\n</code></pre></div>\n' +
        '<hr>\n<p><b>Reference answer</b></p>\n' +
        '<blockquote class="reference"><p class="reference-source">From a&lt;b&gt;.txt, line 3:</p>' +
        '<p>One thread at a time.</p></blockquote>'
    )
  })

  it('drops scripts and event handlers, and shows raw HTML as text', () => {
    const [, back] = noteFields(
      record({ myAnswer: 'Hi <img src=x onerror=alert(1)>\n\n<script>alert(2)</script>' })
    )
    expect(back).not.toMatch(/<img|<script|onerror="/)
    expect(back).toContain('&#x3C;script>alert(2)&#x3C;/script>')
  })

  it('leaves Back empty for a question with neither answer nor reference', () => {
    expect(noteFields(record({}))).toEqual(['What is the GIL?', ''])
  })
})

describe('Anki names and numbers', () => {
  it("computes Anki's field checksum (first 8 hex digits of SHA-1)", () => {
    // Values from Python: int(hashlib.sha1(s.encode()).hexdigest()[:8], 16)
    expect(fieldChecksum('What is the GIL?')).toBe(3818046901)
    expect(fieldChecksum('Qu’est-ce que le GIL ?')).toBe(895709668)
  })

  it('makes tags without spaces, once each, section first', () => {
    expect(ankiTags(['Django ORM'], ['orm', 'ORM', ' two  words ', ''])).toEqual([
      'Django_ORM',
      'orm',
      'two_words'
    ])
  })

  it('keeps a deck name from making sub-decks', () => {
    expect(ankiDeckName('Study Notebook – “a::b”')).toBe('Study Notebook – “a:b”')
    expect(ankiDeckName('   ')).toBe('Study Notebook')
  })
})
