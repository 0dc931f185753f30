import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { announceShortcut } from '@/lib/shortcuts'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask, makeTaskPage } from '@/testing/task-factory'

import { TasksPage } from './tasks-page'

// The editor is another component's business: here only what the page asks of it.
vi.mock('./task-editor', () => ({
  TaskEditor: ({ open, taskId, onClose }: { open: boolean; taskId: number | null; onClose: () => void }) =>
    open ? (
      <div role="dialog" aria-label="Editor">
        {taskId === null ? 'new' : `task ${taskId}`}
        <button type="button" onClick={onClose}>
          Close editor
        </button>
      </div>
    ) : null,
}))

setupMswServer()

beforeEach(() => {
  server.use(
    http.get('*/api/tasks', () => HttpResponse.json(makeTaskPage([makeTask({ id: 7, title: 'Water plants' })]))),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/auth/me', () => HttpResponse.json({ id: 1, username: 'ann', email: 'ann@example.com', timezone: 'UTC' })),
  )
})

describe('TasksPage and the editor', () => {
  it('opens a task from its title, and a new one from the button', async () => {
    const user = userEvent.setup()
    renderWithProviders(<TasksPage />)
    await user.click(await screen.findByRole('button', { name: 'Water plants' }))
    expect(screen.getByRole('dialog', { name: 'Editor' })).toHaveTextContent('task 7')
    await user.click(screen.getByRole('button', { name: 'Close editor' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /New task/ }))
    expect(screen.getByRole('dialog', { name: 'Editor' })).toHaveTextContent('new')
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
