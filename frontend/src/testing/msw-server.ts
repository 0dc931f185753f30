/**
 * The one msw server for component tests. Start it in a test file with `setupMswServer()` at the top level (or the three
 * hooks by hand: `beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))`, `afterEach(() => server.resetHandlers())`,
 * `afterAll(() => server.close())`) and answer calls with `server.use(http.get('*\/api/tasks', ...))`.
 * Handlers match `*\/api/...`: the api client builds URLs on window.location.origin (http://localhost:3000 under jsdom).
 *
 * Three reads every task view makes are answered by default (a test overrides them with `server.use`): the user's
 * projects (just the Inbox, id 1), a project's sections (none) and its members (none listed: the task editor's
 * assignee picker then offers only the user).
 */
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'

import { makeInbox } from './project-factory'

export const defaultHandlers = [
  http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox()] })),
  http.get('*/api/projects/:id/sections', () => HttpResponse.json({ items: [] })),
  http.get('*/api/projects/:id/members', () => HttpResponse.json({ items: [] })),
  http.get('*/api/projects/:id/people', () => HttpResponse.json({ items: [] })),
]

export const server = setupServer(...defaultHandlers)

/** Registers the listen/reset/close hooks of `server` for the current test file; unhandled requests fail the test. */
export function setupMswServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}
