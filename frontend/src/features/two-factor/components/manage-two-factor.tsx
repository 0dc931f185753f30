import { useEffect, useRef, useState, type SubmitEvent } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { formErrors } from '@/lib/api/form-errors'

import { useDisableTwoFactor } from '../api/disable-two-factor'
import { useRegenerateRecoveryCodes } from '../api/regenerate-recovery-codes'
import { CodeField } from './code-field'

const CODE_LABEL = 'Code from the app, or a recovery code'

/** Turning two-factor off: the password and a code. */
export function DisableTwoFactor({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const [password, setPassword] = useState('')
  const [code, setCode] = useState('')
  const disable = useDisableTwoFactor()
  const form = useRef<HTMLFormElement>(null)
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), []) // the form was just opened from its button
  const errors = formErrors(disable.error, 'generic', ['password', 'code'])
  useFocusInvalid(form, disable.error)

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    disable.mutate({ password, code: code.trim() }, { onSuccess: onDone })
  }

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label="Turn off two-factor authentication">
      <FormAlert message={errors.alert} />
      <TextField
        label="Your password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.fields.password}
        required
        inputRef={first}
      />
      <CodeField label={CODE_LABEL} value={code} onChange={setCode} error={errors.fields.code} recovery />
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-danger" disabled={disable.isPending}>
          Turn off
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** New recovery codes for a code; the old ones stop working. */
export function RegenerateCodes({ onCodes, onCancel }: { onCodes: (codes: string[]) => void; onCancel: () => void }) {
  const [code, setCode] = useState('')
  const regenerate = useRegenerateRecoveryCodes()
  const form = useRef<HTMLFormElement>(null)
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), []) // the form was just opened from its button
  const errors = formErrors(regenerate.error, 'generic', ['code'])
  useFocusInvalid(form, regenerate.error)

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    regenerate.mutate({ code: code.trim() }, { onSuccess: (answer) => onCodes(answer.recovery_codes) })
  }

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label="New recovery codes">
      <p className="small">Your current recovery codes stop working once the new ones are made.</p>
      <FormAlert message={errors.alert} />
      <CodeField
        label={CODE_LABEL}
        value={code}
        onChange={setCode}
        error={errors.fields.code}
        recovery
        inputRef={first}
      />
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={regenerate.isPending}>
          Make new codes
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
