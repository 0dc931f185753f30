import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client'
import { useEffect, useState, type ReactNode } from 'react'
import { ToastContainer } from 'react-toastify/unstyled'

import { keepOfflineCopy, offlineCopyOptions, removeOfflineCopyOnSignOut } from '@/lib/offline-copy'
import { createQueryClient } from '@/lib/query-client'
import { useTheme } from '@/lib/theme'

export function AppProvider({ children }: { children: ReactNode }) {
  // The signed-in user's lists are kept in this browser for opening offline (lib/offline-copy.ts).
  const [queryClient] = useState(() => keepOfflineCopy(createQueryClient()))
  const [persistOptions] = useState(offlineCopyOptions)
  useEffect(removeOfflineCopyOnSignOut, [])
  const { theme } = useTheme()
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={persistOptions}
      // The copy is what was true when it was saved: shown at once, and loaded afresh (when online) at start.
      onSuccess={() => queryClient.invalidateQueries()}
    >
      {children}
      <ToastContainer position="bottom-right" theme={theme} newestOnTop limit={5} />
    </PersistQueryClientProvider>
  )
}
