import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes } from 'react-router'

import { announceProjectRemoval } from '@/features/live/project-removals'
import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makeProject } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { fakeTasksApi, makeTask } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { InboxRoute, ProjectRoute } from './project'

setupMswServer()

const garden = makeProject({ id: 5, name: 'Garden', owner_id: 2, role: 'editor' })
const shed = makeProject({ id: 6, name: 'Shed', owner_id: 2, role: 'viewer' })

beforeEach(() => {
  const api = fakeTasksApi([makeTask({ id: 1, title: 'Plant tulips', project_id: 5 })])
  server.use(
    ...api.handlers,
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ id: 1 }))),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox({ name: 'Inbox' }), garden, shed] })),
  )
})

function renderAt(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/projects/:projectId" element={<ProjectRoute />} />
      <Route path="/inbox" element={<InboxRoute />} />
    </Routes>,
    { route },
  )
}

describe('the project page', () => {
  it('shows the project’s tasks as a list or a board, and remembers the choice', async () => {
    const user = userEvent.setup()
    const { unmount } = renderAt('/projects/5')
    expect(await screen.findByRole('heading', { name: 'Garden', level: 1 })).toBeInTheDocument()
    expect(await screen.findByRole('button', { name: 'Plant tulips' })).toBeInTheDocument()
    expect(document.title).toBe('Garden · TaskForge')
    await user.click(screen.getByRole('button', { name: 'Board' }))
    expect(await screen.findByRole('region', { name: 'Board' })).toBeInTheDocument()
    unmount()
    renderAt('/projects/5')
    expect(await screen.findByRole('region', { name: 'Board' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'List' }))
    expect(localStorage.getItem('taskforge.project-view.5')).toBeNull()
  })

  it('shows the Inbox at /inbox', async () => {
    renderAt('/inbox')
    expect(await screen.findByRole('heading', { name: 'Inbox', level: 1 })).toBeInTheDocument()
  })

  it('says when the project is not (or no longer) the user’s', async () => {
    renderAt('/projects/99')
    expect(await screen.findByRole('heading', { name: 'This project is not available' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to your Inbox' })).toHaveAttribute('href', '/inbox')
  })

  it('leaves at once, saying why, when the project is taken from the user', async () => {
    renderAt('/projects/5')
    await screen.findByRole('heading', { name: 'Garden', level: 1 })
    act(() => announceProjectRemoval({ projectId: 5, action: 'access_removed', actorId: 2, name: 'Garden' }))
    expect(await screen.findByText('You no longer have access to “Garden”.')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Inbox', level: 1 })).toBeInTheDocument())
  })

  it('says the project was deleted, or that the user themselves left it', async () => {
    const { unmount } = renderAt('/projects/5')
    await screen.findByRole('heading', { name: 'Garden', level: 1 })
    act(() => announceProjectRemoval({ projectId: 5, action: 'deleted', actorId: 2, name: null }))
    expect(await screen.findByText('“Garden” was moved to the trash by someone else.')).toBeInTheDocument()
    unmount()
    // The user left it (in another tab): one message, which their own leaving would have shown.
    const { queryClient } = renderAt('/projects/6')
    await screen.findByRole('heading', { name: 'Shed', level: 1 })
    await waitFor(() => expect(queryClient.getQueryData(['auth', 'me'])).toBeDefined())
    act(() => announceProjectRemoval({ projectId: 6, action: 'access_removed', actorId: 1, name: 'Shed' }))
    expect(await screen.findByText('You left “Shed”.')).toBeInTheDocument()
  })

  it('shows why the projects could not be loaded, with a retry', async () => {
    server.use(http.get('*/api/projects', () => HttpResponse.json({ status: 500, title: 'Boom' }, { status: 500 }), { once: true }))
    renderAt('/projects/5')
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the project: Boom')
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('heading', { name: 'Garden', level: 1 })).toBeInTheDocument()
  })
})
