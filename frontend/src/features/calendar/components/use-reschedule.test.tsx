import { act, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'

import { ApiError } from '@/lib/api/problem'
import { currentUserQueryOptions } from '@/lib/auth/current-user'
import { createTestQueryClient } from '@/testing/render-with-providers'
import { makeTask } from '@/testing/task-factory'
import { makeUser } from '@/testing/user-factory'
import { QueryClientProvider } from '@tanstack/react-query'

import { failureText, useReschedule, type Reschedule } from './use-reschedule'

function setup(reschedule: Reschedule) {
  const client = createTestQueryClient()
  client.setQueryData(currentUserQueryOptions().queryKey, makeUser({ timezone: 'America/New_York' }))
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return renderHook(() => useReschedule(reschedule), { wrapper })
}

const task = makeTask({ id: 3, title: 'Dentist', due_date: '2026-12-10T14:30:00Z' })

describe('useReschedule', () => {
  it('shows the task on its new day while saving, then says where it is', async () => {
    let finish = () => {}
    const saved = new Promise<void>((resolve) => {
      finish = resolve
    })
    const undo = vi.fn()
    const { result } = setup(() => saved)

    act(() => result.current.drop(task, '2026-12-17T14:30:00.000Z', undo))
    expect(result.current.moves.get(3)).toBe('2026-12-17T14:30:00.000Z')

    await act(async () => {
      finish()
      await saved
    })
    await waitFor(() => expect(result.current.moves.size).toBe(0))
    expect(result.current.message).toEqual({ tone: 'done', text: '“Dentist” is now due Thu 17 Dec 2026, 09:30.' })
    expect(undo).not.toHaveBeenCalled()
  })

  it('puts the task back and says why when it changed elsewhere (412)', async () => {
    const undo = vi.fn()
    const stale = new ApiError(
      412,
      { status: 412, title: 'Precondition Failed', type: 'about:blank', detail: 'The task changed.', errors: null, request_id: 'r1' },
      null,
    )
    const { result } = setup(() => Promise.reject(stale))

    act(() => result.current.drop(task, '2026-12-17T14:30:00.000Z', undo))

    await waitFor(() => expect(undo).toHaveBeenCalledOnce())
    expect(result.current.moves.size).toBe(0)
    expect(result.current.message?.tone).toBe('error')
    expect(result.current.message?.text).toMatch(/^“Dentist” was changed somewhere else in the meantime, so it was put back/)
  })
})

describe('failureText', () => {
  it('says why any other failure put the task back', () => {
    expect(failureText('Dentist', new Error('Network down'))).toBe('“Dentist” could not be moved, so it was put back: Network down')
  })
})
