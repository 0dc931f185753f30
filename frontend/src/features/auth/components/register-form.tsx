import { useRef, useState, type ChangeEvent, type SubmitEvent } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { fieldHint } from '@/lib/api/field-messages'
import { formErrors } from '@/lib/api/form-errors'
import { browserTimeZone } from '@/lib/zoned-time'

import { useRegister, type RegisterInput } from '../api/register'

const FIELDS = ['username', 'email', 'password'] as const

/** A 409 names what is taken ("That username is already taken.", "That email is already registered."). */
const takenField = (message: string) => (/\bemail\b/i.test(message) && !/\busername\b/i.test(message) ? 'email' : 'username')

export function RegisterForm({ onSuccess }: { onSuccess: () => void }) {
  const [form, setForm] = useState({ username: '', email: '', password: '' })
  const register = useRegister()
  const formRef = useRef<HTMLFormElement>(null)
  // The time zone is the browser's, not a field: a refusal of it goes to the alert, in words.
  const errors = formErrors(register.error, 'register', FIELDS, { conflict: takenField })
  useFocusInvalid(formRef, register.error)

  const set = (field: keyof typeof form) => (event: ChangeEvent<HTMLInputElement>) =>
    setForm((current) => ({ ...current, [field]: event.target.value }))

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    register.mutate({ ...form, timezone: browserTimeZone() as RegisterInput['timezone'] }, { onSuccess })
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Create account">
      <FormAlert message={errors.alert} />
      <TextField
        label="Username"
        name="username"
        autoComplete="username"
        value={form.username}
        onChange={set('username')}
        error={errors.fields.username}
        hint={fieldHint('register', 'username')}
        required
      />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        value={form.email}
        onChange={set('email')}
        error={errors.fields.email}
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        value={form.password}
        onChange={set('password')}
        error={errors.fields.password}
        hint={fieldHint('register', 'password')}
        required
      />
      <button type="submit" className="btn btn-primary w-100" disabled={register.isPending}>
        {register.isPending ? 'Creating your account…' : 'Create account'}
      </button>
    </form>
  )
}
