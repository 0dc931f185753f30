import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'

import type { TwoFactorChallenge } from '@/features/auth/api/login'
import { startSession } from '@/features/auth/api/start-session'
import { LoginForm } from '@/features/auth/components/login-form'
import { TwoFactorLoginStep } from '@/features/two-factor/components/two-factor-login-step'

import { AuthPage } from './auth-page'
import { nextPath } from './next-path'

export function LoginRoute() {
  const [search] = useSearchParams()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [challenge, setChallenge] = useState<TwoFactorChallenge | null>(null)
  const next = nextPath(search)
  const done = () => void navigate(next, { replace: true })
  return (
    <AuthPage title="Sign in" next={next}>
      {challenge ? (
        <TwoFactorLoginStep
          challenge={challenge.challenge}
          onSignedIn={(tokens) => {
            startSession(queryClient, tokens)
            done()
          }}
          onRestart={() => setChallenge(null)}
        />
      ) : (
        <LoginForm onSuccess={done} onTwoFactor={setChallenge} />
      )}
      <p className="text-center mt-3">
        <Link to="/forgot-password">Forgot password?</Link>
      </p>
      <p className="text-center mt-3">
        New here? <Link to="/register">Create an account</Link>
      </p>
    </AuthPage>
  )
}
