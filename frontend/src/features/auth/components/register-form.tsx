import { useState, type ChangeEvent, type SubmitEvent } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { describeError, isApiError } from '@/lib/api/problem'
import { browserTimeZone } from '@/lib/zoned-time'

import { useRegister, type RegisterInput } from '../api/register'

export function RegisterForm({ onSuccess }: { onSuccess: () => void }) {
  const [form, setForm] = useState({ username: '', email: '', password: '' })
  const register = useRegister()
  const error = register.error
  const fieldErrors = isApiError(error) && error.status === 422 ? error.fieldErrors : {}
  const formError =
    error && !(isApiError(error) && error.status === 422)
      ? describeError(error)
      : fieldErrors.timezone
        ? `Your browser's time zone is not supported (${fieldErrors.timezone}).`
        : null

  const set = (field: keyof typeof form) => (event: ChangeEvent<HTMLInputElement>) =>
    setForm((current) => ({ ...current, [field]: event.target.value }))

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    register.mutate({ ...form, timezone: browserTimeZone() as RegisterInput['timezone'] }, { onSuccess })
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Create account">
      <FormAlert message={formError} />
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        value={form.username}
        onChange={set('username')}
        error={fieldErrors.username}
        hint="3-32 letters, digits, dots, dashes or underscores."
        required
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        value={form.email}
        onChange={set('email')}
        error={fieldErrors.email}
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        value={form.password}
        onChange={set('password')}
        error={fieldErrors.password}
        hint="At least 8 characters."
        required
      />
      <button type="submit" className="btn btn-primary w-100" disabled={register.isPending}>
        {register.isPending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  )
}
