import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { currentUserQueryOptions } from '@/lib/auth/current-user'
import { expectData } from '@/lib/api/problem'

export type CalendarToken = Schemas['CalendarTokenOut']

/** Issues a new secret feed address (the previous one stops working); it is shown this once. */
export async function rotateCalendarToken(): Promise<CalendarToken> {
  return expectData(await api.POST('/api/auth/calendar-token'))
}

export function useRotateCalendarToken() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: rotateCalendarToken,
    onSuccess: () => {
      const key = currentUserQueryOptions().queryKey
      queryClient.setQueryData(key, (user) => (user ? { ...user, calendar_feed: true } : user))
      return queryClient.invalidateQueries({ queryKey: key })
    },
  })
}
