// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { MarkdownView } from '@renderer/features/question/MarkdownView'
import { QuestionView } from '@renderer/features/question/QuestionView'
import { SourceTitlesProvider } from '@renderer/hooks/SourceTitlesProvider'
import { entryView, installFakeBridge } from './fakeBridge'

afterEach(cleanup)

const PAYLOADS = [
  'Raw: <script>window.__pwned = 1</script>',
  '',
  '<img src="x" onerror="window.__pwned = 2">',
  '',
  '[click me](javascript:window.__pwned=3) and [docs](https://docs.djangoproject.com/en/5.0/)',
  '',
  '<a href="javascript:alert(1)">raw anchor</a> <iframe src="https://evil.example"></iframe>',
  '',
  '![tracker](https://evil.example/pixel.png)'
].join('\n')

describe('MarkdownView', () => {
  it('highlights fenced code by language', () => {
    const { container } = render(
      <MarkdownView markdown={'```python\ndef f(*args, **kwargs):\n    return None\n```'} />
    )
    const code = container.querySelector('pre code')!
    expect(code.className).toContain('language-python')
    const keywords = Array.from(code.querySelectorAll('.hljs-keyword')).map((k) => k.textContent)
    expect(keywords).toContain('def')
    expect(keywords).toContain('return')
    expect(code.textContent).toBe('def f(*args, **kwargs):\n    return None\n')
    expect(screen.getByText('python')).toBeTruthy()
  })

  it('guesses unlabelled fences among the configured languages and leaves unknown ones plain', () => {
    const { container } = render(
      <MarkdownView
        markdown={'```\nSELECT name FROM users WHERE id = 1;\n```\n\n```cobol\nDISPLAY "HI".\n```'}
      />
    )
    const [guessed, unknown] = Array.from(container.querySelectorAll('pre code'))
    expect(guessed!.className).toContain('language-sql')
    expect(guessed!.querySelector('.hljs-keyword')).not.toBeNull()
    expect(unknown!.querySelector('[class^="hljs-"]')).toBeNull()
    expect(unknown!.textContent).toBe('DISPLAY "HI".\n')
  })

  it('renders GFM tables and task lists', () => {
    const { container } = render(
      <MarkdownView markdown={'| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done'} />
    )
    expect(container.querySelectorAll('td')).toHaveLength(2)
    expect(container.querySelector('input[type="checkbox"]')).not.toBeNull()
  })

  it('shows raw HTML as text and never creates script, img, iframe or javascript: links', () => {
    const bridge = installFakeBridge()
    const { container } = render(<MarkdownView markdown={PAYLOADS} />)
    expect(container.querySelector('script, img, iframe, object, embed')).toBeNull()
    expect(container.textContent).toContain('<script>window.__pwned = 1</script>')
    expect(container.textContent).toContain('<img src="x" onerror="window.__pwned = 2">')
    for (const a of Array.from(container.querySelectorAll('a')))
      expect(a.getAttribute('href')).toMatch(/^https:\/\//)
    // No element carries an event handler or a javascript: URL in any attribute.
    for (const el of Array.from(container.querySelectorAll('*')))
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name).not.toMatch(/^on/i)
        expect(attr.value).not.toMatch(/^\s*javascript:/i)
      }
    // The javascript: link stays readable but inert.
    const inert = screen.getByText('click me')
    expect(inert.tagName).toBe('SPAN')
    fireEvent.click(inert)
    // Images are never fetched: a labelled placeholder instead.
    expect(screen.getByText('Image: tracker')).toBeTruthy()
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
    expect(bridge.callsTo('shell:openExternal')).toEqual([])
  })

  it('opens http(s) links through shell:openExternal, not by navigating', () => {
    const bridge = installFakeBridge()
    render(<MarkdownView markdown={'[docs](https://docs.djangoproject.com/en/5.0/)'} />)
    const link = screen.getByRole('link', { name: 'docs' })
    const event = new MouseEvent('click', { bubbles: true, cancelable: true })
    link.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(bridge.callsTo('shell:openExternal')).toEqual([
      ['https://docs.djangoproject.com/en/5.0/']
    ])
  })
})

