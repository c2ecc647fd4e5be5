/**
 * The search engine: the catalog index (built once per set of sources, cacheable) plus the
 * small personal index (notes and tags), queried together. Pure and synchronous: the main
 * process runs it in a worker thread, the CLI runs it in-process.
 *
 * lunr is the engine for the fields people search by: prompt and section live in a
 * `lunr.Index` (our tokenizer, no stemming pipeline; `toJSON`/`Index.load` for the cache), and
 * each query word reaches it as the concrete terms our vocabulary picks (prefix completions,
 * stem variants, one-edit typos), never as lunr's `*`/`~1`, which walk the whole token set.
 * Long prose (reference answers, and the user's notes and tags) stays in compact typed-array
 * postings: at 50,000 questions stock lunr over prompt+section takes ~110 MB of heap and 2.7 s
 * to build, but adding the answers costs 541 MB and 13 s (objects per posting), past the
 * 350 MB budget. (Our lunr index keeps stop words and symbol parts: 593k postings, 185 MB,
 * 76 MB once its empty per-posting metadata objects are shared, see primaryIndex.ts.)
 * Both sides score BM25 (k1 1.2, b 0.75) with the same field boosts, so lunr's scores
 * (rescaled by the query vector length it divides by) and the prose scores add up in one
 * ranking, with a bit per query word for `+must` and partial-match penalties. Terms in
 * hundreds of prompts skip `index.query` (see DIRECT_MIN_DOCS in primaryQuery.ts).
 */
import type { SearchRequest, SearchResponse } from './types'
import type { EngineEntry } from './engineEntry'
import type { StudyState } from '../../study'
import { containsPhrase } from './containsPhrase'
import { isUnfiltered, makeFilter, type PersonalView } from './filters'
import { buildCatalogIndex, type CatalogIndex } from './catalogIndex'
import { FIELD_BOOSTS, PRIMARY_FIELDS } from './indexSettings'
import type { BuildProgress } from './invertedIndex'
import { parseQuery, type QueryClause } from './parseQuery'
import { buildPersonalIndex, dropDoc, type IndexSource } from './personalIndex'
import { primaryLexicon } from './primaryIndex'
import { PrimaryScorer, primaryDocs, type WeightedTerm } from './primaryQuery'
import { TopRanked } from './rankHits'
import { searchHit } from './searchHit'
import { ScoreBoard } from './scoreBoard'
import { lowerBound } from './invertedIndex'
import { lexiconOf, Vocabulary } from './vocabulary'
import { AliasTable, SHIPPED_ALIASES, type AliasGroup } from './aliases/aliasTable'
import { scoreAliases } from './aliases/scoreAliases'

export const DEFAULT_LIMIT = 50
/** Clauses beyond this many are ignored (one bit each in a 32-bit mask). */
const MAX_CLAUSE_TERMS = 31
/** Fields of free prose (answers, notes), where fragments and very common words are noise. */
const LONG_FIELDS = new Set(['answer', 'mine'])
/** A word in more than this share of the documents' prose does not discriminate. */
const COMMON_SHARE = 0.4

/** One word of the query, scored on its own bit. */
interface Unit {
  term: string
  clause: QueryClause
  bit: number
  /** Share of the coverage score: a one-letter fragment or a digit counts less than a word. */
  importance: number
}

/** Notes re-indexed on their own before the settled personal index is rebuilt with them. */
const RECENT_NOTES_LIMIT = 200

export class SearchEngine {
  /** Expansion over lunr's own terms (prompt, section). */
  private readonly primaryVocabulary: Vocabulary
  private readonly primaryScorer: PrimaryScorer
  private readonly prose: IndexSource
  private readonly positions = new Map<string, number>()
  private readonly notes = new Map<string, string>()
  private readonly study = new Map<string, StudyState>()
  /** Every note and tag as of the last full build (null: build on the next query). */
  private personal: IndexSource | null = null
  /** Entries whose note changed since that build, and their small index (null: build it). */
  private readonly recentIds = new Set<string>()
  private recent: IndexSource | null = null
  private aliases = new AliasTable(SHIPPED_ALIASES)
  /** Scratch board for alias names of several words (created on first use). */
  private aliasBoard: ScoreBoard | null = null
  private readonly board: ScoreBoard
  /** askedIn per doc, for tie-breaks without touching the entry objects. */
  private readonly askedIn: Uint16Array
  /** Per-doc score multiplier that settles near ties for the fuller entry (see entryPrior). */
  private readonly prior: Float32Array
  private readonly view: PersonalView = {
    study: (id) => this.study.get(id),
    answered: (id) => (this.notes.get(id)?.trim() ?? '') !== ''
  }

