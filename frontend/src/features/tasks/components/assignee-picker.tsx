import { useId, useState } from 'react'

import { Avatar } from '@/components/avatar'
import { LoadError } from '@/components/load-error'
import { useCurrentUser } from '@/lib/auth/current-user'
import { canBeAssigned, usePeople, type ProjectPerson } from '@/lib/projects/people-query'
import { useProjects } from '@/lib/projects/projects-query'

import type { Person } from '../utils/task-form-values'

/** As many people as the API takes on one task. */
export const MAX_ASSIGNEES = 20
/** More people than this, and a box to find them by name comes first. */
const FILTER_FROM = 8

interface AssigneePickerProps {
  /** The task's project; null: the Inbox. */
  projectId: number | null
  value: readonly Person[]
  onChange: (assignees: Person[]) => void
  /** The API's message for `assignee_ids` (a 422 naming someone who cannot edit the project). */
  error?: string | undefined
}

const byName = (a: Person, b: Person) => a.username.localeCompare(b.username) || a.id - b.id

/**
 * The people who may be given the project's tasks (its members who can edit it; in the Inbox, only the user), and
 * those already assigned (someone who has since lost the right stays listed, to be taken off).
 */
function choicesOf(members: readonly ProjectPerson[] | undefined, me: Person | null, value: readonly Person[]): Person[] {
  const people = new Map<number, Person>()
  for (const member of members ?? []) if (canBeAssigned(member)) people.set(member.user.id, member.user)
  if (me && people.size === 0) people.set(me.id, me)
  for (const person of value) people.set(person.id, person)
  return [...people.values()].sort(byName)
}

/** The message with the id it names ("user 12 cannot edit ...") replaced by the person's name when known. */
function withNames(message: string, people: readonly Person[]): string {
  return message.replace(/\buser (\d+)\b/i, (text, id: string) => people.find((person) => person.id === Number(id))?.username ?? text)
}

/** Who the task is given to: one checkbox per person who may take it (keyboard: Tab and Space), with their avatars. */
export function AssigneePicker({ projectId, value, onChange, error }: AssigneePickerProps) {
  const id = useId()
  const [query, setQuery] = useState('')
  const me = useCurrentUser().data
  const projects = useProjects().data
  const shownId = projectId ?? projects?.find((project) => project.inbox)?.id ?? null
  const members = usePeople(shownId)
  const choices = choicesOf(members.data, me ? { id: me.id, username: me.username } : null, value)
  const needle = query.trim().toLowerCase()
  const shown = needle ? choices.filter((person) => person.username.toLowerCase().includes(needle)) : choices
  const chosen = new Set(value.map((person) => person.id))
  const full = value.length >= MAX_ASSIGNEES

  const toggle = (person: Person, on: boolean) =>
    onChange(on ? [...value, person].sort(byName) : value.filter((other) => other.id !== person.id))

  return (
    <fieldset className="mb-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="form-label fs-6 mb-1">Assignees</legend>
      {choices.length > FILTER_FROM && (
        <input
          type="search"
          className="form-control form-control-sm mb-2"
          aria-label="Find a person"
          placeholder="Find a person"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      )}
      {members.isError && (
        <LoadError what="the project’s members" error={members.error} onRetry={members.refetch} retrying={members.isFetching} compact />
      )}
      {members.isPending && shownId !== null ? (
        <p className="small text-body-secondary mb-0">Loading people…</p>
      ) : (
        <ul className="list-unstyled d-flex flex-wrap gap-2 mb-0 assignee-options">
          {shown.map((person) => (
            <li key={person.id} className="form-check d-flex align-items-center gap-1 mb-0 border rounded-pill ps-2 pe-3 py-1">
              <input
                id={`${id}-${person.id}`}
                type="checkbox"
                className="form-check-input m-0 me-1"
                checked={chosen.has(person.id)}
                disabled={full && !chosen.has(person.id)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => toggle(person, event.target.checked)}
              />
              <label htmlFor={`${id}-${person.id}`} className="form-check-label d-flex align-items-center gap-1">
                <Avatar user={person} size="sm" decorative />
                {person.id === me?.id ? `${person.username} (you)` : person.username}
              </label>
            </li>
          ))}
          {shown.length === 0 && <li className="small text-body-secondary">Nobody matches.</li>}
        </ul>
      )}
      {full && <div className="form-text">A task can be given to {MAX_ASSIGNEES} people at most.</div>}
      {error && (
        <div id={`${id}-error`} className="invalid-feedback d-block">
          {withNames(error, choices)}
        </div>
      )}
    </fieldset>
  )
}
