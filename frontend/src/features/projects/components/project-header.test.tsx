import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makeMember, makeProject } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import type { Project } from '../api/get-projects'
import { ProjectHeader, type ProjectView } from './project-header'

setupMswServer()

interface Patch {
  id: string
  body: unknown
  ifMatch: string | null
}

let patches: Patch[]

function renderHeader(project: Project, view: ProjectView = 'list') {
  server.use(http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox(), project] })))
  const onViewChange = vi.fn()
  const onGone = vi.fn()
  const view_ = renderWithProviders(
    <ProjectHeader project={project} view={view} onViewChange={onViewChange} teamsSection={<p>teams here</p>} onGone={onGone} />,
  )
  return { ...view_, onViewChange, onGone }
}

beforeEach(() => {
  patches = []
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ id: 1 }))),
    http.patch('*/api/projects/:id', async ({ request, params }) => {
      const body = (await request.json()) as Record<string, unknown>
      patches.push({ id: String(params.id), body, ifMatch: request.headers.get('If-Match') })
      return HttpResponse.json(makeProject({ id: Number(params.id), ...body, version: 2 }))
    }),
  )
})

describe('ProjectHeader', () => {
  it('names the project and switches between the list and the board', async () => {
    const { onViewChange } = renderHeader(makeProject({ id: 5, name: 'Garden' }))
    expect(screen.getByRole('heading', { name: 'Garden', level: 1 })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.click(screen.getByRole('button', { name: 'Board' }))
    expect(onViewChange).toHaveBeenCalledWith('board')
  })

  it('favourites without If-Match (a personal setting), archives with it', async () => {
    const user = userEvent.setup()
    renderHeader(makeProject({ id: 5, name: 'Garden', version: 3 }))
    await user.click(screen.getByRole('button', { name: 'Favourite' }))
    await user.click(screen.getByRole('button', { name: 'More project actions' }))
    await user.click(screen.getByRole('button', { name: 'Archive' }))
    await waitFor(() => expect(patches).toHaveLength(2))
    expect(patches).toEqual([
      { id: '5', body: { favorite: true }, ifMatch: null },
      { id: '5', body: { archived: true }, ifMatch: '"v3"' },
    ])
    expect(await screen.findByText('Archived “Garden”')).toBeInTheDocument()
  })

  it('an archived project says it is read-only, and an admin can unarchive it', async () => {
    renderHeader(makeProject({ id: 5, name: 'Garden', archived: true, role: 'admin', owner_id: 2 }))
    expect(screen.getByRole('status')).toHaveTextContent('This project is archived')
    await userEvent.click(within(screen.getByRole('status')).getByRole('button', { name: 'Unarchive' }))
    await waitFor(() => expect(patches[0]?.body).toEqual({ archived: false }))
  })

  it('offers a viewer nothing but the view, the favourite and the share dialog', () => {
    renderHeader(makeProject({ id: 5, name: 'Garden', role: 'viewer', owner_id: 2 }))
    expect(screen.getByText('Viewer')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'More project actions' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Share' })).toBeInTheDocument()
  })

  it('the Inbox cannot be shared, favourited, edited or deleted', () => {
    renderHeader(makeInbox())
    expect(screen.queryByRole('button', { name: /Share/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Favourite' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'More project actions' })).not.toBeInTheDocument()
  })

  it('edits the name and colour with If-Match and shows a 412 in the form', async () => {
    server.use(
      http.patch('*/api/projects/:id', () =>
        HttpResponse.json({ status: 412, title: 'Precondition Failed', detail: 'Changed meanwhile.' }, { status: 412 }),
        { once: true },
      ),
    )
    const user = userEvent.setup()
    renderHeader(makeProject({ id: 5, name: 'Garden', color: '#123456' }))
    await user.click(screen.getByRole('button', { name: 'More project actions' }))
    await user.click(screen.getByRole('button', { name: 'Edit project' }))
    const dialog = screen.getByRole('dialog', { name: 'Edit project' })
    // A colour set through the API stays choosable.
    expect(within(dialog).getByLabelText('Colour')).toHaveValue('#123456')
    await user.clear(within(dialog).getByLabelText('Name'))
    await user.type(within(dialog).getByLabelText('Name'), 'Allotment')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Changed meanwhile.')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(patches).toEqual([
      { id: '5', body: { name: 'Allotment', color: '#123456', description: null }, ifMatch: '"v1"' },
    ]))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('deletes the project after asking, then leaves its page', async () => {
    const deleted: (string | null)[] = []
    server.use(
      http.delete('*/api/projects/:id', ({ request }) => {
        deleted.push(request.headers.get('If-Match'))
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const user = userEvent.setup()
    const { onGone } = renderHeader(makeProject({ id: 5, name: 'Garden' }))
    await user.click(screen.getByRole('button', { name: 'More project actions' }))
    await user.click(screen.getByRole('button', { name: 'Delete project' }))
    const confirm = screen.getByRole('dialog', { name: 'Delete “Garden”?' })
    await user.click(within(confirm).getByRole('button', { name: 'Delete project' }))
    await waitFor(() => expect(onGone).toHaveBeenCalledTimes(1))
    expect(deleted).toEqual(['"v1"'])
  })

  it('closes its menu on Escape and on a click elsewhere', async () => {
    const user = userEvent.setup()
    renderHeader(makeProject({ id: 5 }))
    const toggle = screen.getByRole('button', { name: 'More project actions' })
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{Escape}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()
    await user.click(toggle)
    await user.click(screen.getByRole('heading', { level: 1 }))
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
  })

  it('opens the share dialog with the teams section the app gives it', async () => {
    server.use(http.get('*/api/projects/:id/members', () => HttpResponse.json({ items: [makeMember('ada', 1, 'owner')] })))
    server.use(http.get('*/api/projects/:id/links', () => HttpResponse.json({ items: [] })))
    renderHeader(makeProject({ id: 5, name: 'Garden', member_count: 3 }))
    await userEvent.click(screen.getByRole('button', { name: 'Share (3)' }))
    const dialog = screen.getByRole('dialog', { name: 'Share “Garden”' })
    expect(within(dialog).getByText('teams here')).toBeInTheDocument()
    expect(await within(dialog).findByRole('list', { name: 'People' })).toHaveTextContent('ada (you)')
  })
})
