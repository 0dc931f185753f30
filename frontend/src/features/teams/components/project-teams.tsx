import { useId, useState, type SyntheticEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { LoadError } from '@/components/load-error'
import { formErrors } from '@/lib/api/form-errors'
import { describeError } from '@/lib/api/problem'

import { useProjectTeams, type GrantRole, type TeamGrant } from '../api/get-project-teams'
import { useTeams } from '../api/get-teams'
import { useRemoveTeamGrant } from '../api/remove-team-grant'
import { useShareWithTeam } from '../api/share-with-team'
import { useUpdateTeamGrant } from '../api/update-team-grant'

const GRANT_ROLES: readonly { value: GrantRole; label: string }[] = [
  { value: 'viewer', label: 'Viewer' },
  { value: 'editor', label: 'Editor' },
  { value: 'admin', label: 'Admin' },
]
const isGrantRole = (value: string): value is GrantRole => GRANT_ROLES.some((role) => role.value === value)
const fail = (error: unknown) => toast.error(describeError(error))

function RoleSelect({ id, label, value, disabled, onChange }: { id: string; label: string; value: GrantRole; disabled?: boolean; onChange: (role: GrantRole) => void }) {
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        className="form-select form-select-sm w-auto"
        value={value}
        disabled={disabled}
        onChange={(event) => isGrantRole(event.target.value) && onChange(event.target.value)}
      >
        {GRANT_ROLES.map((role) => (
          <option key={role.value} value={role.value}>
            {role.label}
          </option>
        ))}
      </select>
    </>
  )
}

function GrantRow({ grant, projectId, manage }: { grant: TeamGrant; projectId: number; manage: boolean }) {
  const id = useId()
  const update = useUpdateTeamGrant()
  const remove = useRemoveTeamGrant()
  const name = grant.team.name
  return (
    <li className="list-group-item d-flex flex-wrap align-items-center gap-2">
      <span className="me-auto text-break">
        {name}{' '}
        <span className="small text-body-secondary">
          ({grant.member_count} {grant.member_count === 1 ? 'person' : 'people'})
        </span>
      </span>
      {manage ? (
        <>
          <RoleSelect
            id={id}
            label={`Role of the team ${name}`}
            value={grant.role}
            disabled={update.isPending}
            onChange={(role) => update.mutate({ projectId, teamId: grant.team.id, role }, { onError: fail })}
          />
          <button
            type="button"
            className="btn btn-sm btn-outline-danger"
            aria-label={`Stop sharing with the team ${name}`}
            disabled={remove.isPending}
            onClick={() => remove.mutate({ projectId, teamId: grant.team.id }, { onError: fail })}
          >
            Remove
          </button>
        </>
      ) : (
        <span className="badge text-bg-light border">{GRANT_ROLES.find((role) => role.value === grant.role)?.label}</span>
      )}
    </li>
  )
}

function AddTeamForm({ projectId, grants }: { projectId: number; grants: readonly TeamGrant[] }) {
  const id = useId()
  const teams = useTeams()
  const share = useShareWithTeam()
  const [teamId, setTeamId] = useState('')
  const [role, setRole] = useState<GrantRole>('editor')
  const shared = new Set(grants.map((grant) => grant.team.id))
  const choices = (teams.data ?? []).filter((team) => !shared.has(team.id))

  if (teams.isSuccess && teams.data.length === 0) {
    return <p className="small text-body-secondary mb-0">Create a team in Settings to share projects with it.</p>
  }
  if (choices.length === 0) return null

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (!teamId) return
    share.mutate(
      { projectId, teamId: Number(teamId), role },
      {
        onSuccess: (grant) => {
          setTeamId('')
          toast.success(`Shared with the team ${grant.team.name}`)
        },
        // A toast names the field it is about ("Team: ..."), in the words of this form's choices.
        onError: (error) => toast.error(formErrors(error, 'team-share', []).alert ?? describeError(error)),
      },
    )
  }

  return (
    <form className="d-flex flex-wrap gap-2" onSubmit={submit}>
      <label htmlFor={`${id}-team`} className="visually-hidden">
        Team
      </label>
      <select id={`${id}-team`} className="form-select form-select-sm w-auto" value={teamId} onChange={(event) => setTeamId(event.target.value)}>
        <option value="">Choose one of your teams…</option>
        {choices.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
      </select>
      <RoleSelect id={`${id}-role`} label="Role of the team" value={role} onChange={setRole} />
      <button type="submit" className="btn btn-sm btn-outline-primary" disabled={!teamId || share.isPending}>
        Share with team
      </button>
    </form>
  )
}

/** The teams a project is shared with; its admins add one of their teams, change a team's role or remove it. */
export function ProjectTeams({ projectId, canManage }: { projectId: number; canManage: boolean }) {
  const id = useId()
  const grants = useProjectTeams(projectId)
  const list = grants.data ?? []
  if (!canManage && list.length === 0) return null
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="fs-6">
        Teams
      </h3>
      {grants.isError && (
        <LoadError what="the teams it is shared with" error={grants.error} onRetry={grants.refetch} retrying={grants.isFetching} compact />
      )}
      {list.length > 0 && (
        <ul className="list-group mb-2" aria-labelledby={`${id}-title`}>
          {list.map((grant) => (
            <GrantRow key={grant.team.id} grant={grant} projectId={projectId} manage={canManage} />
          ))}
        </ul>
      )}
      {canManage && grants.isSuccess && <AddTeamForm projectId={projectId} grants={list} />}
    </section>
  )
}
