/**
 * Checks the contents of every file in an unpacked backup, before a restore changes anything:
 * matching checksums say the bytes are what was packed, not that they are usable. A config that
 * is not JSON, an answer over the size limit or text that is not UTF-8 refuses the whole restore.
 */
import { MAX_ANSWER_BYTES } from '../../../shared/answerLimits'
import type { BackupFiles } from './backupArchive'
import { BackupError } from './backupError'

// The config keys a restore applies, with the JSON kind each must be.
const CONFIG_KINDS: Record<string, 'object' | 'array'> = {
  settings: 'object',
  sources: 'array',
  study: 'object'
}

/** Throws BackupError ('damaged') naming the first file that cannot be restored. */
export function validateBackupFiles(files: BackupFiles, name: string): void {
  const damaged = (why: string) =>
    new BackupError('damaged', `${name} is damaged and was not restored: ${why}.`)
  for (const [path, data] of files) {
    const text = utf8(data)
    if (text === null) throw damaged(`${path} is not UTF-8 text`)
    if (path === 'config.json') {
      const problem = configProblem(text)
      if (problem) throw damaged(`its config.json ${problem}`)
    } else if (path.startsWith('notebook/') && data.length > MAX_ANSWER_BYTES)
      throw damaged(`${path} is larger than the 5 MB an answer can hold`)
  }
}

function utf8(data: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data)
  } catch {
    return null
  }
}

function configProblem(text: string): string | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'is not valid JSON'
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'is not a settings object'
  const config = value as Record<string, unknown>
  for (const [key, kind] of Object.entries(CONFIG_KINDS)) {
    if (!(key in config)) continue
    const v = config[key]
    const isArray = Array.isArray(v)
    const ok = kind === 'array' ? isArray : typeof v === 'object' && v !== null && !isArray
    if (!ok) return `has a "${key}" entry that is not ${kind === 'array' ? 'a list' : 'an object'}`
  }
  return null
}
