import { useId, useRef, useState, type SyntheticEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { failureMessage, messageAt } from '@/lib/api/field-messages'
import { formErrors } from '@/lib/api/form-errors'
import { describeError } from '@/lib/api/problem'

import { useAddTeamMember } from '../api/add-team-member'
import type { TeamDetail, TeamMember } from '../api/get-team'
import type { TeamRole } from '../api/get-teams'
import { useRemoveTeamMember } from '../api/remove-team-member'
import { useUpdateTeamMember } from '../api/update-team-member'
import { isTeamRole, TEAM_ROLES, teamRoleLabel } from './team-roles'

const fail = (error: unknown) => toast.error(describeError(error))

function MemberRow({ team, member, me }: { team: TeamDetail; member: TeamMember; me: boolean }) {
  const id = useId()
  const update = useUpdateTeamMember()
  const remove = useRemoveTeamMember()
  const name = member.user.username
  const manage = team.role === 'admin'
  return (
    <li className="list-group-item d-flex flex-wrap align-items-center gap-2">
      <span className="me-auto text-break">
        {name}
        {me && <span className="text-body-secondary"> (you)</span>}
      </span>
      {manage ? (
        <>
          <label htmlFor={`${id}-role`} className="visually-hidden">
            Team role of {name}
          </label>
          <select
            id={`${id}-role`}
            className="form-select form-select-sm w-auto"
            value={member.role}
            disabled={update.isPending}
            onChange={(event) => {
              const role = event.target.value
              if (isTeamRole(role)) update.mutate({ teamId: team.id, userId: member.user.id, role }, { onError: fail })
            }}
          >
            {TEAM_ROLES.map((role) => (
              <option key={role.value} value={role.value}>
                {role.label}
              </option>
            ))}
          </select>
          {!me && (
            <button
              type="button"
              className="btn btn-sm btn-outline-danger"
              aria-label={`Remove ${name} from ${team.name}`}
              disabled={remove.isPending}
              onClick={() => remove.mutate({ teamId: team.id, userId: member.user.id }, { onError: fail })}
            >
              Remove
            </button>
          )}
        </>
      ) : (
        <span className="badge text-bg-light border">{teamRoleLabel(member.role)}</span>
      )}
    </li>
  )
}

function AddMemberForm({ team }: { team: TeamDetail }) {
  const id = useId()
  const add = useAddTeamMember()
  const [person, setPerson] = useState('')
  const [role, setRole] = useState<TeamRole>('member')
  const [error, setError] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  useFocusInvalid(formRef, add.error ?? error)

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    const name = person.trim()
    if (!name) {
      setError(failureMessage('person', 'username', { kind: 'missing' }))
      return
    }
    setError(null)
    const body = name.includes('@') ? { email: name, username: null, role } : { username: name, email: null, role }
    add.mutate(
      { teamId: team.id, body },
      {
        onSuccess: (member) => {
          setPerson('')
          toast.success(`Added ${member.user.username} to ${team.name}`)
        },
        onError: (failure) => {
          // The one box is the form: every refusal (no such account, already a member) shows under it, in words.
          const { fields, alert } = formErrors(failure, 'person', ['username', 'email', 'body'])
          setError(messageAt(fields, 'username') ?? messageAt(fields, 'email') ?? messageAt(fields, 'body') ?? alert)
        },
      },
    )
  }

  return (
    <form ref={formRef} className="row g-2 align-items-start" noValidate onSubmit={submit}>
      <div className="col-sm">
        <label htmlFor={`${id}-person`} className="visually-hidden">
          Username or email of the new member
        </label>
        <input
          id={`${id}-person`}
          className={`form-control form-control-sm${error ? ' is-invalid' : ''}`}
          placeholder="Username or email"
          autoComplete="off"
          value={person}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setPerson(event.target.value)}
        />
        {error && (
          <div id={`${id}-error`} className="invalid-feedback">
            {error}
          </div>
        )}
      </div>
      <div className="col-sm-auto">
        <label htmlFor={`${id}-role`} className="visually-hidden">
          Team role of the new member
        </label>
        <select
          id={`${id}-role`}
          className="form-select form-select-sm"
          value={role}
          onChange={(event) => isTeamRole(event.target.value) && setRole(event.target.value)}
        >
          {TEAM_ROLES.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="col-sm-auto">
        <button type="submit" className="btn btn-sm btn-outline-primary" disabled={add.isPending}>
          Add member
        </button>
      </div>
    </form>
  )
}

/** A team's members with their roles; the team's admins change roles, remove people and add them. */
export function TeamMembers({ team, meId }: { team: TeamDetail; meId: number | undefined }) {
  return (
    <div className="d-grid gap-2">
      <ul className="list-group" aria-label={`Members of ${team.name}`}>
        {team.members.map((member) => (
          <MemberRow key={member.user.id} team={team} member={member} me={member.user.id === meId} />
        ))}
      </ul>
      {team.role === 'admin' && <AddMemberForm team={team} />}
    </div>
  )
}
