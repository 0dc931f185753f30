import { fieldSentences, unclaimedSentences, type FieldMessages, type Scope } from './field-messages'
import { describeError, isApiError } from './problem'

export interface FormErrors {
  /** A sentence per field path (`title`, `reminders[0].before_due`): show each next to its field. */
  fields: FieldMessages
  /** For the form's alert: what no field of the form shows, or a failure that is not about fields. */
  alert: string | null
}

export interface FormErrorOptions {
  /** The field a 409 is about (a name already taken), chosen from its message; none: the alert. */
  conflict?: (message: string) => string | null
}

const NONE: FormErrors = { fields: {}, alert: null }

/** A 422's field errors as sentences, by path; empty for any other failure. */
export function fieldMessagesOf(error: unknown, scope: Scope): FieldMessages {
  return isApiError(error) && error.status === 422 ? fieldSentences(error.problem?.errors ?? [], scope) : {}
}

/**
 * What a form shows for a failed write: sentences next to the fields it has (`shown`, paths or their parents),
 * and everything else, still in words, in its alert.
 */
export function formErrors(
  error: unknown,
  scope: Scope,
  shown: readonly string[],
  options: FormErrorOptions = {},
): FormErrors {
  if (!error) return NONE
  if (isApiError(error) && error.status === 409 && options.conflict) {
    const field = options.conflict(error.message)
    if (field) return { fields: { [field]: error.message }, alert: null }
  }
  const fields = fieldMessagesOf(error, scope)
  if (Object.keys(fields).length === 0) return { fields, alert: describeError(error) }
  const rest = unclaimedSentences(fields, shown, scope)
  return { fields, alert: rest.length > 0 ? rest.join(' ') : null }
}
