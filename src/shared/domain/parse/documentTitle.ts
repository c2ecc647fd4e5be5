/**
 * A friendly title for a document, so the sidebar can say "Python Interview Questions" rather
 * than `004_b39d9ac7c89e82db.txt`. Pure: the text and the file name in, a title out.
 */
import { looksLikeQuestion } from './classifyText'
import { cleanSection } from './cleanText'
import { splitLines } from './scanLines'

const MAX_TITLE = 80
// Only the top of a document can name it; a heading further down names a section.
const LEAD_LINES = 20
const H1 = /^#[ \t]+(.+?)[ \t#]*$/
const HEADING = /^#{2,6}[ \t]+(.+?)[ \t#]*$/
// "Here's a list of interview questions on Python, ranging from ..." → the topic.
const INTRO =
  /^(?:here(?:'|’)?s|here is|here are|below (?:is|are)|this is|these are)[ \t]+(?:(?:a|an|the|some)[ \t]+)?(?:(?:short|long|big|small|curated|comprehensive)[ \t]+)?(?:list|set|collection|bunch)[ \t]+of[ \t]+(.+?)(?:[,:;.!(]|[ \t]+[-–—][ \t]|$)/i
// Hex or long digit runs that tools append to exported file names.
const HASH_TAIL = /(?:^|[ _.-])(?:[0-9a-f]{12,}|\d{9,})$/i
const LIST_OR_PREFIX = /^(?:[-*+•]|\d{1,4}[.)]|[QA][.:)-]|Ans\b)/i

/**
 * The document's title: its `# Title` heading, else a leading chatty intro's topic ("Here's a
 * list of X" → "X"), else a title-like first line or the heading it opens with, else the file
 * name made readable. Never empty.
 */
export function documentTitle(text: string, fileName: string): string {
  const lead = splitLines(text.slice(0, 8000))
    .slice(0, LEAD_LINES)
    .map((l) => l.trim())
  for (const line of lead) {
    const h1 = H1.exec(line)
    if (h1?.[1]) return finish(cleanSection(h1[1]))
  }
  const firstIndex = lead.findIndex((l) => l.length > 0)
  const first = lead[firstIndex]
  if (first !== undefined) {
    const intro = INTRO.exec(first)
    if (intro?.[1]) return finish(capitalise(intro[1]))
    // An opening heading names the document only if no sibling heading follows; otherwise it
    // is just the first of several sections ("### General Python", "### Functions", ...).
    const heading = HEADING.exec(first)
    if (heading?.[1] && !hasSiblingHeading(text, first)) return finish(cleanSection(heading[1]))
    const next = lead[firstIndex + 1]
    if ((next === undefined || next === '') && isTitleLike(first))
      return finish(cleanSection(first))
  }
  return topicTitle(text) ?? prettyFileName(fileName)
}

// The stacks this notebook is about, as they are spelled in a title.
const TOPICS = ['Python', 'Django', 'FastAPI', 'Flask', 'SQL', 'Docker', 'JavaScript', 'Go']

/**
 * For an untitled list of questions, the one or two stacks it mentions most ("Python & Django
 * notes"). Two such files are told apart by sourceLabels, not by a number in the title.
 */
function topicTitle(text: string): string | null {
  const counts = TOPICS.map((topic) => ({
    topic,
    n: text.match(new RegExp(`\\b${topic}\\b`, 'gi'))?.length ?? 0
  }))
    .filter((c) => c.n >= 2)
    .sort((a, b) => b.n - a.n)
    .slice(0, 2)
  if (counts.length === 0) return null
  return `${counts.map((c) => c.topic).join(' & ')} notes`
}

function hasSiblingHeading(text: string, heading: string): boolean {
  const hashes = /^#+/.exec(heading)?.[0] ?? '#'
  const same = new RegExp(`^[ \\t]*${hashes}[ \\t]+\\S`, 'gm')
  return (text.match(same)?.length ?? 0) > 1
}

// A short line that is not a question, a list item or an answer, and does not end a sentence.
function isTitleLike(line: string): boolean {
  return (
    line.length <= MAX_TITLE &&
    /^[\p{Lu}\d*_]/u.test(line) &&
    !/[?.,;:]$/.test(line) &&
    !LIST_OR_PREFIX.test(line) &&
    !looksLikeQuestion(line)
  )
}

/** `my_django-questions.md` → "My django questions"; a name that is only a number → "Notes 000". */
export function prettyFileName(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[A-Za-z0-9]{1,5}$/, '')
  const words = base
    .replace(HASH_TAIL, '')
    .split(/[ _.-]+/)
    .filter(Boolean)
  if (words.length === 0) return base || fileName
  if (words.every((w) => /^\d+$/.test(w))) return `Notes ${words.join(' ')}`
  return finish(capitalise(words.join(' ')))
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function finish(title: string): string {
  const t = title.replace(/\s+/g, ' ').trim()
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1).trimEnd()}…` : t
}
