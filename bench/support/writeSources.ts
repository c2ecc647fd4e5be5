/**
 * Generated Markdown sources for the start-up and UI benches: the search suite's corpus written
 * as numbered lists with reference answers, 500 questions per file, a section every 50.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { corpus } from '../suites/search'

const QUESTIONS_PER_FILE = 500

/** Writes `size` generated questions into `dir` as `bank-NNN.md` files. */
export async function writeSources(dir: string, size: number): Promise<void> {
  await mkdir(dir, { recursive: true })
  const questions = corpus(size)
  for (let file = 0; file * QUESTIONS_PER_FILE < size; file++) {
    const lines = [`# Bank ${file}`, '']
    const slice = questions.slice(file * QUESTIONS_PER_FILE, (file + 1) * QUESTIONS_PER_FILE)
    slice.forEach(({ entry }, i) => {
      if (i % 50 === 0) lines.push('', `## ${entry.sections[0]} ${file}-${i / 50}`, '')
      lines.push(`${i + 1}. ${entry.prompt}`)
      const answer = entry.answers[0]?.markdown
      if (answer) lines.push(`   ${answer}`)
    })
    await writeFile(join(dir, `bank-${String(file).padStart(3, '0')}.md`), lines.join('\n') + '\n')
  }
}
