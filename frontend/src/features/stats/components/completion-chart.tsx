import { BarController, BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from 'chart.js'
import { format, parseISO } from 'date-fns'
import { Bar } from 'react-chartjs-2'

import { useTheme } from '@/lib/theme'

import type { Stats } from '../api/get-stats'
import { ChartFigure } from './chart-figure'
import { chartPalette } from './chart-theme'

// Only what these charts draw, so the bundle carries no other controllers.
ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip)

type Day = Stats['completed_by_day'][number]

/** "Mon 24 Nov" for a calendar date ("2025-11-24"): the API already counted it in the user's zone. */
const dayName = (date: string) => format(parseISO(date), 'EEE d MMM')

function summariseCompletions(days: Day[]): string {
  const total = days.reduce((sum, day) => sum + day.completed, 0)
  const span = `over the last ${days.length} days`
  if (total === 0) return `Tasks completed per day ${span}: none.`
  const best = days.reduce((top, day) => (day.completed > top.completed ? day : top))
  const today = days.at(-1)
  return (
    `Tasks completed per day ${span}: ${total} in total, most on ${dayName(best.date)} (${best.completed})` +
    (today ? `, ${today.completed} today.` : '.')
  )
}

/** Completed tasks on each of the last 14 days, as bars. */
export function CompletionChart({ days }: { days: Day[] }) {
  const { theme } = useTheme()
  const palette = chartPalette(theme)
  return (
    <ChartFigure
      title="Completed per day"
      caption="Tasks completed per day, oldest first"
      columns={['Day', 'Completed']}
      rows={days.map((day) => ({ label: dayName(day.date), value: day.completed }))}
      chart={
        <Bar
          aria-label={summariseCompletions(days)}
          role="img"
          data={{
            labels: days.map((day) => format(parseISO(day.date), 'd MMM')),
            datasets: [
              { label: 'Completed', data: days.map((day) => day.completed), backgroundColor: palette.bar, borderRadius: 3 },
            ],
          }}
          options={{
            responsive: true,
            animation: false,
            color: palette.text,
            plugins: { tooltip: { enabled: true } },
            scales: {
              x: { ticks: { color: palette.text }, grid: { display: false } },
              y: { beginAtZero: true, ticks: { color: palette.text, precision: 0 }, grid: { color: palette.grid } },
            },
          }}
        />
      }
    />
  )
}
