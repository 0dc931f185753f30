import { useCallback, type ReactNode } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { toast } from 'react-toastify/unstyled'

import { Spinner } from '@/components/spinner'
import { useProjectRemoved, type ProjectRemoval } from '@/features/live/project-removals'
import { ProjectHeader } from '@/features/projects/components/project-header'
import { ProjectTrashedMessage } from '@/features/projects/components/project-trashed-message'
import { ProjectBoard } from '@/features/tasks/components/project-board'
import { TasksPage } from '@/features/tasks/components/tasks-page'
import { ProjectTeams } from '@/features/teams/components/project-teams'
import { describeError } from '@/lib/api/problem'
import { useCurrentUser } from '@/lib/auth/current-user'
import { canEditTasks, hasRole, useProjects, type Project } from '@/lib/projects/projects-query'
import { useDocumentTitle } from '@/lib/use-document-title'

import { useProjectView } from './project-view'

/** What the page says when the project is not (or no longer) the user's to see. */
function ProjectUnavailable() {
  return (
    <>
      <h1 className="fs-3">This project is not available</h1>
      <p>
        It was deleted, or it is no longer shared with you. <Link to="/inbox">Go to your Inbox</Link>
      </p>
    </>
  )
}

// The caller's own delete says the same as its page's own toast (with Undo), whichever arrives first.
function removalMessage(removal: ProjectRemoval, project: Project, meId: number | undefined): ReactNode {
  const name = `“${removal.name ?? project.name}”`
  if (removal.actorId !== null && removal.actorId === meId) {
    return removal.action === 'deleted' ? <ProjectTrashedMessage project={project} /> : `You left ${name}.`
  }
  return removal.action === 'deleted'
    ? `${name} was moved to the trash by someone else.`
    : `You no longer have access to ${name}.`
}

function ProjectPage({ project }: { project: Project }) {
  const navigate = useNavigate()
  const meId = useCurrentUser().data?.id
  const [view, setView] = useProjectView(project.id)
  useDocumentTitle(project.name)

  // One toast per project leaving, however it is learnt (this tab's own delete or leave, or the event stream).
  const leave = useCallback(
    (message: ReactNode, warn: boolean) => {
      const options = { toastId: `project-gone-${project.id}` }
      if (warn) toast.warning(message, options)
      else toast.info(message, options)
      void navigate('/inbox', { replace: true })
    },
    [navigate, project.id],
  )
  useProjectRemoved(project.id, (removal) => leave(removalMessage(removal, project, meId), removal.actorId !== meId))

  const canEdit = canEditTasks(project)
  const admin = hasRole(project.role, 'admin')
  return (
    <>
      <ProjectHeader
        project={project}
        view={view}
        onViewChange={setView}
        teamsSection={<ProjectTeams projectId={project.id} canManage={admin} />}
        onGone={(message) => leave(message, false)}
      />
      {view === 'board' ? (
        <ProjectBoard projectId={project.id} canEdit={canEdit} canManage={admin && !project.archived} />
      ) : (
        <TasksPage project={{ id: project.id, canEdit }} />
      )}
    </>
  )
}

/** A project's page, once the user's projects are in: the project, or why it cannot be shown. */
export function ProjectScreen({ find }: { find: (projects: Project[]) => Project | undefined }) {
  const projects = useProjects()
  if (projects.isPending) return <Spinner label="Loading the project…" />
  if (projects.isError) {
    return (
      <div className="alert alert-danger" role="alert">
        Could not load the project: {describeError(projects.error)}{' '}
        <button type="button" className="btn btn-link p-0 align-baseline" onClick={() => void projects.refetch()}>
          Try again
        </button>
      </div>
    )
  }
  const project = find(projects.data)
  if (!project) return <ProjectUnavailable />
  // A page per project: its view and its dialogs start afresh.
  return <ProjectPage key={project.id} project={project} />
}

export function ProjectRoute() {
  const id = Number(useParams().projectId)
  return <ProjectScreen find={(projects) => projects.find((project) => project.id === id)} />
}

export function InboxRoute() {
  return <ProjectScreen find={(projects) => projects.find((project) => project.inbox)} />
}
