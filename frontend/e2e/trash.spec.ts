import { apiAs, expect, expectAccessible, openSignedIn, registerAccount, test, type Account } from './fixtures'
import type { APIRequestContext } from '@playwright/test'

/** The raw calls this scenario needs beyond the shared helpers. */
function calls(request: APIRequestContext, account: Account) {
  const headers = { Authorization: `Bearer ${account.accessToken}` }
  return {
    async comment(taskId: number, text: string) {
      const response = await request.post(`/api/tasks/${taskId}/comments`, { headers, data: { text } })
      expect(response.status(), await response.text()).toBe(201)
    },
    async remove(path: string) {
      const response = await request.delete(path, { headers })
      expect(response.status(), await response.text()).toBe(204)
    },
    async json<T>(path: string): Promise<T> {
      const response = await request.get(path, { headers })
      expect(response.status(), await response.text()).toBe(200)
      return (await response.json()) as T
    },
  }
}

test('a deleted task waits in the trash and comes back with its subtasks, comments and tags', async ({ page, request }) => {
  const ann = await registerAccount(request)
  const api = apiAs(request, ann)
  const raw = calls(request, ann)
  const task = await api.createTask({ title: 'Renew passport', tags: ['errands'] })
  const subtask = await api.createTask({ title: 'Book a photo', parent_id: task.id })
  await raw.comment(task.id, 'The office opens at nine.')
  await raw.remove(`/api/tasks/${task.id}`)
  expect(await api.taskStatus(task.id)).toBe(404)
  expect(await api.taskStatus(subtask.id)).toBe(404)

  await openSignedIn(page, ann, '/')
  await expect(page.getByRole('button', { name: 'Renew passport', exact: true })).toHaveCount(0)
  await page.getByRole('link', { name: 'Trash' }).first().click()
  await expect(page.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible()
  const entry = page.getByRole('list', { name: 'Deleted tasks and projects' }).getByRole('listitem')
  await expect(entry).toHaveCount(1)
  await expect(entry).toContainText('Renew passport')
  await expect(entry).toContainText('with 1 subtask')
  await expect(entry).toContainText(`deleted by ${ann.username}`)
  await expectAccessible(page, 'the trash')

  await entry.getByRole('button', { name: 'Restore “Renew passport”' }).click()
  await expect(page.getByText('Restored “Renew passport”.')).toBeVisible()
  await expect(page.getByText('The trash is empty.', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'Open it' }).click()
  await expect(page).toHaveURL(new RegExp(`/tasks/${task.id}$`))

  const back = await raw.json<{ tags: string[]; title: string }>(`/api/tasks/${task.id}`)
  expect(back.tags).toEqual(['errands'])
  expect(await api.taskStatus(subtask.id)).toBe(200)
  const comments = await raw.json<{ items: { text: string }[] }>(`/api/tasks/${task.id}/comments`)
  expect(comments.items.map((comment) => comment.text)).toEqual(['The office opens at nine.'])
  const history = await raw.json<{ items: { action: string }[] }>(`/api/tasks/${task.id}/history`)
  expect(history.items.map((event) => event.action).slice(-2)).toEqual(['delete', 'restore'])
})

test('a deleted project can be undone from its toast, and purged for good from the trash', async ({ page, request }) => {
  const ann = await registerAccount(request)
  const api = apiAs(request, ann)
  const project = await api.createProject({ name: 'Garden', color: '#299438' })
  const task = await api.createTask({ title: 'Prune the roses', project_id: project.id })

  await openSignedIn(page, ann, `/projects/${project.id}`)
  await expect(page.getByRole('heading', { name: 'Garden', level: 1 })).toBeVisible()
  await page.getByRole('button', { name: 'More project actions' }).click()
  await page.getByRole('button', { name: 'Delete project' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete “Garden”?' })
  await expect(confirm).toContainText('It goes to the trash with its tasks and sections')
  await confirm.getByRole('button', { name: 'Delete project' }).click()
  await expect(page.getByText('Moved “Garden” to the trash.')).toBeVisible()
  expect(await api.taskStatus(task.id)).toBe(404)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByText('Restored “Garden”.')).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('link', { name: /Garden/ }).first()).toBeVisible()
  expect(await api.taskStatus(task.id)).toBe(200)

  // Deleted again, then purged from the trash: gone for good.
  await calls(request, ann).remove(`/api/projects/${project.id}`)
  await page.getByRole('link', { name: 'Trash' }).first().click()
  await page.getByRole('button', { name: 'Delete “Garden” for good' }).click()
  await page.getByRole('dialog', { name: 'Delete “Garden” for good?' }).getByRole('button', { name: 'Delete for good' }).click()
  await expect(page.getByText('Deleted “Garden” for good.')).toBeVisible()
  await expect(page.getByText('The trash is empty.', { exact: true })).toBeVisible()
  const trash = await calls(request, ann).json<{ items: unknown[] }>('/api/trash')
  expect(trash.items).toEqual([])
})
