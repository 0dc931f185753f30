import { describe, expect, it } from 'vitest'

import { makeNotification } from '@/testing/notification-factory'

import { notificationPath } from './notification-path'


describe('notificationPath', () => {
  it.each([
    ['reminder', {}, '/tasks/7'],
    ['assigned', {}, '/tasks/7'],
    ['mentioned', { comment_id: 9 }, '/tasks/7?tab=comments'],
    ['commented', { comment_id: 9 }, '/tasks/7?tab=comments'],
    ['shared', { task_id: null }, '/projects/2'],
    ['shared', { task_id: null, project_id: null, team_id: 4 }, '/settings'],
    ['webhook', { task_id: null, project_id: 2 }, '/settings'],
  ] as const)('%s %o opens %s', (kind, overrides, path) => {
    expect(notificationPath(makeNotification({ kind, ...overrides }))).toBe(path)
  })
})
