import { describe, expect, it } from 'vitest'

import type { Notification } from '../api/get-notifications'
import { notificationPath } from './notification-path'

const base: Notification = {
  id: 1,
  kind: 'reminder',
  task_id: 7,
  project_id: 2,
  team_id: null,
  comment_id: null,
  actor: { id: 3, username: 'ada' },
  title: 'Plan',
  due_date: null,
  fire_at: null,
  created_at: '2030-01-01T09:00:00Z',
  read_at: null,
}

describe('notificationPath', () => {
  it.each([
    ['reminder', {}, '/tasks/7'],
    ['assigned', {}, '/tasks/7'],
    ['mentioned', { comment_id: 9 }, '/tasks/7?tab=comments'],
    ['commented', { comment_id: 9 }, '/tasks/7?tab=comments'],
    ['shared', { task_id: null }, '/projects/2'],
    ['shared', { task_id: null, project_id: null, team_id: 4 }, '/settings'],
  ] as const)('%s %o opens %s', (kind, overrides, path) => {
    expect(notificationPath({ ...base, kind, ...overrides })).toBe(path)
  })
})
