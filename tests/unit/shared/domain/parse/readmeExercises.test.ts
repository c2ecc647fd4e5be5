import { describe, expect, it } from 'vitest'
import { parseDocument, scanDocument } from '../../../../../src/shared/domain/parse'
import { asksInOtherLanguage } from '../../../../../src/shared/domain/parse/interrogatives'

describe('README exercise lists', () => {
  it('reads a number written in inline code (`**`1`**.`) as numbering', () => {
    const items = parseDocument('**`1`**. What is a tuple?\n\nAn immutable sequence.\n', 'r.md')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['What is a tuple?', 'An immutable sequence.']
    ])
  })

  it('treats a line of only <br /> tags as a blank line, so the answer after it is kept', () => {
    const doc = scanDocument('a\n<br />\n<br><br/>\n<br /> text\n')
    expect(doc.lines.map((l) => l.blank)).toEqual([false, true, true, false, true])
    const items = parseDocument('1. What is X?\n<br />\n\n```python\nprint(1)\n```\n', 'r.md')
    expect(items[0]!.answer).toBe('```python\nprint(1)\n```')
  })

  it('hears Persian and Arabic questions and tasks', () => {
    expect(asksInOtherLanguage('برنامه ای بنویسید که عدد N را از ورودی بگیرد')).toBe(true)
    expect(asksInOtherLanguage('چرا پایتون کند است')).toBe(true)
    expect(asksInOtherLanguage('دکوراتور چیست')).toBe(true)
    expect(asksInOtherLanguage('كيف تعمل القوائم')).toBe(true)
    expect(asksInOtherLanguage('پایتون یک زبان برنامه نویسی است')).toBe(false)
  })
})
