import type { Locator, Page } from '@playwright/test'

import { apiAs, expect, expectAccessible, registerAccount, saveScreenshot, test } from './fixtures'

/** Presses Tab (or Shift+Tab) until `target` has focus (a person tabbing through the page), failing after `limit`. */
async function tabTo(page: Page, target: Locator, limit = 40, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return
    await page.keyboard.press(key)
  }
  await expect(target).toBeFocused()
}

/** The titles of the list's rows, top to bottom. */
const rowTitles = (page: Page) => page.locator('[data-task-list] [data-row-focus]').allTextContents()
const rowTitle = (page: Page, title: string) => page.locator('[data-task-list] [data-row-focus]', { hasText: title })

test('a whole session by keyboard alone: sign in, skip to the tasks, add, move, complete, undo, edit, delete, go to views, help', async ({
  page,
  request,
}) => {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  await api.createTask({ title: 'Alpha task' })
  await api.createTask({ title: 'Bravo task' })
  // Any pointer event at all fails the test: everything below is done with page.keyboard.
  await page.addInitScript(() => {
    const record = () => window.localStorage.setItem('pointer-events', 'seen')
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'touchstart']) window.addEventListener(type, record, true)
  })

  // Sign in.
  await page.goto('/login')
  await tabTo(page, page.getByLabel('Username or email'))
  await page.keyboard.type(account.username)
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused()
  await page.keyboard.type(account.password)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()
  await expect(rowTitle(page, 'Bravo task')).toBeVisible()

  // From the top of a fresh page, the first Tab reaches "Skip to tasks", which lands on the list's tab stop.
  await page.goto('/')
  await expect(rowTitle(page, 'Bravo task')).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to tasks' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  const titles = await rowTitles(page)
  await expect(rowTitle(page, titles[0] ?? '')).toBeFocused()
  // One tab stop for the list: only the active row's title is in the tab order.
  await expect(page.locator('[data-task-list] [data-row-focus][tabindex="0"]')).toHaveCount(1)
  await expectAccessible(page, 'the task list with a focused row')

  // Add a task with the full editor (n).
  await page.keyboard.press('n')
  const editor = page.getByRole('dialog', { name: 'New task' })
  await expect(editor.getByLabel('Title')).toBeFocused()
  await page.keyboard.type('Charlie task')
  await page.keyboard.press('Enter')
  await expect(editor).toBeHidden()
  await expect(rowTitle(page, 'Charlie task')).toBeVisible()
  expect((await api.listTasks()).map((task) => task.title)).toContain('Charlie task')

  // Move with j and k (and the arrows).
  const order = await rowTitles(page)
  expect(order).toHaveLength(3)
  const [first = '', second = '', third = ''] = order
  await page.keyboard.press('Home')
  await expect(rowTitle(page, first)).toBeFocused()
  await page.keyboard.press('j')
  await expect(rowTitle(page, second)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(rowTitle(page, third)).toBeFocused()
  await page.keyboard.press('k')
  await expect(rowTitle(page, second)).toBeFocused()

  // Complete with x: focus goes to the next row, never to the page; Undo is reached by keyboard in the toast.
  await page.keyboard.press('x')
  await expect(page.getByText(`Completed “${second}”`)).toBeVisible()
  await expect(rowTitle(page, third)).toBeFocused()
  await expect.poll(async () => (await api.listTasks()).find((task) => task.title === second)?.completed).toBe(true)
  await tabTo(page, page.getByRole('button', { name: 'Undo' }))
  const undo = page.getByRole('button', { name: 'Undo' })
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await api.listTasks()).find((task) => task.title === second)?.completed).toBe(false)
  await expect(undo).toHaveCount(0)

  // Edit with e: the task opens at its own address over the list; saving closes it and focus is back on the row.
  // Back up the page to the list's tab stop (the row focus moved to), then to the first row.
  await tabTo(page, rowTitle(page, third), 40, 'Shift+Tab')
  await page.keyboard.press('Home')
  await expect(rowTitle(page, first)).toBeFocused()
  await page.keyboard.press('e')
  const edit = page.getByRole('dialog', { name: 'Edit task' })
  await expect(edit.getByLabel('Title')).toHaveValue(first)
  await expect(page).toHaveURL(/\/tasks\/\d+$/)
  await tabTo(page, edit.getByLabel('Title'))
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('Alpha renamed')
  await page.keyboard.press('Enter')
  await expect(edit).toBeHidden()
  await expect(page).toHaveURL(/\/$/)
  await expect(rowTitle(page, 'Alpha renamed')).toBeFocused()

  // Delete with #: focus goes to the next row (the previous one at the end).
  const before = await rowTitles(page)
  const index = before.indexOf('Alpha renamed')
  const neighbour = index + 1 < before.length ? before.at(index + 1) : before.at(index - 1)
  await page.keyboard.press('#')
  await expect(page.getByText('Deleted “Alpha renamed”')).toBeVisible()
  await expect(rowTitle(page, 'Alpha renamed')).toBeHidden()
  await expect(rowTitle(page, neighbour ?? '')).toBeFocused()

  // Go to the views with g then a letter.
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
  await page.keyboard.press('g')
  await page.keyboard.press('u')
  await expect(page.getByRole('heading', { name: 'Upcoming', level: 1 })).toBeVisible()
  await page.keyboard.press('g')
  await page.keyboard.press('i')
  await expect(page).toHaveURL(/\/inbox$/)
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible()

  // Every shortcut, in two groups.
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help.getByRole('table', { name: 'Global' })).toContainText('Go to Calendar')
  await expect(help.getByRole('table', { name: 'Task list' })).toContainText('Delete the task')
  await expect(help.getByRole('table', { name: 'Global' })).toContainText('Quick add a task')
  await expectAccessible(page, 'the shortcuts help')
  await saveScreenshot(page, 'keyboard-shortcuts-help')
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()

  expect(await page.evaluate(() => window.localStorage.getItem('pointer-events'))).toBeNull()
})

