import { Link, useNavigate, useSearchParams } from 'react-router'

import { LoginForm } from '@/features/auth/components/login-form'

import { AuthPage } from './auth-page'
import { nextPath } from './next-path'

export function LoginRoute() {
  const [search] = useSearchParams()
  const navigate = useNavigate()
  const next = nextPath(search)
  return (
    <AuthPage title="Sign in" next={next}>
      <LoginForm onSuccess={() => void navigate(next, { replace: true })} />
      <p className="text-center mt-3">
        <Link to="/forgot-password">Forgot password?</Link>
      </p>
      <p className="text-center mt-3">
        New here? <Link to="/register">Create an account</Link>
      </p>
    </AuthPage>
  )
}
