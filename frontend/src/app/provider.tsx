import { QueryClientProvider } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { ToastContainer } from 'react-toastify/unstyled'

import { createQueryClient } from '@/lib/query-client'
import { useTheme } from '@/lib/theme'

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient)
  const { theme } = useTheme()
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <ToastContainer position="bottom-right" theme={theme} newestOnTop limit={5} />
    </QueryClientProvider>
  )
}
