/**
 * Relevance over the real seeds: what a candidate types (typos and half-typed words included)
 * and the question that must come up in the top 3. Targets are found by prompt text, not id.
 */
import { describe, expect, it } from 'vitest'
import { SearchEngine } from '../../../../../src/shared/domain/search/searchEngine'
import { seedEntries } from './seedCatalog'

const CASES: Array<[query: string, prompt: string]> = [
  ['generato', 'What is generator?'],
  ['decorater', 'What is decorator?'],
  ['select_related', 'Difference between select_related and prefetch_related'],
  ['prefetch_rel', 'Difference between select_related and prefetch_related'],
  ['__init__', 'What is __init__ method?'],
  ['**kwargs', 'What are *args and **kwargs? Use-cases?'],
  ['args kwargs', 'What are args and kwargs in Python functions?'],
  ['@staticmethod', 'difference between `@staticmethod`, `@classmethod`, and instance methods'],
  ['null=True', 'Difference between null=True vs blank=True'],
  ['blank=True', 'Difference between null=True vs blank=True'],
  ['is vs ==', 'What is the difference between `is` and `==` in Python?'],
  ['__name__ == "__main__"', 'How does `if __name__ == "__main__"` work?'],
  ['gil threading', 'GIL (Global Interpreter Lock). How does it affect threading?'],
  ['middlware django', 'What is middleware in Django?'],
  ['django midd', 'What is middleware in Django?'],
  ['fastapi depends', 'What are Depends and how does dependency injection work in FastAPI?'],
  ['shallow copy deep', 'What is the difference between shallow copy and deep copy?'],
  ['metaclas', 'What are metaclasses in Python?'],
  ['context manager', 'What are context managers?'],
  ['lru_cache', 'Explain the use of functools.lru_cache.'],
  ['pydantic fastapi', 'What is Pydantic and how is it used in FastAPI?'],
  ['mro', "Explain Python's method resolution order (MRO)."],
  ['__slots__', 'What is the purpose of the `__slots__` attribute'],
  ['csrf django', 'how does Django prevent CSRF attacks?'],
  ['django signals', 'What are Django signals'],
  ['yeild', 'What is yield ?'],
  ['multiprocesing pros cons', 'What is multiprocessing how to use it and what are pros and cons'],
  ['garbage colector', 'What is Garbage collector?'],
  ['memory managment', "Explain Python's memory management."],
  ['monkey patch', 'Explain monkey patching in Python.'],
  ['dataclass', "What's the difference between @dataclass and a regular class?"],
  ['iterator vs generator', "Explain Python's Iterators vs Generators."],
  ['wsgi', 'Wsgi.py ? Where it work?'],
  ['background tasks fastapi', 'How do you run background tasks in FastAPI'],
  ['jwt fastapi', 'How do you implement JWT-based authentication in FastAPI?'],
  ['Q and F', 'what are Django Q and F functions'],
  ['mutable immutable', 'Mutable and immutable?'],
  ['related_name', 'What are related_name, on_delete, and reverse relationships'],
  ['list comprehension', 'List comprehension?'],
  ['celery django', 'When to use Celery with Django?'],
  ['python 2 vs 3', 'What are the key differences between Python 2 and Python 3?'],
  ['type hints fastapi', 'How does FastAPI leverage Python type hints?'],
  ['exception handl', 'Exception handling in python?'],
  ['uvicorn gunicorn', 'How do you deploy FastAPI with Uvicorn and Gunicorn?'],
  ['deepcopy', 'Shallow copy , Deepcopy'],
  ['self cls', 'What is self and cls key word?'],
  ['decorator arguments', 'Write a custom decorator with arguments.'],
  ['rate limiting fastapi', 'How to implement rate limiting in FastAPI?']
]

describe('relevance over the seeds', () => {
  const entries = seedEntries()
  const engine = SearchEngine.build(entries)

  it('has at least 30 cases, each naming a question that exists', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30)
    for (const [, prompt] of CASES)
      expect(
        entries.some((entry) => entry.prompt.includes(prompt)),
        prompt
      ).toBe(true)
  })

  it.each(CASES)('%j finds %j in the top 3', (query, prompt) => {
    const wanted = new Set(entries.filter((e) => e.prompt.includes(prompt)).map((e) => e.id))
    const top = engine.query({ query, limit: 3 }).hits
    expect(
      top.some((hit) => wanted.has(hit.id)),
      `top 3: ${top.map((hit) => hit.prompt).join(' | ')}`
    ).toBe(true)
  })

  it('highlights the typed symbol in the prompt', () => {
    const hit = engine.query({ query: '**kwargs' }).hits[0]!
    const ranges = hit.matches['prompt']!
    expect(ranges.map(([start, length]) => hit.prompt.slice(start, start + length))).toContain(
      '**kwargs'
    )
  })
})
