import { useId, useRef, useState, type SyntheticEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { FormAlert } from '@/components/form/form-alert'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { failureMessage, messageAt } from '@/lib/api/field-messages'
import { formErrors } from '@/lib/api/form-errors'

import { useAddMember } from '../api/add-member'
import type { MemberRole } from '../api/get-members'
import { isMemberRole, SHARE_ROLES } from './roles'

const PERSON_FIELDS = ['username', 'email', 'body', 'role'] as const

/** Invites a person by username or email (whichever is typed) with a role. */
export function ShareInviteForm({ projectId }: { projectId: number }) {
  const id = useId()
  const add = useAddMember()
  const [person, setPerson] = useState('')
  const [role, setRole] = useState<MemberRole>('editor')
  const [error, setError] = useState<string | null>(null)
  const [alert, setAlert] = useState<string | null>(null)
  const [roleError, setRoleError] = useState<string | null>(null)
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
    setRoleError(null)
    setAlert(null)
    const body = name.includes('@') ? { email: name, username: null, role } : { username: name, email: null, role }
    add.mutate(
      { projectId, body },
      {
        onSuccess: (member) => {
          setPerson('')
          toast.success(`Shared with ${member.user.username}`)
        },
        onError: (failure) => {
          // One box takes a username or an email: the API's errors about either (or both: `body`) show under it.
          const { fields, alert: rest } = formErrors(failure, 'person', PERSON_FIELDS, { conflict: () => 'username' })
          setError(messageAt(fields, 'username') ?? messageAt(fields, 'email') ?? messageAt(fields, 'body') ?? null)
          setRoleError(messageAt(fields, 'role') ?? null)
          setAlert(rest)
        },
      },
    )
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="fs-6">
        Invite people
      </h3>
      <FormAlert message={alert} />
      <form ref={formRef} className="row g-2 align-items-start" noValidate onSubmit={submit}>
        <div className="col-sm">
          <label htmlFor={`${id}-person`} className="visually-hidden">
            Username or email
          </label>
          <input
            id={`${id}-person`}
            className={`form-control${error ? ' is-invalid' : ''}`}
            placeholder="Username or email"
            autoComplete="off"
            maxLength={254}
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
            Role
          </label>
          <select
            id={`${id}-role`}
            className={`form-select${roleError ? ' is-invalid' : ''}`}
            value={role}
            aria-invalid={roleError ? true : undefined}
            aria-describedby={roleError ? `${id}-role-error` : undefined}
            onChange={(event) => isMemberRole(event.target.value) && setRole(event.target.value)}
          >
            {SHARE_ROLES.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {roleError && (
            <div id={`${id}-role-error`} className="invalid-feedback">
              {roleError}
            </div>
          )}
        </div>
        <div className="col-sm-auto">
          <button type="submit" className="btn btn-primary" disabled={add.isPending}>
            Invite
          </button>
        </div>
      </form>
      <p className="form-text mb-0">
        {SHARE_ROLES.map((option) => `${option.label}: ${option.hint}`).join('. ')}.
      </p>
    </section>
  )
}
