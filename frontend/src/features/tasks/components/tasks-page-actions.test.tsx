import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { fakeTasksApi, makeTask, type FakeTasksApi } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { flushPendingDeletes } from '../api/delete-task'
import { TasksPage } from './tasks-page'

/** Deletes a task the way a person does: its row's menu, then Delete. */
async function deleteFromMenu(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.click(await screen.findByRole('button', { name: `Actions for ${title}` }))
  await user.click(screen.getByRole('button', { name: 'Delete' }))
}

setupMswServer()

let api: FakeTasksApi

const deletes = () => api.writes().filter((write) => write.method === 'DELETE')
const preconditionFailed = () => HttpResponse.json({ status: 412, title: 'Precondition Failed' }, { status: 412 })

function renderPage(route = '/', props: { undoDelayMs?: number } = {}) {
  return renderWithProviders(<TasksPage {...props} />, { route })
}

/** Someone else changes task `id` (a new version): what the API answers from now on. */
function changeElsewhere(id: number, change: Partial<FakeTasksApi['tasks'][number]>) {
  const task = api.tasks.find((candidate) => candidate.id === id)
  if (task) Object.assign(task, change, { version: task.version + 1 })
}

beforeEach(() => {
  api = fakeTasksApi([
    makeTask({ id: 1, title: 'Buy milk', priority: 3, tags: ['home'] }),
    makeTask({ id: 2, title: 'Write report' }),
    makeTask({ id: 3, title: 'Call mum' }),
  ])
  server.use(
    ...api.handlers,
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser())),
  )
})

afterEach(async () => {
  vi.useRealTimers()
  // The pending deletes outlive a test (they live in their module): send what a test left.
  await act(() => flushPendingDeletes())
})

describe('TasksPage: completing', () => {
  it.each([500, 409])('completes at once and rolls back on a %i', async (status) => {
    let answer: (response: Response) => void = () => undefined
    server.use(http.patch('*/api/tasks/:id', () => new Promise<Response>((resolve) => (answer = resolve))))
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('button', { name: 'Mark Buy milk complete' }))
    expect(await screen.findByRole('button', { name: 'Mark Buy milk not complete' })).toBeInTheDocument()
    answer(HttpResponse.json({ status, title: 'Nope', detail: 'The task is locked.' }, { status }))
    expect(await screen.findByText('The task is locked.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Mark Buy milk complete' })).toBeInTheDocument()
  })

  it('on a 412 shows the task as it is now and can complete it anyway, with its new ETag', async () => {
    server.use(http.patch('*/api/tasks/:id', preconditionFailed, { once: true }))
    const user = userEvent.setup()
    renderPage()
    const toggle = await screen.findByRole('button', { name: 'Mark Buy milk complete' })
    changeElsewhere(1, { title: 'Buy oat milk' })
    await user.click(toggle)
    expect(await screen.findByText('“Buy oat milk” was changed elsewhere')).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Buy oat milk' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Complete anyway' }))
    await waitFor(() => expect(api.writes()).toHaveLength(1))
    expect(api.writes()[0]?.body).toEqual({ completed: true })
    expect(api.writes()[0]?.headers.get('If-Match')).toBe('"v2"')
    expect(await screen.findByText('Completed “Buy oat milk”')).toBeInTheDocument()
  })

  it('undoes a completion with the reverse PATCH', async () => {
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('button', { name: 'Mark Buy milk complete' }))
    expect(await screen.findByText('Completed “Buy milk”')).toBeInTheDocument()
    expect(api.writes()[0]?.body).toEqual({ completed: true })
    expect(api.writes()[0]?.headers.get('If-Match')).toBe('"v1"')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(api.writes()).toHaveLength(2))
    expect(api.writes()[1]?.body).toEqual({ completed: false })
    expect(api.writes()[1]?.headers.get('If-Match')).toBe('"v2"')
    // Completing may create the next occurrence of a series: the list is fetched again.
    await waitFor(() => expect(api.listCalls().length).toBeGreaterThan(1))
    expect(await screen.findByRole('button', { name: 'Mark Buy milk complete' })).toBeInTheDocument()
  })
})

