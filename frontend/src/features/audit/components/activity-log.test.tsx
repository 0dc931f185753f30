import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { ActivityLog } from './activity-log'

setupMswServer()

const event = (id: number, overrides: Partial<Schemas['AuditEventOut']>): Schemas['AuditEventOut'] => ({
  id,
  task_id: 7,
  user_id: 1,
  action: 'update',
  changes: {},
  request_id: null,
  at: '2025-11-24T13:30:00Z',
  ...overrides,
})

const firstPage: Schemas['AuditPage'] = {
  items: [
    event(1, {
      action: 'create',
      changes: { title: [null, '<script>alert("x")</script> Buy milk'], priority: [null, 4], due_date: [null, '2025-11-25T08:00:00Z'] },
    }),
    event(2, { action: 'update', changes: { priority: [4, 2], tags: [[], ['home', 'errands']] } }),
  ],
  next_after: 2,
}
const secondPage: Schemas['AuditPage'] = {
  items: [event(3, { action: 'complete', task_id: 8, changes: { completed: [false, true] } })],
  next_after: null,
}

beforeEach(() => {
  server.use(
    http.get('*/api/auth/me', () =>
      HttpResponse.json(makeUser({ timezone: 'America/New_York' })),
    ),
  )
})

describe('ActivityLog', () => {
  it('lists events in the user’s zone with titles as text, and pages', async () => {
    const asked: (string | null)[] = []
    server.use(
      http.get('*/api/audit', ({ request }) => {
        const after = new URL(request.url).searchParams.get('after')
        asked.push(after)
        return HttpResponse.json(after === '2' ? secondPage : firstPage)
      }),
    )
    renderWithProviders(<ActivityLog />)
    expect(screen.getByRole('heading', { level: 1, name: 'Activity' })).toBeInTheDocument()
    const table = await screen.findByRole('list', { name: 'Changes to your tasks' })
    expect(screen.getByText('Oldest first; times in America/New_York.')).toBeInTheDocument()
    expect((await screen.findAllByText('Mon 24 Nov 2025, 08:30'))[0]).toHaveAttribute('datetime', '2025-11-24T13:30:00Z')

    const rows = within(table).getAllByRole('listitem').filter((item) => item.parentElement === table)
    expect(rows[0]).toHaveTextContent('Created')
    expect(rows[0]).toHaveTextContent('<script>alert("x")</script> Buy milk')
    expect(rows[0]).toHaveTextContent('Priority: Urgent')
    expect(rows[0]).toHaveTextContent('Due date: Tue 25 Nov 2025, 03:00')
    expect(table.querySelector('script')).toBeNull()
    expect(rows[1]).toHaveTextContent('Updated <script>alert("x")</script> Buy milk (task #7)') // named by its create event
    expect(rows[1]).toHaveTextContent('Priority: Urgent → Medium')
    expect(rows[1]).toHaveTextContent('Tags: none → home, errands')

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }))
    expect(await within(table).findByText('Completed: no → yes')).toBeInTheDocument()
    const completed = within(table).getAllByRole('listitem').filter((item) => item.parentElement === table)[2]
    expect(completed).toHaveTextContent('Completed Task #8')
    expect(asked).toEqual([null, '2'])
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument()
  })

  it('shows a title that starts with a date-time as text', async () => {
    server.use(
      http.get('*/api/audit', () =>
        HttpResponse.json({
          items: [
            event(1, { action: 'create', changes: { title: [null, '2025-01-01T10:00 standup'], priority: [null, 2] } }),
            event(2, { changes: { title: ['2025-01-01T10:00 standup', '2025-01-02T10:00 retro'] } }),
          ],
          next_after: null,
        }),
      ),
    )
    renderWithProviders(<ActivityLog />)
    const table = await screen.findByRole('list', { name: 'Changes to your tasks' })
    const rows = within(table).getAllByRole('listitem').filter((item) => item.parentElement === table)
    expect(rows[0]).toHaveTextContent('Created 2025-01-01T10:00 standup')
    expect(within(rows[1] as HTMLElement).getByText('Title: “2025-01-01T10:00 standup” → “2025-01-02T10:00 retro”')).toBeInTheDocument()
  })

  it('filters by action', async () => {
    const actions: (string | null)[] = []
    server.use(
      http.get('*/api/audit', ({ request }) => {
        actions.push(new URL(request.url).searchParams.get('action'))
        return HttpResponse.json({ items: [], next_after: null })
      }),
    )
    renderWithProviders(<ActivityLog />)
    expect(await screen.findByText('No activity yet.')).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Deleted')
    expect(await screen.findByText('No activity yet of this kind.')).toBeInTheDocument()
    expect(actions).toEqual([null, 'delete'])
  })
})
