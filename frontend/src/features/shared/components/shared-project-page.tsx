import { useId, useState } from 'react'

import { ColorDot } from '@/components/color-dot'
import { Spinner } from '@/components/spinner'
import { LoadError } from '@/components/load-error'
import { isApiError } from '@/lib/api/problem'
import { useDocumentTitle } from '@/lib/use-document-title'
import { browserTimeZone } from '@/lib/zoned-time'

import { useSharedProject, type SharedProject } from '../api/get-shared-project'
import { useSharedTasks, type SharedTask } from '../api/get-shared-tasks'
import { SharedTaskList } from './shared-task-list'

/** What a revoked (or mistyped) link shows instead of the project. */
function LinkGone() {
  return (
    <>
      <h1 className="fs-3">This link no longer works</h1>
      <p>
        The project it pointed to is no longer shared through it: the link was revoked, or the project was deleted.
        Ask whoever gave it to you for a new one.
      </p>
    </>
  )
}

function SectionedTasks({ project, tasks, timeZone }: { project: SharedProject; tasks: readonly SharedTask[]; timeZone: string }) {
  const id = useId()
  const groups = [
    { key: 'none', name: 'No section', tasks: tasks.filter((task) => task.section_id === null) },
    ...project.sections.map((section) => ({
      key: String(section.id),
      name: section.name,
      tasks: tasks.filter((task) => task.section_id === section.id),
    })),
  ].filter((group) => group.tasks.length > 0 || group.key !== 'none')
  return (
    <div className="d-grid gap-4">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`${id}-${group.key}`}>
          <h2 id={`${id}-${group.key}`} className="fs-5">
            {group.name}
          </h2>
          {group.tasks.length === 0 ? (
            <p className="small text-body-secondary mb-0">No tasks in this section.</p>
          ) : (
            <SharedTaskList tasks={group.tasks} label={`Tasks in ${group.name}`} timeZone={timeZone} />
          )}
        </section>
      ))}
    </div>
  )
}

/** A project seen through a read-only link: its name, its sections and their tasks; nothing can be changed. */
export function SharedProjectPage({ token }: { token: string }) {
  const timeZone = browserTimeZone()
  const [completed, setCompleted] = useState(false)
  const project = useSharedProject(token)
  const tasks = useSharedTasks(token, completed)
  const toggleId = useId()
  useDocumentTitle(project.data?.name ?? 'Shared project')

  if (project.isPending) return <Spinner label="Loading the shared project…" />
  if (project.isError) {
    if (isApiError(project.error) && project.error.status === 404) return <LinkGone />
    return (
      <LoadError what="the shared project" error={project.error} onRetry={project.refetch} retrying={project.isFetching} />
    )
  }
  const shared = project.data
  const items = tasks.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <h1 className="fs-3 d-flex align-items-center gap-2">
        <ColorDot color={shared.color} className="" />
        <span className="task-title">{shared.name}</span>
      </h1>
      {shared.description && <p className="task-title">{shared.description}</p>}
      <p className="text-body-secondary small">
        A read-only view shared by link: {shared.open} open and {shared.completed} completed{' '}
        {shared.open + shared.completed === 1 ? 'task' : 'tasks'}
        {shared.archived ? '; the project is archived' : ''}.
      </p>
      <div className="form-check form-switch mb-3">
        <input
          id={toggleId}
          className="form-check-input"
          type="checkbox"
          role="switch"
          checked={completed}
          onChange={(event) => setCompleted(event.target.checked)}
        />
        <label className="form-check-label" htmlFor={toggleId}>
          Show completed tasks instead
        </label>
      </div>
      {tasks.isPending ? (
        <Spinner label="Loading the tasks…" />
      ) : tasks.isError ? (
        isApiError(tasks.error) && tasks.error.status === 404 ? (
          <LinkGone />
        ) : (
          <LoadError what="the tasks" error={tasks.error} onRetry={tasks.refetch} retrying={tasks.isFetching} />
        )
      ) : items.length === 0 ? (
        <p className="text-body-secondary">{completed ? 'No completed tasks.' : 'No open tasks.'}</p>
      ) : (
        <SectionedTasks project={shared} tasks={items} timeZone={timeZone} />
      )}
      {tasks.hasNextPage && (
        <button
          type="button"
          className="btn btn-outline-secondary mt-3"
          disabled={tasks.isFetchingNextPage}
          onClick={() => void tasks.fetchNextPage()}
        >
          {tasks.isFetchingNextPage ? 'Loading…' : 'Show more'}
        </button>
      )}
    </>
  )
}
