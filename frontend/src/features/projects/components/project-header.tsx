import { useState, type ReactNode } from 'react'
import { toast } from 'react-toastify/unstyled'

import { ColorDot } from '@/components/color-dot'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { DisclosureMenu } from '@/components/disclosure-menu'
import { MoreIcon, StarIcon } from '@/components/icons'
import { describeError } from '@/lib/api/problem'
import { hasRole } from '@/lib/projects/projects-query'

import { useDeleteProject } from '../api/delete-project'
import type { Project } from '../api/get-projects'
import { useUpdateProject, type ProjectUpdate } from '../api/update-project'
import { ProjectFormDialog } from './project-form-dialog'
import { ProjectTrashedMessage } from './project-trashed-message'
import { ShareDialog } from './share-dialog'

export type ProjectView = 'list' | 'board'

interface ProjectHeaderProps {
  project: Project
  view: ProjectView
  onViewChange: (view: ProjectView) => void
  /** The teams the project is shared with, for the share dialog (the teams feature's panel, composed by the app). */
  teamsSection: ReactNode
  /** After the caller deleted or left the project: its page has to go. */
  onGone: (message: ReactNode) => void
}

const ROLE_WORDS: Record<Project['role'], string> = {
  owner: 'Owner',
  admin: 'Admin',
  editor: 'Editor',
  viewer: 'Viewer',
}

function ViewToggle({ view, onChange }: { view: ProjectView; onChange: (view: ProjectView) => void }) {
  return (
    <div className="btn-group" role="group" aria-label="View">
      {(['list', 'board'] as const).map((option) => (
        <button
          key={option}
          type="button"
          className={`btn ${view === option ? 'btn-secondary' : 'btn-outline-secondary'}`}
          aria-pressed={view === option}
          onClick={() => onChange(option)}
        >
          {option === 'list' ? 'List' : 'Board'}
        </button>
      ))}
    </div>
  )
}

/**
 * The project page's heading and what the caller's role lets them do: favourite, the list or board view, share,
 * edit, archive, delete. An archived project says so (and is read-only).
 */
export function ProjectHeader({ project, view, onViewChange, teamsSection, onGone }: ProjectHeaderProps) {
  const update = useUpdateProject()
  const remove = useDeleteProject()
  const [dialog, setDialog] = useState<'share' | 'edit' | 'delete' | null>(null)
  const admin = hasRole(project.role, 'admin') && !project.inbox
  const owner = project.role === 'owner' && !project.inbox

  const change = (body: ProjectUpdate, done?: string) =>
    update.mutate({ project, body }, {
      onSuccess: () => done && toast.success(done),
      onError: (error) => toast.error(describeError(error)),
    })

  const menu = [
    ...(admin ? [{ label: 'Edit project', onSelect: () => setDialog('edit') }] : []),
    ...(admin && !project.archived ? [{ label: 'Archive', onSelect: () => change({ archived: true }, `Archived “${project.name}”`) }] : []),
    ...(admin && project.archived ? [{ label: 'Unarchive', onSelect: () => change({ archived: false }, `Unarchived “${project.name}”`) }] : []),
    ...(owner ? [{ label: 'Delete project', onSelect: () => setDialog('delete'), danger: true }] : []),
  ]

  return (
    <div className="mb-3">
      <div className="d-flex flex-wrap align-items-center gap-2">
        <h1 className="fs-3 mb-0 me-auto d-flex align-items-center gap-2 min-w-0">
          <ColorDot color={project.color} className="" />
          <span className="text-truncate">{project.name}</span>
        </h1>
        <ViewToggle view={view} onChange={onViewChange} />
        {!project.inbox && (
          <button
            type="button"
            className="btn btn-outline-secondary"
            aria-pressed={project.favorite}
            aria-label="Favourite"
            title={project.favorite ? 'Remove from favourites' : 'Add to favourites'}
            onClick={() => change({ favorite: !project.favorite })}
          >
            <StarIcon filled={project.favorite} />
          </button>
        )}
        {!project.inbox && (
          <button type="button" className="btn btn-outline-primary" onClick={() => setDialog('share')}>
            Share{project.member_count > 1 ? ` (${project.member_count})` : ''}
          </button>
        )}
        <DisclosureMenu label="More project actions" items={menu}>
          <MoreIcon />
        </DisclosureMenu>
      </div>
      {(project.role !== 'owner' || project.description) && (
        <p className="text-body-secondary small mb-0 mt-1 task-title">
          {project.role !== 'owner' && <span className="badge text-bg-light border me-2">{ROLE_WORDS[project.role]}</span>}
          {project.description}
        </p>
      )}
      {project.archived && (
        <div className="alert alert-warning d-flex flex-wrap align-items-center gap-2 mt-3 mb-0" role="status">
          <span className="me-auto">This project is archived: it is read-only and left out of your task lists.</span>
          {admin && (
            <button type="button" className="btn btn-sm btn-outline-secondary" onClick={() => change({ archived: false }, `Unarchived “${project.name}”`)}>
              Unarchive
            </button>
          )}
        </div>
      )}
      <ShareDialog
        open={dialog === 'share'}
        project={project}
        teamsSection={teamsSection}
        onClose={() => setDialog(null)}
        onLeft={() => onGone(`You left “${project.name}”.`)}
      />
      <ProjectFormDialog
        open={dialog === 'edit'}
        project={project}
        busy={update.isPending}
        onClose={() => setDialog(null)}
        onSubmit={(values) =>
          update.mutateAsync({
            project,
            body: { name: values.name, color: values.color, description: values.description || null },
          })
        }
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        title={`Delete “${project.name}”?`}
        confirmLabel="Delete project"
        danger
        busy={remove.isPending}
        onCancel={() => setDialog(null)}
        onConfirm={() =>
          // The promise, not mutate's callbacks: the page unmounts as soon as the project leaves the cache, and
          // mutate's callbacks do not run for an unmounted component (the toast with Undo would be lost).
          remove.mutateAsync(project).then(
            () => {
              setDialog(null)
              onGone(<ProjectTrashedMessage project={project} />)
            },
            (error: unknown) => toast.error(describeError(error)),
          )
        }
      >
        <p className="mb-0">
          It goes to the trash with its tasks and sections, for everyone it is shared with. You can restore it from
          the Trash until it is deleted for good.
        </p>
      </ConfirmDialog>
    </div>
  )
}
