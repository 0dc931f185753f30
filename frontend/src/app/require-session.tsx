import type { ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'

import { Spinner } from '@/components/spinner'
import { useMe } from '@/features/auth/api/get-me'
import { describeError } from '@/lib/api/problem'
import { useSignedIn } from '@/lib/auth/use-signed-in'

/** Shows its children to a signed-in user whose `/me` has loaded; sends everyone else to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const signedIn = useSignedIn()
  const location = useLocation()
  const me = useMe({ enabled: signedIn })

  if (!signedIn) {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />
  }
  if (me.isPending) return <Spinner label="Loading your account…" />
  if (me.isError) {
    return (
      <div className="container py-5">
        <div className="alert alert-danger" role="alert">
          {describeError(me.error)}{' '}
          <button type="button" className="btn btn-link p-0 align-baseline" onClick={() => void me.refetch()}>
            Try again
          </button>
        </div>
      </div>
    )
  }
  return children
}
