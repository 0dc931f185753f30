import type { Page } from '@playwright/test'

import { apiAs, expect, expectAccessible, openSignedIn, registerAccount, saveScreenshot, test } from './fixtures'

const box = (page: Page) => page.getByRole('textbox', { name: 'Quick add a task' })
const mark = (page: Page, kind: string) => page.getByTestId('quick-add-highlights').locator(`mark[data-kind="${kind}"]`)

/** Tomorrow's date in `zone`, as YYYY-MM-DD, and the wall-clock time of `iso` there (HH:mm). */
function tomorrowIn(zone: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
  return day.format(new Date(Date.now() + 86_400_000))
}
function wallClock(iso: string, zone: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return `${day.format(new Date(iso))} ${time.format(new Date(iso))}`
}

interface CreatedTask {
  id: number
  title: string
  project_id: number
  due_date: string | null
  priority: number
  tags: string[]
  recurrence: { rrule: string } | null
  reminders: { before_due: number | null }[]
}

test('quick add reads dates, repeats, tags, priority, project and reminders as you type, and Enter creates the task', async ({
  page,
  request,
}) => {
  const zone = 'Europe/Berlin'
  const account = await registerAccount(request, zone)
  const api = apiAs(request, account)
  const errands = await api.createProject({ name: 'Errands' })
  await openSignedIn(page, account)
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible()

  // q focuses the box from anywhere on the page.
  await page.getByRole('heading', { name: 'Tasks', level: 1 }).click()
  await page.keyboard.press('q')
  await expect(box(page)).toBeFocused()

  // Each part is marked while the rest is still being typed.
  await page.keyboard.type('Buy milk tomorrow 5pm')
  await expect(mark(page, 'date')).toHaveText('tomorrow 5pm')
  await page.keyboard.type(' #groceries p1')
  await expect(mark(page, 'tag')).toHaveText('#groceries')
  await expect(mark(page, 'priority')).toHaveText('p1')
  await page.keyboard.type(' @Errands remind 30m before')
  await expect(mark(page, 'project')).toHaveText('@Errands')
  await expect(mark(page, 'reminder')).toHaveText('remind 30m before')
  await expect(mark(page, 'date')).toHaveText('tomorrow 5pm')
  await expect(box(page)).toHaveAccessibleDescription(
    /Title: Buy milk · Due .*17:00 · #groceries · Priority 1 \(Urgent\) · In Errands · Reminder 30 minutes before/,
  )
  await expectAccessible(page, 'the quick-add box with highlights')
  await saveScreenshot(page, 'quick-add')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-bs-theme', 'dark')
  await expectAccessible(page, 'the quick-add box with highlights, dark')
  await saveScreenshot(page, 'quick-add-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  await page.keyboard.press('Enter')
  await expect(box(page)).toHaveValue('')
  await expect(box(page)).toBeFocused()
  await expect(page.getByRole('button', { name: 'Buy milk', exact: true })).toBeVisible()

  const milk = (await api.listTasks()).find((task) => task.title === 'Buy milk')
  const response = await request.get(`/api/tasks/${milk?.id}`, { headers: { Authorization: `Bearer ${account.accessToken}` } })
  const created = (await response.json()) as CreatedTask
  expect(created).toMatchObject({ title: 'Buy milk', priority: 4, tags: ['groceries'], project_id: errands.id })
  expect(wallClock(created.due_date ?? '', zone)).toBe(`${tomorrowIn(zone)} 17:00`)
  expect(created.reminders.map((reminder) => reminder.before_due)).toEqual([30])

  // The editor shows what was read.
  await page.getByRole('button', { name: 'Buy milk', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByLabel('Title')).toHaveValue('Buy milk')
  await expect(dialog.getByLabel('Priority')).toHaveValue('4')
  await expect(dialog.getByLabel('Due time')).toHaveValue('17:00')
  await expect(dialog.getByRole('button', { name: 'Remove tag groceries' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // A repetition, the next one typed straight after.
  await box(page).click()
  await page.keyboard.type('Standup every weekday 9am')
  await expect(mark(page, 'recurrence')).toHaveText('every weekday')
  await expect(mark(page, 'date')).toHaveText('9am')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Standup', exact: true })).toBeVisible()
  const standup = (await api.listTasks()).find((task) => task.title === 'Standup')
  expect(standup?.recurrence?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')
  expect(wallClock(standup?.due_date ?? '', zone)).toMatch(/ 09:00$/)
})

test('quick add on a project page puts the task in that project', async ({ page, request }) => {
  const account = await registerAccount(request)
  const api = apiAs(request, account)
  const errands = await api.createProject({ name: 'Errands' })
  await openSignedIn(page, account, `/projects/${errands.id}`)
  await box(page).fill('Post the parcel #post')
  await expect(mark(page, 'tag')).toHaveText('#post')
  await box(page).press('Enter')
  await expect(page.getByRole('button', { name: 'Post the parcel', exact: true })).toBeVisible()
  await expect(box(page)).toBeFocused()
  const [task] = await api.listTasks()
  expect(task).toMatchObject({ title: 'Post the parcel', project_id: errands.id, tags: ['post'] })
})
