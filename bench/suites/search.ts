/**
 * Search bench: our engine (lunr over prompt and section, queried with the terms our vocabulary
 * expands each word to, plus compact postings for the answer prose) against naive lunr (every
 * term as exact^10 OR prefix* OR ~1 over all fields, answers included) on a generated
 * interview-question corpus of 5,000 and 50,000 questions.
 * Measures per-keystroke latency, top-10 hit rate for typo / prefix / multi-word queries,
 * cold build, warm start from the cache, and heap. `SEARCH_BENCH_SIZES=5000` runs one size.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import lunr from 'lunr'
import { catalogKey, IndexCache } from '../../src/main/services/search/indexCache'
import { CATALOG_SLICE } from '../../src/main/services/search/searchService'
import { encodeCatalogIndex } from '../../src/shared/domain/search/catalogCodec'
import { SearchEngine } from '../../src/shared/domain/search/searchEngine'
import type { CatalogEntry } from '../../src/shared/domain/types'
import { writeResults } from '../writeResults'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const REAL =
  'decorator generator iterator closure metaclass middleware serializer queryset select_related prefetch_related __init__ __slots__ **kwargs *args @staticmethod @classmethod lambda asyncio coroutine threading multiprocessing descriptor property dataclass pydantic migration transaction celery redis session cookie authentication permission viewset router endpoint uvicorn gunicorn websocket pagination throttling validation fixture pytest monkeypatch namespace virtualenv protocol annotation null=True'.split(
    ' '
  )
const SYLLABLES =
  'ka lo mi nu pe ra si to va ze bri cla dro fen gli hor jun kel mar nor pol quin ser tal ul vor wex yan zor ad eb ic on um'.split(
    ' '
  )
const FILLER =
  'the a an of to in is it that this with for on as by be are you can when use used using returns return value values object objects function functions class instance method methods call called request response database query queries model models field fields thread process memory performance example usage attribute error exception handler loop event data list dict set tuple string integer key keys type types module package import file files cache server client api view views template test tests time run running code python django fastapi flask async await lock state config settings user users'.split(
    ' '
  )
const FRAMEWORKS = ['Python', 'Django', 'FastAPI', 'Flask', 'SQLAlchemy', 'asyncio']
const TEMPLATES = [
  (a: string, b: string, f: string) => `What is the difference between ${a} and ${b} in ${f}?`,
  (a: string, b: string, f: string) => `How does ${a} work with ${b} in ${f}?`,
  (a: string, b: string, f: string) => `Explain ${a} and ${b} in ${f}. When would you use them?`,
  (a: string, b: string) => `Why would you choose ${a} over ${b}?`,
  (a: string, b: string, f: string) => `How do you implement ${a} using ${b} (${f})?`,
  (a: string, b: string) => `What are the pros and cons of ${a} compared to ${b}?`
]

interface Question {
  entry: CatalogEntry
  concepts: [string, string]
}

/** Deterministic interview-style questions: two concepts per prompt, a prose answer. */
export function corpus(size: number): Question[] {
  const r = random(size)
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)]!
  const word = () => Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(SYLLABLES)).join('')
  const concepts = new Set(REAL)
  while (concepts.size < Math.max(300, size / 8))
    concepts.add(r() < 0.15 ? `${word()}_${word()}` : word())
  const list = [...concepts]
  const concept = () => list[Math.floor(r() ** 1.6 * list.length)]!
  return Array.from({ length: size }, (_, i) => {
    const a = concept()
    let b = concept()
    while (b === a) b = pick(list)
    const f = pick(FRAMEWORKS)
    const words = Array.from({ length: 20 + Math.floor(r() * 50) }, () => {
      const roll = r()
      return roll < 0.12 ? concept() : roll < 0.22 ? word() : pick(FILLER)
    })
    const entry: CatalogEntry = {
      id: `q${i}`,
      kind: 'question',
      prompt: pick(TEMPLATES)(a, b, f),
      key: `q${i}`,
      sections: [`${f} ${pick(['Basics', 'Internals', 'Web', 'Testing'])}`],
      occurrences: [{ file: `bank${i % 7}.md`, line: i + 1 }],
      answers:
        r() < 0.85
          ? [{ markdown: `${words.join(' ')}.`, source: { file: 'bank.md', line: i + 2 } }]
          : [],
      askedIn: 1 + Math.floor(r() * 3),
      checked: null,
      links: [],
      related: []
    }
    return { entry, concepts: [a, b] }
  })
}

