import { BarController, BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from 'chart.js'
import { Bar } from 'react-chartjs-2'

import { PRIORITIES } from '@/lib/priorities'
import { useTheme } from '@/lib/theme'

import type { Stats } from '../api/get-stats'
import { ChartFigure } from './chart-figure'
import { chartPalette } from './chart-theme'

ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip)

function priorityRows(byPriority: Stats['by_priority']): { label: string; value: number }[] {
  return PRIORITIES.map((priority) => ({ label: priority.label, value: byPriority[`${priority.value}`] }))
}

/** Tasks by priority as labelled horizontal bars (the labels, not only the colours, tell the levels apart). */
export function PriorityChart({ byPriority }: { byPriority: Stats['by_priority'] }) {
  const { theme } = useTheme()
  const palette = chartPalette(theme)
  const rows = priorityRows(byPriority)
  const summary = `Tasks by priority: ${rows.map((row) => `${row.label} ${row.value}`).join(', ')}.`
  return (
    <ChartFigure
      title="By priority"
      caption="Tasks by priority"
      columns={['Priority', 'Tasks']}
      rows={rows}
      chart={
        <Bar
          aria-label={summary}
          role="img"
          data={{
            labels: rows.map((row) => row.label),
            datasets: [
              {
                label: 'Tasks',
                data: rows.map((row) => row.value),
                backgroundColor: [...palette.priorities],
                borderRadius: 3,
              },
            ],
          }}
          options={{
            indexAxis: 'y',
            responsive: true,
            animation: false,
            color: palette.text,
            scales: {
              x: { beginAtZero: true, ticks: { color: palette.text, precision: 0 }, grid: { color: palette.grid } },
              y: { ticks: { color: palette.text }, grid: { display: false } },
            },
          }}
        />
      }
    />
  )
}
