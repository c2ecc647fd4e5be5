import { describe, expect, it } from 'vitest'
import {
  checkPackage,
  importsOf,
  initialScripts,
  packageDirs,
  packageOf,
  type PackageFacts,
  type PackedFile
} from '../../../../scripts/packaging/asarChecks'
import { onlyMissesElectron } from '../../../../scripts/packaging/loadProbe'

const file = (path: string, unpacked = false): PackedFile => ({ path, size: 10, unpacked })

function goodFacts(): PackageFacts {
  return {
    files: [
      file('package.json'),
      file('out/main/index.js'),
      file('out/main/searchWorker.mjs', true),
      file('out/main/chunks/engineHost-x.mjs', true),
      file('out/preload/index.cjs'),
      file('out/renderer/index.html'),
      file('out/renderer/assets/index-abc.js'),
      file('node_modules/zod/package.json'),
      file('node_modules/zod/index.js')
    ],
    asarBytes: 7e6,
    packages: [{ dir: 'node_modules/zod', name: 'zod', version: '4.1.0' }],
    production: new Set(['zod@4.1.0']),
    runtimeImports: ['zod', 'node:fs', 'electron', 'path', 'zod/v4'],
    seeds: { expected: new Map([['a.txt', 3]]), packed: new Map([['a.txt', 3]]) },
    maxAsarBytes: 15e6,
    initialJsBytes: 9e5,
    maxInitialJsBytes: 1e6
  }
}

describe('checkPackage', () => {
  it('passes a package with what the app loads and nothing else', () => {
    expect(checkPackage(goodFacts())).toEqual([])
  })

  it('names missing entry points and renderer code', () => {
    const facts = goodFacts()
    facts.files = facts.files.filter((f) => !/preload|renderer\/assets/.test(f.path))
    expect(checkPackage(facts)).toEqual([
      'out/preload/index.cjs is missing from app.asar.',
      'app.asar has no renderer JavaScript (out/renderer/assets/*.js).'
    ])
  })

  it('rejects sources, tests, source maps and seeds inside the archive', () => {
    const facts = goodFacts()
    facts.files.push(
      file('src/main/index.ts'),
      file('tests/unit/x.test.ts'),
      file('node_modules/zod/thing.spec.js'),
      file('out/main/index.js.map'),
      file('resources/seeds/a.txt')
    )
    expect(checkPackage(facts)).toEqual([
      'src/main/index.ts is a source or tooling file and should not be packaged.',
      'tests/unit/x.test.ts is a source or tooling file and should not be packaged.',
      'node_modules/zod/thing.spec.js is a test file and should not be packaged.',
      'out/main/index.js.map is a source map and should not be packaged.',
      'resources/seeds/a.txt is a source or tooling file and should not be packaged.'
    ])
  })

  it('rejects a dev-only package, matched by name and version wherever it was hoisted', () => {
    const facts = goodFacts()
    facts.packages.push(
      { dir: 'node_modules/vitest', name: 'vitest', version: '4.1.0' },
      { dir: 'node_modules/semver', name: 'semver', version: '7.8.6' }
    )
    facts.production.add('semver@7.8.6')
    expect(checkPackage(facts)).toEqual([
      'node_modules/vitest (vitest@4.1.0) is not a production dependency.'
    ])
  })

  it('requires every package the main process imports', () => {
    const facts = goodFacts()
    facts.runtimeImports.push('react-dom/client', '@noble/hashes/sha2.js')
    expect(checkPackage(facts)).toEqual([
      'The main process imports "react-dom", which is not in app.asar (a devDependency?).',
      'The main process imports "@noble/hashes", which is not in app.asar (a devDependency?).'
    ])
  })

  it('requires the worker and its chunks outside the archive', () => {
    const facts = goodFacts()
    facts.files = facts.files.map((f) => (f.path.startsWith('out/main/chunks') ? file(f.path) : f))
    expect(checkPackage(facts)).toEqual([
      'out/main/chunks/engineHost-x.mjs must be unpacked (asarUnpack) so the search worker can load it.'
    ])
  })

  it('compares the packaged seeds with the repository and keeps the size budget', () => {
    const facts = goodFacts()
    facts.seeds = {
      expected: new Map([
        ['a.txt', 3],
        ['b.txt', 4]
      ]),
      packed: new Map([
        ['a.txt', 2],
        ['c.txt', 1]
      ])
    }
    facts.asarBytes = 16e6
    facts.initialJsBytes = 1.2e6
    expect(checkPackage(facts)).toEqual([
      "Seed a.txt differs from the repository's.",
      'Seed b.txt is missing from resources/seeds.',
      'resources/seeds/c.txt is not a seed of this build.',
      'app.asar is 16.0 MB, over the 15.0 MB budget.',
      'The renderer loads 1.2 MB of JavaScript at start, over the 1.0 MB budget.'
    ])
  })
})

describe('import scanning', () => {
  it('finds static, bare, re-exported, dynamic and require imports in built code', () => {
    const code = [
      'import { app } from "electron";',
      'import Store from "electron-store";',
      'import "./chunks/a.mjs";',
      'export { x } from "yaml";',
      'const m = await import("chokidar");',
      'const z = require("zod");'
    ].join('\n')
    expect(importsOf(code).sort()).toEqual(
      ['./chunks/a.mjs', 'chokidar', 'electron', 'electron-store', 'yaml', 'zod'].sort()
    )
  })

  it('ignores import examples in the JSDoc of bundled packages', () => {
    const code = [
      '/**',
      " *   import {unified} from 'unified'",
      ' */',
      '// import x from "y"',
      'import "z";'
    ].join('\n')
    expect(importsOf(code)).toEqual(['z'])
  })

  it('reduces specifiers to package names and drops built-ins', () => {
    expect(packageOf('@noble/hashes/sha2.js')).toBe('@noble/hashes')
    expect(packageOf('zod/v4')).toBe('zod')
    expect(packageOf('node:fs')).toBeNull()
    expect(packageOf('worker_threads')).toBeNull()
    expect(packageOf('electron')).toBeNull()
    expect(packageOf('./x.js')).toBeNull()
  })

  it('finds the scripts a built page loads up front, not the ones it loads lazily', () => {
    const html = [
      '<script type="module" crossorigin src="./assets/index-a.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/vendor-b.js">',
      '<link rel="stylesheet" crossorigin href="./assets/index-c.css">'
    ].join('\n')
    expect(initialScripts(html)).toEqual(['assets/index-a.js', 'assets/vendor-b.js'])
  })

  it('lists package folders, nested and scoped, but not files inside them', () => {
    expect(
      packageDirs([
        'node_modules/a/package.json',
        'node_modules/a/node_modules/@s/b/package.json',
        'node_modules/a/lib/package.json',
        'out/main/index.js'
      ])
    ).toEqual(['node_modules/a', 'node_modules/a/node_modules/@s/b'])
  })
})

describe('onlyMissesElectron', () => {
  it('tells "Electron is absent" from a file packaging left out', () => {
    expect(
      onlyMissesElectron(
        "Cannot find package 'electron' imported from /tmp/x/node_modules/electron-store/index.js"
      )
    ).toBe(true)
    expect(
      onlyMissesElectron("Cannot find module '/tmp/x/node_modules/sql.js/dist/sql-wasm.wasm'")
    ).toBe(false)
  })
})
