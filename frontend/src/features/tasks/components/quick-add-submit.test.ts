import { ApiError } from '@/lib/api/problem'

import type { Reading } from '../api/parse-task'
import { bodyFor, endOfToday, quickAddError } from './quick-add-submit'

const reading = (spans: Reading['spans']): Reading => ({
  text: 'x',
  spans,
  unrecognized: [],
  task: { title: 'x', project_id: 1, due_date: null, priority: 2, tags: [], recurrence: null, reminders: [] },
})

describe('bodyFor', () => {
  it('sends the page’s project and assignee unless the text names a project', () => {
    expect(bodyFor('Plan', reading([]), { projectId: 3, assigneeIds: [7] })).toEqual({
      text: 'Plan',
      project_id: 3,
      assignee_ids: [7],
    })
    const named = reading([{ start: 5, end: 10, kind: 'project', text: '@Work', value: 9 }])
    expect(bodyFor('Plan @Work', named, { projectId: 3 })).toEqual({ text: 'Plan @Work' })
  })

  it('on Today, gives an undated task the end of today, never over a date or repetition the text names', () => {
    const today = { dueToday: { timeZone: 'UTC' } }
    expect(bodyFor('Call', reading([]), today).due_date).toBe(endOfToday('UTC'))
    const dated = reading([{ start: 5, end: 13, kind: 'date', text: 'tomorrow', value: '2030-01-02T09:00:00Z' }])
    expect(bodyFor('Call tomorrow', dated, today)).toEqual({ text: 'Call tomorrow' })
    const repeated = reading([{ start: 5, end: 16, kind: 'recurrence', text: 'every day', value: 'FREQ=DAILY' }])
    expect(bodyFor('Call every day', repeated, today)).toEqual({ text: 'Call every day' })
  })
})

describe('endOfToday', () => {
  it('is 17:00 in the zone, or 23:59 once that is past', () => {
    expect(endOfToday('Europe/Berlin', new Date('2030-01-07T10:00:00Z'))).toBe('2030-01-07T16:00:00.000Z')
    expect(endOfToday('Europe/Berlin', new Date('2030-01-07T16:30:00Z'))).toBe('2030-01-07T22:59:00.000Z')
  })
})

describe('quickAddError', () => {
  it('says a field error about the text in words, without the API’s phrasing', () => {
    const problem = {
      type: 'about:blank',
      status: 422,
      title: 'Unprocessable Content',
      detail: 'The request is not valid.',
      request_id: 'r1',
      errors: [{ field: 'text', message: 'String should have at most 500 characters' }],
    }
    const error = new ApiError(422, problem, null)
    expect(quickAddError(error)).toBe('Use up to 500 characters.')
  })
})
