import { describe, expect, it } from 'vitest'
import { unescapeIntrawordUnderscores } from '../../../src/renderer/src/editor/markdown/unescapeIntrawordUnderscores'

describe('unescapeIntrawordUnderscores', () => {
  it('drops escapes between letters or digits only', () => {
    expect(unescapeIntrawordUnderscores('snake\\_case\\_name, x\\_1')).toBe('snake_case_name, x_1')
    expect(unescapeIntrawordUnderscores('\\_\\_init\\_\\_ and \\_private')).toBe(
      '\\_\\_init\\_\\_ and \\_private'
    )
  })

  it('leaves code spans and fenced blocks exactly as written', () => {
    const md = 'a\\_b `c\\_d` e\\_f\n```py\ng\\_h = 1\n```\ni\\_j'
    expect(unescapeIntrawordUnderscores(md)).toBe('a_b `c\\_d` e_f\n```py\ng\\_h = 1\n```\ni_j')
  })
})
