import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatNoteFile,
  normaliseBody,
  NoteFormatError,
  parseNoteFile,
  revisionOf
} from '../../../../../src/main/services/vault/noteFile'

const meta = {
  id: 'what-is-gil-1a2b3c4d5e',
  prompt: 'What is *args: "GIL"?',
  tags: ['python', 'c#']
}

describe('note files', () => {
  it('writes a small YAML front matter and the answer as plain Markdown', () => {
    const text = formatNoteFile(meta, normaliseBody('Use `*args`.\n\n```py\nprint(1)\n```'))
    expect(text.startsWith('---\nid: what-is-gil-1a2b3c4d5e\n')).toBe(true)
    expect(text).toContain('\n---\n\nUse `*args`.\n\n```py\nprint(1)\n```\n')
    const parsed = parseNoteFile(text)
    expect(parsed.meta).toEqual(meta)
    expect(parsed.body).toBe('Use `*args`.\n\n```py\nprint(1)\n```\n')
  })

  it('round-trips any body through format and parse', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (prompt, raw) => {
        const body = normaliseBody(raw)
        const parsed = parseNoteFile(formatNoteFile({ id: 'x', prompt, tags: [] }, body))
        expect(parsed.body).toBe(body)
        expect(parsed.meta.prompt).toBe(prompt)
      })
    )
  })

  it('reads a hand-written file without front matter as a whole answer', () => {
    expect(parseNoteFile('Just my answer\n')).toEqual({ meta: {}, body: 'Just my answer\n' })
  })

  it('accepts CRLF and a BOM from other editors', () => {
    const parsed = parseNoteFile('\uFEFF---\r\nid: a\r\ntags: [x]\r\n---\r\n\r\nBody\r\n')
    expect(parsed.meta).toEqual({ id: 'a', tags: ['x'] })
    expect(parsed.body).toBe('Body\r\n')
  })

  it.each([
    ['unclosed front matter', '---\nid: a\nbody'],
    ['invalid YAML', '---\nid: [a\n---\nbody'],
    ['a YAML list instead of fields', '---\n- a\n- b\n---\nbody'],
    ['a bare YAML string', '---\njust text\n---\nbody']
  ])('rejects %s with a NoteFormatError', (_name, text) => {
    expect(() => parseNoteFile(text)).toThrow(NoteFormatError)
  })

  it('normalises bodies: no leading blank lines, a final line break', () => {
    expect(normaliseBody('\n\n  \nText')).toBe('Text\n')
    expect(normaliseBody('')).toBe('')
    expect(normaliseBody('a\n')).toBe('a\n')
  })

  it('gives different revisions to different bodies and equal ones to equal bodies', () => {
    expect(revisionOf('a')).toBe(revisionOf('a'))
    expect(revisionOf('a')).not.toBe(revisionOf('a\n'))
  })
})
