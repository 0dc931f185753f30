import { useRef, useState, type SubmitEvent } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { formErrors } from '@/lib/api/form-errors'
import { describeError } from '@/lib/api/problem'
import { useCurrentUser } from '@/lib/auth/current-user'

import { useChangeEmail } from '../api/change-email'
import { useResendVerification } from '../api/resend-verification'

function NotVerified({ email }: { email: string }) {
  const resend = useResendVerification()
  return (
    <div className="alert alert-warning">
      <p className="mb-2">
        Your email is not verified: TaskForge emails you no notifications until you open the link we sent to it.
      </p>
      <button type="button" className="btn btn-sm btn-warning" disabled={resend.isPending} onClick={() => resend.mutate()}>
        {resend.isPending ? 'Sending…' : 'Resend the link'}
      </button>
      <div role="status" className="mt-2">
        {resend.isSuccess ? `We sent a new link to ${email}.` : null}
      </div>
      <FormAlert message={resend.error ? describeError(resend.error) : null} />
    </div>
  )
}

function ChangeEmailForm() {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [sentTo, setSentTo] = useState<string | null>(null)
  const change = useChangeEmail()
  const formRef = useRef<HTMLFormElement>(null)
  const errors = formErrors(change.error, 'register', ['email', 'password'], {
    conflict: (message) => (message.includes('registered') ? 'email' : null),
  })
  useFocusInvalid(formRef, change.error)

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const address = email.trim()
    change.mutate(
      { email: address, password },
      {
        onSuccess: () => {
          setSentTo(address)
          setPassword('')
        },
      },
    )
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label="Change your email address">
      <div role="status" className={sentTo ? 'alert alert-info' : undefined}>
        {sentTo ? `We sent a link to ${sentTo}. Your address changes when you open it.` : null}
      </div>
      <FormAlert message={errors.alert} />
      <TextField
        label="New email address"
        name="email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.fields.email}
        required
      />
      <TextField
        label="Current password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
        required
      />
      <button type="submit" className="btn btn-primary" disabled={change.isPending}>
        {change.isPending ? 'Sending…' : 'Change email address'}
      </button>
    </form>
  )
}

/** The account's address: whether it is verified (with a resend), and changing it (confirmed from the new one). */
export function EmailSettings() {
  const me = useCurrentUser()
  return (
    <section className="card" aria-labelledby="email-settings-title">
      <div className="card-body">
        <h2 id="email-settings-title" className="fs-5">
          Email address
        </h2>
        {me.isPending ? (
          <Spinner label="Loading your email address…" />
        ) : me.isError ? (
          <LoadError what="your email address" error={me.error} onRetry={me.refetch} retrying={me.isFetching} compact />
        ) : (
          <>
            <p className="text-break">
              {me.data.email}{' '}
              <span className={`badge ${me.data.email_verified ? 'text-bg-success' : 'text-bg-warning'}`}>
                {me.data.email_verified ? 'Verified' : 'Not verified'}
              </span>
            </p>
            {!me.data.email_verified && <NotVerified email={me.data.email} />}
            <ChangeEmailForm />
          </>
        )}
      </div>
    </section>
  )
}