describe('TasksPage: deleting', () => {
  it('deletes only after the undo window, with the ETag of the version shown', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) })
    renderPage()
    await deleteFromMenu(user, 'Buy milk')
    expect(screen.queryByRole('button', { name: 'Buy milk' })).not.toBeInTheDocument()
    expect(screen.getByText('Deleted “Buy milk”')).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(4900))
    expect(api.writes()).toHaveLength(0)
    await act(() => vi.advanceTimersByTimeAsync(200))
    await waitFor(() => expect(api.writes()).toHaveLength(1))
    expect(api.writes()[0]?.method).toBe('DELETE')
    expect(api.writes()[0]?.url.pathname).toBe('/api/tasks/1')
    expect(api.writes()[0]?.headers.get('If-Match')).toBe('"v1"')
    await waitFor(() => expect(screen.getByText('2 tasks')).toBeInTheDocument())
    expect(screen.queryByRole('button', { name: 'Buy milk' })).not.toBeInTheDocument()
  })

  it('sends nothing when the delete is undone', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) })
    renderPage()
    await deleteFromMenu(user, 'Buy milk')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('button', { name: 'Buy milk' })).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(api.writes()).toHaveLength(0)
  })

  it('says when an undo comes too late', async () => {
    const user = userEvent.setup()
    renderPage('/', { undoDelayMs: 10 })
    await deleteFromMenu(user, 'Buy milk')
    await waitFor(() => expect(deletes()).toHaveLength(1))
    // jsdom runs no animation, so the toast is still there to click.
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText('Too late to undo: already deleted')).toBeInTheDocument()
  })

  it('sends a pending delete at once when the page goes away', async () => {
    localStorage.setItem('taskforge.session', JSON.stringify({ accessToken: 'tok', refreshToken: 'ref' }))
    const user = userEvent.setup()
    renderPage()
    await deleteFromMenu(user, 'Call mum')
    expect(api.writes()).toHaveLength(0)
    act(() => {
      window.dispatchEvent(new Event('pagehide'))
    })
    await waitFor(() => expect(api.writes()).toHaveLength(1))
    expect(api.writes()[0]?.url.pathname).toBe('/api/tasks/3')
    expect(api.writes()[0]?.headers.get('Authorization')).toBe('Bearer tok')
    expect(api.writes()[0]?.headers.get('If-Match')).toBe('"v1"')
  })

  it('shows a task again when its delete fails', async () => {
    server.use(
      http.delete('*/api/tasks/:id', () => HttpResponse.json({ status: 404, title: 'Not Found' }, { status: 404 })),
    )
    const user = userEvent.setup()
    renderPage('/', { undoDelayMs: 10 })
    await deleteFromMenu(user, 'Buy milk')
    expect(await screen.findByText(/Delete: 0 of 1 done, 1 failed/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Buy milk' })).toBeInTheDocument()
  })

  it('does not delete a task changed elsewhere, and can delete it anyway with its new ETag', async () => {
    server.use(http.delete('*/api/tasks/:id', preconditionFailed, { once: true }))
    const user = userEvent.setup()
    renderPage('/', { undoDelayMs: 10 })
    await screen.findByRole('button', { name: 'Buy milk' })
    changeElsewhere(1, { title: 'Buy oat milk' })
    await deleteFromMenu(user, 'Buy milk')
    expect(await screen.findByText('“Buy oat milk” was changed elsewhere; not deleted')).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Buy oat milk' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Delete anyway' }))
    await waitFor(() => expect(deletes()).toHaveLength(1))
    expect(deletes()[0]?.headers.get('If-Match')).toBe('"v2"')
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Buy oat milk' })).not.toBeInTheDocument())
  })
})

