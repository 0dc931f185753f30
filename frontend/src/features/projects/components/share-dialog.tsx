import { useState, type ReactNode } from 'react'
import { toast } from 'react-toastify/unstyled'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { Dialog } from '@/components/dialog'
import { describeError } from '@/lib/api/problem'
import { useCurrentUser } from '@/lib/auth/current-user'
import { hasRole } from '@/lib/projects/projects-query'

import type { Project } from '../api/get-projects'
import { useLeaveProject } from '../api/leave-project'
import { ShareInviteForm } from './share-invite-form'
import { ShareLinks } from './share-links'
import { ShareMembers } from './share-members'
import { ShareTransfer } from './share-transfer'

interface ShareDialogProps {
  open: boolean
  project: Project
  /** The teams panel (another feature's), composed by the app. */
  teamsSection: ReactNode
  onClose: () => void
  /** After the caller left the project. */
  onLeft: () => void
}

/**
 * Who has the project and how it is shared, with only what the caller's role allows: admins invite people, change
 * and remove them, share with teams and make read-only links; the owner hands the project over; others may leave.
 */
export function ShareDialog({ open, project, teamsSection, onClose, onLeft }: ShareDialogProps) {
  return (
    <Dialog open={open} title={`Share “${project.name}”`} onClose={onClose} size="lg">
      {open && <ShareBody project={project} teamsSection={teamsSection} onLeft={onLeft} />}
    </Dialog>
  )
}

function ShareBody({ project, teamsSection, onLeft }: Pick<ShareDialogProps, 'project' | 'teamsSection' | 'onLeft'>) {
  const meId = useCurrentUser().data?.id
  const leave = useLeaveProject()
  const [confirmLeave, setConfirmLeave] = useState(false)
  const admin = hasRole(project.role, 'admin')

  return (
    <div className="d-grid gap-4">
      {admin && <ShareInviteForm projectId={project.id} />}
      <ShareMembers project={project} meId={meId} />
      {teamsSection}
      {admin && <ShareLinks projectId={project.id} />}
      {project.role === 'owner' && <ShareTransfer project={project} meId={meId} />}
      {project.role !== 'owner' && (
        <section aria-labelledby={`leave-${project.id}`}>
          <h3 id={`leave-${project.id}`} className="fs-6">
            Leave the project
          </h3>
          <p className="small text-body-secondary">You lose access to its tasks until someone shares it with you again.</p>
          <button type="button" className="btn btn-outline-danger" onClick={() => setConfirmLeave(true)}>
            Leave project
          </button>
        </section>
      )}
      <ConfirmDialog
        open={confirmLeave}
        title={`Leave “${project.name}”?`}
        confirmLabel="Leave"
        danger
        busy={leave.isPending}
        onCancel={() => setConfirmLeave(false)}
        onConfirm={() =>
          leave.mutate(project.id, {
            onSuccess: () => {
              setConfirmLeave(false)
              onLeft()
            },
            onError: (error) => toast.error(describeError(error)),
          })
        }
      >
        <p className="mb-0">Its tasks leave your lists. A team you are in may still give you access.</p>
      </ConfirmDialog>
    </div>
  )
}
