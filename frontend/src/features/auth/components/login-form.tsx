import { useRef, useState, type SubmitEvent } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { formErrors } from '@/lib/api/form-errors'
import { isApiError } from '@/lib/api/problem'

import { needsSecondStep, useLogin, type TwoFactorChallenge } from '../api/login'

const FIELDS = ['username', 'password'] as const

interface LoginFormProps {
  onSuccess: () => void
  /** The password was right and the account asks for a code next. */
  onTwoFactor?: (challenge: TwoFactorChallenge) => void
}

export function LoginForm({ onSuccess, onTwoFactor }: LoginFormProps) {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const login = useLogin()
  const formRef = useRef<HTMLFormElement>(null)
  const errors = formErrors(login.error, 'login', FIELDS)
  const alert = isApiError(login.error) && login.error.status === 401 ? 'Wrong username or password.' : errors.alert
  useFocusInvalid(formRef, login.error)

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    login.mutate(
      { username, password },
      { onSuccess: (answer) => (needsSecondStep(answer) ? onTwoFactor?.(answer) : onSuccess()) },
    )
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Sign in">
      <FormAlert message={alert} />
      <TextField
        label="Username or email"
        name="username"
        autoComplete="username"
        value={username}
        onChange={(event) => setUsername(event.target.value)}
        error={errors.fields.username}
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
        required
      />
      <button type="submit" className="btn btn-primary w-100" disabled={login.isPending}>
        {login.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  )
}
