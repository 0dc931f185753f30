import { useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { useCurrentUser } from '@/lib/auth/current-user'

import { EnrolTwoFactor } from './enrol-two-factor'
import { DisableTwoFactor, RegenerateCodes } from './manage-two-factor'
import { RecoveryCodes } from './recovery-codes'

type Step = 'idle' | 'enrol' | 'disable' | 'regenerate'

/** Settings card: turn TOTP two-factor authentication on or off, and renew the recovery codes. */
export function TwoFactorSettings() {
  const user = useCurrentUser()
  const [step, setStep] = useState<Step>('idle')
  const [codes, setCodes] = useState<string[] | null>(null)
  const on = user.data?.two_factor ?? false
  const idle = () => setStep('idle')
  const showCodes = (fresh: string[]) => {
    setCodes(fresh)
    setStep('idle')
  }

  return (
    <section className="card" aria-labelledby="two-factor-title">
      <div className="card-body">
        <h2 id="two-factor-title" className="fs-5">
          Two-factor authentication
        </h2>
        <p>Signing in asks for a code from an authenticator app on your phone as well as your password.</p>
        <p aria-live="polite">
          <strong>Status:</strong> {on ? 'On.' : 'Off.'}
        </p>
        {codes && <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />}
        {step === 'enrol' && <EnrolTwoFactor onEnabled={showCodes} onCancel={idle} />}
        {step === 'disable' && (
          <DisableTwoFactor
            onDone={() => {
              idle()
              toast.success('Two-factor authentication is off.')
            }}
            onCancel={idle}
          />
        )}
        {step === 'regenerate' && <RegenerateCodes onCodes={showCodes} onCancel={idle} />}
        {step === 'idle' && !codes && (
          <div className="d-flex flex-wrap gap-2">
            {on ? (
              <>
                <button type="button" className="btn btn-outline-secondary" onClick={() => setStep('regenerate')}>
                  New recovery codes
                </button>
                <button type="button" className="btn btn-outline-danger" onClick={() => setStep('disable')}>
                  Turn off two-factor
                </button>
              </>
            ) : (
              <button
                type="button"
                className="btn btn-primary"
                disabled={user.isPending}
                onClick={() => setStep('enrol')}
              >
                Turn on two-factor
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  )
}
