import { readFile } from 'node:fs/promises'

import { apiAs, expect, expectAccessible, openSignedIn, registerAccount, test } from './fixtures'

test('export to JSON and import it back after a dry run; CSV downloads too', async ({ page, request }) => {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  const parent = await api.createTask({ title: 'Move house', tags: ['home'], due_date: '2031-02-03T10:00:00Z' })
  await api.createTask({ title: 'Book the van', parent_id: parent.id })
  await api.createTask({ title: 'Weekly review', due_date: '2031-02-07T16:00:00Z', recurrence: { rrule: 'FREQ=WEEKLY' } })

  await openSignedIn(page, account, '/settings')
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()])
  expect(json.suggestedFilename()).toMatch(/\.json$/)
  const path = await json.path()
  const document = JSON.parse(await readFile(path, 'utf8')) as { format: string; tasks: unknown[] }
  expect(document.format).toBe('taskforge')
  expect(document.tasks).toHaveLength(3)

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()])
  expect(csv.suggestedFilename()).toMatch(/\.csv$/)
  expect(await readFile(await csv.path(), 'utf8')).toContain('Book the van')

  await page.getByLabel('Export file').setInputFiles(path)
  const importButton = page.getByRole('button', { name: 'Import 3 tasks' })
  await expect(importButton).toBeVisible()
  // The dry run wrote nothing.
  expect(await api.listTasks('&include_subtasks=true')).toHaveLength(3)
  await expectAccessible(page, 'the import report')
  await importButton.click()
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 tasks' })).toBeAttached()
  const tasks = await api.listTasks('&include_subtasks=true')
  expect(tasks.map((task) => task.title).sort()).toEqual(
    ['Book the van', 'Book the van', 'Move house', 'Move house', 'Weekly review', 'Weekly review'],
  )
})

test('a broken import names the broken task and imports nothing', async ({ page, request }) => {
  const account = await registerAccount(request)
  await openSignedIn(page, account, '/settings')
  const broken = {
    format: 'taskforge',
    version: 1,
    exported_at: '2030-01-01T00:00:00Z',
    tags: [],
    tasks: [{ id: 1, title: 'Orphan', parent_id: 99 }],
  }
  await page.getByLabel('Export file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  })
  await expect(page.getByText(/Orphan/).first()).toBeVisible()
  await expect(page.getByRole('button', { name: /^Import \d+ task/ })).toBeHidden()
  expect(await apiAs(page.request, account).listTasks()).toHaveLength(0)
})

test('the calendar feed address is shown once and works, then is turned off', async ({ page, request }) => {
  const account = await registerAccount(request)
  await apiAs(request, account).createTask({ title: 'Dentist', due_date: '2031-03-04T08:30:00Z' })
  await openSignedIn(page, account, '/settings')
  await page.getByRole('button', { name: 'Create feed address' }).click()
  const address = page.getByRole('textbox', { name: /feed address/i })
  await expect(address).toHaveValue(/calendar\.ics\?token=/)
  const url = await address.inputValue()
  const feed = await request.get(url)
  expect(feed.status()).toBe(200)
  expect(await feed.text()).toContain('SUMMARY:Dentist')
  await expectAccessible(page, 'the calendar feed address')

  await page.getByRole('button', { name: 'Turn off feed' }).click()
  const confirm = page.getByRole('dialog', { name: 'Turn off the calendar feed?' })
  await confirm.getByRole('button', { name: 'Turn off' }).click()
  await expect(page.getByText('No feed address is active.')).toBeVisible()
  expect((await request.get(url)).status()).toBe(404)
})
