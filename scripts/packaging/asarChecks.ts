/**
 * What the packaged app must and must not contain, as plain checks over a listing of app.asar
 * (plus the seeds beside it). Each problem is one sentence; no problems means the package holds
 * everything the app loads and nothing it does not.
 */
import { builtinModules } from 'node:module'

export interface PackedFile {
  /** Path inside the archive, without a leading slash: `out/main/index.js`. */
  path: string
  size: number
  /** Stored in app.asar.unpacked instead of the archive. */
  unpacked: boolean
}

export interface PackageFacts {
  files: PackedFile[]
  /** Size of app.asar in bytes. */
  asarBytes: number
  /** Packages found in the archive (each `node_modules/…/package.json` with a name). */
  packages: Array<{ dir: string; name: string; version: string }>
  /**
   * `name@version` of every package the lock file needs in production. electron-builder may
   * hoist a nested production package to another folder, so packages are matched by identity,
   * not by path.
   */
  production: Set<string>
  /** Bare module names imported by the built main process and preload. */
  runtimeImports: string[]
  /** Seed files in the repository and in the packaged resources: name → size. */
  seeds: { expected: Map<string, number>; packed: Map<string, number> }
  maxAsarBytes: number
  /** JavaScript the renderer loads before first paint (entry and preloaded chunks), in bytes. */
  initialJsBytes: number
  maxInitialJsBytes: number
}

const REQUIRED = [
  'package.json',
  'out/main/index.js',
  'out/main/searchWorker.mjs',
  'out/preload/index.cjs',
  'out/renderer/index.html'
]
const BUILTINS = new Set(['electron', ...builtinModules])
/** Source, tests, tooling and files nothing loads at run time. */
const FORBIDDEN: Array<[RegExp, string]> = [
  [/^(src|tests|bench|scripts|resources|build|node_modules\/\.bin)\//, 'a source or tooling file'],
  [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test file'],
  [/\.map$/, 'a source map'],
  [/(^|\/)\.(env|git|eslintcache)/, 'a dot file']
]

/** The package name of a bare import (`@scope/name/sub` → `@scope/name`), or null if built in. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/')) return null
  const name = specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : specifier.split('/')[0]!
  return BUILTINS.has(name) || specifier.startsWith('node:') ? null : name
}

/** Module names a built file imports: `import … from`, bare `import`, `import()` and `require()`. */
export function importsOf(code: string): string[] {
  const found = new Set<string>()
  // Bundled packages keep their JSDoc, whose examples read like imports (`import {unified} from
  // 'unified'`): comment lines are not code.
  code = code
    .split('\n')
    .filter((line) => !/^\s*(?:\*|\/\*|\/\/)/.test(line))
    .join('\n')
  const patterns = [
    /\bimport\s+(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']/g,
    /\bexport\s+[\w*{}\s,$]+\s+from\s+["']([^"']+)["']/g,
    /\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/g
  ]
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) found.add(m[1]!)
  return [...found]
}

/** Folders of the packages in a listing: `node_modules/a`, `node_modules/a/node_modules/@s/b`. */
export function packageDirs(paths: string[]): string[] {
  return paths
    .filter((p) => /(^|\/)node_modules\/(@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(p))
    .map((p) => p.slice(0, -'/package.json'.length))
}

/** Scripts a built `index.html` loads up front: module entries and `modulepreload` links. */
export function initialScripts(html: string): string[] {
  const found: string[] = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag)
    const isPreload = tag.startsWith('<link') && /rel="modulepreload"/.test(tag)
    if (src && (isScript || isPreload)) found.push(src.replace(/^\.\//, ''))
  }
  return found
}

/** Every problem with the package; empty when it is right. */
export function checkPackage(facts: PackageFacts): string[] {
  const problems: string[] = []
  const byPath = new Map(facts.files.map((f) => [f.path, f]))

  for (const path of REQUIRED)
    if (!byPath.has(path)) problems.push(`${path} is missing from app.asar.`)
  if (!facts.files.some((f) => /^out\/renderer\/assets\/[^/]+\.js$/.test(f.path)))
    problems.push('app.asar has no renderer JavaScript (out/renderer/assets/*.js).')

  for (const f of facts.files) {
    const rule = FORBIDDEN.find(([re]) => re.test(f.path))
    if (rule) problems.push(`${f.path} is ${rule[1]} and should not be packaged.`)
  }
  for (const p of facts.packages)
    if (!facts.production.has(`${p.name}@${p.version}`))
      problems.push(`${p.dir} (${p.name}@${p.version}) is not a production dependency.`)

  for (const name of new Set(facts.runtimeImports)) {
    const pkg = packageOf(name)
    if (pkg && !byPath.has(`node_modules/${pkg}/package.json`))
      problems.push(
        `The main process imports "${pkg}", which is not in app.asar (a devDependency?).`
      )
  }

  // Worker threads cannot load ES modules from inside the archive.
  for (const f of facts.files)
    if (/^out\/main\/(searchWorker\.mjs|chunks\/)/.test(f.path) && !f.unpacked)
      problems.push(`${f.path} must be unpacked (asarUnpack) so the search worker can load it.`)

  const { expected, packed } = facts.seeds
  for (const [name, size] of expected) {
    if (!packed.has(name)) problems.push(`Seed ${name} is missing from resources/seeds.`)
    else if (packed.get(name) !== size) problems.push(`Seed ${name} differs from the repository's.`)
  }
  for (const name of packed.keys())
    if (!expected.has(name)) problems.push(`resources/seeds/${name} is not a seed of this build.`)

  if (facts.asarBytes > facts.maxAsarBytes)
    problems.push(`app.asar is ${mb(facts.asarBytes)}, over the ${mb(facts.maxAsarBytes)} budget.`)
  if (facts.initialJsBytes > facts.maxInitialJsBytes)
    problems.push(
      `The renderer loads ${mb(facts.initialJsBytes)} of JavaScript at start, over the ${mb(facts.maxInitialJsBytes)} budget.`
    )
  return problems
}

/** Bytes as "12.3 MB" (10^6 bytes). */
export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`
}