function typo(word: string, r: () => number): string {
  const at = 1 + Math.floor(r() * (word.length - 2))
  const letter = 'aeioulnrst'[Math.floor(r() * 10)]!
  switch (Math.floor(r() * 4)) {
    case 0:
      return word.slice(0, at) + letter + word.slice(at + 1)
    case 1:
      return word.slice(0, at) + word.slice(at + 1)
    case 2:
      return word.slice(0, at) + letter + word.slice(at)
    default:
      return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1)
  }
}

interface Queries {
  typo: Array<[string, string]>
  prefix: Array<[string, string]>
  multi: Array<[string, string]>
  keystrokes: string[]
}

/** Queries derived from known targets; keystrokes are every prefix of typed queries. */
export function queries(questions: Question[], targets: number, streams: number): Queries {
  const r = random(7)
  const out: Queries = { typo: [], prefix: [], multi: [], keystrokes: [] }
  const bare = (w: string) => w.replace(/^[@*]+/, '')
  for (let i = 0; i < targets; i++) {
    const { entry, concepts } = questions[Math.floor(r() * questions.length)]!
    const [a, b] = concepts.map(bare) as [string, string]
    const long = a.length >= b.length ? 0 : 1
    const typed = [a, b].map((w, k) => (k === long && w.length >= 5 ? typo(w, r) : w))
    out.typo.push([typed.join(' '), entry.id])
    out.prefix.push([`${a} ${b.slice(0, Math.max(3, Math.ceil(b.length * 0.6)))}`, entry.id])
    const lead = entry.prompt.split(' ').slice(0, 3).join(' ')
    out.multi.push([`${lead} ${a} ${b.slice(0, 2)}`, entry.id])
    if (i < streams)
      for (const text of [`${a} ${b}`, `${lead} ${a} ${b}`])
        for (let n = 1; n <= text.length; n++) out.keystrokes.push(text.slice(0, n))
  }
  return out
}

const NOTE_TEXT =
  'My answer: a generator yields values lazily; mention send(), close() and the iterator protocol. '.repeat(
    8
  )

interface Engine {
  search(text: string): string[]
}

/** The p-th percentile of `values` (sorted in place). */
function percentile(values: number[], p: number): number {
  values.sort((x, y) => x - y)
  return values[Math.min(values.length - 1, Math.floor(values.length * p))]!
}

function measure(engine: Engine, q: Queries) {
  // Wall time is what the user feels; CPU time shows the cost without other processes' load.
  const wall: number[] = []
  const cpu: number[] = []
  for (const text of q.keystrokes) {
    const cpuStart = process.cpuUsage()
    const started = performance.now()
    engine.search(text)
    wall.push(performance.now() - started)
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
  }
  const rate = (list: Array<[string, string]>) =>
    list.filter(([text, id]) => engine.search(text).includes(id)).length / list.length
  return {
    keystrokes: wall.length,
    p50_ms: round(percentile(wall, 0.5)),
    p95_ms: round(percentile(wall, 0.95)),
    max_ms: round(percentile(wall, 1)),
    cpu_p95_ms: round(percentile(cpu, 0.95)),
    cpu_max_ms: round(percentile(cpu, 1)),
    typo_top10: round(rate(q.typo) * 100),
    prefix_top10: round(rate(q.prefix) * 100),
    multi_top10: round(rate(q.multi) * 100)
  }
}

