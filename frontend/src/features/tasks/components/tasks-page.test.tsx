import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makeProject } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { fakeTasksApi, makeTask, makeTaskPage, type FakeTasksApi } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { TasksPage } from './tasks-page'

setupMswServer()

let api: FakeTasksApi

function serveUser(timezone = 'UTC') {
  server.use(http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ username: 'ann', timezone }))))
}

function renderPage(route = '/') {
  return renderWithProviders(<TasksPage />, { route })
}

beforeEach(() => {
  api = fakeTasksApi([
    makeTask({ id: 1, title: 'Buy milk', priority: 3, tags: ['home'] }),
    makeTask({ id: 2, title: 'Write report', due_date: '2001-01-01T10:00:00Z' }),
    makeTask({ id: 3, title: 'Call mum', subtasks: { total: 3, completed: 1 } }),
  ])
  server.use(
    ...api.handlers,
    http.get('*/api/tags', () => HttpResponse.json({ items: [{ id: 1, name: 'home', color: '#888888', task_count: 1 }] })),
  )
  serveUser()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('TasksPage: the list', () => {
  it('lists the tasks with their titles as text', async () => {
    api.tasks = [makeTask({ id: 9, title: '<img src=x onerror=alert(1)>' }), ...api.tasks]
    const { container } = renderPage()
    expect(await screen.findByRole('button', { name: '<img src=x onerror=alert(1)>' })).toHaveClass('task-title')
    expect(container.querySelector('img')).toBeNull()
    expect(screen.getByText('4 tasks')).toBeInTheDocument()
    expect(screen.getByText('Overdue')).toBeInTheDocument()
    expect(screen.getByText('1/3 subtasks')).toBeInTheDocument()
    expect(api.lastList()?.get('include_subtasks')).toBeNull()
  })

  it('shows an error with a retry', async () => {
    server.use(http.get('*/api/tasks', () => HttpResponse.json({ status: 500, title: 'Boom' }, { status: 500 })))
    renderPage()
    expect(await screen.findByRole('alert')).toHaveTextContent('Boom')
    server.use(...api.handlers)
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('button', { name: 'Buy milk' })).toBeInTheDocument()
  })

  it('searches as you type, once the typing pauses', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) })
    renderPage()
    await screen.findByRole('button', { name: 'Buy milk' })
    await user.type(screen.getByRole('searchbox', { name: 'Search tasks' }), 'milk')
    expect(api.listCalls().some((call) => call.url.searchParams.has('search'))).toBe(false)
    await act(() => vi.advanceTimersByTimeAsync(300))
    await waitFor(() => expect(api.lastList()?.get('search')).toBe('milk'))
    expect(api.listCalls().filter((call) => call.url.searchParams.has('search'))).toHaveLength(1)
  })

  it('keeps every character typed across a pause in the typing', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    // Pauses as long as the debounce between the keys: the search is written to the URL while typing goes on.
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi), delay: 300 })
    renderPage()
    await screen.findByRole('button', { name: 'Buy milk' })
    const box = screen.getByRole('searchbox', { name: 'Search tasks' })
    await user.type(box, 'oat milk')
    expect(box).toHaveValue('oat milk')
    await act(() => vi.advanceTimersByTimeAsync(300))
    await waitFor(() => expect(api.lastList()?.get('search')).toBe('oat milk'))
    expect(box).toHaveValue('oat milk')
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
    await waitFor(() => expect(api.lastList()?.get('overdue')).toBe('true'))
    const query = api.lastList()
    expect(query?.getAll('priority')).toEqual(['3', '4'])
    expect(query?.get('completed')).toBe('false')
    expect(query?.getAll('tag')).toEqual(['home'])
    expect(query?.get('page')).toBe('1')
  })

  it('reads the due range in the user time zone, and ignores a day that does not exist', async () => {
    serveUser('Europe/Paris')
    renderPage('/?due_from=2030-03-01&due_to=2030-02-31')
    await screen.findByRole('button', { name: 'Buy milk' })
    await waitFor(() => expect(api.lastList()?.get('due_after')).toBe('2030-02-28T22:59:59.999Z'))
    expect(api.lastList()?.has('due_before')).toBe(false)
  })

  it('clears the filters', async () => {
    const user = userEvent.setup()
    renderPage('/?priority=4&q=milk')
    await screen.findByRole('button', { name: 'Buy milk' })
    expect(screen.getByRole('searchbox', { name: 'Search tasks' })).toHaveValue('milk')
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement)
    await waitFor(() => expect(api.lastList()?.has('priority')).toBe(false))
    expect(api.lastList()?.has('search')).toBe(false)
    expect(screen.getByRole('searchbox', { name: 'Search tasks' })).toHaveValue('')
  })

  it('says when no task matches the filters, and offers to clear them', async () => {
    api.tasks = []
    const user = userEvent.setup()
    renderPage('/?priority=4')
    expect(await screen.findByText('No tasks match these filters.')).toBeInTheDocument()
    expect(screen.queryByText('No tasks here yet.')).not.toBeInTheDocument()
    const empty = screen.getByText('No tasks match these filters.').parentElement as HTMLElement
    await user.click(within(empty).getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(api.lastList()?.has('priority')).toBe(false))
    expect(await screen.findByText('No tasks here yet.')).toBeInTheDocument()
  })

  it('goes to the last page from a page past the end', async () => {
    server.use(
      http.get('*/api/tasks', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'))
        const items = page === 2 ? [makeTask({ id: 30, title: 'Last one' })] : []
        return HttpResponse.json(makeTaskPage(items, { page, pages: 2, total: 21 }))
      }),
    )
    renderPage('/?page=5')
    expect(await screen.findByRole('button', { name: 'Last one' })).toBeInTheDocument()
    const pages = screen.getByRole('navigation', { name: 'Task pages' })
    expect(within(pages).getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
    expect(screen.queryByText('No tasks here yet.')).not.toBeInTheDocument()
  })

  it('moves between pages', async () => {
    api.paging = { pages: 3, total: 45 }
    const user = userEvent.setup()
    renderPage()
    const pages = await screen.findByRole('navigation', { name: 'Task pages' })
    expect(within(pages).getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page')
    await user.click(within(pages).getByRole('button', { name: 'Next' }))
    await waitFor(() => expect(api.lastList()?.get('page')).toBe('2'))
    await waitFor(() =>
      expect(within(pages).getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page'),
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Per page' }), '50')
    await waitFor(() => expect(api.lastList()?.get('per_page')).toBe('50'))
    expect(api.lastList()?.get('page')).toBe('1')
  })

  it('says how to drag when not in manual order', async () => {
    renderPage()
    await screen.findByRole('button', { name: 'Buy milk' })
    expect(screen.getByText(/Sort by manual order to drag tasks/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Reorder Buy milk' })).not.toBeInTheDocument()
  })
})

describe('TasksPage: projects', () => {
  beforeEach(() => {
    api.tasks = [...api.tasks, makeTask({ id: 4, title: 'Read chapter 3', project_id: 7 })]
    server.use(
      http.get('*/api/projects', () =>
        HttpResponse.json({ items: [makeInbox(), makeProject({ id: 7, name: 'Book club', color: '#884dff', role: 'viewer', owner_id: 2 })] }),
      ),
    )
  })

  it('names each task’s project in the list of every project, and leaves a viewer’s tasks alone', async () => {
    renderPage()
    const row = (await screen.findByRole('button', { name: 'Read chapter 3' })).closest('li') as HTMLElement
    await waitFor(() => expect(row).toHaveTextContent('Project: Book club'))
    expect(within(row).getByRole('button', { name: 'Mark Read chapter 3 complete' })).toBeDisabled()
    expect(within(row).queryByRole('button', { name: 'Delete Read chapter 3' })).not.toBeInTheDocument()
    expect(within(row).queryByRole('checkbox')).not.toBeInTheDocument()
    const mine = screen.getByRole('button', { name: 'Buy milk' }).closest('li') as HTMLElement
    expect(mine).toHaveTextContent('Project: Inbox')
    // "Select all" takes only the tasks the user may change.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    expect(screen.getByText('3 selected')).toBeInTheDocument()
  })

  it('on a project page asks for that project’s tasks only, under the page’s own heading', async () => {
    renderWithProviders(<TasksPage project={{ id: 7, canEdit: true }} />, { route: '/projects/7' })
    await screen.findByRole('button', { name: 'Buy milk' })
    expect(api.lastList()?.getAll('project_id')).toEqual(['7'])
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument()
    expect(screen.queryByText(/Project: /)).not.toBeInTheDocument()
  })

  it('gives a project’s viewer nothing to add, select or drag', async () => {
    api.tasks = []
    renderWithProviders(<TasksPage project={{ id: 7, canEdit: false }} />, { route: '/projects/7?sort=position&order=asc' })
    expect(await screen.findByText('No tasks here yet.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /New task/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Create a task' })).not.toBeInTheDocument()
  })
})
