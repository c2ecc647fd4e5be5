/**
 * Writes an export so that readers only ever see complete files: each file goes to a temp name
 * (or a temp folder), is flushed to disk, and only then renamed into place. Any failure removes
 * what was staged and throws an ExportWriteError with a clear message.
 */
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, normalize } from 'node:path'
import { FILE_MARKER_PATTERN } from '../../../shared/domain/export/exportMarkers'
import { ExportWriteError, toExportWriteError } from './exportWriteError'
import { nodeWriteIo, type WriteIo } from './writeIo'
import { syncDirectory } from '../files/atomicWrite'

export interface ExportProgress {
  filesWritten: number
  totalFiles: number
  bytesWritten: number
  totalBytes: number
}

export interface WriteOptions {
  onProgress?: (progress: ExportProgress) => void
  io?: WriteIo
}

/** One file to write: text (as UTF-8, e.g. Markdown or CSV) or bytes (an Anki package). */
export interface OutputFile {
  relativePath: string
  content: string | Uint8Array
}

/** Where the export goes: one file, or a folder that receives every file's relative path. */
export type ExportTarget = { kind: 'file'; path: string } | { kind: 'folder'; path: string }

const tempName = (name: string) => `.${name}.${randomBytes(4).toString('hex')}.tmp`

async function kindOf(path: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file'
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
    throw error
  }
}

function safeRelative(path: string): string {
  const clean = normalize(path)
  if (clean === '' || isAbsolute(clean) || clean.split(/[\\/]/).includes('..'))
    throw new ExportWriteError('unknown', `Refusing to write outside the export folder: ${path}`)
  return clean
}

async function requireFolder(dir: string): Promise<void> {
  const kind = await kindOf(dir)
  if (kind === 'missing')
    throw new ExportWriteError(
      'missing-folder',
      `The folder ${dir} does not exist (was it moved or removed?). Nothing was written.`
    )
  if (kind === 'file')
    throw new ExportWriteError('not-a-folder', `${dir} is not a folder. Nothing was written.`)
}

/**
 * Writes `files` to `target` atomically and returns the absolute paths written. For a file
 * target only the first file is written (the single layout has exactly one).
 */
export async function writeExportFiles(
  target: ExportTarget,
  files: readonly OutputFile[],
  options: WriteOptions = {}
): Promise<string[]> {
  const io = options.io ?? nodeWriteIo
  const encoded = files.map((f) => ({
    path: f.relativePath,
    data: typeof f.content === 'string' ? new TextEncoder().encode(f.content) : f.content
  }))
  const progress: ExportProgress = {
    filesWritten: 0,
    totalFiles: target.kind === 'file' ? Math.min(1, files.length) : files.length,
    bytesWritten: 0,
    totalBytes: (target.kind === 'file' ? encoded.slice(0, 1) : encoded).reduce(
      (n, f) => n + f.data.length,
      0
    )
  }
  const report = () => options.onProgress?.({ ...progress })
  const write = async (path: string, data: Uint8Array) => {
    await io.writeNewFile(path, data, (bytes) => {
      progress.bytesWritten += bytes
      report()
    })
    progress.filesWritten += 1
    report()
  }
  try {
    if (target.kind === 'file') return await writeFile(target.path, encoded[0]?.data, write)
    return await writeFolder(target.path, encoded, write)
  } catch (error) {
    throw toExportWriteError(error, target.path)
  }
}

type Write = (path: string, data: Uint8Array) => Promise<void>

const WRITE_CONCURRENCY = 16

// Runs task(0..count-1) with at most `limit` running; stops starting new ones after a failure.
async function inPool(
  count: number,
  limit: number,
  task: (i: number) => Promise<void>
): Promise<void> {
  let next = 0
  let failed = false
  const worker = async () => {
    while (!failed && next < count) {
      const i = next++
      try {
        await task(i)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  const results = await Promise.allSettled(Array.from({ length: Math.min(limit, count) }, worker))
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (rejected) throw rejected.reason
}

async function writeFile(
  out: string,
  data: Uint8Array | undefined,
  write: Write
): Promise<string[]> {
  if (!data) throw new ExportWriteError('unknown', 'There is nothing to export.')
  const dir = dirname(out)
  await requireFolder(dir)
  if ((await kindOf(out)) === 'folder')
    throw new ExportWriteError(
      'is-a-folder',
      `${out} is a folder; choose a file name. Nothing was written.`
    )
  const temp = join(dir, tempName(basename(out)))
  try {
    await write(temp, data)
    await rename(temp, out)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncDirectory(dir)
  return [out]
}

// Replacing a previous export is fine; replacing a file the user wrote is not.
async function refuseForeignFiles(out: string, relative: readonly string[]): Promise<void> {
  for (const rel of relative) {
    const target = join(out, rel)
    const kind = await lstat(target).catch(() => null)
    if (!kind) continue
    if (!kind.isFile() || !(await isOurExport(target)))
      throw new ExportWriteError(
        'would-overwrite',
        `${target} already exists and is not a Study Notebook export; choose an empty or new folder. Nothing was written.`
      )
  }
}

async function isOurExport(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    // The marker sits in the first lines (after a short front matter at most).
    const head = Buffer.alloc(4096)
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    return FILE_MARKER_PATTERN.test(head.subarray(0, bytesRead).toString('utf8'))
  } finally {
    await handle.close()
  }
}

async function writeFolder(
  out: string,
  files: Array<{ path: string; data: Uint8Array }>,
  write: Write
): Promise<string[]> {
  const relative = files.map((f) => safeRelative(f.path))
  await requireFolder(dirname(out))
  const existing = await kindOf(out)
  if (existing === 'file')
    throw new ExportWriteError(
      'not-a-folder',
      `${out} is a file, not a folder. Nothing was written.`
    )
  if (existing === 'folder') await refuseForeignFiles(out, relative)
  // A new folder is staged beside its final name and renamed as a whole; an existing one (a git
  // repository, a previous export) gets a staging folder inside it, then one rename per file.
  const staging =
    existing === 'missing'
      ? join(dirname(out), tempName(basename(out)))
      : join(out, tempName('export'))
  await mkdir(staging)
  try {
    const folders = new Set(relative.map((rel) => dirname(join(staging, rel))))
    for (const folder of folders) await mkdir(folder, { recursive: true })
    // Several files in flight: each fsync waits on the disk, and the disk batches them.
    await inPool(files.length, WRITE_CONCURRENCY, (i) =>
      write(join(staging, relative[i]!), files[i]!.data)
    )
    if (existing === 'missing') {
      await rename(staging, out)
    } else {
      for (const rel of relative) {
        await mkdir(dirname(join(out, rel)), { recursive: true })
        await rename(join(staging, rel), join(out, rel))
      }
      await rm(staging, { recursive: true, force: true })
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
  await syncDirectory(existing === 'missing' ? dirname(out) : out)
  return relative.map((rel) => join(out, rel))
}
