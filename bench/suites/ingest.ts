/**
 * Ingestion at scale: a deterministic 50,000-question corpus in the seed formats (with
 * duplicates across and within files, answers with code) is parsed, merged and linked.
 * Reports the time of each phase and the heap after it.
 */
import { loadavg } from 'node:os'
import { linkRelated } from '../../src/shared/domain/catalog/linkRelated'
import { mergeDuplicates } from '../../src/shared/domain/catalog/mergeDuplicates'
import { catalogStats } from '../../src/shared/domain/catalog/catalogStats'
import { parseDocument } from '../../src/shared/domain/parse/index'
import type { ParsedItem } from '../../src/shared/domain/types'
import { writeResults } from '../writeResults'

const QUESTIONS = 50_000
const PER_FILE = 1_000
/** Share of questions that repeat an earlier one, reworded (filler, case, Markdown). */
const DUPLICATE_SHARE = 0.25

const SUBJECTS = (
  'decorator generator iterator closure GIL asyncio coroutine metaclass descriptor dataclass ' +
  'context_manager list_comprehension lambda __slots__ __init__ __new__ __call__ __repr__ ' +
  'middleware ORM queryset migration signal serializer viewset router template_tag form ' +
  'celery_task redis_cache session cookie CSRF JWT OAuth2 pydantic_model dependency_injection ' +
  'uvicorn_worker gunicorn thread_pool process_pool event_loop weakref garbage_collector ' +
  'reference_counting MRO super() mixin abstract_base_class property staticmethod classmethod ' +
  'functools.lru_cache itertools.chain collections.deque heapq bisect typing.Protocol mypy ' +
  'pytest_fixture unittest.mock logging_handler pathlib subprocess multiprocessing.Queue ' +
  'select_related prefetch_related annotate aggregate F_expression Q_object transaction.atomic ' +
  'bulk_create raw_SQL database_index connection_pooling pagination throttling permission_class ' +
  'websocket background_task rate_limiter retry_decorator circuit_breaker sharding replication ' +
  'message_queue kafka_consumer docker_image kubernetes_pod nginx_proxy static_files ' +
  'content_type generic_relation custom_manager model_inheritance admin_action health_check'
)
  .split(' ')
  // Underscores stand for spaces, except in dunder names.
  .map((s) => (s.startsWith('__') ? s : s.replace(/_/g, ' ')))

const TEMPLATES = [
  'What is {a}?',
  'How does {a} work internally?',
  'When would you use {a} instead of {b}?',
  'What is the difference between {a} and {b}?',
  'Explain {a} with an example.',
  'How do you test code that uses {a}?',
  'What are common pitfalls of {a} when combined with {b}?',
  'How would you implement {a} from scratch?',
  'Why does {a} matter for performance in a {b} heavy service?',
  'Can {a} be used together with {b}? How?'
]

/** Small, fast, seedable PRNG (mulberry32): the corpus is the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Question {
  prompt: string
  answer: string | null
}

function makeQuestions(random: () => number): Question[] {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!
  const distinct: Question[] = []
  const used = new Set<string>()
  const out: Question[] = []
  while (out.length < QUESTIONS) {
    if (distinct.length > 100 && random() < DUPLICATE_SHARE) {
      const original = pick(distinct)
      const answer = random() < 0.5 ? original.answer : null
      out.push({ prompt: reword(original.prompt, random), answer })
      continue
    }
    // Subject pairs and templates give ~60,000 distinct prompts; a repeat is drawn again.
    let prompt: string
    do prompt = pick(TEMPLATES).replace('{a}', pick(SUBJECTS)).replace('{b}', pick(SUBJECTS))
    while (used.has(prompt))
    used.add(prompt)
    const question = { prompt, answer: random() < 0.6 ? makeAnswer(prompt, random) : null }
    distinct.push(question)
    out.push(question)
  }
  return out
}

function reword(prompt: string, random: () => number): string {
  const r = random()
  if (r < 0.25) return prompt.toLowerCase()
  if (r < 0.5) return prompt.replace(/\?$/, ' in Python?')
  if (r < 0.75) return prompt.replace(/^What is /, "What's ")
  return prompt.replace(/'/g, '’')
}

function makeAnswer(prompt: string, random: () => number): string {
  const lines = [`It depends on the use: ${prompt.toLowerCase()} comes up in most code reviews.`]
  if (random() < 0.5) {
    lines.push(
      '```python',
      'def example(value):',
      '    for item in value:',
      '        yield item * 2',
      '```'
    )
  }
  return lines.join('\n')
}

/** Renders questions in one of the seed shapes, chosen by file number. */
function renderFile(questions: Question[], fileNo: number): string {
  const shape = fileNo % 5
  const out: string[] = []
  questions.forEach((q, i) => {
    const n = i + 1
    if (i % 50 === 0)
      out.push('', shape === 4 ? `## Section ${fileNo}.${i / 50}` : `### Section ${i / 50}`, '')
    const indented = (text: string, pad: string) => text.split('\n').map((l) => pad + l)
    switch (shape) {
      case 0:
        out.push(`\tQ. ${q.prompt}`)
        if (q.answer) out.push(`Ans- ${q.answer.split('\n')[0]}`)
        break
      case 1:
        out.push(`${n}. ${q.prompt}`)
        if (q.answer) out.push(...indented(`- ${q.answer}`, '   '))
        out.push('')
        break
      case 2:
        out.push(`### ${n}. ${q.prompt}`, '')
        if (q.answer) out.push('Answer:', q.answer, '')
        break
      case 3:
        out.push(`${n}. **${q.prompt}**`)
        break
      default:
        out.push(`${n}. [${n % 3 === 0 ? 'x' : ' '}] ${q.prompt}`)
    }
  })
  return out.join('\n') + '\n'
}

