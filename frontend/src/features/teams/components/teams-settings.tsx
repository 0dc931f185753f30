import { useId, useRef, useState, type SyntheticEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { failureMessage } from '@/lib/api/field-messages'
import { formErrors } from '@/lib/api/form-errors'
import { useCurrentUser } from '@/lib/auth/current-user'

import { useCreateTeam } from '../api/create-team'
import { useTeams, type Team } from '../api/get-teams'
import { teamRoleLabel } from './team-roles'
import { TeamPanel } from './team-panel'

function CreateTeamForm() {
  const create = useCreateTeam()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [alert, setAlert] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusInvalid(formRef, create.error ?? error)

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (!name.trim()) {
      setError(failureMessage('team', 'name', { kind: 'blank' }))
      return
    }
    setError(undefined)
    setAlert(null)
    create.mutate(
      { name, description: null },
      {
        onSuccess: (team) => {
          setName('')
          toast.success(`Created the team ${team.name}`)
        },
        onError: (failure) => {
          const errors = formErrors(failure, 'team', ['name'])
          setError(errors.fields.name)
          setAlert(errors.alert)
        },
      },
    )
  }

  return (
    <form ref={formRef} className="mb-3" noValidate onSubmit={submit}>
      <FormAlert message={alert} />
      <div className="d-flex flex-wrap align-items-end gap-2">
        <TextField
          className="flex-grow-1"
          label="New team"
          placeholder="Team name"
          value={name}
          maxLength={100}
          error={error}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          Create team
        </button>
      </div>
    </form>
  )
}

function TeamItem({ team, meId }: { team: Team; meId: number | undefined }) {
  const id = useId()
  const [open, setOpen] = useState(false)
  return (
    <li className="list-group-item">
      <div className="d-flex flex-wrap align-items-center gap-2">
        <span className="fw-semibold me-auto text-break">{team.name}</span>
        <span className="small text-body-secondary">
          {team.member_count} {team.member_count === 1 ? 'member' : 'members'} · you are {teamRoleLabel(team.role).toLowerCase()}
        </span>
        <button
          type="button"
          className="btn btn-sm btn-outline-secondary"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          aria-label={`Manage ${team.name}`}
          onClick={() => setOpen((shown) => !shown)}
        >
          Manage
        </button>
      </div>
      <div id={`${id}-panel`} hidden={!open}>
        {open && <TeamPanel teamId={team.id} meId={meId} />}
      </div>
    </li>
  )
}

/** Settings › Teams: create a team, then open one to rename it, manage its members, leave or delete it. */
export function TeamsSettings() {
  const teams = useTeams()
  const meId = useCurrentUser().data?.id
  return (
    <section className="card" aria-labelledby="teams-title">
      <div className="card-body">
        <h2 id="teams-title" className="fs-5">
          Teams
        </h2>
        <p>Share a project with everyone in a team at once; people who join the team get its projects.</p>
        <CreateTeamForm />
        {teams.isPending ? (
          <Spinner label="Loading your teams…" />
        ) : teams.isError ? (
          <LoadError what="your teams" error={teams.error} onRetry={teams.refetch} retrying={teams.isFetching} compact />
        ) : teams.data.length === 0 ? (
          <p className="text-body-secondary mb-0">You are in no team yet.</p>
        ) : (
          <ul className="list-group" aria-label="Your teams">
            {teams.data.map((team) => (
              <TeamItem key={team.id} team={team} meId={meId} />
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
