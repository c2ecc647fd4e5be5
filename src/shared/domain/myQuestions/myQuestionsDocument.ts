/**
 * "My questions": the questions the user added in the app, kept as one Markdown file in the
 * notebook folder so they sync, back up and export with the answers. The shape is dedicated and
 * recognised by its first-line marker, so no other format's rules can misread it:
 *
 *   <!-- study-notebook:my-questions 1 -->
 *   # My questions
 *
 *   ## Django                                  ← section (questions without one come first)
 *
 *   ### What is a middleware?                  ← the prompt, exactly as typed
 *   <!-- notebook:my-question {"kind":"question","tags":["web"]} -->
 *
 *   <!-- notebook:answer -->
 *   The reference answer, any Markdown.
 *   <!-- notebook:answer-end -->
 *
 * Hand edits are welcome: a `###` heading without the marker is a question too, and without
 * answer markers its answer is the text up to the next heading.
 */
import { closeOpenFence, FenceTracker } from '../export/codeFences'
import { ANSWER_END, ANSWER_START } from '../export/exportMarkers'
import type { ItemKind } from '../types'

/** The name of the file in the notebook folder, and of its source in the sidebar. */
export const MY_QUESTIONS_FILE = 'My questions.md'
export const MY_QUESTIONS_SOURCE = 'My questions'
export const MY_QUESTIONS_MARKER = '<!-- study-notebook:my-questions 1 -->'
const MARKER_PATTERN = /^\uFEFF?<!-- study-notebook:my-questions (\d+) -->[ \t]*$/
const META_PREFIX = '<!-- notebook:my-question '
const META_SUFFIX = ' -->'

/** One question the user added. */
export interface MyQuestion {
  prompt: string
  /** The reference answer as Markdown, or null. */
  answer: string | null
  section: string | null
  kind: ItemKind
  tags: string[]
  /** 1-based line of its heading (set when read from the file). */
  line?: number
}

/** True when `text` is a My questions file (the marker is its first line). */
export function isMyQuestionsDocument(text: string): boolean {
  const first = text.slice(0, 200).split(/\r\n|\r|\n/, 1)[0] ?? ''
  return MARKER_PATTERN.test(first)
}

/** One line, no surrounding space: a prompt or section can never break the file's structure. */
export function cleanLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function metaLine(question: MyQuestion): string {
  const json = JSON.stringify({ kind: question.kind, tags: question.tags })
  return `${META_PREFIX}${json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e')}${META_SUFFIX}`
}

function readMeta(line: string): { kind: ItemKind; tags: string[] } | null {
  const trimmed = line.trim()
  if (!trimmed.startsWith(META_PREFIX) || !trimmed.endsWith(META_SUFFIX)) return null
  try {
    const data = JSON.parse(trimmed.slice(META_PREFIX.length, -META_SUFFIX.length)) as unknown
    const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>
    const tags = Array.isArray(d['tags'])
      ? d['tags'].filter((t): t is string => typeof t === 'string')
      : []
    return { kind: d['kind'] === 'topic' ? 'topic' : 'question', tags }
  } catch {
    return null
  }
}

// An answer line that reads as our end marker (outside code) would end the answer early.
function guardAnswer(markdown: string): string {
  return closeOpenFence(
    markdown
      .split(/\r\n|\r|\n/)
      .map((line) => (line.trim() === ANSWER_END ? ` ${line}` : line))
      .join('\n')
      .replace(/^(?:[ \t]*\n)+/, '')
      .trimEnd()
  )
}

/** The whole file for `questions`, grouped by section in first-seen order. */
export function formatMyQuestions(questions: readonly MyQuestion[]): string {
  const out = [
    MY_QUESTIONS_MARKER,
    '# My questions',
    '',
    'Questions you added in Study Notebook. Each `###` heading is a question; edit freely.',
    ''
  ]
  const sections: Array<string | null> = []
  for (const q of questions) {
    const section = q.section ? cleanLine(q.section) || null : null
    if (!sections.includes(section)) sections.push(section)
  }
  // Questions without a section come first, before any `##` heading would claim them.
  sections.sort((a, b) => (a === null ? -1 : b === null ? 1 : 0))
  for (const section of sections) {
    if (section !== null) out.push(`## ${section}`, '')
    for (const q of questions) {
      if ((q.section ? cleanLine(q.section) || null : null) !== section) continue
      out.push(`### ${cleanLine(q.prompt)}`, metaLine(q), '')
      const answer = q.answer ? guardAnswer(q.answer) : ''
      if (answer) out.push(ANSWER_START, answer, ANSWER_END, '')
    }
  }
  return `${out.join('\n')}\n`
}

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*$/

/** Reads the file back: the same prompts, answers, sections, kinds and tags, in file order. */
export function parseMyQuestions(text: string): MyQuestion[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const questions: MyQuestion[] = []
  let section: string | null = null
  let current: MyQuestion | null = null
  let body: string[] | null = null
  const endBody = (): void => {
    if (current && body && current.answer === null) {
      const text = body
        .join('\n')
        .replace(/^(?:[ \t]*\n)+/, '')
        .trimEnd()
      current.answer = text === '' ? null : text
    }
    body = null
  }
  const fences = new FenceTracker()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (fences.feed(line)) {
      body?.push(line)
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      const level = heading[1]!.length
      const title = heading[2]!.trim()
      if (level <= 3) endBody()
      if (level === 2) {
        section = title || null
        current = null
        continue
      }
      if (level === 3 && title) {
        current = { prompt: title, answer: null, section, kind: 'question', tags: [], line: i + 1 }
        questions.push(current)
        body = []
        continue
      }
      if (level < 2) {
        current = null
        continue
      }
    }
    if (!current) continue
    const meta = readMeta(line)
    if (meta) {
      current.kind = meta.kind
      current.tags = meta.tags
      continue
    }
    if (line.trimEnd() === ANSWER_START && current.answer === null) {
      const answer: string[] = []
      const inner = new FenceTracker()
      let j = i + 1
      for (; j < lines.length; j++) {
        const l = lines[j]!
        if (!inner.feed(l) && l.trimEnd() === ANSWER_END) break
        answer.push(l)
      }
      const joined = answer
        .join('\n')
        .replace(/^(?:[ \t]*\n)+/, '')
        .trimEnd()
      current.answer = joined === '' ? null : joined
      body = null
      i = j
      continue
    }
    body?.push(line)
  }
  endBody()
  return questions
}
