import { apiAs, expect, expectAccessible, openSignedIn, registerAccount, test } from './fixtures'

test('deleting an account hands a shared project over, keeps its comment, and signs out', async ({ page, request }) => {
  const ada = await registerAccount(request)
  const bob = await registerAccount(request)
  const adaApi = apiAs(request, ada)
  const garden = await adaApi.createProject({ name: 'Garden' })
  await adaApi.share(garden.id, bob.username)
  const task = await adaApi.createTask({ title: 'Plant roses', project_id: garden.id })
  const headers = { Authorization: `Bearer ${ada.accessToken}` }
  const said = await request.post(`/api/tasks/${task.id}/comments`, { headers, data: { text: 'Roses first' } })
  expect(said.status()).toBe(201)

  await openSignedIn(page, ada, '/settings')
  const zone = page.getByRole('region', { name: 'Delete account' })
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    zone.getByRole('button', { name: 'Download my data (JSON)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^taskforge-export-.*\.json$/)

  await zone.getByRole('button', { name: 'Delete my account…' }).click()
  const form = zone.getByRole('form', { name: 'Delete your account' })
  const choice = form.getByRole('group', { name: /Garden/ })
  await expect(choice.getByRole('radio', { name: 'Give it to another member' })).toBeChecked()
  await expect(choice.getByRole('combobox', { name: 'New owner of Garden' })).toHaveValue(/\d+/)
  await expectAccessible(page, 'the account deletion form')
  await form.getByLabel('Your password').fill('not the password')
  await form.getByRole('button', { name: 'Delete my account' }).click()
  await page.getByRole('dialog', { name: 'Delete your account for good?' }).getByRole('button', { name: 'Delete for good' }).click()
  await expect(form.getByText(/not this account/i)).toBeVisible()

  await form.getByLabel('Your password').fill(ada.password)
  await form.getByRole('button', { name: 'Delete my account' }).click()
  await page.getByRole('dialog', { name: 'Delete your account for good?' }).getByRole('button', { name: 'Delete for good' }).click()
  // The login page (with a `next` back to Settings when a request met the account's end before the answer came).
  await expect(page).toHaveURL(/\/login(\?|$)/)
  await expect(page.getByText('Your account has been deleted.')).toBeVisible()

  expect((await request.get('/api/auth/me', { headers })).status()).toBe(401)
  const bobHeaders = { Authorization: `Bearer ${bob.accessToken}` }
  const project = (await (await request.get(`/api/projects/${garden.id}`, { headers: bobHeaders })).json()) as {
    role: string
  }
  expect(project.role).toBe('owner')
  const thread = (await (await request.get(`/api/tasks/${task.id}/comments`, { headers: bobHeaders })).json()) as {
    items: { text: string; author: unknown }[]
  }
  expect(thread.items.map((item) => [item.text, item.author])).toEqual([['Roses first', null]])
})
