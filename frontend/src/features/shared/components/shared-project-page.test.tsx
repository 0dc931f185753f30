import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeSection } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeTask, makeTaskPage } from '@/testing/task-factory'

import { SharedProjectPage } from './shared-project-page'

setupMswServer()

const project = {
  id: 5,
  name: 'Open house',
  description: 'For the neighbours',
  color: '#db4035',
  archived: false,
  open: 2,
  completed: 1,
  sections: [makeSection({ id: 7, project_id: 5, name: 'Kitchen' }), makeSection({ id: 8, project_id: 5, name: 'Garden' })],
}
const open = [
  makeTask({ id: 1, title: 'Paint the door', project_id: 5, tags: ['diy'], due_date: '2030-05-01T10:00:00Z', priority: 4 }),
  makeTask({ id: 2, title: 'Fix the tap', project_id: 5, section_id: 7, subtasks: { total: 2, completed: 1 } }),
]
const done = [makeTask({ id: 3, title: 'Clean up', project_id: 5, completed: true })]
let queries: URLSearchParams[]

beforeEach(() => {
  queries = []
  server.use(
    http.get('*/api/shared/:token', ({ params }) =>
      params.token === 'good'
        ? HttpResponse.json(project)
        : HttpResponse.json({ status: 404, title: 'Not Found', detail: 'No shared project at this address.' }, { status: 404 }),
    ),
    http.get('*/api/shared/:token/tasks', ({ request }) => {
      const query = new URL(request.url).searchParams
      queries.push(query)
      return HttpResponse.json(makeTaskPage(query.get('completed') === 'true' ? done : open))
    }),
  )
})

describe('SharedProjectPage', () => {
  it('shows the project, its sections and their tasks, with nothing to change', async () => {
    renderWithProviders(<SharedProjectPage token="good" />)
    expect(await screen.findByRole('heading', { name: 'Open house', level: 1 })).toBeInTheDocument()
    expect(screen.getByText('For the neighbours')).toBeInTheDocument()
    expect(screen.getByText(/2 open and 1 completed tasks/)).toBeInTheDocument()
    const loose = await screen.findByRole('list', { name: 'Tasks in No section' })
    expect(loose).toHaveTextContent('Paint the door')
    expect(loose).toHaveTextContent('Urgent priority')
    expect(loose).toHaveTextContent('Tag: diy')
    expect(within(screen.getByRole('list', { name: 'Tasks in Kitchen' })).getByText('Fix the tap')).toBeInTheDocument()
    expect(screen.getByText('1/2 subtasks')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Garden' })).toHaveTextContent('No tasks in this section.')
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(queries[0]?.get('completed')).toBe('false')
    expect(queries[0]?.get('sort')).toBe('position')
  })

  it('shows the completed tasks instead on request', async () => {
    renderWithProviders(<SharedProjectPage token="good" />)
    await userEvent.click(await screen.findByRole('switch', { name: 'Show completed tasks instead' }))
    expect(await screen.findByText('Clean up')).toBeInTheDocument()
    expect(screen.getByText('(completed)')).toBeInTheDocument()
  })

  it('says clearly when the link was revoked', async () => {
    renderWithProviders(<SharedProjectPage token="revoked" />)
    expect(await screen.findByRole('heading', { name: 'This link no longer works', level: 1 })).toBeInTheDocument()
  })

  it('shows other errors as they are', async () => {
    server.use(http.get('*/api/shared/:token', () => HttpResponse.json({ status: 500, title: 'Boom' }, { status: 500 })))
    renderWithProviders(<SharedProjectPage token="good" />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Boom')
  })

  it('pages through a long project', async () => {
    server.use(
      http.get('*/api/shared/:token/tasks', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'))
        const items = page === 1 ? open : [makeTask({ id: 9, title: 'Last one', project_id: 5 })]
        return HttpResponse.json(makeTaskPage(items, { page, pages: 2, total: 3 }))
      }),
    )
    renderWithProviders(<SharedProjectPage token="good" />)
    await userEvent.click(await screen.findByRole('button', { name: 'Show more' }))
    expect(await screen.findByText('Last one')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument()
  })
})
