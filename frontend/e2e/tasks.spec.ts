import type { Page } from '@playwright/test'

import {
  apiAs,
  expect,
  expectAccessible,
  openSignedIn,
  registerAccount,
  saveScreenshot,
  test,
} from './fixtures'

async function newTask(page: Page) {
  await page.getByRole('button', { name: /New task/ }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Title')).toBeFocused()
  return dialog
}

async function addTag(page: Page, name: string) {
  const input = page.getByRole('dialog').getByRole('combobox', { name: 'Tags' })
  await input.fill(name)
  await input.press('Enter')
  await expect(page.getByRole('dialog').getByRole('button', { name: `Remove tag ${name}` })).toBeVisible()
}

const row = (page: Page, title: string) => page.getByRole('listitem').filter({ has: page.getByRole('button', { name: title, exact: true }) })

test('create tasks with tags, a due date and a recurrence; filter and search; complete and see the next occurrence', async ({
  page,
  request,
}) => {
  const account = await registerAccount(request, 'Europe/Berlin')
  const api = apiAs(request, account)
  await openSignedIn(page, account)
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()
  await expectAccessible(page, 'the empty task list')

  // A weekly task due Monday 7 January 2030 at 09:00 in the user's zone (Berlin), tagged "home".
  let dialog = await newTask(page)
  await dialog.getByLabel('Title').fill('Water the plants')
  await dialog.getByLabel('Due date').fill('2030-01-07')
  await dialog.getByLabel('Due time').fill('09:00')
  await addTag(page, 'home')
  await dialog.getByLabel('Repeats').selectOption({ label: 'Weekly' })
  await expect(dialog.getByText('Every week on Monday', { exact: true })).toBeVisible()
  await expectAccessible(page, 'the task editor')
  await saveScreenshot(page, 'task-editor')
  await dialog.getByRole('button', { name: 'Create task' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(row(page, 'Water the plants')).toContainText('Repeats')

  dialog = await newTask(page)
  await dialog.getByLabel('Title').fill('Write the report')
  await dialog.getByLabel('Priority').selectOption({ label: 'Urgent' })
  await dialog.getByLabel('Due date').fill('2030-01-10')
  await addTag(page, 'work')
  await dialog.getByRole('button', { name: 'Create task' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()

  dialog = await newTask(page)
  await dialog.getByLabel('Title').fill('Buy oat milk')
  await dialog.getByLabel('Title').press('Enter')
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Buy oat milk', exact: true })).toBeVisible()

  // What the UI sent is what the API holds: the wall-clock time in Berlin is 08:00 UTC in January.
  const created = await api.listTasks()
  const plants = created.find((task) => task.title === 'Water the plants')
  expect(plants?.due_date).toBe('2030-01-07T08:00:00Z')
  expect(plants?.tags).toEqual(['home'])
  expect(plants?.recurrence?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO')
  expect(created.find((task) => task.title === 'Write the report')?.tags).toEqual(['work'])
  await saveScreenshot(page, 'tasks')

  // Filters: priority, tag; then search as you type.
  await page.getByRole('button', { name: 'Filters', exact: true }).click()
  const filters = page.getByRole('region', { name: 'Filters' })
  await filters.getByRole('checkbox', { name: 'Urgent' }).click()
  await expect(page.getByRole('button', { name: 'Write the report', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Buy oat milk', exact: true })).toBeHidden()
  await expect(page).toHaveURL(/priority=4/)
  await filters.getByRole('checkbox', { name: 'Urgent' }).click()
  await filters.getByRole('checkbox', { name: 'home' }).click()
  await expect(page.getByRole('button', { name: 'Water the plants', exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Write the report', exact: true })).toBeHidden()
  await filters.getByRole('checkbox', { name: 'home' }).click()

  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search tasks' })).toBeFocused()
  await page.keyboard.type('oat')
  await expect(page.getByRole('button', { name: 'Water the plants', exact: true })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Buy oat milk', exact: true })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search tasks' }).fill('')
  await expect(page.getByRole('button', { name: 'Water the plants', exact: true })).toBeVisible()

  // Completing the recurring task creates its next occurrence, a week later.
  await page.getByRole('button', { name: 'Mark Water the plants complete' }).click()
  await expect(page.getByText('Completed “Water the plants”')).toBeVisible()
  await expect
    .poll(async () =>
      (await api.listTasks('&completed=false')).filter((task) => task.title === 'Water the plants').map((task) => task.due_date),
    )
    .toEqual(['2030-01-14T08:00:00Z'])
  await filters.getByRole('radio', { name: 'Open' }).click()
  // The open list has replaced the previous one once the completed occurrence is gone from it.
  await expect(page.getByRole('button', { name: 'Mark Water the plants not complete' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Mark Water the plants complete' })).toBeVisible()
  await expect(row(page, 'Water the plants')).toContainText('14')
})

test('edit a task, delete it and undo, then delete it for good', async ({ page, request }) => {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  const task = await api.createTask({ title: 'Draft the letter', priority: 2 })
  await openSignedIn(page, account)

  await page.getByRole('button', { name: 'Draft the letter', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Title').fill('Send the letter')
  await dialog.getByLabel('Priority').selectOption({ label: 'High' })
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Send the letter', exact: true })).toBeVisible()
  expect((await api.listTasks())[0]).toMatchObject({ title: 'Send the letter', version: 2 })

  await page.getByRole('button', { name: 'Actions for Send the letter' }).click()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Send the letter', exact: true })).toBeHidden()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('button', { name: 'Send the letter', exact: true })).toBeVisible()
  await page.waitForTimeout(6000)
  expect(await api.taskStatus(task.id)).toBe(200)

  await page.getByRole('button', { name: 'Actions for Send the letter' }).click()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Send the letter', exact: true })).toBeHidden()
  await expect.poll(() => api.taskStatus(task.id), { timeout: 15_000 }).toBe(404)
  await page.reload()
  await expect(page.getByText(/No tasks/i)).toBeVisible()
})

test('a change made elsewhere while editing shows both versions and re-applies mine on request', async ({
  page,
  request,
}) => {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  const task = await api.createTask({ title: 'Plan the trip' })
  await openSignedIn(page, account)
  await page.getByRole('button', { name: 'Plan the trip', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Description').fill('Trains, not planes')

  await api.patchTask(task.id, { title: 'Plan the summer trip' })
  await dialog.getByRole('button', { name: 'Save changes' }).click()
  await expect(dialog.getByText('Someone else changed this task')).toBeVisible()
  await expect(dialog).toContainText('Plan the summer trip')
  await expectAccessible(page, 'the conflict panel')
  await dialog.getByRole('button', { name: 'Apply my changes to the new version' }).click()
  await expect(page.getByRole('dialog')).toBeHidden()
  await expect
    .poll(async () => (await api.listTasks())[0])
    .toMatchObject({ title: 'Plan the summer trip', version: 3 })
})

test('an XSS payload in a title and description is shown as text', async ({ page, request }) => {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  const payload = '<img src=x onerror="window.__xss=1">'
  await api.createTask({ title: payload, description: '<script>window.__xss=2</script><b>bold?</b>' })
  await openSignedIn(page, account)
  await expect(page.getByRole('button', { name: payload, exact: true })).toBeVisible()
  await page.getByRole('button', { name: payload, exact: true }).click()
  await expect(page.getByRole('dialog').getByLabel('Title')).toHaveValue(payload)
  await expect(page.getByRole('dialog').getByLabel('Description')).toHaveValue('<script>window.__xss=2</script><b>bold?</b>')
  await page.getByRole('dialog').getByRole('tab', { name: 'History' }).click()
  await expect(page.getByRole('dialog')).toContainText(payload)
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined()
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(await page.locator('main b').count()).toBe(0)
})

test('tasks reorder by keyboard drag and drop when sorted by manual order', async ({ page, request }) => {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  for (const title of ['First', 'Second', 'Third']) await api.createTask({ title })
  await openSignedIn(page, account, '/?sort=position&order=asc')
  await expect(page.getByRole('button', { name: 'Third', exact: true })).toBeVisible()
  const handle = page.getByRole('button', { name: 'Reorder First' })
  await handle.focus()
  // Each key waits for what a screen reader hears (the drag's live region), as a person waits to see the move.
  const heard = (text: string) => expect(page.getByText(text, { exact: true })).toBeAttached()
  await page.keyboard.press('Space')
  await heard('First is at position 1 of 3.')
  await page.keyboard.press('ArrowDown')
  await heard('First is at position 2 of 3.')
  await page.keyboard.press('ArrowDown')
  await heard('First is at position 3 of 3.')
  await page.keyboard.press('Space')
  await heard('First dropped at position 3 of 3.')
  await expect
    .poll(async () => {
      const tasks = await api.listTasks('&sort=position&order=asc')
      return tasks.map((task) => task.title)
    })
    .toEqual(['Second', 'Third', 'First'])
})
