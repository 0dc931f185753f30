import { lazy, Suspense } from 'react'
import { Link } from 'react-router'

import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'

import { useStats, type Stats } from '../api/get-stats'

// Chart.js loads with the dashboard, not with the app's first page.
const CompletionChart = lazy(() => import('./completion-chart').then((module) => ({ default: module.CompletionChart })))
const PriorityChart = lazy(() => import('./priority-chart').then((module) => ({ default: module.PriorityChart })))

interface Card {
  label: string
  value: string
  hint: string
  tone: string
}

function cards(stats: Stats): Card[] {
  return [
    { label: 'Overdue', value: String(stats.overdue), hint: 'Open tasks past their due date', tone: 'border-danger' },
    { label: 'Due today', value: String(stats.due_today), hint: 'Due before midnight', tone: 'border-warning' },
    { label: 'Pending', value: String(stats.pending), hint: `of ${stats.total} tasks`, tone: 'border-primary' },
    {
      label: 'Completion rate',
      value: `${Math.round(stats.completion_rate * 100)}%`,
      hint: `${stats.completed} done, ${stats.completed_last_7_days} in the last 7 days`,
      tone: 'border-success',
    },
  ]
}

function StatCards({ stats }: { stats: Stats }) {
  return (
    <ul className="row row-cols-2 row-cols-lg-4 g-3 list-unstyled mb-4" aria-label="Summary">
      {cards(stats).map((card) => (
        <li className="col" key={card.label}>
          <div className={`card h-100 border-start border-4 ${card.tone}`}>
            <div className="card-body">
              <h2 className="fs-6 text-body-secondary mb-1">{card.label}</h2>
              <p className="fs-2 fw-semibold mb-0">{card.value}</p>
              <p className="small text-body-secondary mb-0">{card.hint}</p>
            </div>
          </div>
        </li>
      ))}
    </ul>
  )
}

/** The dashboard: counts at a glance, completions over the last 14 days and tasks by priority. */
export function StatsDashboard() {
  const stats = useStats()
  return (
    <>
      <h1 className="fs-3 mb-4">Dashboard</h1>
      {stats.isPending ? (
        <Spinner label="Loading statistics…" />
      ) : stats.isError ? (
        <div className="alert alert-danger" role="alert">
          The statistics could not be loaded: {describeError(stats.error)}{' '}
          <button type="button" className="btn btn-sm btn-outline-danger ms-2" onClick={() => void stats.refetch()}>
            Try again
          </button>
        </div>
      ) : stats.data.total === 0 ? (
        <div className="card">
          <div className="card-body text-center py-5">
            <h2 className="fs-5">No tasks yet</h2>
            <p className="text-body-secondary">Statistics appear here once you have tasks.</p>
            <Link className="btn btn-primary" to="/">
              Add your first task
            </Link>
          </div>
        </div>
      ) : (
        <>
          <StatCards stats={stats.data} />
          <Suspense fallback={<Spinner label="Loading charts…" />}>
            <div className="row g-4">
              <div className="col-12 col-lg-7">
                <CompletionChart days={stats.data.completed_by_day} />
              </div>
              <div className="col-12 col-lg-5">
                <PriorityChart byPriority={stats.data.by_priority} />
              </div>
            </div>
          </Suspense>
        </>
      )}
    </>
  )
}
