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
  project_id: 1,
  user_id: 1,
  actor: { id: 1, username: 'ada' },
  action: 'update',
  changes: {},
  request_id: null,
  at: '2025-11-24T13:30:00Z',
  ...overrides,
})

/** Events as the API pages them: by id in the `order` asked for (oldest first by default), `perPage` at a time,
 * each `after` continuing past that id in that order. */
function answerAudit(events: Schemas['AuditEventOut'][], perPage = 50, asked: string[] = []) {
  server.use(
    http.get('*/api/audit', ({ request }) => {
      const params = new URL(request.url).searchParams
      asked.push(params.toString())
      const newestFirst = params.get('order') === 'desc'
      const after = params.get('after')
      const action = params.get('action')
      const rest = events
        .filter((e) => action === null || e.action === action)
        .sort((a, b) => (newestFirst ? b.id - a.id : a.id - b.id))
        .filter((e) => after === null || (newestFirst ? e.id < Number(after) : e.id > Number(after)))
      const items = rest.slice(0, perPage)
      return HttpResponse.json({ items, next_after: rest.length > perPage ? (items.at(-1)?.id ?? null) : null })
    }),
  )
  return asked
}

const TITLE = '<script>alert("x")</script> Buy milk'

beforeEach(() => {
  server.use(
    http.get('*/api/auth/me', () =>
      HttpResponse.json(makeUser({ timezone: 'America/New_York' })),
    ),
  )
})

describe('ActivityLog', () => {
  it('lists the newest events first in the user’s zone with titles as text, and pages to older ones', async () => {
    const asked = answerAudit(
      [
        event(1, {
          action: 'create',
          changes: { title: [null, TITLE], priority: [null, 4], due_date: [null, '2025-11-25T08:00:00Z'] },
        }),
        event(2, { action: 'update', changes: { priority: [4, 2], tags: [[], ['home', 'errands']] } }),
        event(3, { action: 'complete', task_id: 8, actor: { id: 2, username: 'bob' }, changes: { completed: [false, true] } }),
      ],
      2,
    )
    renderWithProviders(<ActivityLog />)
    expect(screen.getByRole('heading', { level: 1, name: 'Activity' })).toBeInTheDocument()
    const table = await screen.findByRole('list', { name: 'Changes to your tasks' })
    expect(screen.getByText('Newest first; times in America/New_York.')).toBeInTheDocument()
    expect((await screen.findAllByText('Mon 24 Nov 2025, 08:30'))[0]).toHaveAttribute('datetime', '2025-11-24T13:30:00Z')
    const rows = () => within(table).getAllByRole('listitem').filter((item) => item.parentElement === table)

    expect(rows()).toHaveLength(2)
    expect(rows()[0]).toHaveTextContent('Completed Task #8 by bob')
    expect(rows()[0]).toHaveTextContent('Completed: no → yes')
    expect(rows()[1]).toHaveTextContent('Updated Task #7') // its create event is on an older page, not loaded yet
    expect(rows()[1]).toHaveTextContent('Priority: Urgent → Medium')
    expect(rows()[1]).toHaveTextContent('Tags: none → home, errands')

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }))
    expect(await within(table).findByText('Due date: Tue 25 Nov 2025, 03:00')).toBeInTheDocument()
    expect(rows()).toHaveLength(3)
    expect(rows()[2]).toHaveTextContent(`Created ${TITLE}`)
    expect(rows()[2]).toHaveTextContent('Priority: Urgent')
    expect(table.querySelector('script')).toBeNull()
    expect(rows()[1]).toHaveTextContent(`Updated ${TITLE} (task #7)`) // now named by its create event
    expect(asked).toEqual(['order=desc&per_page=50', 'order=desc&per_page=50&after=2'])
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument()
  })

  it('shows a title that starts with a date-time as text, and names a task by its newest title', async () => {
    answerAudit([
      event(1, { action: 'create', changes: { title: [null, '2025-01-01T10:00 standup'], priority: [null, 2] } }),
      event(2, { changes: { title: ['2025-01-01T10:00 standup', '2025-01-02T10:00 retro'] } }),
      event(3, { changes: { priority: [2, 3] } }),
    ])
    renderWithProviders(<ActivityLog />)
    const table = await screen.findByRole('list', { name: 'Changes to your tasks' })
    const rows = within(table).getAllByRole('listitem').filter((item) => item.parentElement === table)
    expect(rows.map((row) => row.querySelector('p')?.textContent)).toEqual([
      'Updated 2025-01-02T10:00 retro (task #7)',
      'Updated 2025-01-02T10:00 retro (task #7)',
      'Created 2025-01-01T10:00 standup (task #7)',
    ])
    expect(within(rows[1] as HTMLElement).getByText('Title: “2025-01-01T10:00 standup” → “2025-01-02T10:00 retro”')).toBeInTheDocument()
  })

  it('filters by action', async () => {
    const asked = answerAudit([])
    renderWithProviders(<ActivityLog />)
    expect(await screen.findByText('No activity yet.')).toBeInTheDocument()
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Deleted')
    expect(await screen.findByText('No activity yet of this kind.')).toBeInTheDocument()
    expect(asked).toEqual(['order=desc&per_page=50', 'action=delete&order=desc&per_page=50'])
  })
})
