import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { setTokens } from '@/lib/auth/session'

import { deletionPreviewQueryOptions } from './get-deletion-preview'

export type AccountDeletion = Schemas['AccountDeletionIn']
export type ProjectChoice = NonNullable<AccountDeletion['projects']>[number]

/** Deletes the signed-in account for good; its tokens stop working at once. */
export async function deleteAccount(body: AccountDeletion): Promise<void> {
  expectData(await api.DELETE('/api/auth/me', { body }))
}

export function useDeleteAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => {
      // The account is gone: nothing of it stays in this browser.
      setTokens(null)
      queryClient.clear()
    },
    onError: () => queryClient.invalidateQueries({ queryKey: deletionPreviewQueryOptions().queryKey }),
  })
}
