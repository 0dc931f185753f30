/** Notifications as the API lists them, for component and unit tests. */
import type { Schemas } from '@/lib/api/client'

/** Ada's notification about task 7 in project 2 (a reminder unless `overrides` say otherwise). */
export function makeNotification(overrides: Partial<Schemas['NotificationOut']> = {}): Schemas['NotificationOut'] {
  return {
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
    ...overrides,
  }
}
