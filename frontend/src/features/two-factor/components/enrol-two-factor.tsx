import { useEffect, useRef, useState, type SubmitEvent } from 'react'

import { CopyField } from '@/components/copy-field'
import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { formErrors } from '@/lib/api/form-errors'

import { useEnableTwoFactor } from '../api/enable-two-factor'
import { useSetupTwoFactor, type TwoFactorSetup } from '../api/setup-two-factor'
import { CodeField } from './code-field'

/** Step 1: the password, then a new secret. */
function PasswordStep({ onSetup, onCancel }: { onSetup: (setup: TwoFactorSetup) => void; onCancel: () => void }) {
  const [password, setPassword] = useState('')
  const setup = useSetupTwoFactor()
  const form = useRef<HTMLFormElement>(null)
  const first = useRef<HTMLInputElement>(null)
  useEffect(() => first.current?.focus(), []) // the step was just opened from its button
  const errors = formErrors(setup.error, 'generic', ['password'])
  useFocusInvalid(form, setup.error)

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    setup.mutate({ password }, { onSuccess: onSetup })
  }

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label="Confirm your password">
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
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={setup.isPending}>
          Continue
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** Step 2: scan the QR code (or type the secret), then confirm a first code. */
function ScanStep({
  setup,
  onEnabled,
  onCancel,
}: {
  setup: TwoFactorSetup
  onEnabled: (codes: string[]) => void
  onCancel: () => void
}) {
  const [code, setCode] = useState('')
  const enable = useEnableTwoFactor()
  const form = useRef<HTMLFormElement>(null)
  const errors = formErrors(enable.error, 'generic', ['code'])
  useFocusInvalid(form, enable.error)
  // An <img> of a data: URL: the SPA's CSP allows `img-src data:`, and an SVG in an <img> runs nothing.
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qr_svg)}`

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    enable.mutate({ code: code.trim() }, { onSuccess: (answer) => onEnabled(answer.recovery_codes) })
  }

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label="Confirm your authenticator">
      <ol className="ps-3">
        <li className="mb-2">
          Scan this QR code with an authenticator app (such as 1Password, Google Authenticator or Aegis).
          <div className="my-2">
            <img src={qr} width={196} height={196} alt="QR code of your two-factor secret" className="bg-white p-1" />
          </div>
          <CopyField label="Or type this secret key into the app" value={setup.secret} />
        </li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <FormAlert message={errors.alert} />
      <CodeField label="Code from the app" value={code} onChange={setCode} error={errors.fields.code} />
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary" disabled={enable.isPending}>
          Turn on
        </button>
        <button type="button" className="btn btn-outline-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** Enrolment: password, QR code and secret, a first code; then `onEnabled` with the recovery codes. */
export function EnrolTwoFactor({ onEnabled, onCancel }: { onEnabled: (codes: string[]) => void; onCancel: () => void }) {
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null)
  return setup ? (
    <ScanStep setup={setup} onEnabled={onEnabled} onCancel={onCancel} />
  ) : (
    <PasswordStep onSetup={setSetup} onCancel={onCancel} />
  )
}
