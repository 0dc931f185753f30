import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes, useLocation } from 'react-router'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makeProject, makeSection } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { fakeTasksApi, makeTask, type FakeTasksApi } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { ProjectBoard, type ProjectBoardProps } from './project-board'

setupMswServer()

let api: FakeTasksApi
let sections: ReturnType<typeof makeSection>[]
let sectionWrites: { method: string; path: string; body: unknown; ifMatch: string | null }[]

beforeEach(() => {
  api = fakeTasksApi([
    makeTask({ id: 1, title: 'Plant tulips', project_id: 5, due_date: '2001-01-01T10:00:00Z', priority: 4 }),
    makeTask({ id: 2, title: 'Buy soil', project_id: 5, assignees: [{ id: 2, username: 'bob' }] }),
    makeTask({ id: 3, title: 'Water lawn', project_id: 5, section_id: 7, subtasks: { total: 2, completed: 1 } }),
  ])
  sections = [makeSection({ id: 7, project_id: 5, name: 'Doing' }), makeSection({ id: 8, project_id: 5, name: 'Done', version: 2 })]
  sectionWrites = []
  const record = async (request: Request) => {
    const text = request.method === 'DELETE' ? '' : await request.clone().text()
    sectionWrites.push({
      method: request.method,
      path: new URL(request.url).pathname,
      body: text ? (JSON.parse(text) as unknown) : undefined,
      ifMatch: request.headers.get('If-Match'),
    })
  }
  server.use(
    ...api.handlers,
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ id: 1 }))),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox(), makeProject({ id: 5, name: 'Garden' })] })),
    http.get('*/api/projects/:id/sections', () => HttpResponse.json({ items: sections })),
    http.post('*/api/projects/:id/sections', async ({ request }) => {
      await record(request)
      const created = makeSection({ id: 9, project_id: 5, name: 'Later' })
      sections = [...sections, created]
      return HttpResponse.json(created, { status: 201 })
    }),
    http.patch('*/api/sections/:id', async ({ request }) => {
      await record(request)
      sections = sections.map((section) => (section.id === 7 ? { ...section, name: 'In progress', version: 2 } : section))
      return HttpResponse.json(sections[0])
    }),
    http.delete('*/api/sections/:id', async ({ request }) => {
      await record(request)
      sections = sections.filter((section) => section.id !== 8)
      return new HttpResponse(null, { status: 204 })
    }),
    http.post('*/api/sections/:id/move', async ({ request }) => {
      await record(request)
      return HttpResponse.json(sections[0])
    }),
  )
})

/** Lays the board out as a browser would: columns side by side, cards one under another (jsdom lays nothing out). */
function layOutBoard() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const frame = this.closest('.board-column')
    const column = frame?.parentElement ? Array.from(frame.parentElement.children).indexOf(frame) : 0
    const card = this.closest('li[data-task-id]')
    if (card?.parentElement) {
      const row = Array.from(card.parentElement.children).indexOf(card)
      return DOMRect.fromRect({ x: column * 300 + 10, y: 50 + row * 60, width: 260, height: 50 })
    }
    if (this.matches('ul.board-cards')) return DOMRect.fromRect({ x: column * 300, y: 40, width: 280, height: 300 })
    return DOMRect.fromRect({ x: column * 300, y: 0, width: 280, height: 400 })
  })
}

function renderBoard(props: Partial<ProjectBoardProps> = {}) {
  return renderWithProviders(<ProjectBoard projectId={5} canEdit canManage {...props} />)
}

const column = (name: string) => screen.getByRole('list', { name: `Tasks in ${name}` })

async function dragWithKeys(handleName: string, keys: string[]) {
  const user = userEvent.setup()
  const handle = await screen.findByRole('button', { name: handleName })
  handle.focus()
  await user.keyboard(' ')
  for (const key of keys) await user.keyboard(key)
  await user.keyboard(' ')
}

