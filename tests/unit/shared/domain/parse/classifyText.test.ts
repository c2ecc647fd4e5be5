import { describe, expect, it } from 'vitest'
import { classifyText } from '../../../../../src/shared/domain/parse/classifyText'
import {
  cleanPrompt,
  cleanSection,
  extractLinks
} from '../../../../../src/shared/domain/parse/cleanText'

describe('classifyText: question, topic or prose', () => {
  it.each([
    ['Why GIL?', 'question'],
    ['what are closure and partials', 'question'],
    ['How to create dynamic classes in runtime', 'question'],
    ['Implement Singleton class', 'question'],
    ['Explain monkey patching in Python.', 'question'],
    ['IMPLEMENT: counting sort', 'question'],
    ['ALGO: median in infinite input of numbers in O(n)', 'question'],
    ['\'is\' operator in python. Why is "id(1) is id(1)", False', 'question'],
    ['Difference between list and tuple', 'question'],
    ['getattr, hasattr, dynamic resolve of methods', 'topic'],
    ['how python debugger work', 'topic'],
    ['Threading (greenthreads, pthreads, twisted)', 'topic'],
    ['list comprehension', 'topic'],
    ['name mangling', 'topic'],
    ['NOTE: remember to revise this', 'topic'],
    ['I spent most of this week reading the Django docs and building a small blog.', 'prose'],
    ["Foo = type('Foo', (), {})", 'prose'],
    ['It was fun. Then it broke', 'prose'],
    ['Why', 'topic'],
    ['Find others at [our community page](https://x.org/).', 'prose'],
    ['[Programming handbook](https://x.org/handbook)', 'prose'],
    ['`parse(str, options?): value`', 'prose']
  ])('%s → %s', (text, kind) => {
    expect(classifyText(text)).toBe(kind)
  })

  it('ignores a ? inside inline code or a URL', () => {
    expect(classifyText('ternary `a ? b : c`')).toBe('topic')
    expect(classifyText('see https://x.org/?q=1')).toBe('topic')
  })
})

describe('cleanPrompt', () => {
  it.each([
    ['**What is Python?**', 'What is Python?'],
    ['What are *args and **kwargs?', 'What are *args and **kwargs?'],
    [
      "What are Python's `*args` and `**kwargs` used for?",
      "What are Python's `*args` and `**kwargs` used for?"
    ],
    ['What is `__init__`?', 'What is `__init__`?'],
    ['What is __init__ method?', 'What is __init__ method?'],
    ['What are mixins? How are they useful?38. ', 'What are mixins? How are they useful?'],
    ['Explain X. 12.', 'Explain X.'],
    ['What is Python 3.', 'What is Python 3.'],
    ['Asyncio ---> rarely ask', 'Asyncio'],
    ['Design patterns ? Singleton ( rarely ask)', 'Design patterns ? Singleton'],
    ['rarely ask', 'rarely ask'],
    ['What is   global ,\tlocal  ?', 'What is global , local ?'],
    ['Use **Django REST** throttling?', 'Use Django REST throttling?']
  ])('%s → %s', (raw, clean) => {
    expect(cleanPrompt(raw)).toBe(clean)
  })
})

describe('cleanSection', () => {
  it('strips emphasis, numbering and a trailing colon', () => {
    expect(cleanSection('**Django Framework**')).toBe('Django Framework')
    expect(cleanSection('2. Basics:')).toBe('Basics')
  })

  it('recases a shouting banner but keeps acronyms', () => {
    expect(cleanSection('DJANGO:', { banner: true })).toBe('Django')
    expect(cleanSection('REST API DESIGN', { banner: true })).toBe('REST API Design')
    expect(cleanSection('Django ORM', { banner: true })).toBe('Django ORM')
  })
})

describe('extractLinks', () => {
  it('finds http(s) links without trailing punctuation, once each', () => {
    expect(extractLinks('see https://a.io/x. and (http://b.io/y), https://a.io/x')).toEqual([
      'https://a.io/x',
      'http://b.io/y'
    ])
  })
})
