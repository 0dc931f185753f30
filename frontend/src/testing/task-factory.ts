/** Tasks and task pages as the API answers them, and a fake tasks API, for msw handlers in component tests. */
import { http, HttpResponse, type RequestHandler } from 'msw'

import type { Schemas } from '@/lib/api/client'

type Task = Schemas['TaskOut']
type TaskPage = Schemas['TaskPage']

let nextId = 1

export function makeTask(overrides: Partial<Task> = {}): Task {
  const id = overrides.id ?? nextId++
  return {
    id,
    user_id: 1,
    project_id: 1,
    section_id: null,
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
    assignees: [],
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

export interface RecordedRequest {
  method: string
  url: URL
  body: unknown
  headers: Headers
}

/**
 * An in-memory tasks API for msw handlers: the list (every task, on the page asked for, with `paging` when set),
 * one task, PATCH (bumps the version), DELETE and move. Every call is recorded in `requests`; replace `tasks`
 * or `paging` at will. Use: `const api = fakeTasksApi([...]); server.use(...api.handlers)`.
 */
export function fakeTasksApi(tasks: Task[]) {
  const fake = {
    tasks,
    paging: {} as { pages?: number; total?: number },
    requests: [] as RecordedRequest[],
    listCalls: () => fake.requests.filter((r) => r.method === 'GET' && r.url.pathname === '/api/tasks'),
    lastList: () => fake.listCalls().at(-1)?.url.searchParams,
    writes: () => fake.requests.filter((r) => r.method !== 'GET'),
    handlers: [] as RequestHandler[],
  }
  const find = (id: unknown) => fake.tasks.find((task) => task.id === Number(id))
  const notFound = () => HttpResponse.json({ status: 404, title: 'Not Found' }, { status: 404 })
  async function record(request: Request) {
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.clone().text()
    const body = text ? (JSON.parse(text) as unknown) : undefined
    fake.requests.push({ method: request.method, url: new URL(request.url), body, headers: request.headers })
    return body
  }
  fake.handlers = [
    http.get('*/api/tasks', async ({ request }) => {
      await record(request)
      const page = Number(new URL(request.url).searchParams.get('page') ?? 1)
      const { pages = 1, total = fake.tasks.length } = fake.paging
      return HttpResponse.json(makeTaskPage(fake.tasks, { page, pages, total }))
    }),
    http.get('*/api/tasks/:id', async ({ request, params }) => {
      await record(request)
      const task = find(params.id)
      return task ? HttpResponse.json(task) : notFound()
    }),
    http.patch('*/api/tasks/:id', async ({ request, params }) => {
      const body = await record(request)
      const task = find(params.id)
      if (!task) return notFound()
      Object.assign(task, body, { version: task.version + 1 })
      return HttpResponse.json(task)
    }),
    http.delete('*/api/tasks/:id', async ({ request, params }) => {
      await record(request)
      fake.tasks = fake.tasks.filter((task) => task.id !== Number(params.id))
      return new HttpResponse(null, { status: 204 })
    }),
    http.post('*/api/tasks/:id/move', async ({ request, params }) => {
      await record(request)
      const task = find(params.id)
      if (!task) return notFound()
      task.version += 1
      return HttpResponse.json(task)
    }),
  ]
  return fake
}

export type FakeTasksApi = ReturnType<typeof fakeTasksApi>
