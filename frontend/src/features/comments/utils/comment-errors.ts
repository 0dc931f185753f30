import { fieldMessagesOf } from '@/lib/api/form-errors'
import { describeError, isApiError } from '@/lib/api/problem'

/** The longest comment the API takes. */
export const MAX_COMMENT = 10_000

/** The error to show for a refused comment: the API's words about the text (as a sentence), else the problem's. */
export function commentError(error: unknown): string {
  return fieldMessagesOf(error, 'comment').text ?? describeError(error)
}

/** The comment changed since it was read (412), or another change to it raced this one (409). */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && (error.status === 412 || error.status === 409)
}

/** The comment (or its task) is gone, or no longer the user's to see. */
export function isGone(error: unknown): boolean {
  return isApiError(error) && error.status === 404
}