  private constructor(
    private readonly entries: readonly EngineEntry[],
    private readonly catalog: CatalogIndex
  ) {
    if (catalog.docCount !== entries.length)
      throw new Error(`index has ${catalog.docCount} documents for ${entries.length} entries`)
    entries.forEach((entry, doc) => this.positions.set(entry.id, doc))
    this.primaryVocabulary = new Vocabulary(primaryLexicon(catalog.primary))
    this.primaryScorer = new PrimaryScorer(catalog.primary, entries.length)
    this.prose = { index: catalog.prose, vocabulary: new Vocabulary(lexiconOf(catalog.prose)) }
    this.board = new ScoreBoard(entries.length)
    this.askedIn = Uint16Array.from(entries, (entry) => Math.min(entry.askedIn, 0xffff))
    this.prior = Float32Array.from(entries, entryPrior)
  }

  /** Indexes `entries` (the slow path: seconds at 50,000 questions). */
  static build(entries: readonly EngineEntry[], onProgress?: BuildProgress): SearchEngine {
    return new SearchEngine(entries, buildCatalogIndex(entries, onProgress))
  }

  /** Wraps an index built earlier for the same entries (the warm start). */
  static fromIndex(entries: readonly EngineEntry[], index: CatalogIndex): SearchEngine {
    return new SearchEngine(entries, index)
  }

  /** The catalog index, for caching. */
  get index(): CatalogIndex {
    return this.catalog
  }

  /** Sets or clears (empty text) the user's answer for one entry. */
  setNote(id: string, markdown: string): void {
    if (markdown.trim()) this.notes.set(id, markdown)
    else this.notes.delete(id)
    const doc = this.positions.get(id)
    if (!this.personal || doc === undefined) return
    // The settled index forgets the old text; the recent one indexes the new (see personalIndex).
    dropDoc(this.personal, doc)
    this.recentIds.add(id)
    this.recent = null
    if (this.recentIds.size > RECENT_NOTES_LIMIT) this.personal = null
  }

  /** Sets the study state (status, favourite, tags) for one entry. */
  setStudy(id: string, state: StudyState): void {
    const before = this.study.get(id)?.tags ?? []
    this.study.set(id, state)
    if (before.join('\n') !== state.tags.join('\n')) this.personal = null
  }

  /** Replaces the user's own alias groups (Settings); the shipped ones always apply. */
  setUserAliases(groups: readonly AliasGroup[]): void {
    this.aliases = AliasTable.withUserGroups(groups)
  }

  /** Replaces the whole alias table (an empty one turns expansion off). */
  useAliases(table: AliasTable): void {
    this.aliases = table
  }

  /** Runs one search. Never throws for any query text. */
  query(request: SearchRequest): SearchResponse {
    const started = performance.now()
    const parsed = parseQuery(request.query)
    const units = this.unitsOf(parsed.clauses)
    const excluded = this.excludedDocs(parsed.clauses)
    const highlight = new Set<string>()
    const offset = request.offset ?? 0
    const limit = request.limit ?? DEFAULT_LIMIT
    const ranges = request.ranges ?? 'all'
    const top = new TopRanked(offset + limit)
    const { askedIn } = this
    const accept = this.acceptor(request, parsed.clauses, excluded)
    if (units.length === 0) {
      for (let doc = 0; doc < askedIn.length; doc++)
        if (!accept || accept(doc)) top.offer(doc, 0, askedIn[doc]!)
    } else {
      const { board, prior } = this
      board.clear()
      let required = 0
      for (const unit of units) {
        this.scoreUnit(unit, highlight, units.length === 1)
        // `field:term` scopes the whole query (with or without `+`), as a phrase does.
        const { presence, phrase, field } = unit.clause
        if (presence === 'must' || phrase || field !== null) required |= unit.bit
      }
      this.aliasBoard ??= new ScoreBoard(this.entries.length)
      scoreAliases(this.aliases, units, board, this.aliasBoard, (unit, into) =>
        this.scoreUnit(unit, highlight, false, into)
      )
      const bits = units.map((unit) => unit.bit)
      const importance = units.map((unit) => unit.importance)
      const totalImportance = importance.reduce((sum, value) => sum + value, 0)
      const { masks, scores, touched } = board
      for (let i = 0; i < board.touchedCount; i++) {
        const doc = touched[i]!
        const mask = masks[doc]!
        if ((mask & required) !== required || (accept && !accept(doc))) continue
        // Prefer documents that match every word: a partial match keeps (share matched)².
        let matched = 0
        for (let u = 0; u < bits.length; u++) if (mask & bits[u]!) matched += importance[u]!
        const coverage = matched / totalImportance
        top.offer(doc, scores[doc]! * coverage * coverage * prior[doc]!, askedIn[doc]!)
      }
    }
    return {
      total: top.count,
      hits: top
        .sorted()
        .slice(offset)
        .map(({ doc, score }) => {
          const entry = this.entries[doc]!
          const id = entry.id
          return searchHit(entry, score, this.study.get(id), this.notes.get(id), highlight, ranges)
        }),
      fallback: parsed.fallback,
      ...this.suggestion(request.query, units),
      tookMs: Math.round((performance.now() - started) * 100) / 100
    }
  }

