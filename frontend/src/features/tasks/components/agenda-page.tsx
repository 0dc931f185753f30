import { useCallback, useId, useMemo, useState } from 'react'

import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { useTimeZone } from '@/lib/auth/current-user'
import { useOnline } from '@/lib/online'
import { useShortcut } from '@/lib/shortcuts'

import { usePendingDeletes } from '../api/delete-task'
import { useTasks, type Task } from '../api/get-tasks'
import { useOpenTask } from '../hooks/use-open-task'
import { AGENDA_LIMIT, dayLabel, dayOf, daysFrom, groupByDay, todayParams, UPCOMING_DAYS, upcomingParams } from '../utils/agenda'
import { useNow } from '../utils/use-now'
import { QuickAdd } from './quick-add'
import { TaskEditor } from './task-editor'
import { TaskList } from './task-list'
import { useTaskActions } from './use-task-actions'

export type AgendaView = 'today' | 'upcoming'

const NONE: ReadonlySet<number> = new Set()

interface AgendaPageProps {
  view: AgendaView
  /** How long a delete can be undone before it is sent. */
  undoDelayMs?: number
}

interface Group {
  key: string
  title: string
  tasks: Task[]
  /** Shown when the group has no task. */
  empty: string | null
}

/** Today: what is overdue, then what is due today. Upcoming: each of the next seven days, empty ones too. */
function groupsOf(view: AgendaView, tasks: readonly Task[], today: string, timeZone: string): Group[] {
  const byDay = groupByDay(tasks, timeZone)
  if (view === 'today') {
    const overdue = [...byDay.entries()].filter(([day]) => day < today).flatMap(([, dayTasks]) => dayTasks)
    return [
      ...(overdue.length > 0 ? [{ key: 'overdue', title: 'Overdue', tasks: overdue, empty: null }] : []),
      { key: today, title: dayLabel(today, today), tasks: byDay.get(today) ?? [], empty: 'Nothing else is due today.' },
    ]
  }
  return daysFrom(today, UPCOMING_DAYS).map((day) => ({
    key: day,
    title: dayLabel(day, today),
    tasks: byDay.get(day) ?? [],
    empty: 'Nothing due.',
  }))
}

/** Today and Upcoming: open tasks of every project by the day they are due, in the user's zone. */
export function AgendaPage({ view, undoDelayMs = 5000 }: AgendaPageProps) {
  const timeZone = useTimeZone()
  const online = useOnline()
  const now = useNow()
  const today = dayOf(now, timeZone)
  const params = useMemo(
    () => (view === 'today' ? todayParams(today, timeZone) : upcomingParams(today, timeZone)),
    [view, today, timeZone],
  )
  const tasks = useTasks(params)
  const hidden = usePendingDeletes()
  const actions = useTaskActions({ undoDelayMs })
  const headingId = useId()
  // The full editor for a new task; an existing task opens at its own address (over this page).
  const [creating, setCreating] = useState(false)
  const openTask = useOpenTask()
  useShortcut('new-task', useCallback(() => setCreating(true), []))

  const visible = (tasks.data?.items ?? []).filter((task) => !hidden.has(task.id))
  const groups = groupsOf(view, visible, today, timeZone)

  return (
    <div>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <h1 id={headingId} className="fs-3 mb-0 me-auto">
          {view === 'today' ? 'Today' : 'Upcoming'}
        </h1>
        <button type="button" className="btn btn-primary" disabled={!online} onClick={() => setCreating(true)}>
          New task <kbd className="d-none d-sm-inline">n</kbd>
        </button>
      </div>
      <QuickAdd dueToday={view === 'today' ? { timeZone } : undefined} />
      {tasks.isPending ? (
        <Spinner label="Loading tasks…" />
      ) : tasks.isError ? (
        <LoadError what="the tasks" error={tasks.error} onRetry={tasks.refetch} retrying={tasks.isFetching} />
      ) : (
        <div className={`d-grid gap-4${tasks.isPlaceholderData ? ' opacity-50' : ''}`}>
          {tasks.data.total > AGENDA_LIMIT && (
            <p className="small text-body-secondary mb-0">
              The first {AGENDA_LIMIT} of {tasks.data.total} tasks are shown, soonest first.
            </p>
          )}
          {groups.map((group) => (
            <section key={group.key} aria-labelledby={`${headingId}-${group.key}`}>
              <h2 id={`${headingId}-${group.key}`} className={`fs-6 fw-semibold border-bottom pb-1${group.key === 'overdue' ? ' text-danger-emphasis' : ''}`}>
                {group.title}
                <span className="visually-hidden">{`, ${group.tasks.length} ${group.tasks.length === 1 ? 'task' : 'tasks'}`}</span>
              </h2>
              {group.tasks.length === 0 ? (
                group.empty && <p className="small text-body-secondary mb-0">{group.empty}</p>
              ) : (
                <TaskList
                  tasks={group.tasks}
                  timeZone={timeZone}
                  now={now}
                  selected={NONE}
                  selectable={false}
                  busy={actions.busy}
                  onSelect={() => undefined}
                  onToggleComplete={actions.toggleComplete}
                  onOpen={(task) => openTask(task.id)}
                  onDelete={(task) => actions.deleteTasks([task])}
                  showProject
                />
              )}
            </section>
          ))}
        </div>
      )}
      <TaskEditor
        open={creating}
        taskId={null}
        defaults={view === 'today' ? { dueDate: today } : undefined}
        onClose={() => setCreating(false)}
      />
    </div>
  )
}
