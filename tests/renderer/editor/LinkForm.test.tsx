// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { LinkForm } from '@renderer/editor/plugins/LinkForm'
import { withoutDoubledScheme } from '@renderer/editor/markdown/linkPolicy'

afterEach(cleanup)

describe('LinkForm', () => {
  it('takes a full address pasted after the starting "https://" as that address', () => {
    const onApply = vi.fn()
    render(<LinkForm onApply={onApply} onCancel={() => undefined} />)
    const input = screen.getByRole('textbox', { name: /Link address/ }) as HTMLInputElement
    expect(input.value).toBe('https://')
    fireEvent.change(input, { target: { value: 'https://https://docs.djangoproject.com/en/5.0/' } })
    expect(input.value).toBe('https://docs.djangoproject.com/en/5.0/')
    fireEvent.click(screen.getByRole('button', { name: 'Add link' }))
    expect(onApply).toHaveBeenCalledWith('https://docs.djangoproject.com/en/5.0/')
  })

  it('keeps an address typed after the prefix, and an http one pasted over it', () => {
    expect(withoutDoubledScheme('https://docs.python.org')).toBe('https://docs.python.org')
    expect(withoutDoubledScheme('https://http://localhost:8000/')).toBe('http://localhost:8000/')
    // Only a leading doubled scheme is dropped; one inside the address (a redirect) stays.
    expect(withoutDoubledScheme('https://a.example/?next=https://b.example')).toBe(
      'https://a.example/?next=https://b.example'
    )
  })
})
