import type { AuditEvent } from './describe-changes'
import { describeChanges, describeValue, formatInstant } from './describe-changes'

const ZONE = 'America/New_York'

const event = (action: AuditEvent['action'], changes: AuditEvent['changes']): AuditEvent => ({
  id: 1,
  task_id: 7,
  project_id: 1,
  user_id: 1,
  actor: { id: 1, username: 'ada' },
  action,
  changes,
  request_id: null,
  at: '2025-11-24T13:30:00Z',
})

const texts = (audit: AuditEvent, titleShown = false) =>
  describeChanges(audit, ZONE, { titleShown }).map((change) => change.text)

describe('describeValue', () => {
  it.each([
    ['title', '2025-01-01T10:00 standup', '“2025-01-01T10:00 standup”'],
    ['title', '2025-01-01T10:00:00Z', '“2025-01-01T10:00:00Z”'],
    ['description', '2025-01-01T10:00 notes', '“2025-01-01T10:00 notes”'],
    ['due_date', '2025-11-25T08:00:00Z', 'Tue 25 Nov 2025, 03:00'],
    ['completed_at', '2025-11-25T08:00:00.123+00:00', 'Tue 25 Nov 2025, 03:00'],
    ['due_date', '2025-01-01T10:00 standup', '2025-01-01T10:00 standup'],
    ['due_date', '2025-13-45T99:99:00Z', '2025-13-45T99:99:00Z'],
    ['priority', 4, 'Urgent'],
    ['priority', 9, '9'],
    ['completed', true, 'yes'],
    ['completed', false, 'no'],
    ['tags', ['home', 'errands'], 'home, errands'],
    ['tags', [], 'none'],
    ['parent_id', 12, 'task #12'],
    ['rrule', 'FREQ=DAILY;INTERVAL=2', 'Every 2 days'],
    ['rrule', 'NOT A RULE', 'NOT A RULE'],
    ['recurrence_anchor', 'completion', 'completion'],
    ['reminders', [{ at: '2025-11-25T07:00:00Z' }, { before_due: 60 }, { before_due: 2880 }, { fire_at: 'soon' }], 'Tue 25 Nov 2025, 02:00; 1 hour before due; 2 days before due; soon'],
    ['some_new_field', { a: 1 }, '{"a":1}'],
    ['title', null, 'none'],
  ])('%s %j reads %j', (field, value, words) => {
    expect(describeValue(field, value, ZONE)).toBe(words)
  })

  it('never throws on an unknown zone', () => {
    expect(formatInstant('2025-11-25T08:00:00Z', 'Not/AZone')).toBe('2025-11-25T08:00:00Z')
  })
})

describe('describeChanges', () => {
  it('lists what a create set, without the opaque position', () => {
    const created = event('create', { title: [null, 'Buy milk'], priority: [null, 2], position: [null, 'a0'] })
    expect(texts(created)).toEqual(['Title: “Buy milk”', 'Priority: Medium'])
    expect(texts(created, true)).toEqual(['Priority: Medium'])
  })

  it('lists what a delete removed', () => {
    const deleted = event('delete', { title: ['Buy milk', null], due_date: [null, null], position: ['a0', null] })
    expect(texts(deleted, true)).toEqual([])
    expect(texts(deleted)).toEqual(['Title: “Buy milk”'])
  })

  it('shows updates as before → after and a move without its sort key', () => {
    const moved = event('move', { position: ['a0', 'a0V'], parent_id: [null, 3] })
    expect(texts(moved)).toEqual(['Position: moved', 'Parent task: none → task #3'])
    const renamed = event('update', { title: ['a', 'b'], recurrence_anchor: ['due', 'completion'] })
    expect(texts(renamed, true)).toEqual(['Title: “a” → “b”', 'Repeats from: the due date → completion'])
  })
})
