import type { ReactNode } from 'react'
import { Navigate } from 'react-router'

import { OfflineBanner } from '@/components/offline-banner'
import { useSignedIn } from '@/lib/auth/use-signed-in'
import { useDocumentTitle } from '@/lib/use-document-title'

/** The frame of the login and register pages; a signed-in visitor goes straight to the app. */
export function AuthPage({ title, children, next }: { title: string; children: ReactNode; next: string }) {
  useDocumentTitle(title)
  const signedIn = useSignedIn()
  if (signedIn) return <Navigate to={next} replace />
  return (
    <>
      <OfflineBanner />
      <main className="container py-5 auth-page">
        <p className="text-center fs-3 fw-semibold mb-1">TaskForge</p>
        <h1 className="text-center fs-4 mb-4">{title}</h1>
        {children}
      </main>
    </>
  )
}
