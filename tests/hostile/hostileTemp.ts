/**
 * Temporary folders for the hostile-input suite: every huge or odd input is generated here at run
 * time (nothing large is committed) and removed after each test.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** A fresh temporary folder per call, removed after each test. */
export function hostileTempDirs(): () => string {
  const made: string[] = []
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'notebook-hostile-'))
    made.push(dir)
    return dir
  }
}

/** `count` one-line questions (`Q. …`), each distinct, as one document's text. */
export function manyQuestions(count: number, prefix = 'widget'): string {
  const lines = new Array<string>(count)
  for (let i = 0; i < count; i++) lines[i] = `Q. What does ${prefix} ${i} do?`
  return lines.join('\n')
}