function heapNow(): number {
  gc()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

const round = (n: number) => Math.round(n * 10) / 10
const mb = (bytes: number) => round(bytes / 1e6)

function ours(entries: CatalogEntry[], q: Queries) {
  const before = heapNow()
  const cpuStart = process.cpuUsage()
  let started = performance.now()
  let engine: SearchEngine | null = SearchEngine.build(entries)
  const build = performance.now() - started
  const buildCpu = cpuMs(cpuStart)
  engine.query({ query: 'warm up' })
  const heap = heapNow() - before
  const dir = mkdtempSync(join(tmpdir(), 'search-bench-'))
  const cache = new IndexCache(dir)
  const key = catalogKey(entries)
  cache.write(key, engine.index)
  const bytes = encodeCatalogIndex(engine.index).length
  engine = null
  gc()
  // Warm start as the worker does it: hash the catalog, read + check the file, wrap it.
  started = performance.now()
  const loaded = cache.read(catalogKey(entries), entries.length)
  const warm = SearchEngine.fromIndex(entries, loaded.index!)
  const warmMs = performance.now() - started
  rmSync(dir, { recursive: true, force: true })
  const search = (text: string) => warm.query({ query: text, limit: 10 }).hits.map((h) => h.id)
  const result = measure({ search }, q)
  // An edited answer with 1,000 other notes: the small personal index is rebuilt, not the big one.
  for (let i = 0; i < 1000; i++) warm.setNote(entries[i * 3]!.id, NOTE_TEXT)
  warm.query({ query: 'warm' })
  started = performance.now()
  warm.setNote(entries[1]!.id, `${NOTE_TEXT} zanzibarian`)
  const found = warm.query({ query: 'zanzibarian' }).hits[0]?.id === entries[1]!.id
  const noteMs = found ? performance.now() - started : NaN
  // Main-thread cost of handing the catalog to the worker: the longest slice copy.
  let cloneMs = 0
  for (let at = 0; at < entries.length; at += CATALOG_SLICE) {
    started = performance.now()
    structuredClone(entries.slice(at, at + CATALOG_SLICE))
    cloneMs = Math.max(cloneMs, performance.now() - started)
  }
  return { build, buildCpu, warmMs, heap, bytes, noteMs, cloneMs, ...result }
}

function naive(entries: CatalogEntry[], q: Queries) {
  const before = heapNow()
  const cpuStart = process.cpuUsage()
  let started = performance.now()
  let index: lunr.Index | null = lunr(function () {
    this.ref('id')
    this.field('prompt', { boost: 10 })
    this.field('section')
    this.field('answer')
    for (const e of entries)
      this.add({
        id: e.id,
        prompt: e.prompt,
        section: e.sections.join(' '),
        answer: e.answers.map((a) => a.markdown).join('\n')
      })
  })
  const build = performance.now() - started
  const buildCpu = cpuMs(cpuStart)
  const heap = heapNow() - before
  const json = JSON.stringify(index)
  index = null
  gc()
  started = performance.now()
  const loaded = lunr.Index.load(JSON.parse(json))
  const warmMs = performance.now() - started
  const search = (text: string) =>
    loaded
      .query((query) => {
        for (const token of lunr.tokenizer(text)) {
          const term = token.toString()
          if (!term) continue
          query.term(term, { boost: 10 })
          query.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING })
          query.term(term, { usePipeline: false, editDistance: 1 })
        }
      })
      .slice(0, 10)
      .map((hit) => hit.ref)
  const result = measure({ search }, q)
  // Naive lunr has no separate notes index: an edited answer means a full rebuild.
  return {
    build,
    buildCpu,
    warmMs,
    heap,
    bytes: json.length,
    noteMs: build,
    cloneMs: NaN,
    ...result
  }
}

/** Runs both engines at each size, prints the table and writes bench/results/search.json. */
export async function run(): Promise<void> {
  const sizes = (process.env['SEARCH_BENCH_SIZES'] ?? '5000,50000').split(',').map(Number)
  const rows: Array<Record<string, string | number>> = []
  for (const size of sizes) {
    const questions = corpus(size)
    const entries = questions.map((q) => q.entry)
    const big = size > 10000
    const q = queries(questions, big ? 100 : 200, big ? 10 : 60)
    for (const [name, runEngine] of [
      ['ours (lunr + prose postings)', ours],
      ['naive lunr', naive]
    ] as const) {
      const load = round(loadavg()[0]!)
      const result = runEngine(entries, q)
      rows.push({
        engine: name,
        questions: size,
        load_avg: load,
        cold_build_ms: Math.round(result.build),
        build_cpu_ms: Math.round(result.buildCpu),
        warm_start_ms: Math.round(result.warmMs),
        heap_mb: mb(result.heap),
        cache_mb: mb(result.bytes),
        keystrokes: result.keystrokes,
        p50_ms: result.p50_ms,
        p95_ms: result.p95_ms,
        max_ms: result.max_ms,
        cpu_p95_ms: result.cpu_p95_ms,
        cpu_max_ms: result.cpu_max_ms,
        typo_top10_pct: result.typo_top10,
        prefix_top10_pct: result.prefix_top10,
        multi_top10_pct: result.multi_top10,
        note_edit_ms: round(result.noteMs),
        post_slice_max_ms: round(result.cloneMs)
      })
      console.log(JSON.stringify(rows.at(-1)))
    }
  }
  writeResults('search', rows)
}