  /**
   * "Did you mean …?": the query with each unknown word (no exact term, no completion in any
   * index) replaced by its best typo correction. Absent when every word is known.
   */
  private suggestion(query: string, units: Unit[]): { didYouMean?: string } {
    let corrected = query
    let changed = false
    for (const { term, clause } of units) {
      if (clause.phrase || !/^\p{L}+$/u.test(term) || this.isKnownWord(term)) continue
      const fix = this.primaryVocabulary.correction(term) ?? this.prose.vocabulary.correction(term)
      if (!fix) continue
      const at = corrected.toLowerCase().indexOf(term)
      if (at < 0) continue
      corrected = corrected.slice(0, at) + fix + corrected.slice(at + term.length)
      changed = true
    }
    return changed ? { didYouMean: corrected } : {}
  }

  /** True when some index has `word` or a word starting with it. */
  private isKnownWord(word: string): boolean {
    return [this.primaryVocabulary, this.prose.vocabulary].some((vocabulary) => {
      const { terms } = vocabulary.index
      const at = lowerBound(terms, word, (x) => x)
      return terms[at]?.startsWith(word) ?? false
    })
  }

  /** The per-document test for exclusions, filters and phrases; null when nothing restricts. */
  private acceptor(
    request: SearchRequest,
    clauses: QueryClause[],
    excluded: Set<number>
  ): ((doc: number) => boolean) | null {
    const phrases = clauses.some((clause) => clause.phrase && clause.presence !== 'not')
    if (excluded.size === 0 && isUnfiltered(request.filters) && !phrases) return null
    const filter = makeFilter(request.filters, this.view)
    return (doc) =>
      !excluded.has(doc) &&
      filter(this.entries[doc]!) &&
      (!phrases || this.phrasesHold(doc, clauses))
  }

  private unitsOf(clauses: QueryClause[]): Unit[] {
    const units: Unit[] = []
    for (const clause of clauses) {
      if (clause.presence === 'not') continue
      for (const term of clause.terms) {
        if (units.length === MAX_CLAUSE_TERMS) return units
        const importance = Math.min(1, [...term].length / 3)
        units.push({ term, clause, bit: 2 ** units.length, importance })
      }
    }
    return units
  }

  /** The lunr fields a clause searches. */
  private primaryFieldsFor(field: QueryClause['field']): string[] {
    return PRIMARY_FIELDS.filter((name) => field === null || name === field)
  }

  /** The compact-postings sources (prose, personal) a clause searches, with their fields. */
  private sourcesFor(field: QueryClause['field']): Array<[IndexSource, number[]]> {
    const out: Array<[IndexSource, number[]]> = []
    for (const source of this.personalSources()) {
      const fields = source.index.fields
        .map((name, f) => [name, f] as const)
        .filter(([name]) => field === null || name === field)
        .map(([, f]) => f)
      if (fields.length > 0) out.push([source, fields])
    }
    return out
  }

  /** The prose index, the settled personal index and, after edits, the recent one. */
  private personalSources(): IndexSource[] {
    if (!this.personal) {
      const tags = new Map<string, string[]>()
      for (const entry of this.entries) if (entry.tags?.length) tags.set(entry.id, entry.tags)
      for (const [id, state] of this.study) if (state.tags.length) tags.set(id, this.tagsOf(id))
      this.personal = buildPersonalIndex(this.positions, this.notes, tags)
      this.recentIds.clear()
      this.recent = null
    }
    if (this.recentIds.size === 0) return [this.prose, this.personal]
    if (!this.recent) {
      const notes = new Map<string, string>()
      const tags = new Map<string, string[]>()
      for (const id of this.recentIds) {
        const note = this.notes.get(id)
        if (note) notes.set(id, note)
        const list = this.tagsOf(id)
        if (list.length > 0) tags.set(id, list)
      }
      this.recent = buildPersonalIndex(this.positions, notes, tags)
    }
    return [this.prose, this.personal, this.recent]
  }

