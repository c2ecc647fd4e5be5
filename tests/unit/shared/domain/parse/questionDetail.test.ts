import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { splitQuestionDetail } from '../../../../../src/shared/domain/parse/questionDetail'
import { buildCatalog } from '../../../../../src/shared/domain/catalog'

const CODE = '```python\nprint(1 + 1)\n```'

describe('question detail: what under a question belongs to the question', () => {
  it('takes the code a question points at out of its answer', () => {
    const parts = splitQuestionDetail(
      'What is the output of the following?',
      `${CODE}\n\nIt prints 2.`,
      false
    )
    expect(parts).toEqual({
      prompt: 'What is the output of the following?',
      detail: CODE,
      answer: 'It prints 2.'
    })
  })

  it('points forward in other languages too (下面, poniższy, folgend)', () => {
    for (const prompt of [
      '下面代码的输出结果是什么？',
      'Co zwróci poniższy kod?',
      'Was gibt der folgende Code aus?'
    ])
      expect(splitQuestionDetail(prompt, `${CODE}\n\n2`, false).detail).toBe(CODE)
  })

  it('leaves code that is the answer (the prompt does not point at it) in the answer', () => {
    const answer = `${CODE}\n\nThe function adds.`
    expect(splitQuestionDetail('Write a function that adds two numbers.', answer, false)).toEqual({
      prompt: 'Write a function that adds two numbers.',
      detail: null,
      answer
    })
  })

  it('does not take "the following input" for the code below', () => {
    const prompt =
      'Suppose the following input is supplied to the program: 8 Then, the output should be: 40320'
    const answer = `${CODE}\n\nprint fact(x)`
    expect(splitQuestionDetail(prompt, answer, false).detail).toBeNull()
  })

  it('keeps code that holds the lettered choices a key names (正确答案：A、B)', () => {
    const answer = '```\n【A】one\n【B】two\n```\n\n正确答案：A、B'
    expect(splitQuestionDetail('下列说法正确的是：', answer, false).detail).toBeNull()
  })

  it('keeps only code after which nothing follows in the answer, unless the question ends after it', () => {
    expect(splitQuestionDetail('What does the following print?', CODE, false).detail).toBeNull()
  })

  it('joins the sentence that asks after the code to a prompt ending in a colon', () => {
    const parts = splitQuestionDetail(
      'A query runs slowly on a table with 10 million rows:',
      '```sql\nSELECT * FROM t WHERE lower(name) = $1\n```\n\nWhich change would most likely improve performance?\n\nAn index on lower(name).',
      false
    )
    expect(parts).toEqual({
      prompt:
        'A query runs slowly on a table with 10 million rows: Which change would most likely improve performance?',
      detail: '```sql\nSELECT * FROM t WHERE lower(name) = $1\n```',
      answer: 'An index on lower(name).'
    })
  })

  it('in a quiz, unmarked options are the question’s and no answer is left without a key', () => {
    const parts = splitQuestionDetail(
      'Which keyword defines a function?',
      'a) func\nb) def\nc) fn',
      true
    )
    expect(parts).toEqual({
      prompt: 'Which keyword defines a function?',
      detail: 'a) func\nb) def\nc) fn',
      answer: null
    })
  })

  it('in a quiz, a key by letter shows the chosen option with the key', () => {
    const parts = splitQuestionDetail(
      'Which keyword defines a function?',
      'A) func\nB) def\nC) fn\n**Answer:** B',
      true
    )
    expect(parts.detail).toBe('A) func\nB) def\nC) fn')
    expect(parts.answer).toBe('B) def\n\n**Answer:** B')
  })

  it('outside a quiz, a lettered list is an enumerated answer and stays', () => {
    const answer = 'a) it is interpreted\nb) it is dynamically typed'
    expect(splitQuestionDetail('What are the features of Python?', answer, false).answer).toBe(
      answer
    )
  })

  it("ticked checkbox choices are the answer, the choices the question's detail", () => {
    const answer = '- [ ] func\n- [x] def\n- [ ] fn\n\nSee the tutorial.'
    expect(splitQuestionDetail('Which keyword defines a function?', answer, false)).toEqual({
      prompt: 'Which keyword defines a function?',
      detail: '- [ ] func\n- [x] def\n- [ ] fn',
      answer: 'def\n\nSee the tutorial.'
    })
  })

  it('a document whose questions keep coming with options is a quiz; the catalog keeps the detail', () => {
    const doc = [1, 2, 3]
      .map((n) => `**${n}. Which number is ${n}?**\n\na) ${n}\nb) ${n + 1}\nc) ${n + 2}\n`)
      .join('\n')
    const items = parseDocument(doc, 'quiz.md')
    expect(items.map((i) => [i.prompt, i.answer, i.detail])).toEqual([
      ['Which number is 1?', null, 'a) 1\nb) 2\nc) 3'],
      ['Which number is 2?', null, 'a) 2\nb) 3\nc) 4'],
      ['Which number is 3?', null, 'a) 3\nb) 4\nc) 5']
    ])
    expect(buildCatalog(items).entries[0]!.detail).toBe('a) 1\nb) 2\nc) 3')
  })

  it('one question with a lettered list does not make a quiz', () => {
    const doc = '**1. What are the features of Python?**\n\na) interpreted\nb) dynamic\n'
    const [item] = parseDocument(doc, 'notes.md')
    expect(item!.answer).toBe('a) interpreted\nb) dynamic')
    expect(item!.detail).toBeUndefined()
  })

  it('property lines before an Answer label are the question’s; the answer starts at the label', () => {
    const parts = splitQuestionDetail(
      'What is the output of this code and why?',
      `${CODE}\n\n**Difficulty:** Junior\n\n**Answer:**\n\nIt prints 2.`,
      false
    )
    expect(parts).toEqual({
      prompt: 'What is the output of this code and why?',
      detail: `${CODE}\n\n**Difficulty:** Junior`,
      answer: 'It prints 2.'
    })
  })

  it('an Explanation label continues the answer above it: nothing moves', () => {
    const answer = 'Time: constant.\n\nExplanation: a hash lookup.'
    expect(splitQuestionDetail('How fast is a dict lookup?', answer, false).answer).toBe(answer)
  })

  it('prose before an Answer label is not a property line: nothing moves', () => {
    const answer = 'It depends on the data.\n\nAnswer: use a set.'
    expect(splitQuestionDetail('How do I dedupe a list?', answer, false).answer).toBe(answer)
  })
})
