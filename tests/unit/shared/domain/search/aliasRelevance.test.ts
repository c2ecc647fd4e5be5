/**
 * Alias and paraphrase queries over the real seeds: what a candidate types when they do not
 * use the question's own words, and a question that must come up in the top 3. Written by
 * reading the seeds; targets are found by prompt text, not id. Target: ≥ 90% in the top 3.
 */
import { describe, expect, it } from 'vitest'
import { SearchEngine } from '../../../../../src/shared/domain/search/searchEngine'
import { AliasTable } from '../../../../../src/shared/domain/search/aliases/aliasTable'
import { seedEntries } from './seedCatalog'

/** [query, prompts of which at least one must be in the top 3]. */
const CASES: Array<[query: string, prompts: string[]]> = [
  ['why python threads are not parallel', ['GIL']],
  ['global interpreter lock', ['GIL']],
  ['n+1 queries django', ['select_related']],
  ['drf serializers', ['Django serializers (with DRF)', 'Django REST Framework (DRF)']],
  ['django rest framework api', ['Django REST Framework (DRF)', 'Rest framework in dajngo?']],
  ['cbv vs fbv', ['Class base view and function base view?', 'Class-based vs Function-based']],
  ['class based views', ['Class base view and function base view?', 'class-based views (CBVs)']],
  ['c3 linearization', ['MRO', 'method resolution order']],
  ['magic methods', ['`__dunder__` methods', "Python's data model"]],
  ['dunder methods', ['`__dunder__` methods', "Python's data model"]],
  ['reference counting', ['reference counting', 'Garbage collector']],
  ['gc python', ['Garbage collector', 'garbage collection']],
  ['coroutine event loop', ['asyncio']],
  ['cross origin resource sharing', ['What is CORS']],
  ['cross site request forgery', ['CSRF']],
  ['json web token auth fastapi', ['JWT-based authentication in FastAPI']],
  ['asynchronous server gateway interface', ['What are ASGI and Uvicorn']],
  ['web server gateway interface', ['Wsgi.py']],
  ['object relational mapper', ['Django ORM']],
  ['abstract base class', ['abstract class', 'abstract base classes']],
  ['depth first search', ['depth-first search (DFS)']],
  ['role based access control fastapi', ['role-based access control (RBAC)']],
  ['content delivery network', ['CDN']],
  ['internationalization django', ['multi-language (i18n)']],
  ['constructor python', ['__init__']],
  ['destructor', ['__del__']],
  ['throttling api', ['rate limiting']],
  ['memoize function results', ['lru_cache']],
  ['virtualenv', ['virtual environments']],
  ['circular imports', ['cyclic imports']],
  ['task queue django', ['Celery with Django', 'background tasks in Django']],
  ['dependency injection', ['Depends']],
  ['main guard', ['__name__ == "__main__"', "__name__ == '__main__'"]],
  ['identity vs equality', ['`is` and `==`', '`==` and `is`']],
  ['anonymous function', ['lambda']],
  ['type annotations', ['type hints']],
  ['model view template', ['MVT']],
  ['object oriented programming principles', ['principles of OOP']]
]

describe('alias and paraphrase queries over the seeds', () => {
  const entries = seedEntries()
  const engine = SearchEngine.build(entries)
  const inTop3 = (query: string, prompts: string[]) => {
    const top = engine.query({ query, limit: 3 }).hits
    return top.some((hit) => prompts.some((prompt) => hit.prompt.includes(prompt)))
  }

  it('has at least 30 cases, each naming questions that exist', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30)
    for (const [, prompts] of CASES)
      for (const prompt of prompts)
        expect(
          entries.some((entry) => entry.prompt.includes(prompt)),
          prompt
        ).toBe(true)
  })

  it('finds at least 90% of the intended questions in the top 3', () => {
    const misses = CASES.filter(([query, prompts]) => !inTop3(query, prompts))
    const report = misses.map(
      ([query]) =>
        `${query} → ${engine
          .query({ query, limit: 3 })
          .hits.map((hit) => hit.prompt)
          .join(' | ')}`
    )
    expect(1 - misses.length / CASES.length, report.join('\n')).toBeGreaterThanOrEqual(0.9)
  })

  it('needs the aliases: without them at most 60% of the cases pass', () => {
    const plain = SearchEngine.build(entries)
    plain.useAliases(new AliasTable([]))
    const hits = CASES.filter(([query, prompts]) =>
      plain
        .query({ query, limit: 3 })
        .hits.some((hit) => prompts.some((p) => hit.prompt.includes(p)))
    )
    expect(hits.length / CASES.length).toBeLessThanOrEqual(0.6)
  })
})
