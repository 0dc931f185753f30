import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { Route, Routes, useLocation } from 'react-router'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makeProject } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { ProjectSidebar } from './project-sidebar'

setupMswServer()

const me = makeUser({ id: 1, username: 'ann' })
const projects = [
  makeInbox({ counts: { open: 4, completed: 0 } }),
  makeProject({ id: 11, name: 'Home', counts: { open: 2, completed: 1 } }),
  makeProject({ id: 12, name: 'Work', favorite: true, counts: { open: 5, completed: 0 } }),
  makeProject({ id: 13, name: 'Book club', owner_id: 2, role: 'editor', counts: { open: 1, completed: 0 } }),
  makeProject({ id: 14, name: 'Old house', archived: true }),
]

function WhereAmI() {
  return <p>at {useLocation().pathname}</p>
}

function renderSidebar() {
  return renderWithProviders(
    <>
      <ProjectSidebar />
      <Routes>
        <Route path="*" element={<WhereAmI />} />
      </Routes>
    </>,
    { route: '/today' },
  )
}

beforeEach(() => {
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(me)),
    http.get('*/api/projects', () => HttpResponse.json({ items: projects })),
  )
})

describe('ProjectSidebar', () => {
  it('lists the views, my projects favourites first, the shared ones, and folds the archived ones away', async () => {
    renderSidebar()
    const nav = screen.getByRole('navigation', { name: 'Projects and views' })
    expect(within(nav).getByRole('link', { name: /^Today/ })).toHaveAttribute('aria-current', 'page')
    expect(await within(nav).findByRole('link', { name: 'Inbox, 4 open' })).toHaveAttribute('href', '/inbox')
    expect(within(nav).getByRole('link', { name: 'Upcoming' })).toHaveAttribute('href', '/upcoming')
    expect(within(nav).getByRole('link', { name: 'Assigned to me' })).toHaveAttribute('href', '/assigned')

    const mine = screen.getByRole('list', { name: 'My projects' })
    expect(within(mine).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Work, favourite, 5 open5',
      'Home, 2 open2',
    ])
    expect(within(mine).getByRole('link', { name: /^Home/ })).toHaveAttribute('href', '/projects/11')
    const shared = screen.getByRole('list', { name: 'Shared with me' })
    expect(within(shared).getByRole('link', { name: 'Book club, 1 open' })).toBeInTheDocument()

    const archived = screen.getByText('Archived (1)')
    expect(screen.getByRole('list', { name: 'Archived projects', hidden: true })).not.toBeVisible()
    await userEvent.click(archived)
    expect(screen.getByRole('link', { name: /^Old house/ })).toBeVisible()
  })

  it('says when there is no project yet, and shows an error with a retry', async () => {
    server.use(http.get('*/api/projects', () => HttpResponse.json({ status: 500, title: 'Boom' }, { status: 500 }), { once: true }))
    renderSidebar()
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load your projects. Boom')
    server.use(http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox()] })))
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('No projects yet.')).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Shared with me' })).not.toBeInTheDocument()
  })

  it('creates a project and goes to it', async () => {
    const posted: unknown[] = []
    server.use(
      http.post('*/api/projects', async ({ request }) => {
        posted.push(await request.json())
        return HttpResponse.json(makeProject({ id: 21, name: 'Garden' }), { status: 201 })
      }),
    )
    const user = userEvent.setup()
    renderSidebar()
    await user.click(screen.getByRole('button', { name: 'Add project' }))
    const dialog = screen.getByRole('dialog', { name: 'New project' })
    expect(within(dialog).getByLabelText('Name')).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Add project' }))
    expect(within(dialog).getByText('Enter a name.')).toBeInTheDocument()
    await user.type(within(dialog).getByLabelText('Name'), 'Garden')
    await user.selectOptions(within(dialog).getByLabelText('Colour'), 'Green')
    await user.click(within(dialog).getByLabelText('Add to favourites'))
    await user.click(within(dialog).getByRole('button', { name: 'Add project' }))
    expect(await screen.findByText('at /projects/21')).toBeInTheDocument()
    expect(posted).toEqual([{ name: 'Garden', color: '#299438', description: null, favorite: true }])
    expect(screen.getByText('Project “Garden” created')).toBeInTheDocument()
  })

  it('shows the API’s field errors in the new project form', async () => {
    server.use(
      http.post('*/api/projects', () =>
        HttpResponse.json(
          {
            status: 422,
            title: 'Invalid',
            errors: [
              { field: 'name', message: 'String should have at most 100 characters' },
              { field: 'favorite', message: 'Input should be a valid boolean' },
            ],
          },
          { status: 422 },
        ),
      ),
    )
    const user = userEvent.setup()
    renderSidebar()
    await user.click(screen.getByRole('button', { name: 'Add project' }))
    const dialog = screen.getByRole('dialog', { name: 'New project' })
    await user.type(within(dialog).getByLabelText('Name'), 'x')
    await user.click(within(dialog).getByRole('button', { name: 'Add project' }))
    expect(await within(dialog).findByText('Use up to 100 characters.')).toBeInTheDocument()
    expect(within(dialog).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true')
    expect(within(dialog).getByLabelText('Name')).toHaveFocus()
    // A field the form does not show goes to its alert, named in words.
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The favourite is not valid.')
  })
})

