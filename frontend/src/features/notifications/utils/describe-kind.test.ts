import { describe, expect, it } from 'vitest'

import type { Notification } from '../api/get-notifications'
import { describeKind } from './describe-kind'

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

describe('describeKind', () => {
  it.each([
    ['reminder', {}, 'Reminder'],
    ['assigned', {}, 'ada assigned you'],
    ['mentioned', {}, 'ada mentioned you'],
    ['commented', {}, 'ada commented'],
    ['shared', { task_id: null }, 'ada shared the project'],
    ['shared', { task_id: null, project_id: null, team_id: 4 }, 'ada added you to the team'],
    ['assigned', { actor: null }, 'Someone assigned you'],
  ] as const)('%s %o reads "%s"', (kind, overrides, text) => {
    expect(describeKind({ ...base, kind, ...overrides })).toBe(text)
  })
})