describe('TasksPage: bulk actions', () => {
  it('completes the selected tasks', async () => {
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('checkbox', { name: 'Select Buy milk' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select Call mum' }))
    const bulk = screen.getByRole('region', { name: 'Selected tasks' })
    expect(within(bulk).getByText('2 selected')).toBeInTheDocument()
    await user.click(within(bulk).getByRole('button', { name: 'Complete' }))
    expect(await screen.findByText('Completed 2 tasks')).toBeInTheDocument()
    expect(api.writes().map((w) => [w.url.pathname, w.body])).toEqual(
      expect.arrayContaining([
        ['/api/tasks/1', { completed: true }],
        ['/api/tasks/3', { completed: true }],
      ]),
    )
    expect(api.writes()).toHaveLength(2)
  })

  it('holds every bulk action and the rows of a running batch until it is answered', async () => {
    let answer: () => void = () => undefined
    const answered = new Promise<void>((resolve) => (answer = resolve))
    server.use(
      http.patch('*/api/tasks/:id', async ({ params }) => {
        await answered
        return HttpResponse.json(makeTask({ id: Number(params.id), completed: true, version: 2 }))
      }),
    )
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('checkbox', { name: 'Select Buy milk' }))
    const bulk = screen.getByRole('region', { name: 'Selected tasks' })
    await user.click(within(bulk).getByRole('button', { name: 'Complete' }))
    await waitFor(() => expect(within(bulk).getByRole('button', { name: 'Delete' })).toBeDisabled())
    expect(within(bulk).getByRole('button', { name: 'Complete' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Mark Buy milk not complete' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Mark Write report complete' })).toBeEnabled()
    answer()
    await waitFor(() => expect(within(bulk).getByRole('button', { name: 'Delete' })).toBeEnabled())
  })

  it('tags the selected tasks, keeping their tags, and reports failures', async () => {
    server.use(
      http.patch('*/api/tasks/3', () =>
        HttpResponse.json({ status: 422, title: 'Invalid', detail: 'Too many tags' }, { status: 422 }),
      ),
    )
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('checkbox', { name: 'Select all on this page' }))
    await user.type(screen.getByRole('combobox', { name: 'Tag to add' }), 'work')
    await user.click(screen.getByRole('button', { name: 'Add tag' }))
    expect(await screen.findByText(/Add tag: 2 of 3 done, 1 failed\. Too many tags/)).toBeInTheDocument()
    expect(api.writes().find((w) => w.url.pathname === '/api/tasks/1')?.body).toEqual({ tags: ['home', 'work'] })
  })

  it('offers to apply a bulk change again to the tasks changed elsewhere', async () => {
    server.use(http.patch('*/api/tasks/2', preconditionFailed, { once: true }))
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('checkbox', { name: 'Select all on this page' }))
    changeElsewhere(2, { tags: ['office'] })
    await user.type(screen.getByRole('combobox', { name: 'Tag to add' }), 'work')
    await user.click(screen.getByRole('button', { name: 'Add tag' }))
    expect(await screen.findByText('Add tag: “Write report” was changed elsewhere; not changed')).toBeInTheDocument()
    expect(screen.queryByText(/failed/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Apply again to 1 changed task' }))
    await waitFor(() => expect(api.writes().filter((w) => w.url.pathname === '/api/tasks/2')).toHaveLength(1))
    const retry = api.writes().find((w) => w.url.pathname === '/api/tasks/2')
    expect(retry?.body).toEqual({ tags: ['office', 'work'] })
    expect(retry?.headers.get('If-Match')).toBe('"v2"')
  })

  it('deletes the selected tasks with one undo', async () => {
    const user = userEvent.setup()
    renderPage('/', { undoDelayMs: 200 })
    await user.click(await screen.findByRole('checkbox', { name: 'Select Buy milk' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select Write report' }))
    await user.click(within(screen.getByRole('region', { name: 'Selected tasks' })).getByRole('button', { name: 'Delete' }))
    expect(screen.getByText('Deleted 2 tasks')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Write report' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('button', { name: 'Buy milk' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Write report' })).toBeInTheDocument()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(deletes()).toHaveLength(0)
  })
})

describe('TasksPage: manual order', () => {
  /** Drops Buy milk one place down with the keyboard (jsdom lays nothing out: each row gets a place). */
  async function moveBuyMilkDown() {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const row = this.closest('li[data-task-id]')
      const index = row?.parentElement ? Array.from(row.parentElement.children).indexOf(row) : 0
      return DOMRect.fromRect({ x: 0, y: index * 50, width: 300, height: 50 })
    })
    const user = userEvent.setup()
    renderPage('/?sort=position&order=asc')
    const handle = await screen.findByRole('button', { name: 'Reorder Buy milk' })
    expect(api.lastList()?.get('sort')).toBe('position')
    handle.focus()
    await user.keyboard(' ')
    await user.keyboard('{ArrowDown}')
    await user.keyboard(' ')
  }

  const titles = () =>
    screen.getAllByRole('button', { name: /^(Buy milk|Write report|Call mum)$/ }).map((button) => button.textContent)

  it('reorders at once, with the ETag of the version shown, and rolls back on error', async () => {
    let answer: () => void = () => undefined
    server.use(
      http.post('*/api/tasks/:id/move', async ({ request }) => {
        api.requests.push({ method: 'POST', url: new URL(request.url), body: await request.json(), headers: request.headers })
        await new Promise<void>((resolve) => (answer = resolve))
        return HttpResponse.json({ status: 409, title: 'Conflict', detail: 'Someone moved it first.' }, { status: 409 })
      }),
    )
    await moveBuyMilkDown()
    await waitFor(() => expect(api.writes()).toHaveLength(1))
    expect(api.writes()[0]?.url.pathname).toBe('/api/tasks/1/move')
    expect(api.writes()[0]?.body).toEqual({ after_id: 2, before_id: null })
    expect(api.writes()[0]?.headers.get('If-Match')).toBe('"v1"')
    expect(titles()).toEqual(['Write report', 'Buy milk', 'Call mum'])
    answer()
    expect(await screen.findByText('Someone moved it first.')).toBeInTheDocument()
    expect(titles()).toEqual(['Buy milk', 'Write report', 'Call mum'])
  })

  it('on a 412 says so and shows the list as it is now', async () => {
    server.use(http.post('*/api/tasks/:id/move', preconditionFailed))
    await moveBuyMilkDown()
    expect(await screen.findByText('“Buy milk” was changed elsewhere; the list is refreshed.')).toBeInTheDocument()
    // The first answer, then the refetch after the move.
    await waitFor(() => expect(api.listCalls()).toHaveLength(2))
    await waitFor(() => expect(titles()).toEqual(['Buy milk', 'Write report', 'Call mum']))
  })
})
