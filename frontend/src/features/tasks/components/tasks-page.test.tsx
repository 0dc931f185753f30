import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask, makeTaskPage } from '@/testing/task-factory'

import { TasksPage } from './tasks-page'

type Task = Schemas['TaskOut']

setupMswServer()

interface Recorded {
  method: string
  url: URL
  body: unknown
  headers: Headers
}

let db: Task[]
let requests: Recorded[]

const listCalls = () => requests.filter((r) => r.method === 'GET' && r.url.pathname === '/api/tasks')
const lastList = () => listCalls().at(-1)?.url.searchParams
const writes = () => requests.filter((r) => r.method !== 'GET')

async function record(request: Request) {
  const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.clone().text()
  requests.push({
    method: request.method,
    url: new URL(request.url),
    body: text ? (JSON.parse(text) as unknown) : undefined,
    headers: request.headers,
  })
}

function serveUser(timezone = 'UTC') {
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json({ id: 1, username: 'ann', email: 'ann@example.com', timezone })),
  )
}

function serve({ pages = 1, total }: { pages?: number; total?: number } = {}) {
  server.use(
    http.get('*/api/tasks', async ({ request }) => {
      await record(request)
      const page = Number(new URL(request.url).searchParams.get('page') ?? 1)
      return HttpResponse.json(makeTaskPage(db, { page, pages, total: total ?? db.length }))
    }),
    http.get('*/api/tags', () =>
      HttpResponse.json({ items: [{ id: 1, name: 'home', color: '#888888', task_count: 1 }] }),
    ),
    http.patch('*/api/tasks/:id', async ({ request, params }) => {
      await record(request)
      const task = db.find((t) => t.id === Number(params.id))
      if (!task) return HttpResponse.json({ status: 404, title: 'Not Found' }, { status: 404 })
      Object.assign(task, (await request.json()) as Partial<Task>, { version: task.version + 1 })
      return HttpResponse.json(task)
    }),
    http.delete('*/api/tasks/:id', async ({ request, params }) => {
      await record(request)
      db = db.filter((t) => t.id !== Number(params.id))
      return new HttpResponse(null, { status: 204 })
    }),
    http.post('*/api/tasks/:id/move', async ({ request, params }) => {
      await record(request)
      const task = db.find((t) => t.id === Number(params.id))
      return HttpResponse.json(task)
    }),
  )
}

function renderPage(route = '/', props: { undoDelayMs?: number } = {}) {
  return renderWithProviders(<TasksPage {...props} />, { route })
}

