/**
 * Issue #12 screenshots at 1280 and 900 px wide, light and dark, of what changed: the
 * "Did you mean" line, My answer with dunder names, a link and an indented code block, the
 * question focused after Enter, and study mode saying when learning cards come back. Each
 * state is asserted on screen; the PNGs land in test-results/screenshots/.
 */
import { test, expect } from './support/notebook'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 }
]

for (const size of SIZES)
  for (const theme of ['light', 'dark'] as const)
    test(`daily-use states at ${size.width} px in ${theme}`, async ({ notebook, page, bridge }) => {
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: theme })
      await notebook.openNotebook()
      const shot = (name: string) => notebook.screenshot(`daily-${name}-${size.width}`)

      await notebook.search('middlewear')
      await expect(page.getByTestId('did-you-mean')).toHaveText('Did you mean middleware?')
      await expect(notebook.result(/middleware/i)).toBeVisible()
      await shot('did-you-mean')

      await page.keyboard.press('Control+K')
      await page.keyboard.press('Enter')
      await expect(page.getByTestId('question-prompt')).toBeFocused()
      await shot('question-focused')

      await page.keyboard.press('e')
      await expect(notebook.editor).toBeFocused()
      await page.keyboard.type(
        'Django calls __init__ once; see [the docs](https://docs.djangoproject.com/) '
      )
      await page.keyboard.press('Enter')
      await page.keyboard.type('```py ')
      await page.keyboard.insertText('class Timing:')
      await page.keyboard.press('Enter')
      await page.keyboard.press('Tab')
      await page.keyboard.insertText('def __init__(self, get_response):')
      await notebook.expectSaved()
      await expect(notebook.editor).toContainText('Django calls __init__ once')
      await expect(notebook.editor.locator('code')).toContainText('    def __init__')
      await shot('answer')

      // One card graded Again: a learning card due in a few minutes.
      const first = await bridge.service['study:startSession']({ scope: { kind: 'all' }, limit: 1 })
      await bridge.service['study:review']({ id: first.cards[0]!.id, grade: 1 })
      await page.getByTestId('study-button').click()
      await page.getByRole('radio', { name: /Due for review/ }).check()
      await page.getByTestId('start-session').click()
      await expect(page.getByTestId('scope-message')).toContainText(
        /1 learning card due in \d+ min/
      )
      await expect(page.getByTestId('scope-action')).toBeVisible()
      await shot('study-later-today')
    })
