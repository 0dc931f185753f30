import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes, useLocation } from 'react-router'

import { backgroundOf } from '@/lib/background-location'
import { announceShortcut } from '@/lib/shortcuts'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask, makeTaskPage } from '@/testing/task-factory'

import { TasksPage } from './tasks-page'

// The editor is another component's business: here only what the page asks of it.
vi.mock('./task-editor', () => ({
  TaskEditor: ({
    open,
    taskId,
    defaults,
    onClose,
  }: {
    open: boolean
    taskId: number | null
    defaults?: { assignees?: { username: string }[] }
    onClose: () => void
  }) =>
    open ? (
      <div role="dialog" aria-label="Editor">
        {taskId === null ? 'new' : `task ${taskId}`}
        {defaults?.assignees?.length ? ` for ${defaults.assignees.map((person) => person.username).join(', ')}` : ''}
        <button type="button" onClick={onClose}>
          Close editor
        </button>
      </div>
    ) : null,
}))

setupMswServer()

/** Where the page went, and the list it says to keep behind. */
function OpenedOver() {
  const location = useLocation()
  const background = backgroundOf(location)
  return <p>{`${location.pathname} over ${background ? background.pathname + background.search : 'nothing'}`}</p>
}

beforeEach(() => {
  server.use(
    http.get('*/api/tasks', () => HttpResponse.json(makeTaskPage([makeTask({ id: 7, title: 'Water plants' })]))),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/auth/me', () => HttpResponse.json({ id: 1, username: 'ann', email: 'ann@example.com', timezone: 'UTC' })),
  )
})

describe('TasksPage and the editor', () => {
  it('opens a task at its own address over the list, and a new one in the editor from the button', async () => {
    const user = userEvent.setup()
    renderWithProviders(
      <Routes>
        <Route path="/" element={<TasksPage />} />
        <Route path="/tasks/:taskId" element={<OpenedOver />} />
      </Routes>,
      { route: '/?status=open' },
    )
    await user.click(await screen.findByRole('button', { name: /New task/ }))
    expect(screen.getByRole('dialog', { name: 'Editor' })).toHaveTextContent('new')
    await user.click(screen.getByRole('button', { name: 'Close editor' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Water plants' }))
    expect(await screen.findByText('/tasks/7 over /?status=open')).toBeInTheDocument()
  })

  it('answers the n and / shortcuts', async () => {
    renderWithProviders(<TasksPage />)
    await screen.findByRole('button', { name: 'Water plants' })
    act(() => announceShortcut('focus-search'))
    expect(screen.getByRole('searchbox', { name: 'Search tasks' })).toHaveFocus()
    act(() => announceShortcut('new-task'))
    expect(screen.getByRole('dialog', { name: 'Editor' })).toHaveTextContent('new')
  })

  it('has an empty state that offers to create a task', async () => {
    server.use(http.get('*/api/tasks', () => HttpResponse.json(makeTaskPage([]))))
    const user = userEvent.setup()
    renderWithProviders(<TasksPage />)
    await user.click(await screen.findByRole('button', { name: 'Create a task' }))
    expect(screen.getByRole('dialog', { name: 'Editor' })).toHaveTextContent('new')
  })

  it('lists only the tasks given to the user on “Assigned to me”, and gives new ones to them', async () => {
    const queries: URLSearchParams[] = []
    server.use(
      http.get('*/api/tasks', ({ request }) => {
        queries.push(new URL(request.url).searchParams)
        return HttpResponse.json(makeTaskPage([makeTask({ id: 8, title: 'Review the plan' })]))
      }),
    )
    const user = userEvent.setup()
    renderWithProviders(
      <Routes>
        <Route path="/assigned" element={<TasksPage assignee="me" />} />
      </Routes>,
      { route: '/assigned?status=open' },
    )
    expect(await screen.findByRole('heading', { name: 'Assigned to me', level: 1 })).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Review the plan' })).toBeInTheDocument()
    expect(queries.at(-1)?.get('assignee')).toBe('me')
    expect(queries.at(-1)?.get('completed')).toBe('false')
    await user.click(screen.getByRole('button', { name: /New task/ }))
    expect(screen.getByRole('dialog', { name: 'Editor' })).toHaveTextContent('new for ann')
  })

  it('toggles the filters panel on small screens', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TasksPage />)
    const toggle = await screen.findByRole('button', { name: 'Filters' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByRole('region', { name: 'Filters' })).toHaveClass('show')
  })
})
