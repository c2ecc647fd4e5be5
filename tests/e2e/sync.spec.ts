/**
 * The Sync dialog over the real services and a real git server (git http-backend on
 * 127.0.0.1): set the remote and the token, Sync now, and the answer is on the server; an ssh
 * address is refused with a sentence. Screenshots at 1280 and 900 px, light and dark.
 */
import { test, expect } from './support/notebook'
import { startGitHttpServer, type GitHttpServer } from '../support/gitHttpServer'

let server: GitHttpServer
test.beforeAll(async () => {
  server = await startGitHttpServer({ password: 'e2e-token' })
})
test.afterAll(async () => {
  await server.close()
})

test('sets a remote and token, syncs, and shows the result', async ({ notebook, page }) => {
  server.createRepo('e2e')
  await notebook.openNotebook()
  await notebook.search('decorator')
  await notebook.openResult(/How to define decorator/)
  await notebook.focusEditor()
  await page.keyboard.type('A function that wraps another one.')
  await notebook.expectSaved()

  await page.getByTestId('sync-button').click()
  const dialog = page.getByTestId('sync-dialog')
  await dialog.getByLabel('Remote repository').fill('git@github.com:me/notes.git')
  await dialog.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(dialog.getByTestId('sync-error')).toContainText('SSH remotes are not supported')

  await dialog.getByLabel('Remote repository').fill(server.url('e2e'))
  await dialog.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(dialog.getByText('Remote saved.')).toBeVisible()
  await dialog.getByLabel('Access token').fill('e2e-token')
  await dialog.getByRole('button', { name: 'Save token' }).click()
  await expect(dialog.getByTestId('sync-token-state')).toHaveText(/^A token is set/)
  await expect(dialog.getByLabel('Access token')).toHaveValue('')

  await dialog.getByTestId('sync-now').click()
  await expect(dialog.getByTestId('sync-result')).toContainText(
    'Synced: the remote was empty; your notebook is on it now.'
  )
  await expect(page.getByTestId('sync-button')).toHaveText(/Synced just now/)
  const files = server.git('e2e', 'ls-tree', '--name-only', 'main').split('\n')
  const answer = files.find((f) => f.endsWith('.md'))
  expect(answer).toBeTruthy()
  expect(server.git('e2e', 'show', `main:${answer}`)).toContain('A function that wraps')
})

for (const theme of ['light', 'dark'] as const) {
  test(`sync dialog at 1280 and 900 px in ${theme}`, async ({ notebook, page, bridge }) => {
    server.createRepo(`shots-${theme}`)
    await page.emulateMedia({ colorScheme: theme })
    for (const width of [1280, 900]) {
      await page.setViewportSize({ width, height: 800 })
      await notebook.openNotebook()
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await page.getByTestId('sync-button').click()
      const dialog = page.getByTestId('sync-dialog')
      await expect(dialog).toBeVisible()
      await notebook.screenshot(`sync-empty-${width}`)
      await dialog.getByLabel('Remote repository').fill(server.url(`shots-${theme}`))
      await dialog.getByRole('button', { name: 'Save', exact: true }).click()
      // No token: the server asks for one, and the dialog says where to enter it.
      await dialog.getByTestId('sync-now').click()
      await expect(dialog.getByTestId('sync-result')).toContainText(
        /^127\.0\.0\.1:\d+ asked for a token\. Enter one in Settings → Sync\./
      )
      await notebook.screenshot(`sync-auth-${width}`)
      await page.keyboard.press('Escape')
      await expect(dialog).toHaveCount(0)
      await expect(page.getByTestId('sync-button')).toHaveAccessibleName('Not pushed')
      await notebook.screenshot(`sync-button-${width}`)
      await bridge.service['sync:configure']({ remoteUrl: '' })
    }
  })
}
