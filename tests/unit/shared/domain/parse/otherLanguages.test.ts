/**
 * Documents in other languages and scripts (issue 9): label words from `labelWords.ts`, labels
 * in scripts with combining marks, non-ASCII digits. One small inline document per rule.
 */

import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { labelOf, labelledLine } from '../../../../../src/shared/domain/parse/labels'

function parse(text: string, file = 'notes.md') {
  return parseDocument(text, file).map((i) => ({
    kind: i.kind,
    prompt: i.prompt,
    answer: i.answer
  }))
}

describe('answer labels in other languages', () => {
  it.each([
    ['Odpověď: Seznam je měnitelný.', 'Seznam je měnitelný.'],
    ['Válasz: A lista módosítható.', 'A lista módosítható.'],
    ['**Răspuns:** Lista este mutabilă.', 'Lista este mutabilă.'],
    ['Antwoord: Een lijst is muteerbaar.', 'Een lijst is muteerbaar.'],
    ['Απάντηση: Η λίστα αλλάζει.', 'Η λίστα αλλάζει.'],
    ['Doğru Cevap: B) Interpreter', 'B) Interpreter'],
    ['✅ Javob: Ro‘yxat o‘zgaruvchan.', 'Ro‘yxat o‘zgaruvchan.'],
    ['**الإجابة:** القائمة قابلة للتغيير', 'القائمة قابلة للتغيير'],
    // Bengali and Devanagari labels hold combining marks (the virama in উত্তর / उत्तर).
    ['উত্তর : HTML একটি ভাষা।', 'HTML একটি ভাষা।'],
    ['उत्तर: सूची बदल सकती है।', 'सूची बदल सकती है।'],
    ['คำตอบ: ลิสต์เปลี่ยนได้', 'ลิสต์เปลี่ยนได้']
  ])('%s labels an answer', (line, rest) => {
    expect(labelledLine(line)).toMatchObject({ role: 'answer', rest })
  })

  it('strips the label from an answer under a question', () => {
    expect(parse('1. HTML কি?\n   উত্তর : HTML একটি মার্কআপ ভাষা।\n')).toEqual([
      { kind: 'question', prompt: 'HTML কি?', answer: 'HTML একটি মার্কআপ ভাষা।' }
    ])
  })

  it('does not take an ordinary word for a label without its mark', () => {
    expect(labelOf('Primer')).toBeNull()
    expect(labelOf('Primer:')).toMatchObject({ role: 'example' })
  })
})

describe('question labels in other languages', () => {
  it.each(['Opdracht 3', 'Άσκηση 2', 'Soru 5', 'Feladat 1', 'คำถามที่ 4', 'Zadatak 7'])(
    '%s is a numbered question label',
    (text) => {
      expect(labelOf(text)).toMatchObject({ role: 'question', numbered: true })
    }
  )

  it('takes the line under a label heading as the question', () => {
    const items = parse(
      '### Opdracht 1\nVraag naar de leeftijd en toon of iemand volwassen is.\n\n' +
        '### Opdracht 2\nVraag twee getallen en vergelijk welk groter is.\n'
    )
    expect(items.map((i) => i.prompt)).toEqual([
      'Vraag naar de leeftijd en toon of iemand volwassen is.',
      'Vraag twee getallen en vergelijk welk groter is.'
    ])
  })
})
