import { useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'
import { useTimeZone } from '@/lib/auth/current-user'
import { formatInZone } from '@/lib/zoned-time'

import { useDeleteSession } from '../api/delete-session'
import { useSessions, type SignedInSession } from '../api/get-sessions'
import { useRevokeOtherSessions } from '../api/revoke-other-sessions'

function DeviceRow({ session }: { session: SignedInSession }) {
  const timeZone = useTimeZone()
  const remove = useDeleteSession()
  const lastUsed = formatInZone(session.last_used_at, timeZone)
  const signOut = () =>
    remove.mutate(session, {
      onSuccess: () => toast.success(`${session.device} is signed out.`),
      onError: (error) => toast.error(`Could not sign out ${session.device}: ${describeError(error)}`),
    })

  return (
    <li className="list-group-item d-flex gap-3 align-items-center">
      <div className="flex-grow-1 min-w-0">
        <p className="mb-0 text-break">
          {session.device}
          {session.current && <span className="badge text-bg-success ms-2">This device</span>}
        </p>
        <p className="small text-body-secondary mb-0">
          {session.address || 'Unknown address'} · Last used <time dateTime={session.last_used_at}>{lastUsed}</time>
        </p>
      </div>
      <button
        type="button"
        className="btn btn-sm btn-outline-danger flex-shrink-0"
        disabled={remove.isPending}
        aria-label={session.current ? 'Sign out this device' : `Sign out ${session.device}, last used ${lastUsed}`}
        onClick={signOut}
      >
        Sign out
      </button>
    </li>
  )
}

/** Where the user is signed in: each device with its address and last use, signed out one by one or all at once. */
export function SignedInDevices() {
  const sessions = useSessions()
  const others = useRevokeOtherSessions()
  const [confirming, setConfirming] = useState(false)
  const [status, setStatus] = useState('')

  const signOutOthers = () =>
    others.mutate(undefined, {
      onSuccess: (count) => setStatus(count === 1 ? 'One other device was signed out.' : `${count} other devices were signed out.`),
      onError: (error) => toast.error(`Could not sign out the other devices: ${describeError(error)}`),
      onSettled: () => setConfirming(false),
    })
  const hasOthers = (sessions.data ?? []).some((session) => !session.current)

  return (
    <section className="card" aria-labelledby="devices-settings-title">
      <div className="card-body">
        <h2 id="devices-settings-title" className="fs-5">
          Signed-in devices
        </h2>
        {sessions.isPending ? (
          <Spinner label="Loading your devices…" />
        ) : sessions.isError ? (
          <LoadError what="your devices" error={sessions.error} onRetry={sessions.refetch} retrying={sessions.isFetching} compact />
        ) : (
          <>
            <ul className="list-group mb-3" aria-label="Signed-in devices">
              {sessions.data.map((session) => (
                <DeviceRow key={session.id} session={session} />
              ))}
            </ul>
            <button type="button" className="btn btn-outline-danger" disabled={!hasOthers || others.isPending} onClick={() => setConfirming(true)}>
              Sign out everywhere else
            </button>
          </>
        )}
        <p className="small mt-2 mb-0" role="status">
          {status}
        </p>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Sign out everywhere else?"
        confirmLabel="Sign out the others"
        danger
        busy={others.isPending}
        onConfirm={signOutOthers}
        onCancel={() => setConfirming(false)}
      >
        Every other device signed in to your account is signed out at once; this one stays signed in.
      </ConfirmDialog>
    </section>
  )
}
