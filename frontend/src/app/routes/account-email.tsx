import { Link, useSearchParams } from 'react-router'

import { ForgotPasswordForm } from '@/features/account-email/components/forgot-password-form'
import { LinkConfirmation } from '@/features/account-email/components/link-confirmation'
import { ResetPasswordForm } from '@/features/account-email/components/reset-password-form'

import { LinkPage } from './link-page'

/** The token an emailed link carries (`?token=...`), or null. */
function useLinkToken(): string | null {
  const [search] = useSearchParams()
  return search.get('token')
}

function NoToken() {
  return (
    <div role="alert" className="alert alert-danger">
      This page needs the link from the email, whole. Copy it from the email into the address bar.
    </div>
  )
}

export function ForgotPasswordRoute() {
  return (
    <LinkPage title="Reset your password">
      <ForgotPasswordForm />
      <p className="text-center mt-3">
        <Link to="/login">Back to sign in</Link>
      </p>
    </LinkPage>
  )
}

export function ResetPasswordRoute() {
  const token = useLinkToken()
  return <LinkPage title="Choose a new password">{token ? <ResetPasswordForm token={token} /> : <NoToken />}</LinkPage>
}

export function VerifyEmailRoute() {
  const token = useLinkToken()
  return (
    <LinkPage title="Verify your email address">
      {token ? <LinkConfirmation token={token} kind="verify" /> : <NoToken />}
    </LinkPage>
  )
}

export function ConfirmEmailRoute() {
  const token = useLinkToken()
  return (
    <LinkPage title="Confirm your new email address">
      {token ? <LinkConfirmation token={token} kind="change" /> : <NoToken />}
    </LinkPage>
  )
}
