/**
 * lunr's serialised index in a leaner shape for the on-disk cache. `toJSON()` writes every
 * posting as `{"184":{}}` (an object per document, 17 MB of JSON at 50,000 questions, half a
 * second to parse); here a term's documents are a list of numbers per field, and decoding
 * builds lunr's postings directly with the one shared empty metadata object (see
 * shareEmptyMetadata). The term automaton (lunr's TokenSet, which `lunr.Index.load` rebuilds
 * from the sorted terms: a quarter of a second at 50,000 questions) is stored as its nodes.
 */
import lunr from 'lunr'
import { NO_METADATA, rememberDocFrequencies } from './primaryIndex'

/** The compact form: lunr's own fields, vectors and pipeline; postings as number lists. */
export interface CompactPrimary {
  version: string
  fields: string[]
  pipeline: string[]
  fieldVectors: Array<[string, number[]]>
  /** [term, lunr's term index, then per field (in `fields` order) the documents' refs]. */
  postings: Array<[string, number, ...number[][]]>
  /** The TokenSet's nodes, root first: [final (0/1), then edge label and target node pairs]. */
  tokenSet: Array<Array<number | string>>
}

/** What the lunr.Index constructor takes (the typings leave it out). */
interface IndexAttributes {
  invertedIndex: Record<string, unknown>
  fieldVectors: Record<string, lunr.Vector>
  tokenSet: lunr.TokenSet
  fields: string[]
  pipeline: lunr.Pipeline
}

type TokenSetNode = lunr.TokenSet & { final: boolean; edges: Record<string, TokenSetNode> }

function tokenSetNodes(root: TokenSetNode): Array<Array<number | string>> {
  const order = new Map<TokenSetNode, number>([[root, 0]])
  const queue = [root]
  for (let i = 0; i < queue.length; i++)
    for (const label in queue[i]!.edges) {
      const next = queue[i]!.edges[label]!
      if (!order.has(next)) order.set(next, queue.push(next) - 1)
    }
  return queue.map((node) => {
    const row: Array<number | string> = [node.final ? 1 : 0]
    for (const label in node.edges) row.push(label, order.get(node.edges[label]!)!)
    return row
  })
}

function tokenSetFrom(rows: Array<Array<number | string>>): lunr.TokenSet {
  const nodes = rows.map(() => new lunr.TokenSet() as TokenSetNode)
  rows.forEach((row, i) => {
    const node = nodes[i]!
    node.final = row[0] === 1
    for (let at = 1; at + 1 < row.length; at += 2) {
      const target = nodes[row[at + 1] as number]
      if (!target) throw new Error('token set edge points nowhere')
      node.edges[String(row[at])] = target
    }
  })
  if (!nodes[0]) throw new Error('token set has no root')
  return nodes[0]
}

interface LunrJson {
  version: string
  fields: string[]
  pipeline: string[]
  fieldVectors: Array<[string, number[]]>
  invertedIndex: Array<[string, Record<string, unknown> & { _index: number }]>
}

// Refs are catalog doc numbers (buildPrimaryIndex): anything else is not ours to compact.
const DOC_REF = /^(?:0|[1-9]\d{0,9})$/

/** The compact form of `index`; throws if a ref is not a document number. */
export function compactPrimary(index: lunr.Index): CompactPrimary {
  const json = index.toJSON() as unknown as LunrJson
  const postings = json.invertedIndex.map(([term, posting]) => {
    const row: [string, number, ...number[][]] = [term, posting._index]
    for (const field of json.fields) {
      const refs = Object.keys((posting[field] ?? {}) as Record<string, unknown>)
      row.push(
        refs.map((ref) => {
          if (!DOC_REF.test(ref)) throw new Error(`index ref ${ref} is not a document number`)
          return Number(ref)
        })
      )
    }
    return row
  })
  const { version, fields, pipeline, fieldVectors } = json
  const tokenSet = tokenSetNodes((index as unknown as { tokenSet: TokenSetNode }).tokenSet)
  return { version, fields, pipeline, fieldVectors, postings, tokenSet }
}

/**
 * The lunr index back from its compact form: what `lunr.Index.load(toJSON())` would give
 * (the cache key holds lunr's version, so no version check here).
 */
export function expandPrimary(compact: CompactPrimary): lunr.Index {
  const { fields, pipeline, fieldVectors, postings, tokenSet } = compact
  if (!Array.isArray(fields) || !Array.isArray(postings) || !Array.isArray(fieldVectors))
    throw new Error('not a compact index')
  const invertedIndex = Object.create(null) as Record<string, unknown>
  const frequencies = new Map<string, number>()
  for (const [term, termIndex, ...byField] of postings) {
    const posting: Record<string, unknown> = { _index: termIndex }
    let df = 0
    fields.forEach((field, f) => {
      const docs: Record<string, unknown> = {}
      for (const doc of byField[f] ?? []) docs[doc] = NO_METADATA
      df += byField[f]?.length ?? 0
      posting[field] = docs
    })
    invertedIndex[term] = posting
    frequencies.set(term, df)
  }
  const vectors: Record<string, lunr.Vector> = {}
  for (const [ref, elements] of fieldVectors) vectors[ref] = new lunr.Vector(elements)
  const attributes: IndexAttributes = {
    invertedIndex,
    fieldVectors: vectors,
    tokenSet: tokenSetFrom(tokenSet),
    fields,
    pipeline: lunr.Pipeline.load(pipeline)
  }
  const index = new lunr.Index(attributes as unknown as lunr.Index.Attributes)
  rememberDocFrequencies(index, frequencies)
  return index
}
