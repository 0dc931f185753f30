import { onlineManager, QueryClientProvider, useMutation } from '@tanstack/react-query'
import { act, render, renderHook, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import { describeError, OfflineError } from './api/problem'
import { trackBrowserOnline, useOnline } from './online'
import { createQueryClient } from './query-client'

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline)
  window.dispatchEvent(new Event(offline ? 'offline' : 'online'))
}

afterEach(() => {
  act(() => onlineManager.setOnline(true))
})

describe('useOnline', () => {
  it('follows the browser going offline and back', () => {
    const { result } = renderHook(() => useOnline())
    expect(result.current).toBe(true)
    act(() => goOffline(true))
    expect(result.current).toBe(false)
    act(() => goOffline(false))
    expect(result.current).toBe(true)
  })

  it('starts offline when the browser does (the query client reads it at start)', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    trackBrowserOnline()
    const { result } = renderHook(() => useOnline())
    expect(result.current).toBe(false)
  })
})

function Save({ write, allowOffline = false }: { write: () => Promise<string>; allowOffline?: boolean }) {
  const save = useMutation({ mutationFn: write, meta: { allowOffline } })
  return (
    <>
      <button type="button" onClick={() => save.mutate()}>
        Save
      </button>
      {save.isError && <p role="alert">{describeError(save.error)}</p>}
      {save.isSuccess && <p role="status">{save.data}</p>}
    </>
  )
}

describe('writes while offline', () => {
  it('are refused before anything is sent, with words that say why', async () => {
    const user = userEvent.setup()
    const write = vi.fn(() => Promise.resolve('Saved'))
    const client = createQueryClient()
    render(
      <QueryClientProvider client={client}>
        <Save write={write} />
      </QueryClientProvider>,
    )
    act(() => goOffline(true))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are offline: changes are disabled until you are back online.',
    )
    expect(write).not.toHaveBeenCalled()
    // Nothing queued to replay later either.
    expect(client.getMutationCache().getAll().every((mutation) => !mutation.state.isPaused)).toBe(true)

    act(() => goOffline(false))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Saved')
    expect(write).toHaveBeenCalledTimes(1)
  })

  it('go through when they must work offline (signing out)', async () => {
    const user = userEvent.setup()
    const write = vi.fn(() => Promise.resolve('Signed out'))
    render(
      <QueryClientProvider client={createQueryClient()}>
        <Save write={write} allowOffline />
      </QueryClientProvider>,
    )
    act(() => goOffline(true))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Signed out')
  })

  it('fail as an OfflineError (an ApiError with no answer)', () => {
    const error = new OfflineError()
    expect(error.status).toBe(0)
    expect(describeError(error)).toMatch(/^You are offline/)
  })
})
