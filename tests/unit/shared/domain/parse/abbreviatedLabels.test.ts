import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'
import { abbreviatedAnswer } from '../../../../../src/shared/domain/parse/abbreviatedLabels'

describe('abbreviated answer labels', () => {
  it('knows R/, Rpta., Resp. and Отв. in front of an answer', () => {
    for (const text of [
      '**R/:** Una lista',
      'R/ Una lista',
      'Rpta.: 42',
      'Resp.: sim',
      'Отв.: да',
      '**R:** sim'
    ])
      expect(abbreviatedAnswer(text), text).not.toBeNull()
  })

  it('leaves R/W, a plain R: and option letters alone', () => {
    for (const text of [
      'R/W memory is fast',
      'R: a language for statistics',
      'A. a list',
      'Respond quickly: yes'
    ])
      expect(abbreviatedAnswer(text), text).toBeNull()
  })

  it('takes the text after **R/:** as the answer of the question above', () => {
    const doc = [
      '1. **¿Qué es una tupla?**',
      '',
      '**R/:** Una lista que no puede modificarse.',
      '',
      '2. **¿Cómo se accede a un elemento?**',
      '',
      '**R/:** Usando índices.',
      ''
    ].join('\n')
    const items = parseDocument(doc, 'test.md')
    expect(items.map((i) => i.answer)).toEqual([
      'Una lista que no puede modificarse.',
      'Usando índices.'
    ])
  })

  it('takes the text after a bold **R:** as the answer, as Portuguese notes write it', () => {
    const doc =
      '**1. O que é uma tupla?**\n**R:** Uma lista imutável.\n\n**2. O que é um dict?**\n**R:** Um mapa.\n'
    expect(parseDocument(doc, 'test.md').map((i) => i.answer)).toEqual([
      'Uma lista imutável.',
      'Um mapa.'
    ])
  })
})
