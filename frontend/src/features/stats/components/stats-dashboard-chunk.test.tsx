/** In a file of its own: the charts' module must not be loaded by an earlier test when the first import fails. */
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { ComponentProps } from 'react'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { StatsDashboard } from './stats-dashboard'

vi.mock('react-chartjs-2', () => ({
  Bar: (props: ComponentProps<'canvas'>) => <canvas role={props.role} aria-label={props['aria-label']} />,
}))

// The charts' chunk fails to load the first time, the way it does after a deploy or on a lost connection.
const chunk = vi.hoisted(() => ({ failures: 1 }))
vi.mock('./dashboard-charts', async (importOriginal) => {
  if (chunk.failures > 0) {
    chunk.failures -= 1
    throw new TypeError('Failed to fetch dynamically imported module')
  }
  return importOriginal()
})

setupMswServer()

beforeEach(() => {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }))
})
afterEach(() => vi.unstubAllGlobals())

const stats: Schemas['StatsOut'] = {
  total: 20,
  completed: 7,
  pending: 13,
  overdue: 3,
  due_today: 4,
  completion_rate: 0.35,
  by_priority: { 1: 6, 2: 8, 3: 4, 4: 2 },
  completed_last_7_days: 2,
  completed_by_day: [{ date: '2025-11-24', completed: 2 }],
}

it('keeps a chart chunk that fails to load inside the dashboard, with a Retry', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined) // React reports the error it caught
  server.use(http.get('*/api/stats', () => HttpResponse.json(stats)))
  renderWithProviders(<StatsDashboard />)

  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('The charts could not be loaded.')
  expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument()
  expect(within(screen.getByRole('list', { name: 'Summary' })).getByRole('heading', { name: 'Overdue' })).toBeInTheDocument()

  await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
  expect(await screen.findByRole('img', { name: 'Tasks by priority: Low 6, Medium 8, High 4, Urgent 2.' })).toBeInTheDocument()
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})
