import { describe, expect, it } from 'vitest'
import { normalizePrompt } from '../../../../../src/shared/domain/catalog/normalizePrompt'

const same = (a: string, b: string) => expect(normalizePrompt(a)).toBe(normalizePrompt(b))
const differ = (a: string, b: string) => expect(normalizePrompt(a)).not.toBe(normalizePrompt(b))

describe('normalizePrompt', () => {
  it('ignores case, punctuation, whitespace and Markdown emphasis', () => {
    same('What is GIL?', 'what   is gil')
    same('**What is a decorator?**', 'What is decorator')
    same('Lambda function?', 'What is lambda function?')
  })

  it('treats curly and straight quotes, backticks and @ alike', () => {
    same('What are Python’s data types?', "What are Python's data types?")
    same('What is the `yield` keyword?', 'What is the yield keyword?')
    same('What is @staticmethod?', 'What is `staticmethod`?')
  })

  it('drops leading "What is/are/What\'s", "Explain (the concept of)", "Can you explain"', () => {
    same("What's a closure?", 'Closure?')
    same('Explain the concept of closures in Python.', 'What are closures?')
    same('Can you explain closures?', 'closures')
    same('Can you explain the concept of duck typing?', 'Duck typing')
  })

  it('drops a trailing "in Python" or "in Django" but not one in the middle', () => {
    same('What are metaclasses in Python?', 'What are metaclasses?')
    same('What are views in Django?', 'Views?')
    differ('What is a class in Python used for?', 'What is a class used for?')
  })

  it('treats "difference between A and B", "A vs B" and "B and A" as one question', () => {
    same(
      'What is the difference between `is` and `==`?',
      'What is the difference between is vs == in Python?'
    )
    same(
      'Difference between deep copy and shallow copy?',
      'What is the difference between shallow copy and deep copy?'
    )
    same(
      'Diff between list and tuple?',
      'Explain the difference between `list` and `tuple` in Python.'
    )
  })

  it('keeps operators and dunder names apart, so different questions never collide', () => {
    differ('What is the difference between is and ==?', 'What is the difference between is and !=?')
    differ('What is `is`?', 'What is `==`?')
    differ('What is __init__?', 'What is init?')
    differ('What is __init__ method?', 'What is __new__ method?')
    differ('What is __str__?', 'What is str?')
    differ('What is a list?', 'What is a tuple?')
    differ('What is Python?', 'What is Django?')
    expect(normalizePrompt('__name__ == "__main__" ?')).toContain('__name__')
  })

  it('names symbols that stand alone, so questions about them stay apart', () => {
    differ('What does `%` do?', 'What does `*` do?')
    differ('What is `**`?', 'What is `*`?')
    differ('What does // do in Python?', 'What does / do in Python?')
    differ('What is @ used for?', 'What is used for?')
    same('What does `%` do?', "What does '%' do")
    // Attached markers are Markdown or syntax, not the subject.
    same('What are *args?', 'What are args?')
    same('**What is GIL?**', 'What is GIL?')
  })

  it('never returns an empty key', () => {
    for (const prompt of ['What is?', '?', '**', 'the', 'What is the difference between']) {
      expect(normalizePrompt(prompt).length).toBeGreaterThan(0)
    }
  })

  it('is idempotent on its own output for ordinary prompts', () => {
    for (const prompt of [
      'What is GIL?',
      'How to define decorator?',
      '__slots__ and their usecase'
    ]) {
      const key = normalizePrompt(prompt)
      expect(normalizePrompt(key)).toBe(key)
    }
  })
})