test('shortcuts wait while typing in a field', async ({ page, request }) => {
  const account = await registerAccount(request)
  await apiAs(request, account).createTask({ title: 'Quiet task' })
  await page.addInitScript((tokens) => {
    window.localStorage.setItem('taskforge.session', JSON.stringify(tokens))
  }, { accessToken: account.accessToken, refreshToken: account.refreshToken })
  await page.goto('/')
  await expect(rowTitle(page, 'Quiet task')).toBeVisible()
  await page.keyboard.press('/')
  const search = page.getByRole('searchbox', { name: 'Search tasks' })
  await expect(search).toBeFocused()
  await page.keyboard.type('gtx#?')
  await expect(search).toHaveValue('gtx#?')
  await expect(page).toHaveURL(/\/(\?.*)?$/)
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('Back closes a task opened from a list, and focus is on its row again', async ({ page, request }) => {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  await api.createTask({ title: 'First of two' })
  const task = await api.createTask({ title: 'Second of two' })
  await page.addInitScript((tokens) => {
    window.localStorage.setItem('taskforge.session', JSON.stringify(tokens))
  }, { accessToken: account.accessToken, refreshToken: account.refreshToken })
  await page.goto('/?status=open')
  await expect(rowTitle(page, 'Second of two')).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-task-list] [data-row-focus]:focus')).toHaveCount(1)
  // The list's order is the server's: reach the row with j if it is not the first.
  if (!(await rowTitle(page, 'Second of two').evaluate((element) => element === document.activeElement))) {
    await page.keyboard.press('j')
  }
  await expect(rowTitle(page, 'Second of two')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/tasks/${task.id}$`))
  await expect(page.getByRole('dialog', { name: 'Edit task' }).getByLabel('Title')).toHaveValue('Second of two')
  // The list stays behind the editor.
  await expect(rowTitle(page, 'First of two')).toBeAttached()
  await page.goBack()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(/\/\?status=open$/)
  await expect(rowTitle(page, 'Second of two')).toBeFocused()

  // Closing with Escape goes back the same way.
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/tasks/${task.id}$`))
  await expect(page.getByRole('dialog', { name: 'Edit task' }).getByLabel('Title')).toHaveValue('Second of two')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page).toHaveURL(/\/\?status=open$/)
  await expect(rowTitle(page, 'Second of two')).toBeFocused()

  // The address on its own (a shared link, a reload) shows the task over its project's list.
  await page.goto(`/tasks/${task.id}`)
  await expect(page.getByRole('dialog', { name: 'Edit task' }).getByLabel('Title')).toHaveValue('Second of two')
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/\/(inbox|projects\/\d+)$/)
  await expect(rowTitle(page, 'Second of two')).toBeVisible()
})
