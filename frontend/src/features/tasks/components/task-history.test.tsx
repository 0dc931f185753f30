import { screen, within } from '@testing-library/react'
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
  user_id: 7,
  action: 'update',
  changes: {},
  request_id: null,
  at: '2025-11-24T13:30:00Z',
  ...overrides,
})

function answerHistory(items: AuditEvent[]) {
  server.use(http.get('*/api/tasks/:id/history', () => HttpResponse.json({ items, next_after: null })))
}

function renderHistory() {
  renderWithProviders(<TaskHistory taskId={10} zone="America/New_York" meId={7} enabled />)
}

describe('TaskHistory', () => {
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
