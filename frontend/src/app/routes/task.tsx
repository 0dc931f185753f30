import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router'

import { Spinner } from '@/components/spinner'
import { useTask } from '@/features/tasks/api/get-task'
import { TaskEditor } from '@/features/tasks/components/task-editor'
import { describeError, isApiError } from '@/lib/api/problem'
import { backgroundOf } from '@/lib/background-location'
import { projectPath, useProjects } from '@/lib/projects/projects-query'
import { useDocumentTitle } from '@/lib/use-document-title'

import { ProjectScreen } from './project'

/** What the page says when the task is not (or no longer) the user's to see. */
function TaskUnavailable() {
  useDocumentTitle('Task not found')
  return (
    <>
      <h1 className="fs-3">This task is not available</h1>
      <p>
        It was deleted, or it is in a project that is not shared with you. <Link to="/">Back to your tasks</Link>
      </p>
    </>
  )
}

/** The task's editor over the list it was opened from (rendered behind by PageOutlet); closing goes back to it. */
function TaskOverList({ taskId }: { taskId: number }) {
  const navigate = useNavigate()
  const [search] = useSearchParams()
  useDocumentTitle('Task')
  return <TaskEditor open taskId={taskId} initialTab={search.get('tab') ?? undefined} onClose={() => void navigate(-1)} />
}

/**
 * The task's project page with the task's editor open over it (a shared link, a reload, a notification); closing
 * the editor stays on the project.
 */
function TaskScreen({ taskId }: { taskId: number }) {
  const navigate = useNavigate()
  const [search] = useSearchParams()
  const task = useTask(taskId)
  const projects = useProjects()
  if (task.isPending) return <Spinner label="Loading the task…" />
  if (task.isError) {
    if (isApiError(task.error) && task.error.status === 404) return <TaskUnavailable />
    return (
      <div className="alert alert-danger" role="alert">
        Could not load the task: {describeError(task.error)}{' '}
        <button type="button" className="btn btn-link p-0 align-baseline" onClick={() => void task.refetch()}>
          Try again
        </button>
      </div>
    )
  }
  const projectId = task.data.project_id
  const project = projects.data?.find((candidate) => candidate.id === projectId)
  const close = () => void navigate(project ? projectPath(project) : '/', { replace: true })
  return (
    <>
      <ProjectScreen find={(all) => all.find((candidate) => candidate.id === projectId)} />
      <TaskEditor open taskId={taskId} initialTab={search.get('tab') ?? undefined} onClose={close} />
    </>
  )
}

/**
 * `/tasks/<id>`: every task's address (lists open their tasks here; notifications and push messages link here).
 * `?tab=comments` opens the task on its comments.
 */
export function TaskRoute() {
  const id = Number(useParams().taskId)
  const overList = backgroundOf(useLocation()) !== null
  if (!Number.isSafeInteger(id) || id < 1) return <TaskUnavailable />
  if (overList) return <TaskOverList key={id} taskId={id} />
  return <TaskScreen key={id} taskId={id} />
}
