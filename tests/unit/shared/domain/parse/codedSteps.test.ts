import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../../../src/shared/domain/parse'

const fence = (code: string): string => '```sh\n' + code + '\n```'

describe('list entries each followed by their own code (a workbook of tasks)', () => {
  const workbook = [
    '## Lab 3',
    '',
    '- Make a folder for the project',
    '',
    fence('mkdir demo'),
    '',
    '- Then start a repository in it',
    '',
    fence('cd demo'),
    '',
    fence('git init'),
    '',
    '- Open a pull request for review',
    '',
    '- Tag the release `v1`',
    '',
    fence('git tag v1'),
    '',
    '- Push the tag',
    '',
    fence(''),
    ''
  ].join('\n')

  it('reads every entry as a task whose answer is the code after it', () => {
    const items = parseDocument(workbook, 'w.md')
    expect(items.map((i) => [i.kind, i.prompt, i.answer])).toEqual([
      ['question', 'Make a folder for the project', fence('mkdir demo')],
      ['question', 'Then start a repository in it', fence('cd demo') + '\n\n' + fence('git init')],
      ['question', 'Open a pull request for review', null],
      ['question', 'Tag the release `v1`', fence('git tag v1')],
      ['question', 'Push the tag', null]
    ])
  })

  it('leaves a how-to of a couple of coded steps alone', () => {
    const doc =
      '- Clone the repository\n\n' +
      fence('git clone x') +
      '\n\n- Start it\n\n' +
      fence('npm start') +
      '\n'
    expect(parseDocument(doc, 'r.md')).toEqual([])
  })

  it('leaves a README installation section alone, however many steps it has', () => {
    const doc = workbook.replace('## Lab 3', '## Installation')
    expect(parseDocument(doc, 'r.md')).toEqual([])
  })
})
