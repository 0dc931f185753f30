/**
 * The API's field errors (422 problem+json `errors: [{field, message}]`) as sentences for people, shown next to
 * their fields: never a regex, a pydantic phrase or an internal field name. Fields are paths as the backend writes
 * them (taskforge/api/parsing.py): `title`, `recurrence.rrule`, `tags[2]`, `reminders[0].before_due`; a union's
 * member shows as a segment of its own (`reminders[0].ReminderBeforeDue.before_due`), which is dropped here.
 */
import { classifyFailure, type Failure } from './field-failures'
import { ITEM_LABELS, LABELS, SCOPES, type FieldSpec, type Scope } from './field-specs'
import type { FieldError } from './problem'
import { serviceSentence } from './service-messages'

export type { Scope } from './field-specs'
/** Sentences by field path (`title`, `reminders[0].before_due`). */
export type FieldMessages = Record<string, string>

type Segment = string | number

const SEGMENT = /\[(\d+)\]|([^.[\]]+)/g

function splitPath(field: string): Segment[] {
  return [...field.matchAll(SEGMENT)].map((match) => (match[1] !== undefined ? Number(match[1]) : (match[2] ?? '')))
}

function joinPath(segments: readonly Segment[]): string {
  return segments.reduce<string>(
    (path, segment) => (typeof segment === 'number' ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment),
    '',
  )
}

// A union member's model name (ReminderAt): field names are snake_case, or a header's (Idempotency-Key).
const isBranch = (segment: Segment): segment is string => typeof segment === 'string' && /^[A-Z][A-Za-z0-9]*$/.test(segment)

/** `tasks[].title` for `tasks[3].title`: the key of the field's spec. */
const specKey = (segments: readonly Segment[]) => joinPath(segments).replace(/\[\d+\]/g, '[]')

