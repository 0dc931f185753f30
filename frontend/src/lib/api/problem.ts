import { fieldSentences, standaloneSentence } from './field-messages'
import type { components } from './schema'

export type Problem = components['schemas']['Problem']
export type FieldError = components['schemas']['FieldErrorOut']

/** An API answer other than 2xx (an RFC 9457 problem), or no answer at all (status 0). */
export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem | null
  readonly response: Response | null

  constructor(status: number, problem: Problem | null, response: Response | null, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `Request failed (${status})`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.response = response
  }

  /**
   * The field errors of a 422 as the API wrote them, keyed by field path (`title`, `tasks[3].title`). Not for
   * people: show `fieldMessagesOf` / `formErrors` (./form-errors), which turn them into sentences.
   */
  get fieldErrors(): Record<string, string> {
    const errors: Record<string, string> = {}
    for (const error of this.problem?.errors ?? []) errors[error.field] ??= error.message
    return errors
  }

  /** Seconds to wait before retrying, from `Retry-After` (429, 503), if given. */
  get retryAfter(): number | null {
    const value = this.response?.headers.get('Retry-After')
    const seconds = value ? Number(value) : NaN
    return Number.isFinite(seconds) ? seconds : null
  }
}

/** A write refused before it was sent because the browser is offline (lib/online.ts). */
export class OfflineError extends ApiError {
  constructor() {
    super(0, null, null, 'You are offline: changes are disabled until you are back online.')
    this.name = 'OfflineError'
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'title' in body
}

/** Turns an openapi-fetch result into its data, or throws an ApiError carrying the problem. */
export function expectData<T>(result: { data?: T; error?: unknown; response: Response }): T {
  const { data, error, response } = result
  if (error !== undefined || !response.ok) {
    throw new ApiError(response.status, isProblem(error) ? error : null, response)
  }
  return data as T
}

/** The field errors of a 422 as sentences that name their fields, for a place that shows no field (a toast). */
function validationSentence(problem: Problem | null): string | null {
  const errors = problem?.errors ?? []
  if (errors.length === 0) return null
  return Object.entries(fieldSentences(errors, 'generic'))
    .map(([field, sentence]) => standaloneSentence('generic', field, sentence))
    .join(' ')
}

/** Human words for an error, for toasts and banners: never a regex or an internal field name. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error instanceof OfflineError) return error.message
    if (error.status === 0) return 'TaskForge cannot be reached. Check your connection.'
    if (error.status === 429) return 'Too many requests. Wait a moment and try again.'
    if (error.status === 422) return validationSentence(error.problem) ?? error.message
    // No problem document: a proxy's page (502, 504) or an answer from something that is not the API.
    if (!error.problem) {
      return error.status >= 500
        ? 'TaskForge is not answering right now. Try again in a moment.'
        : `Something went wrong (error ${error.status}). Try again.`
    }
    return error.message
  }
  return error instanceof Error ? error.message : 'Something went wrong.'
}
