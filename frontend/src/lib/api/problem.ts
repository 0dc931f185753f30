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

  /** The field errors of a 422, keyed by field path (`title`, `tasks[3].title`, `recurrence.rrule`). */
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

/** Human words for an error, for toasts and banners. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 0) return 'TaskForge cannot be reached. Check your connection.'
    if (error.status === 429) return 'Too many requests. Wait a moment and try again.'
    return error.message
  }
  return error instanceof Error ? error.message : 'Something went wrong.'
}
