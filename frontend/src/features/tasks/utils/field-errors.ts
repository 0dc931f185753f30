/**
 * Field errors by path (`title`, `reminders[0].at`), as the form's own checks find them. The API's are turned into
 * sentences by @/lib/api/field-messages, which also finds a path's message (`messageAt`) and the unclaimed ones.
 */
export type FieldErrors = Record<string, string>
