import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes, useLocation } from 'react-router'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makeProject } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { fakeTasksApi, makeTask } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { ProjectRoute } from './project'
import { TaskRoute } from './task'

setupMswServer()

beforeEach(() => {
  const api = fakeTasksApi([
    makeTask({ id: 1, title: 'Plant tulips', project_id: 5 }),
    makeTask({ id: 2, title: 'Call mum', project_id: 1 }),
  ])
  server.use(
    ...api.handlers,
    http.get('*/api/tasks/:id/subtasks', () => HttpResponse.json({ items: [] })),
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ id: 1 }))),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox(), makeProject({ id: 5, name: 'Garden' })] })),
  )
})

function WhereAmI() {
  return <p>at {useLocation().pathname}</p>
}

function renderAt(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/tasks/:taskId" element={<TaskRoute />} />
      <Route path="/projects/:projectId" element={<ProjectRoute />} />
      <Route path="*" element={<WhereAmI />} />
    </Routes>,
    { route },
  )
}

describe('the task link (/tasks/:taskId)', () => {
  it('opens the task over its project’s page; closing stays on the project', async () => {
    const user = userEvent.setup()
    renderAt('/tasks/1')
    const dialog = await screen.findByRole('dialog', { name: 'Edit task' })
    expect(await within(dialog).findByLabelText('Title')).toHaveValue('Plant tulips')
    expect(screen.getByRole('heading', { name: 'Garden', level: 1, hidden: true })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Garden', level: 1 })).toBeInTheDocument()
  })

  it('goes to the Inbox after closing a task of the Inbox', async () => {
    const user = userEvent.setup()
    renderAt('/tasks/2')
    const dialog = await screen.findByRole('dialog', { name: 'Edit task' })
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(await screen.findByText('at /inbox')).toBeInTheDocument()
  })

  it.each(['/tasks/99', '/tasks/abc', '/tasks/0'])('says a task that is gone or not the user’s is not available (%s)', async (route) => {
    renderAt(route)
    expect(await screen.findByRole('heading', { name: 'This task is not available', level: 1 })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to your tasks' })).toHaveAttribute('href', '/')
    expect(document.title).toBe('Task not found · TaskForge')
  })

  it('shows another failure with a retry', async () => {
    server.use(
      http.get('*/api/tasks/:id', () => HttpResponse.json({ status: 500, title: 'Boom', detail: 'Boom.' }, { status: 500 }), { once: true }),
    )
    const user = userEvent.setup()
    renderAt('/tasks/1')
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the task: Boom.')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('dialog', { name: 'Edit task' })).toBeInTheDocument()
  })
})