describe('ProjectSidebar: reordering', () => {
  /** Lays the sidebar rows out one under the other (jsdom lays nothing out). */
  function layOut() {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const item = this.closest('li')
      const index = item?.parentElement ? Array.from(item.parentElement.children).indexOf(item) : 0
      return DOMRect.fromRect({ x: 0, y: index * 30, width: 200, height: 30 })
    })
  }

  const more = [makeProject({ id: 15, name: 'Garden' }), makeProject({ id: 16, name: 'Taxes' })]

  it('moves a project at once with the move endpoint, and puts it back when that fails', async () => {
    layOut()
    let answer: () => void = () => undefined
    const moves: unknown[] = []
    server.use(
      http.get('*/api/projects', () => HttpResponse.json({ items: [...projects, ...more] })),
      http.post('*/api/projects/:id/move', async ({ request, params }) => {
        moves.push({ id: params.id, body: await request.json() })
        await new Promise<void>((resolve) => (answer = resolve))
        return HttpResponse.json({ status: 409, title: 'Conflict', detail: 'Try again.' }, { status: 409 })
      }),
    )
    const user = userEvent.setup()
    renderSidebar()
    const mine = await screen.findByRole('list', { name: 'My projects' })
    const names = () => within(mine).getAllByRole('link').map((link) => link.textContent.split(',')[0])
    await waitFor(() => expect(names()).toEqual(['Work', 'Home', 'Garden', 'Taxes']))

    within(mine).getByRole('button', { name: 'Reorder Taxes' }).focus()
    await user.keyboard(' ')
    await user.keyboard('{ArrowUp}')
    await user.keyboard(' ')
    await waitFor(() => expect(moves).toEqual([{ id: '16', body: { before_id: 15, after_id: null } }]))
    expect(names()).toEqual(['Work', 'Home', 'Taxes', 'Garden'])
    answer()
    expect(await screen.findByText('The project could not be moved: Try again.')).toBeInTheDocument()
    expect(names()).toEqual(['Work', 'Home', 'Garden', 'Taxes'])
  })

  it('keeps favourites first: a project does not move across them', async () => {
    layOut()
    const moves: unknown[] = []
    server.use(
      http.post('*/api/projects/:id/move', ({ params }) => {
        moves.push(params.id)
        return HttpResponse.json(projects[1])
      }),
    )
    const user = userEvent.setup()
    renderSidebar()
    const mine = await screen.findByRole('list', { name: 'My projects' })
    ;(await within(mine).findByRole('button', { name: 'Reorder Home' })).focus()
    await user.keyboard(' ')
    await user.keyboard('{ArrowUp}')
    await user.keyboard(' ')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(moves).toEqual([])
  })
})
