/**
 * Which CSV column is the prompt, the answer, the tags and the section: from a header row
 * (`Question,Answer,Tags`, `Front;Back`, `Q\tA`, any case, a few languages) or Anki's
 * `#columns:` line; without either, the first column asks and the second answers.
 */

export interface ColumnRoles {
  prompt: number
  answer: number | null
  tags: number | null
  section: number | null
  /** Extra answer columns (Explanation, Notes, Example) appended under the answer. */
  extra: number[]
}

const PROMPT_NAMES = [
  'question',
  'questions',
  'front',
  'q',
  'prompt',
  'term',
  'text',
  'pregunta',
  'вопрос',
  '问题',
  'frage',
  'pergunta',
  'spørgsmål',
  'fråga',
  'vraag',
  'domanda',
  'pytanie',
  'soru',
  'câu hỏi',
  '질문',
  '質問'
]
const ANSWER_NAMES = [
  'answer',
  'answers',
  'back',
  'a',
  'definition',
  'response',
  'respuesta',
  'ответ',
  '答案',
  'antwort',
  'resposta',
  'réponse',
  'svar',
  'antwoord',
  'risposta',
  'odpowiedź',
  'cevap',
  'trả lời',
  '답',
  '回答',
  'reference answer',
  'reference answers'
]
const TAGS_NAMES = ['tags', 'tag', 'labels']
const SECTION_NAMES = [
  'section',
  'category',
  'topic',
  'theme',
  'deck',
  'subject',
  'chapter',
  'group',
  'module',
  'unit'
]
// A row number says nothing; it only marks the header as one.
const ID_NAMES = ['id', '#', 'no', 'no.', 'nr', 'nr.', 'number', 'num', 'nº', '№', 'index']
const EXTRA_NAMES = [
  'explanation',
  'notes',
  'note',
  'example',
  'examples',
  'extra',
  'details',
  'my answer'
]

function nameOf(cell: string): string {
  return cell
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim()
    .toLowerCase()
}

/** Column roles from a header row, or null when the row is data, not a header. */
export function rolesFromHeader(cells: readonly string[]): ColumnRoles | null {
  const names = cells.map(nameOf)
  let prompt = names.findIndex((n) => PROMPT_NAMES.includes(n))
  if (prompt === -1) prompt = unnamedPrompt(names)
  if (prompt === -1) return null
  const find = (list: string[]): number | null => {
    const i = names.findIndex((n, index) => index !== prompt && list.includes(n))
    return i === -1 ? null : i
  }
  const extra = names.flatMap((n, i) => (EXTRA_NAMES.includes(n) && i !== prompt ? [i] : []))
  // `ID,Theme,Explanation,Term`: with no answer column, the explanation is the answer.
  const answer = find(ANSWER_NAMES) ?? extra.shift() ?? null
  return {
    prompt,
    answer: answer ?? null,
    tags: find(TAGS_NAMES),
    section: find(SECTION_NAMES),
    extra
  }
}

const KNOWN_NAMES = [ANSWER_NAMES, TAGS_NAMES, SECTION_NAMES, EXTRA_NAMES, ID_NAMES].flat()

/**
 * A header that names every column but one (`ID,theme,explanation,image`), one of them holding
 * the answer, leaves that one as the front; -1 when the row does not read so.
 */
function unnamedPrompt(names: readonly string[]): number {
  const known = names.map((n) => KNOWN_NAMES.includes(n))
  const answers = names.some((n) => ANSWER_NAMES.includes(n) || EXTRA_NAMES.includes(n))
  if (!answers || known.filter(Boolean).length < 2) return -1
  const free = names.flatMap((n, i) => (!known[i] && n.length > 0 ? [i] : []))
  return free.length === 1 ? free[0]! : -1
}

/** The 1-based columns Anki's header lines give to things other than the note's fields. */
export interface ReservedColumns {
  tags?: number
  deck?: number
  guid?: number
  notetype?: number
}

/**
 * Roles when the file has no header row: Anki's order, the note's fields being the columns its
 * header lines do not reserve (guid, note type, deck, tags), the first field asking and the
 * second answering.
 */
export function defaultRoles(width: number, reserved: ReservedColumns = {}): ColumnRoles {
  const index = (column: number | undefined): number | null =>
    column !== undefined && column <= width ? column - 1 : null
  const taken = new Set([reserved.tags, reserved.deck, reserved.guid, reserved.notetype].map(index))
  const fields = Array.from({ length: width }, (_, i) => i).filter((i) => !taken.has(i))
  return {
    prompt: fields[0] ?? 0,
    answer: fields[1] ?? null,
    tags: index(reserved.tags),
    section: index(reserved.deck),
    extra: []
  }
}
