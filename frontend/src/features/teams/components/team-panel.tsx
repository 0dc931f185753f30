import { useRef, useState, type SyntheticEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { failureMessage } from '@/lib/api/field-messages'
import { formErrors } from '@/lib/api/form-errors'
import { describeError } from '@/lib/api/problem'

import { useDeleteTeam } from '../api/delete-team'
import { useTeam, type TeamDetail } from '../api/get-team'
import { useRemoveTeamMember } from '../api/remove-team-member'
import { useUpdateTeam } from '../api/update-team'
import { TeamMembers } from './team-members'

function RenameForm({ team }: { team: TeamDetail }) {
  const update = useUpdateTeam()
  const [name, setName] = useState(team.name)
  const [error, setError] = useState<string | undefined>()
  const [alert, setAlert] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusInvalid(formRef, update.error ?? error)

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (!name.trim()) {
      setError(failureMessage('team', 'name', { kind: 'blank' }))
      return
    }
    setError(undefined)
    setAlert(null)
    update.mutate(
      { team, body: { name } },
      {
        onSuccess: (saved) => toast.success(`Renamed to ${saved.name}`),
        onError: (failure) => {
          const errors = formErrors(failure, 'team', ['name'])
          setError(errors.fields.name)
          setAlert(errors.alert)
        },
      },
    )
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit}>
      <FormAlert message={alert} />
      <div className="d-flex flex-wrap align-items-end gap-2">
        <TextField
          className="flex-grow-1"
          label="Team name"
          value={name}
          maxLength={100}
          error={error}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="btn btn-outline-primary" disabled={update.isPending || name === team.name}>
          Rename
        </button>
      </div>
    </form>
  )
}

/** One team opened in Settings: rename it, its members, leave it, delete it (what the caller's team role allows). */
export function TeamPanel({ teamId, meId }: { teamId: number; meId: number | undefined }) {
  const team = useTeam(teamId)
  const remove = useRemoveTeamMember()
  const destroy = useDeleteTeam()
  const [confirming, setConfirming] = useState<'leave' | 'delete' | null>(null)

  if (team.isPending) return <Spinner label="Loading the team…" />
  if (team.isError) {
    return <LoadError what="the team" error={team.error} onRetry={team.refetch} retrying={team.isFetching} compact />
  }
  const detail = team.data
  const admin = detail.role === 'admin'

  const done = (message: string) => () => {
    setConfirming(null)
    toast.success(message)
  }
  const fail = (error: unknown) => {
    setConfirming(null)
    toast.error(describeError(error))
  }

  return (
    <div className="d-grid gap-3 pt-2">
      {admin && <RenameForm key={detail.version} team={detail} />}
      <TeamMembers team={detail} meId={meId} />
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-sm btn-outline-danger" onClick={() => setConfirming('leave')}>
          Leave team
        </button>
        {admin && (
          <button type="button" className="btn btn-sm btn-danger" onClick={() => setConfirming('delete')}>
            Delete team
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'delete' ? `Delete the team ${detail.name}?` : `Leave the team ${detail.name}?`}
        confirmLabel={confirming === 'delete' ? 'Delete team' : 'Leave team'}
        danger
        busy={remove.isPending || destroy.isPending}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming === 'delete') {
            destroy.mutate(detail.id, { onSuccess: done(`Deleted the team ${detail.name}`), onError: fail })
          } else if (meId !== undefined) {
            remove.mutate({ teamId: detail.id, userId: meId }, { onSuccess: done(`You left ${detail.name}`), onError: fail })
          }
        }}
      >
        <p className="mb-0">
          {confirming === 'delete'
            ? 'Its members lose the projects shared with the team (unless shared with them otherwise).'
            : 'You lose the projects shared with the team (unless shared with you otherwise).'}
        </p>
      </ConfirmDialog>
    </div>
  )
}
