import { Link, useNavigate } from 'react-router'

import { RegisterForm } from '@/features/auth/components/register-form'

import { AuthPage } from './auth-page'

export function RegisterRoute() {
  const navigate = useNavigate()
  return (
    <AuthPage title="Create your account" next="/">
      <RegisterForm onSuccess={() => void navigate('/', { replace: true })} />
      <p className="text-center mt-3">
        Already have an account? <Link to="/login">Sign in</Link>
      </p>
    </AuthPage>
  )
}
