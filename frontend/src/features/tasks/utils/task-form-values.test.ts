import { makeTask } from '@/testing/task-factory'

import {
  changedFields,
  emptyValues,
  invalidDates,
  mergeValues,
  reminderKey,
  toFields,
  valuesFromTask,
} from './task-form-values'

const zone = 'America/New_York'

describe('toFields', () => {
  it('sends the API its fields: the due date in UTC, an empty description as null, reminders both ways', () => {
    const fields = toFields(
      {
        ...emptyValues({ projectId: 7 }),
        title: 'Pay rent',
        dueDate: '2026-03-10',
        dueTime: '09:00',
        rrule: ' FREQ=MONTHLY ',
        reminders: [
          { key: reminderKey(), kind: 'before', amount: 1, unit: 'hours' },
          { key: reminderKey(), kind: 'at', date: '2026-03-09', time: '18:30' },
        ],
      },
      zone,
    )
    expect(fields).toEqual({
      title: 'Pay rent',
      description: null,
      priority: 2,
      due_date: '2026-03-10T13:00:00.000Z',
      tags: [],
      recurrence: { rrule: 'FREQ=MONTHLY', anchor: 'due' },
      reminders: [{ before_due: 60 }, { at: '2026-03-09T22:30:00.000Z' }],
      project_id: 7,
      section_id: null,
      assignee_ids: [],
    })
  })

  it('starts a task from Today on today at the start of the working day', () => {
    expect(emptyValues({ dueDate: '2026-03-10' })).toMatchObject({ dueDate: '2026-03-10', dueTime: '09:00', projectId: null })
  })
})

describe('changedFields', () => {
  const task = makeTask({
    title: 'Pay rent',
    due_date: '2026-03-10T13:00:00Z',
    tags: ['Home', 'money'],
    reminders: [{ id: 1, at: null, before_due: 1440, fire_at: null, sent_at: null, late: false }],
  })

  it('is empty when nothing changed (tag order and case, reminder units are no change)', () => {
    const values = valuesFromTask(task, zone)
    expect(values.reminders[0]).toMatchObject({ kind: 'before', amount: 1, unit: 'days' })
    expect(changedFields(task, { ...values, tags: ['money', 'home'] }, zone)).toEqual({})
  })

  it('holds only the fields that changed', () => {
    const values = valuesFromTask(task, zone)
    expect(changedFields(task, { ...values, priority: 4, dueDate: '', dueTime: '' }, zone)).toEqual({
      priority: 4,
      due_date: null,
    })
  })

  it('moves the task to another project and section', () => {
    const values = valuesFromTask(task, zone)
    expect(changedFields(task, { ...values, projectId: 9, sectionId: 4 }, zone)).toEqual({ project_id: 9, section_id: 4 })
  })
})

describe('mergeValues', () => {
  it('lays the named fields over a newer version', () => {
    const newer = valuesFromTask(makeTask({ title: 'Theirs', priority: 1 }), zone)
    const mine = valuesFromTask(makeTask({ title: 'Mine', priority: 4, due_date: '2026-03-10T13:00:00Z' }), zone)
    expect(mergeValues(newer, mine, ['priority', 'due_date'])).toMatchObject({
      title: 'Theirs',
      priority: 4,
      dueDate: '2026-03-10',
      dueTime: '09:00',
    })
  })

  it('takes my project with my section, or my section alone', () => {
    const newer = valuesFromTask(makeTask({ project_id: 1, section_id: 2 }), zone)
    const mine = valuesFromTask(makeTask({ project_id: 5, section_id: null }), zone)
    expect(mergeValues(newer, mine, ['project_id'])).toMatchObject({ projectId: 5, sectionId: null })
    expect(mergeValues(newer, { ...mine, projectId: 1, sectionId: 3 }, ['section_id'])).toMatchObject({ projectId: 1, sectionId: 3 })
  })
})

describe('invalidDates', () => {
  it('names the dates that do not exist, which are never rolled over into another day', () => {
    const values = {
      ...emptyValues(),
      title: 'Pay rent',
      dueDate: '2025-02-31',
      dueTime: '09:00',
      reminders: [
        { key: reminderKey(), kind: 'before' as const, amount: 1, unit: 'hours' as const },
        { key: reminderKey(), kind: 'at' as const, date: '2025-04-31', time: '18:30' },
      ],
    }
    expect(invalidDates(values)).toEqual({ due_date: 'Not a valid date', 'reminders[1].at': 'Not a valid date' })
    expect(toFields(values, zone)).toMatchObject({ due_date: '2025-02-31', reminders: [{ before_due: 60 }, { at: '2025-04-31' }] })
    expect(invalidDates({ ...values, dueDate: '2025-02-28', reminders: [] })).toEqual({})
  })
})
