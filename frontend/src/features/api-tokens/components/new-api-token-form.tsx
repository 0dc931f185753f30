import { useId, useState, type SyntheticEvent } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { describeError } from '@/lib/api/problem'

import { useCreateApiToken, type IssuedApiToken } from '../api/create-api-token'
import type { ApiTokenScope } from '../api/get-api-tokens'
import { SCOPES } from './scopes'

/** The end of the chosen day where the person is, as the API takes it (an ISO instant). */
function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59`).toISOString()
}

function tomorrow(): string {
  const date = new Date()
  date.setDate(date.getDate() + 1)
  const month = String(date.getMonth() + 1).padStart(2, '0')
  const dayOfMonth = String(date.getDate()).padStart(2, '0')
  return `${date.getFullYear()}-${month}-${dayOfMonth}`
}

/** Name, scopes (each explained) and an optional expiry; hands the issued token to `onIssued`. */
export function NewApiTokenForm({ onIssued }: { onIssued: (token: IssuedApiToken) => void }) {
  const create = useCreateApiToken()
  const scopesId = useId()
  const [name, setName] = useState('')
  const [scopes, setScopes] = useState<ApiTokenScope[]>([])
  const [expiry, setExpiry] = useState('')
  const [nameError, setNameError] = useState<string | undefined>()
  const [scopeError, setScopeError] = useState<string | null>(null)

  const toggle = (scope: ApiTokenScope, on: boolean) =>
    setScopes((current) => (on ? [...current, scope] : current.filter((item) => item !== scope)))

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    setNameError(name.trim() ? undefined : 'Give the token a name, such as the script that will use it.')
    setScopeError(scopes.length ? null : 'Choose at least one scope.')
    if (!name.trim() || !scopes.length) return
    create.mutate(
      { name, scopes, expires_at: expiry ? endOfDay(expiry) : null },
      {
        onSuccess: (token) => {
          setName('')
          setScopes([])
          setExpiry('')
          onIssued(token)
        },
      },
    )
  }

  return (
    <form className="border rounded p-3 mb-3" noValidate onSubmit={submit} aria-label="New API token">
      <FormAlert message={create.error ? describeError(create.error) : null} />
      <TextField
        label="Token name"
        placeholder="Nightly backup script"
        value={name}
        maxLength={100}
        error={nameError}
        onChange={(event) => setName(event.target.value)}
      />
      <fieldset className="mb-3" aria-describedby={scopeError ? `${scopesId}-error` : undefined}>
        <legend className="form-label fs-6">Scopes</legend>
        {SCOPES.map(({ scope, label, explanation }) => (
          <div className="form-check" key={scope}>
            <input
              id={`${scopesId}-${scope}`}
              className={`form-check-input${scopeError ? ' is-invalid' : ''}`}
              type="checkbox"
              checked={scopes.includes(scope)}
              aria-describedby={`${scopesId}-${scope}-help`}
              onChange={(event) => toggle(scope, event.target.checked)}
            />
            <label className="form-check-label" htmlFor={`${scopesId}-${scope}`}>
              {label} <code className="small">{scope}</code>
            </label>
            <div id={`${scopesId}-${scope}-help`} className="form-text mt-0">
              {explanation}
            </div>
          </div>
        ))}
        {scopeError && (
          <div id={`${scopesId}-error`} className="text-danger small" role="alert">
            {scopeError}
          </div>
        )}
      </fieldset>
      <TextField
        label="Expires on (optional)"
        type="date"
        min={tomorrow()}
        value={expiry}
        hint="Leave empty for a token that works until you revoke it."
        onChange={(event) => setExpiry(event.target.value)}
      />
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        Create token
      </button>
    </form>
  )
}