function humanise(name: string): string {
  const words = name
    .replace(/_id$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase()
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'This field'
}

/** The table's own entry (a field named `constructor` is not Object's). */
const own = <T>(table: Record<string, T>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined)

function specOf(scope: Scope, segments: readonly Segment[]): FieldSpec {
  const spec = own(SCOPES[scope], specKey(segments))
  if (spec) return spec
  const name = [...segments].reverse().find((segment): segment is string => typeof segment === 'string')
  if (name === undefined) return { label: 'This field' }
  const item = typeof segments[segments.length - 1] === 'number' ? own(ITEM_LABELS, name) : undefined
  return { label: item ?? own(LABELS, name) ?? humanise(name) }
}

/** "The title", "The ID": the label as the subject of a sentence. */
function theLabel(label: string): string {
  return /^[A-Z]{2}/.test(label) ? `The ${label}` : `The ${label.charAt(0).toLowerCase()}${label.slice(1)}`
}

const count = (limit: number | undefined) => (limit ?? 0).toLocaleString('en')
const orList = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`

function emptySentence(spec: FieldSpec, the: string, blank: boolean): string {
  if (spec.noun) return `Enter ${spec.noun}.`
  return blank ? `${the} cannot be blank.` : `${the} is missing.`
}

/** The sentence for a kind of failure of the field: its own, else one made from its rule or label. */
function failureSentence(spec: FieldSpec, failure: Failure): string {
  const said = spec.say?.[failure.kind]
  if (said) return said
  const the = theLabel(spec.label)
  const rule = spec.rule ? `Use ${spec.rule}.` : null
  const limit = count(failure.limit)
  switch (failure.kind) {
    case 'missing':
      return emptySentence(spec, the, false)
    case 'blank':
      return emptySentence(spec, the, true)
    case 'too_short':
      if ((failure.limit ?? 0) <= 1) return emptySentence(spec, the, true)
      return rule ?? `${the} needs at least ${limit} characters.`
    case 'too_long':
      return rule ?? `${the} can be at most ${limit} characters long.`
    case 'pattern':
      return rule ?? `${the} contains characters that are not allowed.`
    case 'time_zone':
      return rule ?? `${the} must be a time zone such as Europe/Berlin.`
    case 'too_few':
      return `${the} needs at least ${limit}.`
    case 'too_many':
      return `Use at most ${limit} ${spec.label.toLowerCase()}.`
    case 'too_small':
      return `${the} must be at least ${limit}.`
    case 'too_large':
      return `${the} must be at most ${limit}.`
    case 'choice':
      return `${the} must be ${orList((failure.choices ?? []).map((choice) => `“${choice}”`))}.`
    case 'date':
      return `${the} must be a date and time such as 2030-01-31T09:00:00Z.`
    case 'email':
      return 'Enter an email address such as name@example.com.'
    case 'bad_text':
      return `${the} contains a character that cannot be saved (such as NUL): remove it.`
    case 'unexpected':
      return `${the} is not taken here. Reload the page and try again.`
    case 'wrong_type':
    case 'other':
      return `${the} is not valid.`
  }
}

// A message about a field read out of another (quick add's text leaves a title): its own words for that field.
const NESTED: readonly [RegExp, string, string][] = [[/^the title it leaves: (.+)$/, 'title', 'The title it leaves']]

function sentenceAt(scope: Scope, segments: readonly Segment[], message: string): string {
  for (const [pattern, field, where] of NESTED) {
    const inner = pattern.exec(message)?.[1]
    if (inner) return `${where}: ${sentenceAt(scope, [field], inner)}`
  }
  const spec = specOf(scope, segments)
  const failure = classifyFailure(message)
  if (failure.kind === 'other') return serviceSentence(message, theLabel(spec.label)) ?? failureSentence(spec, failure)
  return failureSentence(spec, failure)
}

const fieldSegments = (field: string) => splitPath(field).filter((segment) => !isBranch(segment))

/** One field error as a sentence for people, to show next to the field. */
export function fieldSentence(scope: Scope, field: string, message: string): string {
  return sentenceAt(scope, fieldSegments(field), message)
}

/** The sentence the API's error of this kind would get: for the form's own checks, so both say the same. */
export function failureMessage(scope: Scope, field: string, failure: Failure): string {
  return failureSentence(specOf(scope, fieldSegments(field)), failure)
}

/** What the field is called on screen. */
export function fieldLabel(scope: Scope, field: string): string {
  return specOf(scope, fieldSegments(field)).label
}

/** The hint under a field (what it takes), in the words its errors use; undefined when it has none. */
export function fieldHint(scope: Scope, field: string): string | undefined {
  const rule = specOf(scope, fieldSegments(field)).rule
  return rule ? `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.` : undefined
}

/** A sentence for a place away from its field (the form's alert, a toast): it names the field unless it does already. */
export function standaloneSentence(scope: Scope, field: string, sentence: string): string {
  // `body`: a rule between fields (pydantic's model validators), about the whole form.
  if (field === '' || field === 'body') return sentence
  const label = fieldLabel(scope, field)
  return sentence.toLowerCase().includes(label.toLowerCase()) ? sentence : `${label}: ${sentence}`
}

interface Parsed {
  error: FieldError
  segments: Segment[]
  /** Where the union member's name is in the path; -1: not in a union. */
  branchAt: number
}

/** How well a union member fits what was sent: failures of its values count, its missing or extra fields do not. */
function fit(errors: readonly Parsed[]): number {
  const real = errors.filter((parsed) => !['missing', 'unexpected'].includes(classifyFailure(parsed.error.message).kind))
  return real.length * 1000 - errors.length
}

/**
 * The errors of a union's best-fitting member only: a reminder `{before_due: -1}` fails as ReminderAt (no `at`,
 * `before_due` not allowed) and as ReminderBeforeDue (below 0); only the latter is about what the person did.
 */
function bestBranches(errors: readonly FieldError[]): Parsed[] {
  const parsed = errors.map((error) => {
    const segments = splitPath(error.field)
    return { error, segments, branchAt: segments.findIndex(isBranch) }
  })
  const unions = new Map<string, Map<string, Parsed[]>>()
  for (const item of parsed) {
    if (item.branchAt < 0) continue
    const parent = joinPath(item.segments.slice(0, item.branchAt))
    const branches = unions.get(parent) ?? new Map<string, Parsed[]>()
    const branch = String(item.segments[item.branchAt])
    branches.set(branch, [...(branches.get(branch) ?? []), item])
    unions.set(parent, branches)
  }
  const best = new Map<string, string>()
  for (const [parent, branches] of unions) {
    const ranked = [...branches].sort(([, a], [, b]) => fit(b) - fit(a))
    best.set(parent, ranked[0]?.[0] ?? '')
  }
  return parsed.filter(
    (item) => item.branchAt < 0 || best.get(joinPath(item.segments.slice(0, item.branchAt))) === item.segments[item.branchAt],
  )
}

/** The field errors of a problem as sentences, by field path (a union member's name left out); the first per field. */
export function fieldSentences(errors: readonly FieldError[], scope: Scope): FieldMessages {
  const messages: FieldMessages = {}
  for (const { error, segments } of bestBranches(errors)) {
    const path = segments.filter((segment) => !isBranch(segment))
    messages[joinPath(path) || 'body'] ??= sentenceAt(scope, path, error.message)
  }
  return messages
}

const under = (key: string, path: string) => key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`)

/** The message for `path` or for anything inside it (`reminders[0]` has `reminders[0].before_due`'s). */
export function messageAt(messages: FieldMessages, path: string): string | undefined {
  const key = Object.keys(messages).find((candidate) => under(candidate, path))
  return key === undefined ? undefined : messages[key]
}

/** The messages no field of the form shows, each naming its field: for the form's alert. */
export function unclaimedSentences(messages: FieldMessages, shown: readonly string[], scope: Scope): string[] {
  return Object.entries(messages)
    .filter(([key]) => !shown.some((path) => under(key, path)))
    .map(([key, message]) => standaloneSentence(scope, key, message))
}
