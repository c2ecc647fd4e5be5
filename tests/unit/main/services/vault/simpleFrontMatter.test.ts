import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { formatNoteFile } from '../../../../../src/main/services/vault/noteFile'
import { parseSimpleFrontMatter } from '../../../../../src/main/services/vault/simpleFrontMatter'

// The front matter exactly as the vault writes it.
const asWritten = (meta: { id: string; prompt: string; tags: string[] }) =>
  formatNoteFile(meta, '')
    .replace(/^---\n/, '')
    .replace(/---\n\n$/, '')

// Strings dense in the characters YAML treats specially.
const yamlish = fc.string({
  unit: fc.constantFrom(...'ab Z09:#\'"-?*&!|>%@`,[]{}\\\t\n~.'.split('')),
  maxLength: 20
})

describe('parseSimpleFrontMatter', () => {
  it('reads what the app writes for ordinary prompts without the YAML parser', () => {
    const text = asWritten({
      id: 'what-is-gil-1a2b',
      prompt: 'What is GIL?',
      tags: ['python', 'gil']
    })
    expect(parseSimpleFrontMatter(text)).toEqual({
      id: 'what-is-gil-1a2b',
      prompt: 'What is GIL?',
      tags: ['python', 'gil']
    })
    const quoted = asWritten({ id: 'a', prompt: "What's *args: really?", tags: [] })
    expect(parseSimpleFrontMatter(quoted)).toEqual(parse(quoted))
  })

  it.each([
    'id: 123',
    'id: true',
    'prompt: No',
    'prompt: null',
    'prompt: ~',
    'prompt: a # comment',
    'prompt: "tab\\x41"',
    'tags: [c#, "x"]',
    'id: a\nid: b',
    'nested:\n  key: value',
    'prompt: >\n  folded'
  ])('leaves %j to the YAML parser', (text) => {
    expect(parseSimpleFrontMatter(text)).toBeNull()
  })

  it('never disagrees with the YAML parser on what the app writes', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), yamlish),
        fc.array(fc.oneof(fc.string({ minLength: 1 }), yamlish), { maxLength: 4 }),
        fc.stringMatching(/^[a-z0-9-]{1,20}$/),
        (prompt, tags, id) => {
          const text = asWritten({ id, prompt, tags })
          const fast = parseSimpleFrontMatter(text)
          if (fast !== null) expect(fast).toEqual(parse(text))
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('takes the fast path for most realistic prompts', () => {
    const prompts = [
      'What is GIL?',
      'Explain *args and **kwargs',
      'Django ORM: select_related vs prefetch_related',
      "What's a decorator?"
    ]
    const fast = prompts.filter((prompt) =>
      parseSimpleFrontMatter(asWritten({ id: 'x', prompt, tags: [] }))
    )
    expect(fast).toHaveLength(prompts.length)
  })
})
