import { expect, expectAccessible, openSignedIn, registerAccount, test } from './fixtures'

test('a token made in settings works for its scope only, and not at all once revoked', async ({ page, request }) => {
  const account = await registerAccount(request)
  await openSignedIn(page, account, '/settings')
  const section = page.getByRole('region', { name: 'API tokens' })
  await expect(section.getByText('You have no API tokens.')).toBeVisible()

  await section.getByRole('textbox', { name: 'Token name' }).fill('Reporting script')
  await section.getByRole('checkbox', { name: /Read tasks/ }).check()
  await section.getByRole('button', { name: 'Create token' }).click()
  const shown = section.getByRole('textbox', { name: 'Your new token “Reporting script”' })
  await expect(shown).toHaveValue(/^tf_[A-Za-z0-9_-]{43}$/)
  await expect(shown).toBeFocused()
  const token = await shown.inputValue()
  await expectAccessible(page, 'the new API token')

  const headers = { Authorization: `Bearer ${token}` }
  expect((await request.get('/api/tasks', { headers })).status()).toBe(200)
  const refused = await request.post('/api/tasks', { headers, data: { title: 'Not allowed' } })
  expect(refused.status()).toBe(403)
  expect(await refused.json()).toMatchObject({ required_scope: 'tasks:write', detail: 'This token lacks the tasks:write scope.' })
  expect((await request.get('/api/auth/tokens', { headers })).status()).toBe(403)

  await section.getByRole('button', { name: 'Done' }).click()
  await expect(shown).toBeHidden()
  const row = section.getByRole('listitem').filter({ hasText: 'Reporting script' })
  await expect(row).toContainText('tasks:read')
  await page.reload()
  // The token's request above stamped it.
  await expect(row).toContainText(/Last used \w/)
  await expect(row).not.toContainText('Last used never')

  await section.getByRole('button', { name: 'Revoke Reporting script' }).click()
  await page.getByRole('dialog', { name: 'Revoke Reporting script?' }).getByRole('button', { name: 'Revoke' }).click()
  await expect(section.getByText('You have no API tokens.')).toBeVisible()
  expect((await request.get('/api/tasks', { headers })).status()).toBe(401)
})
