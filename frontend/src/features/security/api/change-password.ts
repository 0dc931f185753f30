import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

import { securityKeys } from './get-sessions'

export type PasswordChange = Schemas['PasswordChangeIn']

/** Changes the password; resolves to how many other sessions the change signed out. */
export async function changePassword(body: PasswordChange): Promise<number> {
  return expectData(await api.POST('/api/auth/password', { body })).revoked
}

/** Changes the password: every other session is signed out, so the device list is fetched again. */
export function useChangePassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: securityKeys.all }),
  })
}
