import { toast } from 'react-toastify/unstyled'

import { describeError } from '@/lib/api/problem'

import type { Project } from '../api/get-projects'
import { useRestoreProject } from '../api/restore-project'

/** The toast after deleting a project: it went to the trash, and Undo brings it back with its tasks. */
export function ProjectTrashedMessage({ project, closeToast }: { project: Project; closeToast?: () => void }) {
  const restore = useRestoreProject()
  const undo = () =>
    restore.mutate(project.id, {
      onSuccess: () => {
        closeToast?.()
        toast.success(`Restored “${project.name}”.`)
      },
      onError: (error) => toast.error(`Could not restore “${project.name}”. ${describeError(error)}`),
    })
  return (
    <div className="d-flex flex-wrap align-items-center gap-2">
      <span className="me-auto">Moved “{project.name}” to the trash.</span>
      <button type="button" className="btn btn-sm btn-outline-primary" disabled={restore.isPending} onClick={undo}>
        Undo
      </button>
    </div>
  )
}
