import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'

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

/** The account is gone: nothing of it stays in this browser (after leaving the signed-in pages, so they do not
 * send the person to the login page with a `next` back to where they were). */
function forgetAccount(queryClient: QueryClient): void {
  setTokens(null)
  queryClient.clear()
}

/** `onDeleted` runs even when the page has gone meanwhile (a request that met the account's end signed out first). */
export function useDeleteAccount(onDeleted: () => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => {
      onDeleted()
      forgetAccount(queryClient)
    },
    onError: () => queryClient.invalidateQueries({ queryKey: deletionPreviewQueryOptions().queryKey }),
  })
}
