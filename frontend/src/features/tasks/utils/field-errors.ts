/** The API's 422 field errors (keyed by path: `title`, `recurrence.rrule`, `reminders[0].before_due`), by field. */
export type FieldErrors = Record<string, string>

const under = (key: string, path: string) => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`)

/** The first message for `path` or anything inside it. */
export function errorFor(errors: FieldErrors, path: string): string | undefined {
  const key = Object.keys(errors).find((candidate) => under(candidate, path))
  return key === undefined ? undefined : errors[key]
}

/** The messages no field of the form shows (e.g. `parent_id`), as "field: message". */
export function unclaimedErrors(errors: FieldErrors, paths: readonly string[]): string[] {
  return Object.entries(errors)
    .filter(([key]) => !paths.some((path) => under(key, path)))
    .map(([key, message]) => `${key}: ${message}`)
}
