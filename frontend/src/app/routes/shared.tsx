import { Link, useParams } from 'react-router'

import { OfflineBanner } from '@/components/offline-banner'
import { SharedProjectPage } from '@/features/shared/components/shared-project-page'
import { useSignedIn } from '@/lib/auth/use-signed-in'

/** A project behind a read-only link (`/shared/<token>`): no sign-in, nothing to change. */
export function SharedRoute() {
  const token = useParams().token ?? ''
  const signedIn = useSignedIn()
  return (
    <>
      <header className="border-bottom bg-body-tertiary">
        <div className="container-xl d-flex align-items-center justify-content-between py-2">
          <span className="fw-semibold fs-5">TaskForge</span>
          <Link className="link-body-emphasis" to={signedIn ? '/' : '/login'}>
            {signedIn ? 'Your tasks' : 'Sign in'}
          </Link>
        </div>
        <OfflineBanner />
      </header>
      <main id="main" className="container-xl py-4 page-narrow">
        <SharedProjectPage key={token} token={token} />
      </main>
    </>
  )
}
