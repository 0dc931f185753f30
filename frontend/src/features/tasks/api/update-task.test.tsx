import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import type { ReactNode } from 'react'

import { isApiError } from '@/lib/api/problem'
import { server, setupMswServer } from '@/testing/msw-server'
import { createTestQueryClient } from '@/testing/render-with-providers'
import { makeTask, makeTaskPage } from '@/testing/task-factory'

import { tasksKeys, type Task, type TaskPage } from './get-tasks'
import { useUpdateTask } from './update-task'

setupMswServer()

function setup() {
  const queryClient = createTestQueryClient()
  const task = makeTask({ id: 5, title: 'Old', version: 3 })
  const listKey = tasksKeys.list({ page: 1 })
  queryClient.setQueryData(listKey, makeTaskPage([task]))
  queryClient.setQueryData(tasksKeys.detail(5), task)
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  const { result } = renderHook(() => useUpdateTask(), { wrapper })
  const listed = () => queryClient.getQueryData<TaskPage>(listKey)?.items[0]?.title
  const detailed = () => queryClient.getQueryData<Task>(tasksKeys.detail(5))?.title
  return { result, listed, detailed, task }
}

describe('useUpdateTask', () => {
  it('shows the change at once and keeps the server answer', async () => {
    let ifMatch: string | null = null
    let answer: () => void = () => undefined
    server.use(
      http.patch('*/api/tasks/5', async ({ request }) => {
        ifMatch = request.headers.get('If-Match')
        await new Promise<void>((resolve) => (answer = resolve))
        return HttpResponse.json(makeTask({ id: 5, title: 'New (saved)', version: 4 }))
      }),
    )
    const { result, listed, detailed } = setup()
    result.current.mutate({ id: 5, body: { title: ' New ' }, etag: '"v3"' })
    await waitFor(() => expect(listed()).toBe('New'))
    expect(detailed()).toBe('New')
    await waitFor(() => expect(ifMatch).toBe('"v3"'))
    answer()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(ifMatch).toBe('"v3"')
    expect(detailed()).toBe('New (saved)')
  })

  // No query observes the caches here, so the invalidation on settle refetches nothing.
  it('rolls back and passes on a 412 unchanged', async () => {
    server.use(
      http.patch('*/api/tasks/5', () =>
        HttpResponse.json({ status: 412, title: 'Precondition Failed' }, { status: 412 }),
      ),
    )
    const { result, listed, detailed } = setup()
    result.current.mutate({ id: 5, body: { title: 'New' }, etag: '"v2"' })
    await waitFor(() => expect(result.current.isError).toBe(true))
    const error = result.current.error
    expect(isApiError(error) && error.status).toBe(412)
    expect(listed()).toBe('Old')
    expect(detailed()).toBe('Old')
  })

  it('rolls back only its own task, not the optimism of another write in flight', async () => {
    let failFive: () => void = () => undefined
    server.use(
      http.patch('*/api/tasks/5', async () => {
        await new Promise<void>((resolve) => (failFive = resolve))
        return HttpResponse.json({ status: 500, title: 'Boom' }, { status: 500 })
      }),
      // Task 6's write stays in flight.
      http.patch('*/api/tasks/6', () => new Promise<Response>(() => undefined)),
    )
    const queryClient = createTestQueryClient()
    const listKey = tasksKeys.list({ page: 1 })
    queryClient.setQueryData(listKey, makeTaskPage([makeTask({ id: 5, title: 'Five' }), makeTask({ id: 6, title: 'Six' })]))
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    )
    const first = renderHook(() => useUpdateTask(), { wrapper }).result
    const second = renderHook(() => useUpdateTask(), { wrapper }).result
    const titles = () => queryClient.getQueryData<TaskPage>(listKey)?.items.map((task) => task.title)

    first.current.mutate({ id: 5, body: { title: 'Five (mine)' } })
    await waitFor(() => expect(titles()).toEqual(['Five (mine)', 'Six']))
    second.current.mutate({ id: 6, body: { title: 'Six (mine)' } })
    await waitFor(() => expect(titles()).toEqual(['Five (mine)', 'Six (mine)']))
    failFive()
    await waitFor(() => expect(first.current.isError).toBe(true))
    expect(titles()).toEqual(['Five', 'Six (mine)'])
  })
})
