import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makeProject } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { fakeTasksApi, makeTask, type FakeTasksApi } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'

import { AgendaPage } from './agenda-page'

setupMswServer()

let api: FakeTasksApi

beforeEach(() => {
  // Tuesday 10 March 2026, 15:00 in Auckland (02:00 UTC).
  vi.useFakeTimers({ now: new Date('2026-03-10T02:00:00Z'), toFake: ['Date'] })
  api = fakeTasksApi([
    makeTask({ id: 1, title: 'Return the books', due_date: '2026-03-08T20:00:00Z' }),
    makeTask({ id: 2, title: 'Post the parcel', project_id: 5, due_date: '2026-03-10T05:00:00Z' }),
    makeTask({ id: 3, title: 'Call the bank', due_date: '2026-03-12T20:00:00Z' }),
  ])
  server.use(
    ...api.handlers,
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ timezone: 'Pacific/Auckland' }))),
    http.get('*/api/tags', () => HttpResponse.json({ items: [] })),
    http.get('*/api/projects', () =>
      HttpResponse.json({ items: [makeInbox(), makeProject({ id: 5, name: 'Errands', role: 'viewer', owner_id: 2 })] }),
    ),
  )
})

afterEach(() => {
  vi.useRealTimers()
})

describe('AgendaPage: Today', () => {
  it('lists what is overdue, then what is due today in the user’s zone, each with its project', async () => {
    renderWithProviders(<AgendaPage view="today" />)
    expect(screen.getByRole('heading', { name: 'Today', level: 1 })).toBeInTheDocument()
    const overdue = await screen.findByRole('region', { name: 'Overdue, 1 task' })
    expect(within(overdue).getByRole('button', { name: 'Return the books' })).toBeInTheDocument()
    // 05:00 UTC on the 10th is 18:00 the same day in Auckland; 20:00 UTC on the 12th is the 13th there.
    const today = screen.getByRole('region', { name: /^Today · Tue 10 Mar/ })
    expect(within(today).getByRole('button', { name: 'Post the parcel' })).toBeInTheDocument()
    await waitFor(() => expect(today).toHaveTextContent('Project: Errands'))
    expect(overdue).toHaveTextContent('Project: Inbox')
    // A task of a project the user only views: no complete, no delete.
    expect(within(today).getByRole('button', { name: 'Mark Post the parcel complete' })).toBeDisabled()
    expect(within(today).queryByRole('button', { name: 'Delete Post the parcel' })).not.toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
    expect(api.lastList()?.get('due_before')).toBe('2026-03-10T11:00:00.000Z')
    expect(api.lastList()?.get('completed')).toBe('false')
  })

  it('starts a new task due today', async () => {
    const user = userEvent.setup()
    renderWithProviders(<AgendaPage view="today" />)
    await user.click(screen.getByRole('button', { name: /New task/ }))
    expect(await screen.findByLabelText('Due date')).toHaveValue('2026-03-10')
    expect(screen.getByLabelText('Due time')).toHaveValue('09:00')
  })

  it('says when nothing else is due today', async () => {
    api.tasks = []
    renderWithProviders(<AgendaPage view="today" />)
    expect(await screen.findByText('Nothing else is due today.')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /^Overdue/ })).not.toBeInTheDocument()
  })
})

describe('AgendaPage: Upcoming', () => {
  it('shows each of the next seven days, the empty ones too', async () => {
    renderWithProviders(<AgendaPage view="upcoming" />)
    await screen.findByRole('button', { name: 'Call the bank' })
    const days = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
    expect(days).toHaveLength(7)
    expect(days[0]).toMatch(/^Today · Tue 10 Mar/)
    expect(days[1]).toMatch(/^Tomorrow · Wed 11 Mar/)
    expect(days[6]).toMatch(/^Mon 16 Mar/)
    expect(within(screen.getByRole('region', { name: /^Fri 13 Mar/ })).getByRole('button', { name: 'Call the bank' })).toBeInTheDocument()
    expect(screen.getAllByText('Nothing due.')).toHaveLength(5)
    expect(api.lastList()?.get('due_after')).toBe('2026-03-09T10:59:59.999Z')
    expect(api.lastList()?.get('due_before')).toBe('2026-03-16T11:00:00.000Z')
  })

  it('shows an error with a retry, and says when only the first tasks are shown', async () => {
    let failing = true
    server.use(
      http.get('*/api/tasks', () => (failing ? HttpResponse.json({ status: 500, title: 'Boom' }, { status: 500 }) : undefined)),
    )
    api.paging = { total: 140 }
    renderWithProviders(<AgendaPage view="upcoming" />)
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the tasks. Boom')
    failing = false
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('The first 100 of 140 tasks are shown, soonest first.')).toBeInTheDocument()
  })

  it('completes a task from the list', async () => {
    const user = userEvent.setup()
    renderWithProviders(<AgendaPage view="upcoming" undoDelayMs={50} />)
    await user.click(await screen.findByRole('button', { name: 'Mark Call the bank complete' }))
    await waitFor(() => expect(api.writes()[0]?.body).toEqual({ completed: true }))
  })
})
