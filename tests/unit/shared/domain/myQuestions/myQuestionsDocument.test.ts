import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildCatalog } from '../../../../../src/shared/domain/catalog/buildCatalog'
import { normalizePrompt } from '../../../../../src/shared/domain/catalog/normalizePrompt'
import { stableId } from '../../../../../src/shared/domain/catalog/stableId'
import {
  formatMyQuestions,
  parseMyQuestions,
  type MyQuestion
} from '../../../../../src/shared/domain/myQuestions/myQuestionsDocument'
import { closeOpenFence } from '../../../../../src/shared/domain/export/codeFences'
import { parseDocument } from '../../../../../src/shared/domain/parse/index'

const sample: MyQuestion[] = [
  {
    prompt: 'What is select_related vs prefetch_related?',
    answer:
      '`select_related` joins; `prefetch_related` runs a second query.\n\n```python\nBook.objects.select_related("author")\n# ### not a heading\n```',
    section: 'Django ORM',
    kind: 'question',
    tags: ['orm', 'performance']
  },
  {
    prompt: 'Asked at Acme: how would you shard sessions?',
    answer: null,
    section: null,
    kind: 'question',
    tags: []
  },
  {
    prompt: 'asyncio event loop',
    answer: '## My notes\n\n- one thread\n- cooperative',
    section: 'Django ORM',
    kind: 'topic',
    tags: []
  },
  {
    prompt: 'What is __init__.py for?',
    answer: 'Marks a package.',
    section: 'Python',
    kind: 'question',
    tags: []
  }
]

const strip = (qs: MyQuestion[]) =>
  qs.map((q) => {
    const copy = { ...q }
    delete copy.line
    return copy
  })

describe('My questions file', () => {
  it('reads back to the same questions (sections grouped, unsectioned first)', () => {
    const text = formatMyQuestions(sample)
    const back = strip(parseMyQuestions(text))
    const bySection = (s: string | null) => sample.filter((q) => q.section === s)
    expect(back).toEqual([...bySection(null), ...bySection('Django ORM'), ...bySection('Python')])
  })

  it('is readable Markdown: headings for sections and prompts, answers as written', () => {
    const text = formatMyQuestions(sample)
    expect(text.split('\n')[0]).toBe('<!-- study-notebook:my-questions 1 -->')
    expect(text).toContain('\n## Django ORM\n')
    expect(text).toContain('\n### What is select_related vs prefetch_related?\n')
    expect(text).toContain('\n- one thread\n- cooperative\n')
  })

  it('goes through the document parser to entries with the ids their prompts give', () => {
    const text = formatMyQuestions(sample)
    const items = parseDocument(text, 'My questions')
    const catalog = buildCatalog(items)
    expect(catalog.entries.map((e) => e.id).sort()).toEqual(
      sample.map((q) => stableId(normalizePrompt(q.prompt))).sort()
    )
    const orm = catalog.entries.find((e) => e.prompt.startsWith('What is select_related'))!
    expect(orm.sections).toEqual(['Django ORM'])
    expect(orm.answers[0]!.markdown).toBe(sample[0]!.answer)
    expect(orm.answers[0]!.source).toEqual({ file: 'My questions', line: orm.occurrences[0]!.line })
    expect(catalog.entries.find((e) => e.prompt === 'asyncio event loop')!.kind).toBe('topic')
  })

  it('reads hand-added questions without markers, answer up to the next heading', () => {
    const text = `${formatMyQuestions(sample.slice(0, 1))}\n### Typed by hand?\nYes, in a text editor.\n\n#### A sub-heading stays in the answer\n`
    const back = parseMyQuestions(text)
    expect(back[1]).toMatchObject({
      prompt: 'Typed by hand?',
      answer: 'Yes, in a text editor.\n\n#### A sub-heading stays in the answer',
      section: 'Django ORM'
    })
  })

  it('keeps prompts on one line and answers intact for any text', () => {
    const lineText = fc.constantFrom(
      'plain words',
      '### looks like a heading',
      '## also a heading',
      '<!-- notebook:answer -->',
      '- a list item',
      '    indented code',
      '```py',
      '```',
      '',
      'x = {"a": 1}  # comment'
    )
    const answer = fc.array(lineText, { maxLength: 8 }).map((ls) => ls.join('\n'))
    const question = fc.record({
      prompt: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => /\S/.test(s)),
      answer: fc.option(answer, { nil: null }),
      section: fc.option(fc.constantFrom('Python', 'Django', 'Web'), { nil: null }),
      kind: fc.constantFrom('question' as const, 'topic' as const),
      tags: fc.array(fc.constantFrom('a', 'b'), { maxLength: 2 })
    })
    fc.assert(
      fc.property(
        fc.uniqueArray(question, {
          minLength: 1,
          maxLength: 5,
          selector: (q) => q.prompt.replace(/\s+/g, ' ').trim()
        }),
        (qs) => {
          const back = parseMyQuestions(formatMyQuestions(qs))
          expect(back).toHaveLength(qs.length)
          for (const q of back) {
            const original = qs.find((o) => o.prompt.replace(/\s+/g, ' ').trim() === q.prompt)
            expect(original).toBeDefined()
            // Leading blank lines and trailing space go; an unclosed fence gets its closing line.
            const tidy = closeOpenFence(
              (original!.answer ?? '').replace(/^(?:[ \t]*\n)+/, '').trimEnd()
            )
            expect(q.answer ?? '').toBe(tidy.trim() === '' ? '' : tidy)
            expect([q.kind, q.tags]).toEqual([original!.kind, original!.tags])
          }
        }
      ),
      { numRuns: 150 }
    )
  })
})