describe('ProjectBoard', () => {
  it('shows “No section” and a column per section with their open tasks', async () => {
    renderBoard()
    expect(await screen.findByRole('region', { name: 'Board' })).toBeInTheDocument()
    expect(within(column('No section')).getAllByRole('listitem')).toHaveLength(2)
    expect(column('No section')).toHaveTextContent('Urgent')
    expect(within(column('Doing')).getByRole('button', { name: 'Water lawn' })).toBeInTheDocument()
    expect(screen.getByText('1/2 subtasks')).toBeInTheDocument()
    expect(within(column('No section')).getByRole('img', { name: 'bob' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Done' })).toHaveTextContent(/Done0 tasks/)
    const query = api.lastList()
    expect(query?.getAll('project_id')).toEqual(['5'])
    expect(query?.get('completed')).toBe('false')
    expect(query?.get('sort')).toBe('position')
    expect(query?.get('per_page')).toBe('100')
  })

  it('moves a card to another column at once, and back when the server refuses', async () => {
    layOutBoard()
    let answer: () => void = () => undefined
    server.use(
      http.patch('*/api/tasks/:id', async ({ request }) => {
        api.requests.push({ method: 'PATCH', url: new URL(request.url), body: await request.json(), headers: request.headers })
        await new Promise<void>((resolve) => (answer = resolve))
        return HttpResponse.json({ status: 500, title: 'Boom' }, { status: 500 })
      }),
    )
    renderBoard()
    await dragWithKeys('Move Buy soil', ['{ArrowRight}'])
    await waitFor(() => expect(api.writes()).toHaveLength(1))
    expect(api.writes()[0]?.url.pathname).toBe('/api/tasks/2')
    expect(api.writes()[0]?.body).toEqual({ section_id: 7 })
    expect(api.writes()[0]?.headers.get('If-Match')).toBe('"v1"')
    expect(within(column('Doing')).getByRole('button', { name: 'Buy soil' })).toBeInTheDocument()
    answer()
    expect(await screen.findByText('Boom')).toBeInTheDocument()
    await waitFor(() => expect(within(column('No section')).getByRole('button', { name: 'Buy soil' })).toBeInTheDocument())
  })

  it('saves a move and says when the task was changed elsewhere', async () => {
    layOutBoard()
    renderBoard()
    await dragWithKeys('Move Water lawn', ['{ArrowLeft}'])
    await waitFor(() => expect(api.writes()[0]?.body).toEqual({ section_id: null }))
    server.use(
      http.patch('*/api/tasks/:id', () => HttpResponse.json({ status: 412, title: 'Precondition Failed' }, { status: 412 })),
    )
    await dragWithKeys('Move Plant tulips', ['{ArrowRight}', '{ArrowRight}'])
    expect(await screen.findByText('“Plant tulips” was changed elsewhere; the board is refreshed.')).toBeInTheDocument()
  })

  it('lets an admin add, rename, reorder and delete sections', async () => {
    layOutBoard()
    const user = userEvent.setup()
    renderBoard()
    await user.click(await screen.findByRole('button', { name: 'Add section' }))
    await user.type(screen.getByLabelText('Name of the new section'), 'Later{Enter}')
    expect(await screen.findByRole('heading', { name: 'Later', level: 2 })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Rename section Doing' }))
    const name = screen.getByLabelText('Name of the section')
    await user.clear(name)
    await user.type(name, 'In progress{Enter}')
    expect(await screen.findByRole('heading', { name: 'In progress', level: 2 })).toBeInTheDocument()

    await dragWithKeys('Reorder section In progress', ['{ArrowRight}'])
    await user.click(screen.getByRole('button', { name: 'Delete section Done' }))
    await user.click(within(screen.getByRole('dialog', { name: 'Delete the section “Done”?' })).getByRole('button', { name: 'Delete section' }))
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Done', level: 2 })).not.toBeInTheDocument())

    expect(sectionWrites.map(({ method, path, body, ifMatch }) => [method, path, body, ifMatch])).toEqual([
      ['POST', '/api/projects/5/sections', { name: 'Later' }, null],
      ['PATCH', '/api/sections/7', { name: 'In progress' }, '"v1"'],
      ['POST', '/api/sections/7/move', { after_id: 8, before_id: null }, '"v2"'],
      ['DELETE', '/api/sections/8', undefined, '"v2"'],
    ])
  })

  it('shows a refused section name under the name, in words', async () => {
    const invalid = (message: string) =>
      HttpResponse.json(
        { type: '/problems/validation-error', title: 'x', status: 422, detail: `name: ${message}`, request_id: 'r', errors: [{ field: 'name', message }] },
        { status: 422 },
      )
    server.use(
      http.post('*/api/projects/:id/sections', () => invalid('String should have at most 100 characters')),
      http.patch('*/api/sections/:id', () => invalid('must not be blank')),
    )
    layOutBoard()
    const user = userEvent.setup()
    renderBoard()
    await user.click(await screen.findByRole('button', { name: 'Add section' }))
    const newName = screen.getByLabelText('Name of the new section')
    await user.type(newName, 'Later{Enter}')
    await waitFor(() => expect(newName).toHaveAccessibleDescription('Use up to 100 characters.'))
    expect(newName).toHaveAttribute('aria-invalid', 'true')

    await user.click(screen.getByRole('button', { name: 'Rename section Doing' }))
    const name = screen.getByLabelText('Name of the section')
    await user.type(name, '!{Enter}')
    await waitFor(() => expect(name).toHaveAccessibleDescription('Enter a name.'))
  })

  it('gives a viewer the board to look at only', async () => {
    renderBoard({ canEdit: false, canManage: false })
    await screen.findByRole('region', { name: 'Board' })
    expect(screen.queryByRole('button', { name: /^Move / })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Add a task/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add section' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Rename section/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Mark Buy soil complete' })).toBeDisabled()
  })

  it('opens a card at the task’s own address, over the board', async () => {
    function TaskPage() {
      const location = useLocation()
      return <p>Task page {location.pathname}, over {JSON.stringify(location.state)}</p>
    }
    renderWithProviders(
      <Routes>
        <Route path="/projects/:id" element={<ProjectBoard projectId={5} canEdit canManage />} />
        <Route path="/tasks/:taskId" element={<TaskPage />} />
      </Routes>,
      { route: '/projects/5' },
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Plant tulips' }))
    expect(await screen.findByText(/Task page \/tasks\/1, over .*\/projects\/5/)).toBeInTheDocument()
  })

  it('adds a task to the column it was asked from', async () => {
    const posted: unknown[] = []
    server.use(
      http.post('*/api/tasks', async ({ request }) => {
        posted.push(await request.json())
        return HttpResponse.json(makeTask({ id: 40, project_id: 5, section_id: 8 }), { status: 201 })
      }),
    )
    const user = userEvent.setup()
    renderBoard()
    await user.click(await screen.findByRole('button', { name: 'Add a task to Done' }))
    const dialog = screen.getByRole('dialog', { name: 'New task' })
    expect(await within(dialog).findByLabelText('Section')).toHaveValue('8')
    await user.type(within(dialog).getByLabelText('Title'), 'Rake leaves{Enter}')
    await waitFor(() => expect(posted).toHaveLength(1))
    expect(posted[0]).toMatchObject({ title: 'Rake leaves', project_id: 5, section_id: 8 })
  })

  it('shows an error with a retry, and says when the board holds only the first tasks', async () => {
    server.use(http.get('*/api/projects/:id/sections', () => HttpResponse.json({ status: 500, title: 'Boom' }, { status: 500 }), { once: true }))
    api.paging = { total: 150 }
    renderBoard()
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the board. Boom')
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('The board shows the first 100 of 150 open tasks; the list view has them all.')).toBeInTheDocument()
  })
})
