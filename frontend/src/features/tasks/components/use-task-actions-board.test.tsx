import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makeProject, makeSection } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { fakeTasksApi, makeTask, type FakeTasksApi } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { ProjectBoard } from './project-board'

setupMswServer()

let api: FakeTasksApi

beforeEach(() => {
  api = fakeTasksApi([makeTask({ id: 2, title: 'Buy soil', project_id: 5 })])
  server.use(
    ...api.handlers,
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ id: 1 }))),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox(), makeProject({ id: 5, name: 'Garden' })] })),
    http.get('*/api/projects/:id/sections', () =>
      HttpResponse.json({ items: [makeSection({ id: 7, project_id: 5, name: 'Doing' })] }),
    ),
  )
  // jsdom lays nothing out: columns side by side, cards one under another.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const frame = this.closest('.board-column')
    const column = frame?.parentElement ? Array.from(frame.parentElement.children).indexOf(frame) : 0
    if (this.closest('li[data-task-id]')) return DOMRect.fromRect({ x: column * 300 + 10, y: 50, width: 260, height: 50 })
    if (this.matches('ul.board-cards')) return DOMRect.fromRect({ x: column * 300, y: 40, width: 280, height: 300 })
    return DOMRect.fromRect({ x: column * 300, y: 0, width: 280, height: 400 })
  })
})

const column = (name: string) => screen.getByRole('list', { name: `Tasks in ${name}` })

async function moveBuySoilRight(user: ReturnType<typeof userEvent.setup>) {
  const handle = await screen.findByRole('button', { name: 'Move Buy soil' })
  handle.focus()
  await user.keyboard(' ')
  await user.keyboard('{ArrowRight}')
  await user.keyboard(' ')
}

describe('ProjectBoard: Undo a move to another column', () => {
  it('puts the card back in its column, with the version the move returned', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ProjectBoard projectId={5} canEdit canManage={false} />)
    await moveBuySoilRight(user)
    await screen.findByText('Moved “Buy soil” to Doing')
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByText('Moved “Buy soil” back.')).toBeInTheDocument()
    await waitFor(() => expect(within(column('No section')).getByRole('button', { name: 'Buy soil' })).toBeInTheDocument())
    const [move, undo] = api.writes()
    expect(move?.body).toEqual({ section_id: 7 })
    expect(undo?.body).toEqual({ section_id: null })
    expect(undo?.headers.get('If-Match')).toBe('"v2"')
  })

  it('does not undo over a later change made elsewhere', async () => {
    const user = userEvent.setup()
    renderWithProviders(<ProjectBoard projectId={5} canEdit canManage={false} />)
    await moveBuySoilRight(user)
    await screen.findByText('Moved “Buy soil” to Doing')
    server.use(
      http.patch('*/api/tasks/:id', () => HttpResponse.json({ status: 412, title: 'Precondition Failed' }, { status: 412 })),
    )
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(
      await screen.findByText('Not undone: “Buy soil” was changed by someone else since. The list now shows the latest version.'),
    ).toBeInTheDocument()
  })
})