beforeEach(() => {
  requests = []
  db = [
    makeTask({ id: 1, title: 'Buy milk', priority: 3, tags: ['home'] }),
    makeTask({ id: 2, title: 'Write report', due_date: '2001-01-01T10:00:00Z' }),
    makeTask({ id: 3, title: 'Call mum', subtasks: { total: 3, completed: 1 } }),
  ]
  serve()
  serveUser()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('TasksPage', () => {
  it('lists the tasks with their titles as text', async () => {
    db = [makeTask({ id: 9, title: '<img src=x onerror=alert(1)>' }), ...db]
    const { container } = renderPage()
    expect(await screen.findByRole('button', { name: '<img src=x onerror=alert(1)>' })).toHaveClass('task-title')
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText('4 tasks')).toBeInTheDocument()
    expect(screen.getByText('Overdue')).toBeInTheDocument()
    expect(screen.getByText('1/3 subtasks')).toBeInTheDocument()
    expect(lastList()?.get('include_subtasks')).toBeNull()
  })

  it('shows an error with a retry', async () => {
    server.use(http.get('*/api/tasks', () => HttpResponse.json({ status: 500, title: 'Boom' }, { status: 500 })))
    renderPage()
    expect(await screen.findByRole('alert')).toHaveTextContent('Boom')
    serve()
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('button', { name: 'Buy milk' })).toBeInTheDocument()
  })

  it('searches as you type, once the typing pauses', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) })
    renderPage()
    await screen.findByRole('button', { name: 'Buy milk' })
    await user.type(screen.getByRole('searchbox', { name: 'Search tasks' }), 'milk')
    expect(listCalls().some((call) => call.url.searchParams.has('search'))).toBe(false)
    await act(() => vi.advanceTimersByTimeAsync(300))
    await waitFor(() => expect(lastList()?.get('search')).toBe('milk'))
    expect(listCalls().filter((call) => call.url.searchParams.has('search'))).toHaveLength(1)
  })

  it('sends the chosen filters', async () => {
    const user = userEvent.setup()
    renderPage()
    await screen.findByRole('button', { name: 'Buy milk' })
    await user.click(screen.getByRole('checkbox', { name: 'Urgent' }))
    await user.click(screen.getByRole('checkbox', { name: 'High' }))
    await user.click(screen.getByRole('radio', { name: 'Open' }))
    await user.click(await screen.findByRole('checkbox', { name: 'home' }))
    await user.click(screen.getByRole('switch', { name: 'Overdue only' }))
    await waitFor(() => expect(lastList()?.get('overdue')).toBe('true'))
    const query = lastList()
    expect(query?.getAll('priority')).toEqual(['3', '4'])
    expect(query?.get('completed')).toBe('false')
    expect(query?.getAll('tag')).toEqual(['home'])
    expect(query?.get('page')).toBe('1')
  })

  it('reads the due range in the user time zone', async () => {
    serveUser('Europe/Paris')
    renderPage('/?due_from=2030-03-01&due_to=2030-03-02')
    await screen.findByRole('button', { name: 'Buy milk' })
    await waitFor(() => expect(lastList()?.get('due_after')).toBe('2030-02-28T22:59:59.999Z'))
    expect(lastList()?.get('due_before')).toBe('2030-03-02T23:00:00.000Z')
  })

  it('clears the filters', async () => {
    const user = userEvent.setup()
    renderPage('/?priority=4&q=milk')
    await screen.findByRole('button', { name: 'Buy milk' })
    expect(screen.getByRole('searchbox', { name: 'Search tasks' })).toHaveValue('milk')
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement)
    await waitFor(() => expect(lastList()?.has('priority')).toBe(false))
    expect(lastList()?.has('search')).toBe(false)
    expect(screen.getByRole('searchbox', { name: 'Search tasks' })).toHaveValue('')
  })

  it.each([500, 409])('completes at once and rolls back on a %i', async (status) => {
    let answer: (response: Response) => void = () => undefined
    server.use(
      http.patch('*/api/tasks/:id', () => new Promise<Response>((resolve) => (answer = resolve))),
    )
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('button', { name: 'Mark Buy milk complete' }))
    expect(await screen.findByRole('button', { name: 'Mark Buy milk not complete' })).toBeInTheDocument()
    answer(HttpResponse.json({ status, title: 'Nope', detail: 'The task is locked.' }, { status }))
    expect(await screen.findByText('The task is locked.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Mark Buy milk complete' })).toBeInTheDocument()
  })

  it('refreshes a task changed elsewhere (412)', async () => {
    server.use(
      http.patch('*/api/tasks/:id', () =>
        HttpResponse.json({ status: 412, title: 'Precondition Failed' }, { status: 412 }),
      ),
      http.get('*/api/tasks/:id', () => HttpResponse.json({ ...db[0], title: 'Buy oat milk', version: 5 })),
    )
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('button', { name: 'Mark Buy milk complete' }))
    expect(await screen.findByText('Changed elsewhere; refreshed')).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Buy oat milk' })).toBeInTheDocument()
  })

  it('undoes a completion with the reverse PATCH', async () => {
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('button', { name: 'Mark Buy milk complete' }))
    expect(await screen.findByText('Completed “Buy milk”')).toBeInTheDocument()
    expect(writes()[0]?.body).toEqual({ completed: true })
    expect(writes()[0]?.headers.get('If-Match')).toBe('"v1"')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(writes()).toHaveLength(2))
    expect(writes()[1]?.body).toEqual({ completed: false })
    expect(writes()[1]?.headers.get('If-Match')).toBe('"v2"')
    // Completing may create the next occurrence of a series: the list is fetched again.
    await waitFor(() => expect(listCalls().length).toBeGreaterThan(1))
    expect(await screen.findByRole('button', { name: 'Mark Buy milk complete' })).toBeInTheDocument()
  })

  it('deletes only after the undo window', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) })
    renderPage()
    await user.click(await screen.findByRole('button', { name: 'Delete Buy milk' }))
    expect(screen.queryByRole('button', { name: 'Buy milk' })).not.toBeInTheDocument()
    expect(screen.getByText('Deleted “Buy milk”')).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(4900))
    expect(writes()).toHaveLength(0)
    await act(() => vi.advanceTimersByTimeAsync(200))
    await waitFor(() => expect(writes()).toHaveLength(1))
    expect(writes()[0]?.method).toBe('DELETE')
    expect(writes()[0]?.url.pathname).toBe('/api/tasks/1')
    await waitFor(() => expect(screen.getByText('2 tasks')).toBeInTheDocument())
    expect(screen.queryByRole('button', { name: 'Buy milk' })).not.toBeInTheDocument()
  })

  it('sends nothing when the delete is undone', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) })
    renderPage()
    await user.click(await screen.findByRole('button', { name: 'Delete Buy milk' }))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('button', { name: 'Buy milk' })).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(writes()).toHaveLength(0)
  })

  it('sends a pending delete at once when the page goes away', async () => {
    localStorage.setItem('taskforge.session', JSON.stringify({ accessToken: 'tok', refreshToken: 'ref' }))
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('button', { name: 'Delete Call mum' }))
    expect(writes()).toHaveLength(0)
    window.dispatchEvent(new Event('pagehide'))
    await waitFor(() => expect(writes()).toHaveLength(1))
    expect(writes()[0]?.url.pathname).toBe('/api/tasks/3')
    expect(writes()[0]?.headers.get('Authorization')).toBe('Bearer tok')
  })

  it('shows a task again when its delete fails', async () => {
    server.use(
      http.delete('*/api/tasks/:id', () => HttpResponse.json({ status: 404, title: 'Not Found' }, { status: 404 })),
    )
    const user = userEvent.setup()
    renderPage('/', { undoDelayMs: 10 })
    await user.click(await screen.findByRole('button', { name: 'Delete Buy milk' }))
    expect(await screen.findByText(/Delete: 0 of 1 done, 1 failed/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Buy milk' })).toBeInTheDocument()
  })

  it('completes the selected tasks', async () => {
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('checkbox', { name: 'Select Buy milk' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select Call mum' }))
    const bulk = screen.getByRole('region', { name: 'Selected tasks' })
    expect(within(bulk).getByText('2 selected')).toBeInTheDocument()
    await user.click(within(bulk).getByRole('button', { name: 'Complete' }))
    expect(await screen.findByText('Completed 2 tasks')).toBeInTheDocument()
    expect(writes().map((w) => [w.url.pathname, w.body])).toEqual(
      expect.arrayContaining([
        ['/api/tasks/1', { completed: true }],
        ['/api/tasks/3', { completed: true }],
      ]),
    )
    expect(writes()).toHaveLength(2)
  })

  it('tags the selected tasks, keeping their tags, and reports failures', async () => {
    server.use(
      http.patch('*/api/tasks/3', () => HttpResponse.json({ status: 422, title: 'Invalid', detail: 'Too many tags' }, { status: 422 })),
    )
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('checkbox', { name: 'Select all on this page' }))
    await user.type(screen.getByRole('combobox', { name: 'Tag to add' }), 'work')
    await user.click(screen.getByRole('button', { name: 'Add tag' }))
    expect(await screen.findByText(/Add tag: 2 of 3 done, 1 failed\. Too many tags/)).toBeInTheDocument()
    expect(writes().find((w) => w.url.pathname === '/api/tasks/1')?.body).toEqual({ tags: ['home', 'work'] })
  })

  it('deletes the selected tasks with one undo', async () => {
    const user = userEvent.setup()
    renderPage('/', { undoDelayMs: 10 })
    await user.click(await screen.findByRole('checkbox', { name: 'Select Buy milk' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select Write report' }))
    await user.click(within(screen.getByRole('region', { name: 'Selected tasks' })).getByRole('button', { name: 'Delete' }))
    expect(screen.getByText('Deleted 2 tasks')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Write report' })).not.toBeInTheDocument()
    await waitFor(() => expect(writes().filter((w) => w.method === 'DELETE')).toHaveLength(2))
  })

  it('moves between pages', async () => {
    serve({ pages: 3, total: 45 })
    const user = userEvent.setup()
    renderPage()
    const pages = await screen.findByRole('navigation', { name: 'Task pages' })
    expect(within(pages).getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
    await user.click(within(pages).getByRole('button', { name: 'Next' }))
    await waitFor(() => expect(lastList()?.get('page')).toBe('2'))
    await waitFor(() =>
      expect(within(pages).getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page'),
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Per page' }), '50')
    await waitFor(() => expect(lastList()?.get('per_page')).toBe('50'))
    expect(lastList()?.get('page')).toBe('1')
  })

  it('says how to drag when not in manual order', async () => {
    renderPage()
    await screen.findByRole('button', { name: 'Buy milk' })
    expect(screen.getByText(/Sort by manual order to drag tasks/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Reorder Buy milk' })).not.toBeInTheDocument()
  })

  it('reorders with the keyboard in manual order, at once, and rolls back on error', async () => {
    // jsdom lays nothing out: give each row a place so the keyboard sensor can find the next one.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const row = this.closest('li[data-task-id]')
      const index = row?.parentElement ? Array.from(row.parentElement.children).indexOf(row) : 0
      return DOMRect.fromRect({ x: 0, y: index * 50, width: 300, height: 50 })
    })
    let answer: () => void = () => undefined
    server.use(
      http.post('*/api/tasks/:id/move', async ({ request }) => {
        await record(request)
        await new Promise<void>((resolve) => (answer = resolve))
        return HttpResponse.json({ status: 409, title: 'Conflict', detail: 'Someone moved it first.' }, { status: 409 })
      }),
    )
    const user = userEvent.setup()
    renderPage('/?sort=position&order=asc')
    const handle = await screen.findByRole('button', { name: 'Reorder Buy milk' })
    expect(lastList()?.get('sort')).toBe('position')
    handle.focus()
    await user.keyboard(' ')
    await user.keyboard('{ArrowDown}')
    await user.keyboard(' ')
    await waitFor(() => expect(writes()).toHaveLength(1))
    expect(writes()[0]?.url.pathname).toBe('/api/tasks/1/move')
    expect(writes()[0]?.body).toEqual({ after_id: 2, before_id: null })
    const titles = () =>
      screen.getAllByRole('button', { name: /^(Buy milk|Write report|Call mum)$/ }).map((b) => b.textContent)
    expect(titles()).toEqual(['Write report', 'Buy milk', 'Call mum'])
    answer()
    expect(await screen.findByText('Someone moved it first.')).toBeInTheDocument()
    expect(titles()).toEqual(['Buy milk', 'Write report', 'Call mum'])
  })
})
