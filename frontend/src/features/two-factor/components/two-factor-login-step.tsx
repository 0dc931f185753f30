import { useEffect, useRef, useState, type SubmitEvent } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import type { Schemas } from '@/lib/api/client'
import { formErrors } from '@/lib/api/form-errors'
import { isApiError } from '@/lib/api/problem'

import { useVerifyLoginCode } from '../api/verify-login-code'
import { CodeField } from './code-field'

interface TwoFactorLoginStepProps {
  challenge: string
  onSignedIn: (tokens: Schemas['TokenOut']) => void
  /** The challenge expired, was used or voided: back to the password. */
  onRestart: () => void
}

/** The second step of a sign-in: a code from the authenticator app, or a recovery code. */
export function TwoFactorLoginStep({ challenge, onSignedIn, onRestart }: TwoFactorLoginStepProps) {
  const [recovery, setRecovery] = useState(false)
  const [value, setValue] = useState('')
  const verify = useVerifyLoginCode()
  const form = useRef<HTMLFormElement>(null)
  const field = recovery ? 'recovery_code' : 'code'
  const errors = formErrors(verify.error, 'generic', [field])
  const expired = isApiError(verify.error) && verify.error.status === 401
  useFocusInvalid(form, verify.error)
  const restart = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (expired) restart.current?.focus() // the form it replaces had the focus
  }, [expired])

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const code = value.trim()
    const body = recovery ? { challenge, recovery_code: code } : { challenge, code }
    verify.mutate(body, { onSuccess: (tokens) => onSignedIn(tokens) })
  }
  const switchKind = () => {
    setRecovery(!recovery)
    setValue('')
    verify.reset()
  }

  if (expired) {
    return (
      <div>
        <FormAlert message="This sign-in has expired or had too many wrong codes. Enter your password again." />
        <button type="button" className="btn btn-primary w-100" onClick={onRestart} ref={restart}>
          Sign in again
        </button>
      </div>
    )
  }

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label="Two-factor authentication">
      <p>
        {recovery
          ? 'Enter one of your recovery codes. Each works once.'
          : 'Enter the 6-digit code from your authenticator app.'}
      </p>
      <FormAlert message={errors.alert} />
      <CodeField
        key={field}
        label={recovery ? 'Recovery code' : 'Authentication code'}
        value={value}
        onChange={setValue}
        error={errors.fields[field]}
        recovery={recovery}
      />
      <button type="submit" className="btn btn-primary w-100 mb-2" disabled={verify.isPending}>
        {verify.isPending ? 'Checking…' : 'Verify'}
      </button>
      <button type="button" className="btn btn-link w-100" onClick={switchKind}>
        {recovery ? 'Use the authenticator app' : 'Use a recovery code'}
      </button>
    </form>
  )
}
