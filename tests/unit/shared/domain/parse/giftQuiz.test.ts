import { describe, expect, it } from 'vitest'
import { parseDocument, scanDocument } from '../../../../../src/shared/domain/parse'
import { isGiftQuiz } from '../../../../../src/shared/domain/parse/formats/giftQuiz'
import { readGiftAnswers } from '../../../../../src/shared/domain/parse/formats/giftAnswers'
import { isImportable } from '../../../../../src/shared/domain/import/importers'

const QUIZ = [
  '// question: 1  name: capital',
  '$CATEGORY: $course$/Geography/Europe',
  '',
  '::Capital::What is the capital of France?{',
  '\t=Paris#Right, since 987',
  '\t~Lyon#Incorrect',
  '\t~Marseille',
  '}',
  '',
  '::Sum::[html]<p>What is 2 \\+ 2 \\= ?</p>{#4}',
  '',
  'The sun is a star.{T}',
  '',
  '::Pick::Which are prime?{',
  '  ~%50%2',
  '  ~%50%3',
  '  ~%-100%4',
  '  ####Primes have two divisors.',
  '}'
].join('\n')

describe('GIFT quizzes', () => {
  it('reads each question with its options as a ticked checklist', () => {
    const items = parseDocument(QUIZ, 'quiz.gift')
    expect(items.map((i) => i.prompt)).toEqual([
      'What is the capital of France?',
      'What is 2 + 2 = ?',
      'The sun is a star.',
      'Which are prime?'
    ])
    expect(items[0]).toMatchObject({
      kind: 'question',
      section: 'Europe',
      source: { file: 'quiz.gift', line: 4 },
      answer: '- [x] Paris — Right, since 987\n- [ ] Lyon\n- [ ] Marseille'
    })
    expect(items[1]!.answer).toBe('4')
    expect(items[2]!.answer).toBe('True')
    expect(items[3]!.answer).toBe('- [x] 2\n- [x] 3\n- [ ] 4\n\nPrimes have two divisors.')
  })

  it('keeps the text around a fill-in blank and honours escapes', () => {
    const items = parseDocument(
      'Python lists start at index {=0 =zero}.\n\n::Esc::Is \\{x\\} a set? {=yes \\= true ~no}',
      'q.txt'
    )
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['Python lists start at index _____ .', '- 0\n- zero'],
      ['Is {x} a set?', '- [x] yes = true\n- [ ] no']
    ])
  })

  it('reads matching pairs and leaves essays without an answer', () => {
    expect(readGiftAnswers('=dict -> {} =list -> []').options.map((o) => o.text)).toEqual([
      'dict → {}',
      'list → []'
    ])
    const items = parseDocument('::E1::Explain the GIL.{}\n\n::E2::Explain WSGI.{}', 'e.gift')
    expect(items.map((i) => [i.prompt, i.answer])).toEqual([
      ['Explain the GIL.', null],
      ['Explain WSGI.', null]
    ])
  })

  it('does not claim Markdown or code that merely has braces', () => {
    const markdown = [
      '# Dicts',
      '',
      'What does `{}` create?',
      '',
      '```python',
      'd = {"a": 1}',
      'f = lambda: {}',
      '```',
      '',
      'A set is written {1, 2}.'
    ].join('\n')
    expect(isGiftQuiz(scanDocument(markdown))).toBe(false)
    const js = 'function a() {\n  return 1\n}\n\nfunction b() {\n  ~x\n}\n\n## Notes\n\nSome prose.'
    expect(isGiftQuiz(scanDocument(js))).toBe(false)
  })

  it('accepts .gift files for import', () => {
    expect(isImportable('course/module1.gift')).toBe(true)
  })
})
