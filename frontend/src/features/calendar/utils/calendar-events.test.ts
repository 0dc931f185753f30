import { makeTask } from '@/testing/task-factory'

import { occurrenceEvents, taskEvents, withMoves } from './calendar-events'

const ZONE = 'America/New_York'

describe('taskEvents', () => {
  const open = makeTask({ id: 1, title: 'Dentist', due_date: '2026-12-10T14:30:00Z' })
  const done = makeTask({ id: 2, title: 'Old chore', due_date: '2026-12-13T05:00:00Z', completed: true })
  const undated = makeTask({ id: 3, title: 'Someday' })

  it('puts dated tasks on their day and time; they link to the task and drag when open', () => {
    expect(taskEvents([open, undated], ZONE, true)).toEqual([
      {
        id: '1',
        title: 'Dentist',
        start: '2026-12-10T09:30:00',
        allDay: false,
        url: '/tasks/1',
        editable: true,
        className: '',
        extendedProps: { taskId: 1, kind: 'task' },
      },
    ])
  })

  it('mutes completed tasks (not draggable), or leaves them out', () => {
    const [shown] = taskEvents([done], ZONE, true)
    expect(shown).toMatchObject({ start: '2026-12-13', allDay: true, editable: false, className: 'tf-event-completed' })
    expect(shown?.color).toBeDefined()
    expect(taskEvents([done], ZONE, false)).toEqual([])
  })
})

describe('occurrenceEvents', () => {
  it('shows the later occurrences as read-only previews that open the series task', () => {
    const task = makeTask({ id: 7, title: 'Standup', due_date: '2026-12-07T13:00:00Z', recurrence: { rrule: 'FREQ=DAILY', anchor: 'due', occurrence: 1, series_id: 7, timezone: 'America/New_York' } })
    const events = occurrenceEvents([{ task, dues: ['2026-12-08T13:00:00Z', '2026-12-09T13:00:00Z'] }], ZONE)
    expect(events.map((event) => [event.id, event.title, event.start, event.editable, event.url])).toEqual([
      ['7@2026-12-08T13:00:00Z', 'Standup (repeats)', '2026-12-08T08:00:00', false, '/tasks/7'],
      ['7@2026-12-09T13:00:00Z', 'Standup (repeats)', '2026-12-09T08:00:00', false, '/tasks/7'],
    ])
    expect(events[0]?.extendedProps.kind).toBe('occurrence')
  })
})

describe('withMoves', () => {
  it('shows a task being saved on its new date, the others as loaded', () => {
    const tasks = [makeTask({ id: 1, due_date: null }), makeTask({ id: 2, due_date: '2026-12-01T10:00:00Z' })]
    const moved = withMoves(tasks, new Map([[1, '2026-12-20T05:00:00Z']]))
    expect(moved.map((task) => task.due_date)).toEqual(['2026-12-20T05:00:00Z', '2026-12-01T10:00:00Z'])
    expect(tasks[0]?.due_date).toBeNull()
  })
})
