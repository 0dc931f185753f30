import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import type { ComponentProps } from 'react'

import type { Schemas } from '@/lib/api/client'
import { server, setupMswServer } from '@/testing/msw-server'
import { renderWithProviders } from '@/testing/render-with-providers'

import { StatsDashboard } from './stats-dashboard'

// jsdom has no canvas: stand in for the chart with the canvas attributes the real one renders.
vi.mock('react-chartjs-2', () => ({
  Bar: (props: ComponentProps<'canvas'>) => <canvas role={props.role} aria-label={props['aria-label']} />,
}))

setupMswServer()

beforeEach(() => {
  // jsdom has no matchMedia; the theme asks it for the system's light or dark.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }))
})
afterEach(() => vi.unstubAllGlobals())

const days = Array.from({ length: 14 }, (_, index) => ({
  date: `2025-11-${String(index + 10).padStart(2, '0')}`,
  completed: index === 13 ? 2 : index === 5 ? 5 : 0,
}))

const stats: Schemas['StatsOut'] = {
  total: 20,
  completed: 7,
  pending: 13,
  overdue: 3,
  due_today: 4,
  completion_rate: 0.35,
  by_priority: { 1: 6, 2: 8, 3: 4, 4: 2 },
  completed_last_7_days: 2,
  completed_by_day: days,
}

describe('StatsDashboard', () => {
  it('shows the stat cards, labelled charts and their data tables', async () => {
    server.use(http.get('*/api/stats', () => HttpResponse.json(stats)))
    renderWithProviders(<StatsDashboard />)

    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument()
    const summary = await screen.findByRole('list', { name: 'Summary' })
    const card = (name: string) => within(summary).getByRole('heading', { name }).closest('li')
    expect(card('Overdue')).toHaveTextContent('3')
    expect(card('Due today')).toHaveTextContent('4')
    expect(card('Pending')).toHaveTextContent('13')
    expect(card('Completion rate')).toHaveTextContent('35%')

    expect(await screen.findByRole('img', { name: /completed per day over the last 14 days: 7 in total, most on Sat 15 Nov \(5\), 2 today/i })).toBeInTheDocument()
    expect(await screen.findByRole('img', { name: 'Tasks by priority: Low 6, Medium 8, High 4, Urgent 2.' })).toBeInTheDocument()

    const priorities = screen.getByRole('table', { name: 'Tasks by priority' })
    expect(within(priorities).getByRole('row', { name: 'Urgent 2' })).toBeInTheDocument()
    const perDay = screen.getByRole('table', { name: /tasks completed per day/i })
    expect(within(perDay).getAllByRole('row')).toHaveLength(15)
    expect(within(perDay).getByRole('row', { name: 'Sun 23 Nov 2' })).toBeInTheDocument()
  })

  it('toggles the data table into view', async () => {
    server.use(http.get('*/api/stats', () => HttpResponse.json(stats)))
    renderWithProviders(<StatsDashboard />)
    const [toggle] = await screen.findAllByRole('button', { name: 'Show data as table' })
    await userEvent.click(toggle as HTMLElement)
    expect(screen.getByRole('button', { name: 'Hide data table' })).toHaveAttribute('aria-expanded', 'true')
  })

  it('shows an empty state when there are no tasks', async () => {
    server.use(
      http.get('*/api/stats', () =>
        HttpResponse.json({ ...stats, total: 0, completed: 0, pending: 0, overdue: 0, due_today: 0, completion_rate: 0 }),
      ),
    )
    renderWithProviders(<StatsDashboard />)
    expect(await screen.findByRole('heading', { name: 'No tasks yet' })).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })
})
