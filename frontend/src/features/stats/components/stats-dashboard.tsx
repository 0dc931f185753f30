import { lazy, Suspense, useState } from 'react'
import { Link } from 'react-router'

import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'

import { useStats, type Stats } from '../api/get-stats'
import { ChartErrorBoundary } from './chart-error-boundary'

// Chart.js loads with the dashboard, not with the app's first page. A lazy component keeps a failed import
// for good: a retry needs a new one (shared, so a later visit does not load them again).
const lazyCharts = () => lazy(() => import('./dashboard-charts').then((module) => ({ default: module.DashboardCharts })))
let latestCharts = lazyCharts()

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

function Charts({ stats }: { stats: Stats }) {
  const [charts, setCharts] = useState(() => ({ Lazy: latestCharts }))
  const retry = () => {
    latestCharts = lazyCharts()
    setCharts({ Lazy: latestCharts })
  }
  return (
    <ChartErrorBoundary onRetry={retry}>
      <Suspense fallback={<Spinner label="Loading charts…" />}>
        <charts.Lazy stats={stats} />
      </Suspense>
    </ChartErrorBoundary>
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
          <Charts stats={stats.data} />
        </>
      )}
    </>
  )
}
