import { useState, type SubmitEvent } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { describeError, isApiError } from '@/lib/api/problem'

import { useLogin } from '../api/login'

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const login = useLogin()
  const fieldErrors = isApiError(login.error) && login.error.status === 422 ? login.error.fieldErrors : {}
  const formError =
    login.error && !(isApiError(login.error) && login.error.status === 422)
      ? isApiError(login.error) && login.error.status === 401
        ? 'Wrong username or password.'
        : describeError(login.error)
      : null

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    login.mutate({ username, password }, { onSuccess })
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in">
      <FormAlert message={formError} />
      <TextField
        label="Username or email"
        name="username"
        autoComplete="username"
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        error={fieldErrors.username}
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldErrors.password}
        required
      />
      <button type="submit" className="btn btn-primary w-100" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
