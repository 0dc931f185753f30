import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { currentUserQueryOptions } from '@/lib/auth/current-user'
import { expectData } from '@/lib/api/problem'

/** Turns the calendar feed off: its address stops working. */
export async function revokeCalendarToken(): Promise<void> {
  expectData(await api.DELETE('/api/auth/calendar-token'))
}

export function useRevokeCalendarToken() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: revokeCalendarToken,
    onSuccess: () => {
      const key = currentUserQueryOptions().queryKey
      queryClient.setQueryData(key, (user) => (user ? { ...user, calendar_feed: false } : user))
      return queryClient.invalidateQueries({ queryKey: key })
    },
  })
}
