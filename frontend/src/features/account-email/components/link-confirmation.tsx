import { Link } from 'react-router'

import { FormAlert } from '@/components/form/form-alert'
import { describeError } from '@/lib/api/problem'

import { useConfirmEmailChange } from '../api/confirm-email-change'
import { useVerifyEmail } from '../api/verify-email'
import { linkFailed } from './link-failed'

const WORDS = {
  verify: {
    intro: 'Confirm that this address is yours, so that TaskForge can email you notifications.',
    button: 'Verify my email address',
    done: 'Your email address is verified.',
  },
  change: {
    intro: 'Make this address the one your TaskForge account uses (you sign in with it from now on).',
    button: 'Use this address',
    done: 'Your email address is changed.',
  },
} as const

/**
 * What an emailed link opens: a button that uses its token. Never used on load, so a mail scanner that opens
 * links does not spend it.
 */
export function LinkConfirmation({ token, kind }: { token: string; kind: keyof typeof WORDS }) {
  const verify = useVerifyEmail()
  const change = useConfirmEmailChange()
  const mutation = kind === 'verify' ? verify : change
  const words = WORDS[kind]

  if (mutation.isSuccess) {
    return (
      <div role="status" className="alert alert-success">
        {words.done} <Link to="/">Open TaskForge</Link>
      </div>
    )
  }
  if (linkFailed(mutation.error)) {
    return (
      <div role="alert" className="alert alert-danger">
        This link does not work any more: it was used, it expired, or a newer one replaced it. Ask for a new one in{' '}
        <Link to="/settings">Settings</Link>.
      </div>
    )
  }
  return (
    <div>
      <FormAlert message={mutation.error ? describeError(mutation.error) : null} />
      <p>{words.intro}</p>
      <button
        type="button"
        className="btn btn-primary w-100"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate(token)}
      >
        {mutation.isPending ? 'Confirming…' : words.button}
      </button>
    </div>
  )
}
