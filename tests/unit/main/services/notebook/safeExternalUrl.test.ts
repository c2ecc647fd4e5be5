import { describe, expect, it } from 'vitest'
import { safeExternalUrl } from '../../../../../src/main/services/notebook/safeExternalUrl'

describe('safeExternalUrl', () => {
  it.each([
    [
      'https://docs.python.org/3/library/threading.html',
      'https://docs.python.org/3/library/threading.html'
    ],
    ['  http://example.com  ', 'http://example.com/'],
    ['HTTPS://Example.COM/a?b=1#c', 'https://example.com/a?b=1#c']
  ])('lets %s through as %s', (raw, expected) => {
    expect(safeExternalUrl(raw)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    'ms-settings:privacy',
    'smb://host/share',
    'https://user:secret@example.com/',
    '//example.com/path',
    'example.com',
    '',
    'http://'
  ])('refuses %s', (raw) => {
    expect(safeExternalUrl(raw)).toBeNull()
  })
})
