import { useEffect } from 'react'

/** Sets the tab title (screen readers announce it on navigation). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · TaskForge`
  }, [title])
}
