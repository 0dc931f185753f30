import { useRef, useState, type SubmitEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { fieldHint } from '@/lib/api/field-messages'
import { formErrors } from '@/lib/api/form-errors'

import { useChangePassword } from '../api/change-password'

const MISMATCH = 'The two new passwords differ: type the same one twice.'

function signedOutNote(count: number): string {
  if (count === 0) return 'Password changed.'
  return `Password changed. ${count === 1 ? 'One other device was' : `${count} other devices were`} signed out.`
}

/** Changing the password: the current one, the new one twice. Every other device is signed out; this one stays. */
export function PasswordForm() {
  const [current, setCurrent] = useState('')
  const [fresh, setFresh] = useState('')
  const [confirm, setConfirm] = useState('')
  const [mismatch, setMismatch] = useState<string | null>(null)
  const change = useChangePassword()
  const formRef = useRef<HTMLFormElement>(null)
  const errors = formErrors(change.error, 'password', ['current_password', 'new_password'])
  useFocusInvalid(formRef, mismatch ?? change.error)

  const save = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (fresh !== confirm) {
      setMismatch(MISMATCH)
      return
    }
    setMismatch(null)
    change.mutate(
      { current_password: current, new_password: fresh },
      {
        onSuccess: (count) => {
          setCurrent('')
          setFresh('')
          setConfirm('')
          toast.success(signedOutNote(count))
        },
      },
    )
  }

  return (
    <section className="card" aria-labelledby="password-settings-title">
      <div className="card-body">
        <h2 id="password-settings-title" className="fs-5">
          Password
        </h2>
        <form ref={formRef} onSubmit={save} noValidate>
          <FormAlert message={errors.alert} />
          <TextField
            label="Current password"
            type="password"
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
            error={errors.fields.current_password}
            autoComplete="current-password"
            required
          />
          <TextField
            label="New password"
            type="password"
            value={fresh}
            onChange={(event) => setFresh(event.target.value)}
            error={errors.fields.new_password}
            hint={fieldHint('password', 'new_password')}
            autoComplete="new-password"
            required
          />
          <TextField
            label="Confirm new password"
            type="password"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
            error={mismatch ?? undefined}
            autoComplete="new-password"
            required
          />
          <p className="form-text mt-0">Changing it signs out every other device; this one stays signed in.</p>
          <button type="submit" className="btn btn-primary" disabled={change.isPending || !current || !fresh}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </button>
        </form>
      </div>
    </section>
  )
}
