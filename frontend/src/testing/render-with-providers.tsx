/**
 * Renders a component the way the app does: a fresh QueryClient (no retries, no refetch on focus),
 * a MemoryRouter at `route`, and a ToastContainer so toasts can be found by role and text.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderOptions, type RenderResult } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { ToastContainer } from 'react-toastify/unstyled'

export interface RenderWithProvidersOptions extends Omit<RenderOptions, 'wrapper' | 'queries'> {
  /** The URL the MemoryRouter starts at (default `/`). */
  route?: string
  /** A client to reuse (e.g. pre-seeded); a fresh one otherwise. */
  queryClient?: QueryClient
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: Infinity, gcTime: Infinity, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}

export function renderWithProviders(
  ui: ReactElement,
  { route = '/', queryClient = createTestQueryClient(), ...options }: RenderWithProvidersOptions = {},
): RenderResult & { queryClient: QueryClient } {
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
        <ToastContainer autoClose={false} closeOnClick={false} />
      </QueryClientProvider>
    )
  }
  const renderOptions: Omit<RenderOptions, 'queries'> = { ...options, wrapper: Wrapper }
  return { ...render(ui, renderOptions), queryClient }
}
