import type { Page } from '@playwright/test'

import { apiAs, expect, expectAccessible, openSignedIn, registerAccount, saveScreenshot, test } from './fixtures'

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

const rowTitle = (page: Page, title: string) => page.locator('[data-task-list] [data-row-focus]', { hasText: title })

/** How many task rows are wholly inside the viewport. */
async function rowsInView(page: Page): Promise<number> {
  return page.locator('[data-task-list] > li').evaluateAll((rows) =>
    rows.filter((row) => {
      const box = row.getBoundingClientRect()
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
    }).length,
  )
}

for (const theme of ['light', 'dark'] as const) {
  test(`on a phone (${theme}): ten tasks at a glance, actions in the row menu, folding filters, a full-screen editor`, async ({
    page,
    request,
  }) => {
    const account = await registerAccount(request)
    const api = apiAs(request, account)
    for (let number = 1; number <= 12; number += 1) {
      await api.createTask({
        title: `Errand number ${number}`,
        priority: (number % 4) + 1,
        due_date: `2030-0${(number % 9) + 1}-1${number % 10}T09:00:00Z`,
        tags: number % 3 === 0 ? ['home', 'weekend'] : [],
      })
    }
    await page.addInitScript((choice) => window.localStorage.setItem('taskforge.theme', choice), theme)
    await openSignedIn(page, account)
    await expect(rowTitle(page, 'Errand number 12')).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('data-bs-theme', theme)

    expect(await rowsInView(page)).toBeGreaterThanOrEqual(10)
    // No Delete button on each row: the actions wait in the row's menu.
    await expect(page.getByRole('button', { name: /^Delete/ })).toHaveCount(0)
    // The filters fold away until asked for.
    const filters = page.getByRole('region', { name: 'Filters' })
    await expect(filters).toBeHidden()
    await expectAccessible(page, `the task list on a phone (${theme})`)
    await saveScreenshot(page, `mobile-tasks-${theme}`)
    await page.getByRole('button', { name: 'Filters', exact: true }).click()
    await expect(filters).toBeVisible()
    await expect(filters.getByRole('checkbox', { name: 'Urgent' })).toBeVisible()
    await page.getByRole('button', { name: 'Filters', exact: true }).click()
    await expect(filters).toBeHidden()

    // The row menu: complete a task from it.
    await page.getByRole('button', { name: 'Actions for Errand number 3' }).click()
    await expect(page.getByRole('button', { name: 'Delete', exact: true })).toBeVisible()
    await page.getByRole('button', { name: 'Complete', exact: true }).click()
    await expect(page.getByText('Completed “Errand number 3”')).toBeVisible()
    await expect.poll(async () => (await api.listTasks()).find((task) => task.title === 'Errand number 3')?.completed).toBe(true)

    // The editor fills the screen.
    await rowTitle(page, 'Errand number 5').click()
    const editor = page.getByRole('dialog', { name: 'Edit task' })
    await expect(editor.getByLabel('Title')).toHaveValue('Errand number 5')
    const box = await editor.boundingBox()
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 })
    await expectAccessible(page, `the editor sheet on a phone (${theme})`)
    await saveScreenshot(page, `mobile-editor-${theme}`)
    await editor.getByRole('button', { name: 'Close' }).click()
    await expect(editor).toBeHidden()
    await expect(page).toHaveURL(/\/$/)
  })
}
