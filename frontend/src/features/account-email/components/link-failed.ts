import { isApiError } from '@/lib/api/problem'

/** Whether the server refused the link's token (unknown, used, expired or replaced: one answer for all). */
export function linkFailed(error: unknown): boolean {
  return isApiError(error) && error.status === 422 && (error.problem?.errors ?? []).some((e) => e.field === 'token')
}
