import type { Stats } from '../api/get-stats'
import { CompletionChart } from './completion-chart'
import { PriorityChart } from './priority-chart'

/** Both charts side by side (stacked on phones): the dashboard loads this module, and Chart.js with it, lazily. */
export function DashboardCharts({ stats }: { stats: Stats }) {
  return (
    <div className="row g-4">
      <div className="col-12 col-lg-7">
        <CompletionChart days={stats.completed_by_day} />
      </div>
      <div className="col-12 col-lg-5">
        <PriorityChart byPriority={stats.by_priority} />
      </div>
    </div>
  )
}
