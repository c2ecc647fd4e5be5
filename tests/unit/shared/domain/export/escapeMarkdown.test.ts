import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  escapeInline,
  unescapeInline
} from '../../../../../src/shared/domain/export/escapeMarkdown'
import { closeOpenFence, headingTexts } from '../../../../../src/shared/domain/export/codeFences'
import { HeadingSlugger, slugOf } from '../../../../../src/shared/domain/export/headingSlugger'
import { parseMarkdown, textOf } from './parseMarkdown'

// Characters that mean something in Markdown, mixed with words and spaces.
const tricky = fc
  .array(
    fc.constantFrom(
      ...'*_`#<>[]()!|~&\\-+=.:;1 2 abc '.split(''),
      '__init__',
      '*args',
      '**kwargs',
      '<script>',
      '&amp;',
      '&#35;',
      '```',
      '1.',
      '- ',
      'é',
      '漢字'
    ),
    { minLength: 1, maxLength: 20 }
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.trim() !== '')

describe('escapeInline', () => {
  it('renders any prompt as written inside a heading, a link and a paragraph', () => {
    fc.assert(
      fc.property(tricky, (text) => {
        const expected = text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
        const escaped = escapeInline(text)
        const heading = parseMarkdown(`### ${escaped}`).children[0]
        expect(heading?.type).toBe('heading')
        expect(textOf(heading!)).toBe(expected)
        const link = parseMarkdown(`- [${escaped}](#x)`)
        expect(textOf(link)).toBe(expected)
        const paragraph = parseMarkdown(escaped).children
        expect(paragraph).toHaveLength(1)
        expect(paragraph[0]?.type).toBe('paragraph')
        expect(textOf(paragraph[0]!)).toBe(expected)
      }),
      { numRuns: 300 }
    )
  })

  it('is undone exactly by unescapeInline', () => {
    fc.assert(
      fc.property(
        fc.string().map((s) => s.replace(/\s+/g, ' ').trim()),
        (text) => {
          expect(unescapeInline(escapeInline(text))).toBe(text)
        }
      )
    )
  })
})

describe('code fences', () => {
  it('closes an unclosed fence with the same character and length', () => {
    expect(closeOpenFence('````py\ncode')).toBe('````py\ncode\n````')
    expect(closeOpenFence('~~~\nx')).toBe('~~~\nx\n~~~')
    expect(closeOpenFence('```py\nx\n```')).toBe('```py\nx\n```')
    // A shorter run inside a longer fence does not close it.
    expect(closeOpenFence('````md\n```\n')).toBe('````md\n```\n\n````')
    // Inline code with backticks in the "info string" is not a fence.
    expect(closeOpenFence('``` a ` b')).toBe('``` a ` b')
  })

  it('finds headings outside code only', () => {
    expect(headingTexts('# One\n```\n# not\n```\n## Two ##\nnot # heading')).toEqual(['One', 'Two'])
  })
})

describe('heading anchors', () => {
  it('slugs like GitHub and numbers repeats', () => {
    expect(slugOf('What is __init__ method?')).toBe('what-is-__init__-method')
    expect(slugOf('C# vs Python')).toBe('c-vs-python')
    const slugger = new HeadingSlugger()
    expect(['GIL', 'GIL', 'GIL-1', 'GIL'].map((t) => slugger.slug(t))).toEqual([
      'gil',
      'gil-1',
      'gil-1-1',
      'gil-2'
    ])
  })
})
