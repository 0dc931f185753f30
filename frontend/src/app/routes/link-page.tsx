import type { ReactNode } from 'react'

import { OfflineBanner } from '@/components/offline-banner'
import { useDocumentTitle } from '@/lib/use-document-title'

/** The frame of the pages emailed links open: signed in or not, like the login page's. */
export function LinkPage({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title)
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
