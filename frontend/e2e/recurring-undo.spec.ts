import type { Page } from '@playwright/test'

import { apiAs, expect, openSignedIn, registerAccount, test } from './fixtures'

const TITLE = 'Water the plants'
const complete = (page: Page) => page.getByRole('button', { name: `Mark ${TITLE} complete` })
const reopen = (page: Page) => page.getByRole('button', { name: `Mark ${TITLE} not complete` })

test('undoing the completion of a recurring task removes the occurrence it created', async ({ page, request }) => {
  const account = await registerAccount(request, 'Europe/Berlin')
  const api = apiAs(request, account)
  const task = await api.createTask({
    title: TITLE,
    due_date: '2030-01-07T08:00:00Z',
    recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO' },
  })
  await openSignedIn(page, account)

  await complete(page).click()
  await expect(page.getByText(`Completed “${TITLE}”`)).toBeVisible()
  // The next occurrence shows beside the completed one.
  await expect(complete(page)).toBeVisible()
  await expect(reopen(page)).toBeVisible()

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText(`Reopened “${TITLE}”. The next occurrence it had created was removed.`)).toBeVisible()
  await expect(reopen(page)).toBeHidden()
  await expect(complete(page)).toHaveCount(1)

  const open = (await api.listTasks('&completed=false')).filter((candidate) => candidate.title === TITLE)
  expect(open.map((candidate) => [candidate.id, candidate.due_date])).toEqual([[task.id, '2030-01-07T08:00:00Z']])
  expect(await api.listTasks('&completed=true')).toEqual([])
})

test('reopening an occurrence whose next one was changed leaves the series and keeps the next one', async ({
  page,
  request,
}) => {
  const account = await registerAccount(request, 'Europe/Berlin')
  const api = apiAs(request, account)
  const task = await api.createTask({
    title: TITLE,
    due_date: '2030-01-07T08:00:00Z',
    recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=MO' },
  })
  await openSignedIn(page, account)
  await complete(page).click()
  await expect(page.getByText(`Completed “${TITLE}”`)).toBeVisible()
  await expect(reopen(page)).toBeVisible()

  // Someone changes the next occurrence before the completed one is reopened.
  const next = (await api.listTasks('&completed=false')).find((candidate) => candidate.id !== task.id)
  expect(next?.title).toBe(TITLE)
  await api.patchTask(next?.id ?? 0, { priority: 4 })
  await page.reload()

  await reopen(page).click()
  await expect(
    page.getByText(
      `Reopened “${TITLE}”. The next occurrence had been changed, so this task left the series and the next one stays.`,
    ),
  ).toBeVisible()
  await expect(reopen(page)).toBeHidden()
  await expect(complete(page)).toHaveCount(2)

  const open = await api.listTasks('&completed=false')
  const reopened = open.find((candidate) => candidate.id === task.id)
  expect(reopened?.recurrence).toBeNull()
  expect(open.find((candidate) => candidate.id === next?.id)?.recurrence?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO')
})