describe('QuestionView', () => {
  const props = {
    hideReference: false,
    onToggleHideReference: () => undefined,
    onOpenRelated: () => undefined,
    onStudyChanged: () => undefined,
    onError: () => undefined
  }

  it('shows the prompt, asked-in count and one tab per source naming file and line', async () => {
    const bridge = installFakeBridge()
    bridge.handle('catalog:entry', () =>
      entryView('q1', ['First **answer**.', 'Second answer with `code`.'], {
        prompt: 'What is the GIL?'
      })
    )
    render(<QuestionView id="q1" {...props} />)
    const heading = await screen.findByTestId('question-prompt')
    expect(heading.textContent).toBe('What is the GIL?')
    expect(heading.tagName).toBe('H1')
    expect(screen.getByTestId('asked-in').textContent).toBe('Asked in 2 sources')
    const tabs = screen.getAllByRole('tab')
    expect(tabs.map((t) => t.textContent)).toEqual(['source1.md:11', 'source2.md:12'])
    expect(screen.getByTestId('reference-answer').textContent).toContain('First answer.')
    fireEvent.click(tabs[1]!)
    expect(screen.getByTestId('reference-answer').textContent).toContain('Second answer with code.')
    expect(screen.getByTestId('reference-answer').textContent).toContain('From source2.md, line 12')
  })

  it('names titled sources by title, keeping the file name in tooltips and under the answer', async () => {
    const bridge = installFakeBridge()
    bridge.handle('catalog:entry', () => entryView('q1', ['First.', 'Second.']))
    const sources = [
      { path: 'builtin:source1.md', name: 'source1.md', title: 'Python basics' },
      { path: 'builtin:source2.md', name: 'source2.md' }
    ].map((s) => ({ ...s, builtIn: true, kind: 'file' as const, status: 'ok' as const }))
    render(
      <SourceTitlesProvider sources={sources.map((s) => ({ ...s, itemCount: 1, sections: [] }))}>
        <QuestionView id="q1" {...props} />
      </SourceTitlesProvider>
    )
    await screen.findByTestId('question-prompt')
    const tabs = screen.getAllByRole('tab')
    expect(tabs.map((t) => [t.textContent, t.title])).toEqual([
      ['Python basics', 'source1.md:11'],
      ['source2.md:12', 'source2.md:12']
    ])
    const where = screen.getByRole('list', { name: 'Where it is asked' })
    expect(where.textContent).toContain('Python basics, line 10')
    expect(where.querySelector('li')!.title).toBe('source1.md:10')
    expect(screen.getByTestId('reference-answer').textContent).toContain(
      'From Python basics · source1.md, line 11'
    )
  })

  it('covers the reference in self-test mode until revealed', async () => {
    installFakeBridge()
    const onToggle = vi.fn()
    render(<QuestionView id="q1" {...props} hideReference onToggleHideReference={onToggle} />)
    await screen.findByTestId('question-prompt')
    expect(screen.queryByTestId('reference-answer')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /Reveal reference/ }))
    expect(screen.getByTestId('reference-answer').textContent).toContain('An answer.')
    fireEvent.click(screen.getByTestId('hide-reference-toggle'))
    expect(onToggle).toHaveBeenCalledTimes(1)
  })

  it('names the self-test mode, not "hidden", once the answer is revealed, and can cover it again', async () => {
    installFakeBridge()
    render(<QuestionView id="q1" {...props} hideReference />)
    await screen.findByTestId('question-prompt')
    const toggle = screen.getByTestId('hide-reference-toggle')
    expect(toggle.textContent).toBe('Self-test on')
    expect(screen.queryByTestId('cover-reference')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /Reveal reference/ }))
    expect(screen.getByTestId('reference-answer')).toBeTruthy()
    // The mode is still on (the next question starts covered), and the label does not claim
    // the visible answer is hidden.
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    expect(toggle.textContent).not.toMatch(/hidden/i)
    fireEvent.click(screen.getByTestId('cover-reference'))
    expect(screen.queryByTestId('reference-answer')).toBeNull()
    expect(screen.getByRole('button', { name: /Reveal reference/ })).toBeTruthy()
  })

  it("in self-test mode a quiz's ticked choice shows unticked until the reference is revealed", async () => {
    const bridge = installFakeBridge()
    bridge.handle('catalog:entry', () =>
      entryView('q1', ['def'], {
        prompt: 'Which keyword defines a function?',
        detail: '- [ ] func\n- [x] def\n- [ ] fn'
      })
    )
    const ticked = (): boolean[] =>
      Array.from(
        screen.getByTestId('question-detail').querySelectorAll<HTMLInputElement>('input')
      ).map((box) => box.checked)
    const { rerender } = render(<QuestionView id="q1" {...props} hideReference />)
    await screen.findByTestId('question-prompt')
    expect(ticked()).toEqual([false, false, false])
    fireEvent.click(screen.getByRole('button', { name: /Reveal reference/ }))
    expect(ticked()).toEqual([false, true, false])
    fireEvent.click(screen.getByTestId('cover-reference'))
    expect(ticked()).toEqual([false, false, false])
    rerender(<QuestionView id="q1" {...props} hideReference={false} />)
    expect(ticked()).toEqual([false, true, false])
  })

  it('sends status, favourite and tag changes through study:update', async () => {
    const bridge = installFakeBridge()
    const onStudyChanged = vi.fn()
    render(<QuestionView id="q1" {...props} onStudyChanged={onStudyChanged} />)
    await screen.findByTestId('question-prompt')
    fireEvent.click(screen.getByRole('radio', { name: 'Learning' }))
    await waitFor(() => expect(onStudyChanged).toHaveBeenCalled())
    expect(screen.getByRole('radio', { name: 'Learning' }).getAttribute('aria-checked')).toBe(
      'true'
    )
    fireEvent.click(screen.getByTestId('favourite-toggle'))
    const input = screen.getByRole('textbox', { name: 'Add a tag' })
    fireEvent.change(input, { target: { value: 'orm' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(bridge.callsTo('study:update')).toEqual([
      ['q1', { status: 'learning' }],
      ['q1', { favourite: true }],
      ['q1', { tags: ['orm'] }]
    ])
  })

  it('lists related questions as links that open them', async () => {
    const bridge = installFakeBridge()
    const view = entryView('q1', ['A.'])
    bridge.handle('catalog:entry', () => ({ ...view, related: [{ id: 'q2', prompt: 'Why GIL?' }] }))
    const onOpenRelated = vi.fn()
    render(<QuestionView id="q1" {...props} onOpenRelated={onOpenRelated} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Why GIL?' }))
    expect(onOpenRelated).toHaveBeenCalledWith({ id: 'q2', prompt: 'Why GIL?' })
  })
})
