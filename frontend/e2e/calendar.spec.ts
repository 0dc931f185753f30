import { TZDate } from '@date-fns/tz'
import type { Locator, Page } from '@playwright/test'
import { format } from 'date-fns'

import { apiAs, expect, expectAccessible, openSignedIn, registerAccount, saveScreenshot, test } from './fixtures'

// The user's zone is New York while the browser says Tokyo: the calendar must follow the profile.
const ZONE = 'America/New_York'
test.use({ timezoneId: 'Asia/Tokyo' })

/** The UTC instant of a wall-clock time in the user's zone. */
function instant(year: number, month: number, day: number, hour = 0, minute = 0): string {
  return new Date(new TZDate(year, month - 1, day, hour, minute, ZONE).getTime()).toISOString()
}

/** `yyyy-MM-dd` of a day of this month in the user's zone. */
function dayOfThisMonth(now: TZDate, day: number): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** A day of the month grid, by the name FullCalendar gives its cell ("December 17, 2026 …"). */
const cell = (page: Page, day: string) =>
  page.getByRole('cell', { name: new RegExp(`^${format(new Date(`${day}T12:00:00`), 'MMMM d, yyyy')}\\b`) })

/** Drags with the mouse in small steps, the way FullCalendar's pointer dragging expects a person to. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const source = await from.boundingBox()
  const target = await to.boundingBox()
  if (!source || !target) throw new Error('nothing to drag from or to')
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2)
  await page.mouse.down()
  await page.mouse.move(source.x + source.width / 2 + 8, source.y + source.height / 2 + 8, { steps: 4 })
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 })
  await page.mouse.up()
}

test('drag tasks to reschedule them in the user zone, fill days from the No date tray, see a series in week view', async ({
  page,
  request,
}) => {
  const account = await registerAccount(request, ZONE)
  const api = apiAs(request, account)
  const now = new TZDate(Date.now(), ZONE)
  const [year, month] = [now.getFullYear(), now.getMonth() + 1]
  const dentist = await api.createTask({ title: 'Dentist', due_date: instant(year, month, 10, 9, 30) })
  const plumber = await api.createTask({ title: 'Call the plumber' })
  // A daily series whose current occurrence is this week's Monday (the calendar's weeks start on Monday).
  const monday = new TZDate(year, month - 1, now.getDate() - ((now.getDay() + 6) % 7), 8, 0, ZONE)
  await api.createTask({
    title: 'Standup',
    due_date: new Date(monday.getTime()).toISOString(),
    recurrence: { rrule: 'FREQ=DAILY' },
  })

  await openSignedIn(page, account, '/upcoming')
  await expect(page.getByRole('heading', { name: 'Upcoming', level: 1 })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click()
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible()
  const tenth = cell(page, dayOfThisMonth(now, 10))
  await expect(tenth.getByRole('link', { name: /Dentist/ })).toBeVisible()
  // 09:30 in New York, not in Tokyo (where it is 23:30).
  await expect(tenth.getByRole('link', { name: /Dentist/ })).toContainText('09:30')

  // A timed task moved to another day keeps its time.
  const seventeenth = cell(page, dayOfThisMonth(now, 17))
  await drag(page, tenth.getByRole('link', { name: /Dentist/ }), seventeenth)
  await expect(page.getByRole('main').getByRole('status')).toContainText('“Dentist” is now due')
  await expect(seventeenth.getByRole('link', { name: /Dentist/ })).toBeVisible()
  const moved = (await api.listTasks()).find((task) => task.id === dentist.id)
  expect(moved?.due_date && Date.parse(moved.due_date)).toBe(Date.parse(instant(year, month, 17, 9, 30)))

  // An undated task dragged from the tray onto tomorrow gets that day (all day: midnight in the user's zone).
  const tomorrow = new TZDate(year, month - 1, now.getDate() + 1, ZONE)
  const tray = page.getByRole('region', { name: 'No date' })
  const tomorrowCell = cell(page, format(tomorrow, 'yyyy-MM-dd'))
  await drag(page, tray.getByRole('link', { name: 'Call the plumber' }), tomorrowCell)
  await expect(tomorrowCell.getByRole('link', { name: /Call the plumber/ })).toBeVisible()
  await expect(tray.getByRole('link', { name: 'Call the plumber' })).toHaveCount(0)
  await expect
    .poll(async () => Date.parse((await api.listTasks()).find((task) => task.id === plumber.id)?.due_date ?? ''))
    .toBe(tomorrow.getTime())

  // Upcoming, loaded before the move, shows the new date too.
  await page.getByRole('navigation', { name: 'Projects and views' }).getByRole('link', { name: 'Upcoming' }).click()
  await expect(page.getByRole('region', { name: /^Tomorrow/ }).getByRole('button', { name: 'Call the plumber', exact: true })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click()
  await expect(cell(page, format(tomorrow, 'yyyy-MM-dd')).getByRole('link', { name: /Call the plumber/ })).toBeVisible()

  await expectAccessible(page, 'the calendar, month view')
  await saveScreenshot(page, 'calendar-month')

  // Week view: the series' next occurrences, read-only previews of the real (current) task.
  await page.getByRole('tab', { name: 'Week view' }).click()
  await expect(page.getByRole('link', { name: /Standup \(repeats\)/ })).toHaveCount(6)
  await expect(page.getByRole('link', { name: /^Standup$|^08:00\s*Standup$/ })).toHaveCount(1)
  await expectAccessible(page, 'the calendar, week view')
  await saveScreenshot(page, 'calendar-week')

  // An event opens its task by keyboard.
  await page.getByRole('link', { name: /Standup \(repeats\)/ }).first().focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/tasks\/\d+$/)
  await expect(page.getByRole('dialog')).toBeVisible()
})

test('the calendar is readable and accessible in the dark theme', async ({ page, request }) => {
  const account = await registerAccount(request, ZONE)
  const api = apiAs(request, account)
  const now = new TZDate(Date.now(), ZONE)
  await api.createTask({ title: 'Pay rent', due_date: instant(now.getFullYear(), now.getMonth() + 1, 12, 10, 0) })
  const done = await api.createTask({ title: 'Old chore', due_date: instant(now.getFullYear(), now.getMonth() + 1, 13) })
  await api.patchTask(done.id, { completed: true })
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
  await openSignedIn(page, account, '/calendar')
  await expect(page.locator('html')).toHaveAttribute('data-bs-theme', 'dark')
  await expect(page.getByRole('link', { name: /Old chore/ })).toBeVisible()
  await expectAccessible(page, 'the calendar in the dark theme')
  await saveScreenshot(page, 'calendar-dark')

  await page.getByRole('switch', { name: 'Show completed tasks' }).uncheck()
  await expect(page.getByRole('link', { name: /Old chore/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: /Pay rent/ })).toBeVisible()
})
