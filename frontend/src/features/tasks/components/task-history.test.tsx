import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { TaskHistory } from './task-history'

setupMswServer()

type AuditEvent = Schemas['AuditEventOut']

const event = (id: number, overrides: Partial<AuditEvent>): AuditEvent => ({
  id,
  task_id: 10,
  project_id: 1,
  user_id: 7,
  actor: { id: 7, username: 'ada' },
  action: 'update',
  changes: {},
  request_id: null,
  at: '2025-11-24T13:30:00Z',
  ...overrides,
})

function answerHistory(items: AuditEvent[]) {
  server.use(http.get('*/api/tasks/:id/history', () => HttpResponse.json({ items, next_after: null })))
}

/** The task's events as the API pages them: by id in the `order` asked for (oldest first by default), `perPage`
 * at a time, each `after` continuing past that id in that order. */
function pageHistory(items: AuditEvent[], perPage: number, asked: string[]) {
  server.use(
    http.get('*/api/tasks/:id/history', ({ request }) => {
      const params = new URL(request.url).searchParams
      asked.push(params.toString())
      const newestFirst = params.get('order') === 'desc'
      const after = params.get('after')
      const rest = [...items]
        .sort((a, b) => (newestFirst ? b.id - a.id : a.id - b.id))
        .filter((e) => after === null || (newestFirst ? e.id < Number(after) : e.id > Number(after)))
      const page = rest.slice(0, perPage)
      return HttpResponse.json({ items: page, next_after: rest.length > perPage ? (page.at(-1)?.id ?? null) : null })
    }),
  )
}

function renderHistory() {
  renderWithProviders(<TaskHistory taskId={10} zone="America/New_York" meId={7} enabled />)
}

describe('TaskHistory', () => {
  it('says when the history cannot be loaded, with a Retry', async () => {
    answerHistory([event(1, { action: 'create', changes: { title: [null, 'Pay rent'] } })])
    // The first answer is none at all; the next is the history.
    server.use(http.get('*/api/tasks/:id/history', () => HttpResponse.error(), { once: true }))
    renderHistory()
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the history. TaskForge cannot be reached.')
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument())
  })

  it('shows the newest change first and pages to older ones', async () => {
    const asked: string[] = []
    pageHistory(
      [
        event(1, { action: 'create', at: '2025-11-24T13:30:00Z', changes: { title: [null, 'Pay rent'] } }),
        event(2, {
          user_id: 8,
          actor: { id: 8, username: 'bob' },
          at: '2025-11-25T13:30:00Z',
          changes: { title: ['Pay rent', 'Pay the rent'] },
        }),
        event(3, { action: 'complete', at: '2025-11-26T13:30:00Z', changes: { completed: [false, true] } }),
      ],
      2,
      asked,
    )
    renderHistory()
    const list = await screen.findByRole('list', { name: 'Changes to this task' })
    const rows = () => within(list).getAllByRole('listitem').filter((item) => item.parentElement === list)
    expect(rows().map((row) => row.firstElementChild?.textContent)).toEqual([
      'You completed the task Wed 26 Nov 2025, 08:30',
      'bob changed the task Tue 25 Nov 2025, 08:30',
    ])
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }))
    await waitFor(() => expect(rows()).toHaveLength(3))
    expect(rows().map((row) => row.firstElementChild?.textContent)).toEqual([
      'You completed the task Wed 26 Nov 2025, 08:30',
      'bob changed the task Tue 25 Nov 2025, 08:30',
      'You created the task Mon 24 Nov 2025, 08:30',
    ])
    expect(asked).toEqual(['order=desc&per_page=50', 'order=desc&per_page=50&after=2'])
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument()
  })

  it('shows a title or description that starts with a date-time as text', async () => {
    answerHistory([
      event(1, {
        action: 'create',
        changes: { title: [null, '2025-01-01T10:00 standup'], description: [null, '2025-13-45T99:99 not a date'] },
      }),
      event(2, { changes: { title: ['2025-01-01T10:00 standup', '2025-01-02T10:00Z'] } }),
    ])
    renderHistory()
    const [created, renamed] = await screen.findAllByRole('list', { name: 'Changed fields' })
    if (!created || !renamed) throw new Error('two events expected')
    expect(within(created).getByText('Title: “2025-01-01T10:00 standup”')).toBeInTheDocument()
    expect(within(created).getByText('Description: “2025-13-45T99:99 not a date”')).toBeInTheDocument()
    // A title that is exactly an instant is still the user's text, not a date.
    expect(within(renamed).getByText('Title: “2025-01-01T10:00 standup” → “2025-01-02T10:00Z”')).toBeInTheDocument()
  })

  it('shows values in words, like the Activity page', async () => {
    answerHistory([
      event(1, {
        changes: {
          priority: [2, 4],
          position: ['a0', 'a0V'],
          due_date: ['2025-11-25T08:00:00Z', 'not a date'],
          tags: [[], ['home', 'errands']],
          completed: [false, true],
          rrule: [null, 'FREQ=WEEKLY;BYDAY=TU'],
          reminders: [[], [{ at: '2025-11-25T07:00:00Z' }, { before_due: 30 }]],
        },
      }),
    ])
    renderHistory()
    const list = await screen.findByRole('list', { name: 'Changed fields' })
    const lines = within(list).getAllByRole('listitem').map((item) => item.textContent)
    expect(lines).toEqual([
      'Priority: Medium → Urgent',
      'Position: moved',
      'Due date: Tue 25 Nov 2025, 03:00 → not a date',
      'Tags: none → home, errands',
      'Completed: no → yes',
      'Repeats: none → Every week on Tuesday',
      'Reminders: none → Tue 25 Nov 2025, 02:00; 30 minutes before due',
    ])
    expect(list).not.toHaveTextContent('a0V')
  })
})
