import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { meQueryOptions } from './get-me'

export type UserUpdate = Schemas['UserUpdate']

export async function updateMe(body: UserUpdate): Promise<Schemas['UserOut']> {
  return expectData(await api.PATCH('/api/auth/me', { body }))
}

/** Changes the user's settings (time zone); every query depending on the user's days refetches. */
export function useUpdateMe() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: updateMe,
    onSuccess: async (user) => {
      queryClient.setQueryData(meQueryOptions().queryKey, user)
      await queryClient.invalidateQueries()
    },
  })
}
