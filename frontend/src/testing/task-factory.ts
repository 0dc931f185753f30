/** Tasks and task pages as the API answers them, for msw handlers in component tests. */
import type { Schemas } from '@/lib/api/client'

type Task = Schemas['TaskOut']
type TaskPage = Schemas['TaskPage']

let nextId = 1

export function makeTask(overrides: Partial<Task> = {}): Task {
  const id = overrides.id ?? nextId++
  return {
    id,
    user_id: 1,
    title: `Task ${id}`,
    description: null,
    completed: false,
    completed_at: null,
    due_date: null,
    priority: 2,
    parent_id: null,
    position: String(id).padStart(6, '0'),
    recurrence: null,
    reminders: [],
    subtasks: { total: 0, completed: 0 },
    tags: [],
    created_at: '2030-01-01T09:00:00Z',
    updated_at: '2030-01-01T09:00:00Z',
    version: 1,
    ...overrides,
  }
}

export function makeTaskPage(items: Task[], overrides: Partial<TaskPage> = {}): TaskPage {
  return { items, page: 1, per_page: 20, total: items.length, pages: items.length ? 1 : 0, next_cursor: null, ...overrides }
}
