import { useRef, useState, type SubmitEvent } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { formErrors } from '@/lib/api/form-errors'

import { useRequestPasswordReset } from '../api/request-password-reset'

export const SENT_MESSAGE =
  'If an account uses that address, we sent a link to it. The link works once, for 30 minutes.'

/** Asks for a reset link: the answer never says whether an account uses the address. */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState('')
  const ask = useRequestPasswordReset()
  const formRef = useRef<HTMLFormElement>(null)
  const errors = formErrors(ask.error, 'register', ['email'])
  useFocusInvalid(formRef, ask.error)

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    ask.mutate({ email: email.trim() })
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Reset your password">
      <div role="status" className={ask.isSuccess ? 'alert alert-success' : undefined}>
        {ask.isSuccess ? SENT_MESSAGE : null}
      </div>
      <FormAlert message={errors.alert} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.fields.email}
        hint="The address of your TaskForge account."
        required
      />
      <button type="submit" className="btn btn-primary w-100" disabled={ask.isPending}>
        {ask.isPending ? 'Sending…' : 'Email me a link'}
      </button>
    </form>
  )
}
