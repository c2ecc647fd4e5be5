/**
 * The three-way merge of this computer's branch with the remote's, computed as git objects
 * (nothing in the folder changes here). Files changed on one side take that side; files both
 * sides changed are merged line-wise (`*.jsonl` logs as the union of their lines); a file edited
 * on one computer and deleted on the other is kept, so no text is ever lost. Same-line edits
 * leave conflict blocks in the file and are listed for the user's choice.
 */
import { basename } from 'node:path'
import git, { type WalkerEntry } from 'isomorphic-git'
import { mergeNotebookFile } from '../../../shared/domain/sync/mergeText'
import { authorOf, type GitContext } from './gitContext'
import { SyncError } from './syncError'

export type MergePlan =
  | { kind: 'up-to-date' }
  | { kind: 'fast-forward'; target: string }
  | { kind: 'merge'; target: string; conflicts: string[] }

interface TreeNode {
  mode: string
  path: string
  oid: string
  type: 'blob' | 'tree' | 'commit'
}

async function describe(entry: WalkerEntry | null | undefined) {
  if (!entry) return null
  const type = await entry.type()
  return { entry, type, oid: await entry.oid(), mode: (await entry.mode()).toString(8) }
}

async function textOf(entry: WalkerEntry | null): Promise<string> {
  const content = entry ? await entry.content() : undefined
  return content ? Buffer.from(content).toString('utf8') : ''
}

/** How `ours` and `theirs` (commit ids) come together; writes the merge commit when needed. */
export async function mergeCommits(
  ctx: GitContext,
  ours: string,
  theirs: string,
  message: string
): Promise<MergePlan> {
  const { fs, dir, cache } = ctx
  if (ours === theirs) return { kind: 'up-to-date' }
  const bases = await git.findMergeBase({ fs, dir, oids: [ours, theirs], cache })
  if (bases.includes(theirs)) return { kind: 'up-to-date' }
  if (bases.includes(ours)) return { kind: 'fast-forward', target: theirs }
  // Unrelated histories (a second computer that committed before its first pull) merge from
  // the empty tree; of several bases any one is sound for line-wise merges.
  const base = (bases[0] as string | undefined) ?? (await git.writeTree({ fs, dir, tree: [] }))
  const conflicts: string[] = []
  const tree = await git.walk({
    fs,
    dir,
    cache,
    trees: [git.TREE({ ref: ours }), git.TREE({ ref: base }), git.TREE({ ref: theirs })],
    map: async (filepath, entries) => {
      const [o, b, t] = await Promise.all(entries.map((e) => describe(e)))
      const path = basename(filepath)
      if (filepath === '.') return { mode: '040000', path, oid: '', type: 'tree' }
      const sides = [o, t].filter((s) => s != null)
      const types = new Set(sides.map((s) => s.type))
      if (types.has('tree') && types.size > 1)
        throw new SyncError(
          'diverged',
          `The notebook and the remote cannot be merged automatically: "${filepath}" is a file on one computer and a folder on the other. Nothing was changed; rename one of them and sync again.`
        )
      if (types.has('tree')) return { mode: '040000', path, oid: '', type: 'tree' }
      const pick = (s: typeof o): TreeNode | undefined =>
        s ? { mode: s.mode, path, oid: s.oid, type: s.type as TreeNode['type'] } : undefined
      if (o?.oid === t?.oid) return pick(o)
      if (o?.oid === b?.oid) return pick(t)
      if (t?.oid === b?.oid) return pick(o)
      // Both changed it. A deletion against an edit keeps the edit.
      if (!o || !t) return pick(o ?? t)
      const merged = mergeNotebookFile(
        path,
        b?.type === 'blob' ? await textOf(b.entry) : '',
        await textOf(o.entry),
        await textOf(t.entry)
      )
      if (!merged.clean) conflicts.push(filepath)
      const oid = await git.writeBlob({ fs, dir, blob: Buffer.from(merged.text, 'utf8') })
      return { mode: o.mode, path, oid, type: 'blob' }
    },
    reduce: async (parent: TreeNode | undefined, children: Array<TreeNode | undefined>) => {
      if (!parent) return undefined
      if (parent.type !== 'tree') return parent
      const entries = children.filter((c): c is TreeNode => !!c)
      // A folder emptied by the merge goes, as git would leave it.
      if (!entries.length && parent.path !== '.') return undefined
      parent.oid = await git.writeTree({ fs, dir, tree: entries })
      return parent
    }
  })
  const author = authorOf(ctx)
  const target = await git.commit({
    fs,
    dir,
    message,
    author,
    committer: author,
    tree: (tree as TreeNode).oid,
    parent: [ours, theirs],
    noUpdateBranch: true,
    cache
  })
  return { kind: 'merge', target, conflicts }
}

/** The blob paths whose content differs between two commits (what a pull changed). */
export async function changedPaths(ctx: GitContext, from: string | null, to: string) {
  const { fs, dir, cache } = ctx
  const fromTree = from ?? (await git.writeTree({ fs, dir, tree: [] }))
  const paths: string[] = []
  await git.walk({
    fs,
    dir,
    cache,
    trees: [git.TREE({ ref: fromTree }), git.TREE({ ref: to })],
    map: async (filepath, [a, b]) => {
      const [x, y] = await Promise.all([describe(a), describe(b)])
      if (x?.oid === y?.oid && filepath !== '.') return undefined
      if ((x?.type ?? y?.type) === 'tree' || filepath === '.') return true
      paths.push(filepath)
      return true
    }
  })
  return paths
}
