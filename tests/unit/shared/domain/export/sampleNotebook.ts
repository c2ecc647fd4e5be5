/**
 * A small notebook full of what breaks naive Markdown exports: prompts with Markdown characters,
 * answers with code fences (nested, tilde, unclosed), lists, tables and headings.
 */
import type { CatalogEntry, ReferenceAnswer } from '../../../../../src/shared/domain/types'
import type { StudyState } from '../../../../../src/shared/study'
import type { ExportData } from '../../../../../src/shared/domain/export/types'

function entry(
  id: string,
  prompt: string,
  section: string | null,
  answers: ReferenceAnswer[] = [],
  askedIn = 1
): CatalogEntry {
  const occurrences =
    answers.length > 0 ? answers.map((a) => a.source) : [{ file: 'list.md', line: 1 }]
  return {
    id,
    kind: 'question',
    prompt,
    key: prompt.toLowerCase(),
    sections: section ? [section] : [],
    occurrences,
    answers,
    askedIn,
    checked: null,
    links: [],
    related: []
  }
}

const ref = (markdown: string, file: string, line: number): ReferenceAnswer => ({
  markdown,
  source: { file, line }
})

export const NESTED_FENCE_ANSWER = [
  'Write the docs like this:',
  '',
  '````markdown',
  '```python',
  'def f(*args, **kwargs):',
  '    return args, kwargs',
  '```',
  '````',
  '',
  'Then it renders.'
].join('\n')

export const LIST_ANSWER = [
  '- **positional**: `*args` collects extra positional arguments',
  '- keyword: `**kwargs`',
  '  1. nested *list*',
  '  2. with `code`',
  '',
  '| a | b |',
  '| - | - |',
  '| 1 | 2 |'
].join('\n')

export const CODE_ANSWER = [
  '```python',
  'class A:',
  '    def __init__(self):',
  "        self.x = '<script>'",
  '```',
  '',
  '~~~js',
  'const a = `template`',
  '~~~'
].join('\n')

/** The sample entries, notes and study state. */
export function sampleNotebook(): ExportData {
  const entries = [
    entry(
      'args-kwargs',
      'What are *args and **kwargs?',
      'Core Python',
      [ref('- `*args`: positional\n- `**kwargs`: keyword', 'checklist.md', 3)],
      3
    ),
    entry(
      'init',
      'What is __init__ method?',
      'Core Python',
      [
        ref('Initialiser.', 'old.txt', 7),
        ref('```py\nclass A:\n    def __init__(self): ...\n```', 'list.md', 12)
      ],
      2
    ),
    entry('main-check', 'How does `if __name__ == "__main__"` work?', 'Core Python'),
    entry('script', 'Why is <script>alert(1)</script> in a prompt & &amp; safe?', 'Web # Security'),
    entry('csharp', 'C# vs Python [1] | pipes ~tilde~ #', 'Web # Security'),
    entry('numbered', '1. Numbered prompt', null),
    entry('gil-1', 'What is GIL?', null, [ref('One thread at a time.', 'a.txt', 2)]),
    entry('gil-2', 'What is GIL', null),
    entry('unclosed', 'Unclosed fence answer', null)
  ]
  const notes: Record<string, string> = {
    'args-kwargs': LIST_ANSWER,
    init: CODE_ANSWER,
    'main-check': NESTED_FENCE_ANSWER,
    script: '# Heading inside an answer\n\nPlain text with <b>html</b> & entities &copy;.',
    csharp: '   \n',
    'gil-1': '## GIL\n\nThe *global interpreter lock*.',
    unclosed: '```python\nprint("never closed")'
  }
  const learning: StudyState = {
    status: 'learning',
    favourite: true,
    tags: ['python', '*core*'],
    updatedAt: 1
  }
  const study: Record<string, StudyState> = { 'args-kwargs': learning }
  return { entries, notes, study }
}
