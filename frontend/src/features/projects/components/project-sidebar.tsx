import { useState, type ReactNode } from 'react'
import { NavLink, useNavigate } from 'react-router'
import { toast } from 'react-toastify/unstyled'

import { AssignedIcon, InboxIcon, PlusIcon, TodayIcon, TrashIcon, UpcomingIcon } from '@/components/icons'
import { LoadError } from '@/components/load-error'
import { describeError } from '@/lib/api/problem'
import { useCurrentUser } from '@/lib/auth/current-user'
import { projectPath } from '@/lib/projects/projects-query'

import { useCreateProject } from '../api/create-project'
import { useProjects, type Project } from '../api/get-projects'
import { useMoveProject, type MoveProjectInput } from '../api/move-project'
import { ProjectFormDialog } from './project-form-dialog'
import { ProjectLink } from './project-link'
import { SortableProjectList } from './sortable-project-list'

/** Favourites first, each part in the caller's own order (the order the API lists them in). */
const favouritesFirst = (projects: readonly Project[]) => [
  ...projects.filter((project) => project.favorite),
  ...projects.filter((project) => !project.favorite),
]

function ViewLink({ to, children, onNavigate }: { to: string; children: ReactNode; onNavigate?: () => void }) {
  return (
    <li>
      <NavLink
        to={to}
        end
        className={({ isActive }) => `nav-link sidebar-link d-flex align-items-center gap-2 px-2 py-1 rounded${isActive ? ' active' : ''}`}
        onClick={onNavigate}
      >
        {children}
      </NavLink>
    </li>
  )
}

function Group({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <div className="mt-3">
      <div className="d-flex align-items-center justify-content-between px-2 mb-1">
        <h2 className="sidebar-heading mb-0">{title}</h2>
        {action}
      </div>
      {children}
    </div>
  )
}

/**
 * The sidebar: Inbox, Today, Upcoming and Assigned to me; the caller's projects and the ones shared with them
 * (favourites first, reordered by dragging), archived ones folded away; a new project from here.
 */
export function ProjectSidebar({ onNavigate }: { onNavigate?: () => void }) {
  const projects = useProjects()
  const meId = useCurrentUser().data?.id
  const move = useMoveProject()
  const create = useCreateProject()
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)

  const all = projects.data ?? []
  const inbox = all.find((project) => project.inbox)
  const active = all.filter((project) => !project.inbox && !project.archived)
  const mine = favouritesFirst(active.filter((project) => project.owner_id === meId))
  const shared = favouritesFirst(active.filter((project) => project.owner_id !== meId))
  const archived = all.filter((project) => project.archived)

  const onMove = (input: MoveProjectInput) =>
    move.mutate(input, { onError: (error) => toast.error(`The project could not be moved: ${describeError(error)}`) })

  return (
    <nav aria-label="Projects and views" className="sidebar small">
      <ul className="list-unstyled mb-0">
        <ViewLink to="/inbox" onNavigate={onNavigate}>
          <InboxIcon />
          <span>
            Inbox
            {inbox && <span className="visually-hidden">{`, ${inbox.counts.open} open`}</span>}
          </span>
          {inbox && inbox.counts.open > 0 && (
            <span className="ms-auto text-body-secondary" aria-hidden="true">
              {inbox.counts.open}
            </span>
          )}
        </ViewLink>
        <ViewLink to="/today" onNavigate={onNavigate}>
          <TodayIcon />
          <span>Today</span>
        </ViewLink>
        <ViewLink to="/upcoming" onNavigate={onNavigate}>
          <UpcomingIcon />
          <span>Upcoming</span>
        </ViewLink>
        <ViewLink to="/calendar" onNavigate={onNavigate}><UpcomingIcon /><span>Calendar</span></ViewLink>
        <ViewLink to="/assigned" onNavigate={onNavigate}>
          <AssignedIcon />
          <span>Assigned to me</span>
        </ViewLink>
        <ViewLink to="/trash" onNavigate={onNavigate}>
          <TrashIcon />
          <span>Trash</span>
        </ViewLink>
      </ul>
      {projects.isError && (
        <div className="mt-3">
          <LoadError what="your projects" error={projects.error} onRetry={projects.refetch} retrying={projects.isFetching} compact />
        </div>
      )}
      <Group
        title="My projects"
        action={
          <button
            type="button"
            className="btn btn-sm btn-link link-secondary p-0 px-1"
            aria-label="Add project"
            title="Add project"
            onClick={() => setCreating(true)}
          >
            <PlusIcon />
          </button>
        }
      >
        {projects.isSuccess && mine.length === 0 && <p className="text-body-secondary px-2 mb-0">No projects yet.</p>}
        <SortableProjectList projects={mine} label="My projects" onMove={onMove} onNavigate={onNavigate} />
      </Group>
      {shared.length > 0 && (
        <Group title="Shared with me">
          <SortableProjectList projects={shared} label="Shared with me" onMove={onMove} onNavigate={onNavigate} />
        </Group>
      )}
      {archived.length > 0 && (
        <details className="mt-3 px-2">
          <summary className="text-body-secondary">Archived ({archived.length})</summary>
          <ul className="list-unstyled mb-0 mt-1" aria-label="Archived projects">
            {archived.map((project) => (
              <li key={project.id} className="d-flex">
                <ProjectLink project={project} onNavigate={onNavigate} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <ProjectFormDialog
        open={creating}
        busy={create.isPending}
        onClose={() => setCreating(false)}
        onSubmit={async (values) => {
          const project = await create.mutateAsync({
            name: values.name,
            color: values.color,
            description: values.description || null,
            favorite: values.favorite,
          })
          toast.success(`Project “${project.name}” created`)
          onNavigate?.()
          void navigate(projectPath(project))
        }}
      />
    </nav>
  )
}