function heapMb(): number {
  return Math.round((process.memoryUsage().heapUsed / 1024 / 1024) * 10) / 10
}

// Wall time, and CPU time of this process: on a busy machine the CPU time is the steadier number.
function time<T>(work: () => T): { result: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const result = work()
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  return { result, ms: round(ms), cpuMs: round((used.user + used.system) / 1000) }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10
}

/** The generated corpus: 50 documents of 1,000 questions, the same on every run. */
export function generateCorpus(): Array<{ name: string; text: string }> {
  const questions = makeQuestions(prng(20241123))
  const files: Array<{ name: string; text: string }> = []
  for (let f = 0; f * PER_FILE < questions.length; f++) {
    files.push({
      name: `gen_${f}.md`,
      text: renderFile(questions.slice(f * PER_FILE, (f + 1) * PER_FILE), f)
    })
  }
  return files
}

/** Generates the corpus, runs each phase once after a warm-up on a slice, writes the results. */
export async function run(): Promise<void> {
  const files = generateCorpus()
  const bytes = files.reduce((sum, f) => sum + f.text.length, 0)
  // Warm up the JIT on a few files so the numbers describe steady work, not compilation.
  linkRelated(mergeDuplicates(files.slice(0, 5).flatMap((f) => parseDocument(f.text, f.name))))

  const start = heapMb()
  const parse = time(() => files.flatMap((f) => parseDocument(f.text, f.name)))
  const afterParse = heapMb()
  const items: ParsedItem[] = parse.result
  const merge = time(() => mergeDuplicates(items))
  const afterMerge = heapMb()
  const link = time(() => linkRelated(merge.result))
  const afterLink = heapMb()
  const stats = catalogStats({ entries: merge.result, itemCount: items.length })
  const mb = (bytes / 1024 / 1024).toFixed(1)

  // heapMb is the heap in use after each phase (no forced GC): corpus, items and catalog are all
  // alive at the end, so the last row is the peak the app would hold.
  writeResults('ingest', [
    {
      phase: 'corpus',
      // Wall times on a shared machine swing with its load; it is recorded with the results.
      detail: `${files.length} files, ${mb} MB, ${QUESTIONS} questions; load ${loadavg()[0]!.toFixed(1)}`,
      ms: 0,
      cpuMs: 0,
      heapMb: start
    },
    {
      phase: 'parse',
      detail: `${items.length} items`,
      ms: parse.ms,
      cpuMs: parse.cpuMs,
      heapMb: afterParse
    },
    {
      phase: 'merge',
      detail: `${stats.entries} entries, ${stats.mergedGroups} merged groups`,
      ms: merge.ms,
      cpuMs: merge.cpuMs,
      heapMb: afterMerge
    },
    {
      phase: 'link related',
      detail: `${stats.withRelated} entries with related`,
      ms: link.ms,
      cpuMs: link.cpuMs,
      heapMb: afterLink
    },
    {
      phase: 'total',
      detail: `${stats.withAnswers} entries with answers`,
      ms: round(parse.ms + merge.ms + link.ms),
      cpuMs: round(parse.cpuMs + merge.cpuMs + link.cpuMs),
      heapMb: Math.max(start, afterParse, afterMerge, afterLink)
    }
  ])
}
