/**
 * What kind of failure an API field error is, read from its message: pydantic's own wording ("String should have
 * at most 200 characters"), our shared validators' (backend taskforge/api/types.py: "must not be blank"), or,
 * for anything else, a message of the service's own (kind `other`).
 */

export type FailureKind =
  | 'missing'
  | 'blank'
  | 'too_short'
  | 'too_long'
  | 'pattern'
  | 'too_few'
  | 'too_many'
  | 'too_small'
  | 'too_large'
  | 'wrong_type'
  | 'choice'
  | 'date'
  | 'time_zone'
  | 'email'
  | 'bad_text'
  | 'unexpected'
  | 'other'

export interface Failure {
  kind: FailureKind
  /** The limit the message names (a length, a count, a bound). */
  limit?: number
  /** The values allowed, for `choice` ("Input should be 'viewer', 'editor' or 'admin'"). */
  choices?: string[]
}

const number = (text: string | undefined): number => Number(text)

/** Pydantic's messages for one limit: the kind, and the limit read from the message. */
const LIMITS: readonly [RegExp, FailureKind][] = [
  [/^String should have at least (\d+) characters?$/, 'too_short'],
  [/^String should have at most (\d+) characters?$/, 'too_long'],
  [/^List should have at least (\d+) items?\b/, 'too_few'],
  [/^List should have at most (\d+) items?\b/, 'too_many'],
  [/^Input should be greater than or equal to (-?\d+)$/, 'too_small'],
  [/^Input should be less than or equal to (-?\d+)$/, 'too_large'],
]

/** Messages without a limit: pydantic's, then those of the shared validators (backend taskforge/api/types.py). */
const FIXED: readonly [RegExp, FailureKind][] = [
  [/^Field required$/, 'missing'],
  [/^String should match pattern /, 'pattern'],
  [/^Extra inputs are not permitted$/, 'unexpected'],
  [/^Input should be (a valid|a finite|an instance|a dictionary)\b/, 'wrong_type'],
  [/^must not be blank$/, 'blank'],
  [/^must not contain NUL characters$/, 'bad_text'],
  [/^must be valid Unicode text\b/, 'bad_text'],
  [/^must (be an ISO 8601 date-time|be a valid ISO 8601 date-time|carry a UTC offset)\b/, 'date'],
  [/^is out of the supported range$/, 'date'],
  [/^must be an IANA time zone name\b/, 'time_zone'],
  [/^is not a valid email address\b/, 'email'],
]

// "Input should be 'viewer', 'editor' or 'admin'", "Input should be 1 or 2", "Input should be 'taskforge'"
const CHOICE = /^Input should be ((?:'[^']*'|-?\d+)(?:(?:, | or )(?:'[^']*'|-?\d+))*)$/

function choicesOf(list: string): string[] {
  return list.split(/, | or /).map((item) => item.replace(/^'|'$/g, ''))
}

/** The kind of failure `message` reports (`other` when it is none of pydantic's or the shared validators'). */
export function classifyFailure(message: string): Failure {
  for (const [pattern, kind] of LIMITS) {
    const match = pattern.exec(message)
    if (match) return { kind, limit: number(match[1]) }
  }
  // Greater than / less than without "or equal" (not used by the API today): the bound itself is not allowed.
  const strict = /^Input should be (greater|less) than (-?\d+)$/.exec(message)
  if (strict) {
    const bound = number(strict[2])
    return strict[1] === 'greater' ? { kind: 'too_small', limit: bound + 1 } : { kind: 'too_large', limit: bound - 1 }
  }
  const choice = CHOICE.exec(message)
  if (choice?.[1]) return { kind: 'choice', choices: choicesOf(choice[1]) }
  for (const [pattern, kind] of FIXED) if (pattern.test(message)) return { kind }
  return { kind: 'other' }
}

// Words that only a programmer writes: pydantic's phrasing, a regex, a code span, a snake_case name.
const JARGON = [
  /\b(String|Input|List|Value|Tuple|Dictionary) should\b/,
  /\bField required\b/,
  /\bExtra inputs\b/,
  /\bValue error\b/,
  /\b[a-z]+_type\b/,
  /`/,
  /\^.*\$/,
  /\\[dswDSW]/,
  /\[[^\]]*-[^\]]*\]\{/,
  /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/,
]

/** Whether a message is fit to be read by people as it is: no regex, no pydantic wording, no internal name. */
export function isForPeople(message: string): boolean {
  return message.trim() !== '' && !JARGON.some((pattern) => pattern.test(message))
}
