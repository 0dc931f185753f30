import { useId, useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { describeError } from '@/lib/api/problem'

import type { Project } from '../api/get-projects'
import { useMembers } from '../api/get-members'
import { useTransferProject } from '../api/transfer-project'

/** Hands the project to another direct member (the owner only; they stay on as an admin). */
export function ShareTransfer({ project, meId }: { project: Project; meId: number | undefined }) {
  const id = useId()
  const members = useMembers(project.id)
  const transfer = useTransferProject()
  const [userId, setUserId] = useState('')
  const [confirming, setConfirming] = useState(false)
  const others = (members.data ?? []).filter((member) => member.user.id !== meId)
  const chosen = others.find((member) => String(member.user.id) === userId)

  if (others.length === 0) return null
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="fs-6">
        Transfer ownership
      </h3>
      <div className="d-flex flex-wrap gap-2">
        <label htmlFor={`${id}-member`} className="visually-hidden">
          New owner
        </label>
        <select
          id={`${id}-member`}
          className="form-select w-auto"
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
        >
          <option value="">Choose a member…</option>
          {others.map((member) => (
            <option key={member.user.id} value={member.user.id}>
              {member.user.username}
            </option>
          ))}
        </select>
        <button type="button" className="btn btn-outline-danger" disabled={!chosen} onClick={() => setConfirming(true)}>
          Transfer
        </button>
      </div>
      <ConfirmDialog
        open={confirming && chosen !== undefined}
        title={`Make ${chosen?.user.username ?? ''} the owner?`}
        confirmLabel="Transfer ownership"
        danger
        busy={transfer.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          if (!chosen) return
          transfer.mutate(
            { projectId: project.id, userId: chosen.user.id },
            {
              onSuccess: () => {
                setConfirming(false)
                setUserId('')
                toast.success(`${chosen.user.username} owns “${project.name}” now; you are an admin.`)
              },
              onError: (error) => toast.error(describeError(error)),
            },
          )
        }}
      >
        <p className="mb-0">You stay on as an admin; only the new owner can delete the project or hand it on.</p>
      </ConfirmDialog>
    </section>
  )
}
