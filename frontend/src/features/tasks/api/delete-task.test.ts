import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { createTestQueryClient } from '@/testing/render-with-providers'
import { makeTask, makeTaskPage } from '@/testing/task-factory'

import { flushPendingDeletes, scheduleDeletes } from './delete-task'
import { tasksKeys, type TaskPage } from './get-tasks'
import { taskWriteKey } from './update-task'

setupMswServer()

describe('scheduleDeletes', () => {
  it('counts as a task write while the deletes are in flight, so no other write refetches meanwhile', async () => {
    let received = false
    let answer: () => void = () => undefined
    server.use(
      http.delete('*/api/tasks/:id', async () => {
        received = true
        await new Promise<void>((resolve) => (answer = resolve))
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const queryClient = createTestQueryClient()
    const onSettled = vi.fn()
    scheduleDeletes(queryClient, [makeTask({ id: 51 })], { delayMs: 0, onSettled })
    await vi.waitFor(() => expect(received).toBe(true))
    expect(queryClient.isMutating({ mutationKey: taskWriteKey })).toBe(1)
    answer()
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledWith([]))
    await vi.waitFor(() => expect(queryClient.isMutating({ mutationKey: taskWriteKey })).toBe(0))
  })
})

describe('flushPendingDeletes', () => {
  it('sends the pending deletes at once with the current token, and resolves once they are answered', async () => {
    localStorage.setItem('taskforge.session', JSON.stringify({ accessToken: 'ann-token', refreshToken: 'ref' }))
    const sent: { path: string; auth: string | null; ifMatch: string | null }[] = []
    server.use(
      http.delete('*/api/tasks/:id', ({ request }) => {
        const { pathname } = new URL(request.url)
        sent.push({ path: pathname, auth: request.headers.get('Authorization'), ifMatch: request.headers.get('If-Match') })
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const queryClient = createTestQueryClient()
    const listKey = tasksKeys.list({ page: 1 })
    const tasks = [makeTask({ id: 41, version: 3 }), makeTask({ id: 42, version: 1 })]
    queryClient.setQueryData(listKey, makeTaskPage(tasks))
    const onSettled = vi.fn()
    const pending = scheduleDeletes(queryClient, tasks, { delayMs: 60_000, onSettled })

    await flushPendingDeletes()

    expect(sent).toEqual([
      { path: '/api/tasks/41', auth: 'Bearer ann-token', ifMatch: '"v3"' },
      { path: '/api/tasks/42', auth: 'Bearer ann-token', ifMatch: '"v1"' },
    ])
    expect(queryClient.getQueryData<TaskPage>(listKey)?.items).toEqual([])
    expect(pending.undo()).toBe(false)
    // The session is ending: no follow-up on its behalf.
    expect(onSettled).not.toHaveBeenCalled()
  })

  it('resolves at once when nothing is pending', async () => {
    await expect(flushPendingDeletes()).resolves.toBeUndefined()
  })
})
