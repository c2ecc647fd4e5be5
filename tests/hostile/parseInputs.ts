/**
 * Generated hostile inputs for the parser, shared by the linear-time test and the parse bench:
 * each shape once made a regular expression over user text backtrack.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** `unit` repeated to about `size` characters, between `head` and `tail`. */
function fill(head: string, unit: string, size: number, tail = ''): string {
  return head + unit.repeat(Math.max(1, Math.floor(size / unit.length))) + tail
}

const REAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/documents/real')

// A realistic mixture: the real fixtures one after another, repeated to the size.
/** The real fixtures one after another, repeated to `size` characters. */
export function realMixture(size: number): string {
  const parts: string[] = []
  for (const slug of readdirSync(REAL_DIR).sort()) {
    for (const name of ['input.md', 'input.txt']) {
      try {
        parts.push(readFileSync(join(REAL_DIR, slug, name), 'latin1'))
      } catch {
        // Each fixture has one of the two.
      }
    }
  }
  const all = parts.join('\n\n')
  return fill('', all, size).slice(0, size)
}

/** Name, file name (its extension picks the path), and a generator of an input of a size. */
export const HOSTILE_INPUTS: Array<[string, string, (size: number) => string]> = [
  ['Ans- then <summary × N (one line)', 'notes.txt', (n) => fill('Q. What?\nAns- ', '<summary', n)],
  ['<div × N', 'notes.md', (n) => fill('1. What is X?\n   ', '<div', n)],
  [
    '<details><summary> then <summary × N',
    'notes.md',
    (n) => fill('<details>\n<summary>', '<summary', n)
  ],
  [
    '</pre> after a long run of spaces',
    'notes.md',
    (n) => fill('Q: What?\nA: <pre>x', ' ', n, 'y</pre>')
  ],
  ['Q then spaces', 'notes.txt', (n) => fill('Q', ' ', n, 'x')],
  ['q then spaces over a setext underline', 'notes.md', (n) => fill('q', ' ', n, 'x\n---')],
  ['### Q then spaces', 'notes.md', (n) => fill('### Q', ' ', n, '1')],
  ['### Q1 then spaces and marks', 'notes.md', (n) => fill('### Q1', ' (', n, '(2 pts)')],
  ['URL with a long run of dots', 'notes.md', (n) => fill('- see https://x.io/', '._', n, 'a')],
  ['? then tabs', 'notes.txt', (n) => fill('What?', '\t', n, 'x')],
  ['spaces before rarely ask', 'notes.txt', (n) => fill('Why', ' ', n, 'rarely ask')],
  ['underscores and stars', 'notes.md', (n) => fill('## ', '_a*b**c', n, '?')],
  ['inline code ticks', 'notes.md', (n) => fill('- What is ', '`a ', n, '?')],
  ['anchor links', 'notes.md', (n) => fill('', '[x](#a) ', n)],
  ['label lines', 'notes.txt', (n) => fill('', 'Question 1\nLevel 1\n', n)],
  [
    'question lines without answers',
    'notes.txt',
    (n) => fill('', 'Question: Write a program\n', n)
  ],
  ['numbered headings', 'notes.md', (n) => fill('', '### 1.输入日期\n', n)],
  ['unclosed details', 'notes.md', (n) => fill('', '<details>\n', n)],
  ['checkbox options', 'notes.md', (n) => fill('#### Q1. Which?\n', '- [ ] option\n', n)],
  ['table rows', 'notes.md', (n) => fill('| Question | Answer |\n|---|---|\n', '| a? | b |\n', n)],
  ['unclosed <table> lines', 'notes.md', (n) => fill('', '<table>\n<tr><td>What?\n', n)],
  [
    'one HTML question table, many rows',
    'notes.md',
    (n) =>
      fill(
        '<table><tr><th>Question</th><th>Answer</th></tr>\n',
        '<tr><td>Why?</td><td>x</td></tr>\n',
        n,
        '</table>'
      )
  ],
  ['underscore blanks', 'notes.md', (n) => fill('1. A ', '\\_\\_\\_ x _', n, ' (T/F)')],
  ['real documents, mixed', 'notes.md', realMixture]
]
