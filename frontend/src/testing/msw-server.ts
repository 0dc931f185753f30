/**
 * The one msw server for component tests. Start it in a test file with `setupMswServer()` at the top level (or the three
 * hooks by hand: `beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))`, `afterEach(() => server.resetHandlers())`,
 * `afterAll(() => server.close())`) and answer calls with `server.use(http.get('*\/api/tasks', ...))`.
 * Handlers match `*\/api/...`: the api client builds URLs on window.location.origin (http://localhost:3000 under jsdom).
 */
import { setupServer } from 'msw/node'

export const server = setupServer()

/** Registers the listen/reset/close hooks of `server` for the current test file; unhandled requests fail the test. */
export function setupMswServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
}
