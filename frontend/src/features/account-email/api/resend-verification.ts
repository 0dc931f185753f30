import { useMutation } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

/** Emails the signed-in user a new verification link (the earlier one stops working). */
export async function resendVerification(): Promise<void> {
  expectData(await api.POST('/api/auth/email/verification'))
}

export function useResendVerification() {
  return useMutation({ mutationFn: resendVerification })
}
