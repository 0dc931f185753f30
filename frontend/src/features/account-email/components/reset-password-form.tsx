import { useRef, useState, type SubmitEvent } from 'react'
import { Link } from 'react-router'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { formErrors } from '@/lib/api/form-errors'

import { useConfirmPasswordReset } from '../api/confirm-password-reset'
import { linkFailed } from './link-failed'

/** Sets a new password with the token of a reset link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [password, setPassword] = useState('')
  const [again, setAgain] = useState('')
  const [mismatch, setMismatch] = useState(false)
  const reset = useConfirmPasswordReset()
  const formRef = useRef<HTMLFormElement>(null)
  const errors = formErrors(reset.error, 'register', ['password'])
  useFocusInvalid(formRef, reset.error)

  if (reset.isSuccess) {
    return (
      <div role="status" className="alert alert-success">
        Your password is changed. <Link to="/login">Sign in</Link> with it.
      </div>
    )
  }
  if (linkFailed(reset.error)) {
    return (
      <div role="alert" className="alert alert-danger">
        This link does not work any more: it was used, it expired, or a newer one replaced it.{' '}
        <Link to="/forgot-password">Ask for a new link</Link>.
      </div>
    )
  }

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    setMismatch(password !== again)
    if (password === again) reset.mutate({ token, password })
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Choose a new password">
      <FormAlert message={errors.alert} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
        hint="8 to 128 characters."
        required
      />
      <TextField
        label="New password again"
        name="again"
        type="password"
        autoComplete="new-password"
        value={again}
        onChange={(event) => setAgain(event.target.value)}
        error={mismatch ? 'The two passwords differ.' : undefined}
        required
      />
      <button type="submit" className="btn btn-primary w-100" disabled={reset.isPending}>
        {reset.isPending ? 'Saving…' : 'Set the new password'}
      </button>
    </form>
  )
}