  private scoreUnit(
    unit: Unit,
    highlight: Set<string>,
    alone: boolean,
    board: ScoreBoard = this.board
  ): void {
    const { clause, term } = unit
    const primaryFields = this.primaryFieldsFor(clause.field)
    const sources = this.sourcesFor(clause.field)
    const fuzzy = clause.presence === 'should' && !clause.phrase
    // A complete word gets no completions unless it is still being typed or is unknown.
    const known =
      (primaryFields.length > 0 && this.primaryVocabulary.termId(term) >= 0) ||
      sources.some(([source]) => source.vocabulary.termId(term) >= 0)
    const prefix = !clause.phrase && (clause.typing || (fuzzy && !known))
    const parts = !clause.phrase
    const fragment = unit.importance < 1
    const total = this.entries.length
    if (primaryFields.length > 0) {
      const lexicon = this.primaryVocabulary.index
      const chosen: WeightedTerm[] = []
      for (const { term: t, weight } of this.primaryVocabulary.expand(term, {
        prefix,
        fuzzy,
        parts
      })) {
        const docs = lexicon.docFrequency(t)
        // Completions of a 1-2 letter fragment that most prompts use ("t" → "the") add
        // thousands of hits and no signal, unless the fragment is the whole query.
        if (fragment && weight < 1 && !alone && docs > COMMON_SHARE * total) continue
        highlight.add(lexicon.terms[t]!)
        chosen.push({ term: lexicon.terms[t]!, weight, docs })
      }
      this.primaryScorer.score(chosen, primaryFields, unit.bit, board)
    }
    for (const [source, fields] of sources) {
      const expansions = source.vocabulary.expand(term, { prefix, fuzzy, parts })
      for (const { term: t } of expansions) highlight.add(source.index.terms[t]!)
      for (const f of fields) {
        const name = source.index.fields[f]!
        const boost = FIELD_BOOSTS[name] ?? 1
        const postings = source.index.postings[f]!
        const prose = LONG_FIELDS.has(name)
        for (const { term: t, weight } of expansions) {
          // In long prose, completions of a 1-2 letter fragment and words most answers use
          // only add noise (and most of the work): they count in prompts, sections and tags.
          if (prose && fragment && weight < 1) continue
          const df = postings.offsets[t + 1]! - postings.offsets[t]!
          if (prose && !alone && df > COMMON_SHARE * total) continue
          board.addTerm(postings, t, boost * weight, total, source.docMap, source.dropped)
        }
        board.commitField(unit.bit)
      }
    }
  }

  private excludedDocs(clauses: QueryClause[]): Set<number> {
    const excluded = new Set<number>()
    for (const clause of clauses) {
      if (clause.presence !== 'not') continue
      const found = new Set<number>()
      // A phrase is excluded where it occurs; collect docs with its first word, then check.
      const exact = { prefix: false, fuzzy: false }
      const { terms } = this.primaryVocabulary.index
      primaryDocs(
        this.catalog.primary,
        this.primaryVocabulary.expand(clause.terms[0]!, exact).map(({ term }) => terms[term]!),
        this.primaryFieldsFor(clause.field),
        found
      )
      for (const [source, fields] of this.sourcesFor(clause.field))
        for (const { term } of source.vocabulary.expand(clause.terms[0]!, {
          prefix: false,
          fuzzy: false
        }))
          for (const f of fields)
            this.board.collect(
              source.index.postings[f]!,
              term,
              found,
              source.docMap,
              source.dropped
            )
      for (const doc of found)
        if (
          !clause.phrase ||
          this.textsOf(doc, clause.field).some((t) => containsPhrase(t, clause.terms))
        )
          excluded.add(doc)
    }
    return excluded
  }

  private phrasesHold(doc: number, clauses: QueryClause[]): boolean {
    for (const clause of clauses) {
      if (!clause.phrase || clause.presence === 'not') continue
      if (!this.textsOf(doc, clause.field).some((text) => containsPhrase(text, clause.terms)))
        return false
    }
    return true
  }

  // The user's own tags and the ones the sources gave (an Anki deck's), searched alike.
  private tagsOf(id: string): string[] {
    const doc = this.positions.get(id)
    const fromSources = doc === undefined ? [] : (this.entries[doc]?.tags ?? [])
    const mine = this.study.get(id)?.tags ?? []
    return fromSources.length === 0 ? mine : [...new Set([...fromSources, ...mine])]
  }

  private textsOf(doc: number, field: QueryClause['field']): string[] {
    const entry = this.entries[doc]!
    const all: Record<string, string[]> = {
      prompt: [entry.prompt],
      section: entry.sections,
      answer: entry.answers.map((answer) => answer.markdown),
      mine: [this.notes.get(entry.id) ?? ''],
      tag: this.tagsOf(entry.id)
    }
    return field ? all[field]! : Object.values(all).flat()
  }
}

/**
 * How much an entry's score counts, from 1 (a bare topic asked once, no reference answer) to
 * 1.3: BM25 favours the shortest prompt, so a one-line stub ("decorator param") would beat
 * "How do Python decorators work?" with its reference answer on a near tie.
 */
function entryPrior(entry: EngineEntry): number {
  const answered = entry.answers.length > 0 ? 0.12 : 0
  const question = entry.kind === 'question' ? 0.08 : 0
  const asked = 0.05 * Math.min(Math.max(entry.askedIn - 1, 0), 2)
  return 1 + answered + question + asked
}
