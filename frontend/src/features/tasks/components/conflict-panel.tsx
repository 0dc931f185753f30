import { useId } from 'react'

import { priorityLabel } from '@/lib/priorities'
import { useProjects } from '@/lib/projects/projects-query'
import { formatInZone } from '@/lib/zoned-time'

import { useSections } from '../api/get-sections'
import type { Task } from '../api/get-tasks'
import { describeRRule } from '../utils/rrule-text'
import type { Person, TaskField, TaskFields } from '../utils/task-form-values'

const LABELS: Record<TaskField, string> = {
  title: 'Title',
  description: 'Description',
  priority: 'Priority',
  due_date: 'Due',
  tags: 'Tags',
  recurrence: 'Repeat',
  reminders: 'Reminders',
  project_id: 'Project',
  section_id: 'Section',
  assignee_ids: 'Assignees',
}

/** Project, section and people's names by id (an id stands for one that is not known here). */
interface Names {
  project: (id: number | null) => string
  section: (id: number | null) => string
  person: (id: number) => string
}

/** A field's value in words, for comparing two versions. */
function describeField(field: TaskField, fields: TaskFields, zone: string, names: Names): string {
  switch (field) {
    case 'project_id':
      return names.project(fields.project_id)
    case 'section_id':
      return names.section(fields.section_id)
    case 'title':
      return fields.title
    case 'description':
      return fields.description ?? '(none)'
    case 'priority':
      return priorityLabel(fields.priority)
    case 'due_date':
      return fields.due_date ? formatInZone(fields.due_date, zone) : '(none)'
    case 'tags':
      return fields.tags.length > 0 ? fields.tags.join(', ') : '(none)'
    case 'assignee_ids':
      return fields.assignee_ids.length > 0 ? fields.assignee_ids.map(names.person).join(', ') : '(nobody)'
    case 'recurrence': {
      const rule = fields.recurrence
      if (!rule) return 'Does not repeat'
      const anchor = rule.anchor === 'completion' ? ', from completion' : ''
      return `${describeRRule(rule.rrule.toUpperCase()) ?? rule.rrule}${anchor}`
    }
    case 'reminders':
      return fields.reminders.length > 0
        ? fields.reminders
            .map((reminder) =>
              'before_due' in reminder ? `${reminder.before_due} min before due` : formatInZone(reminder.at, zone),
            )
            .join('; ')
        : '(none)'
  }
}

interface ConflictPanelProps {
  theirs: Task
  theirFields: TaskFields
  yourFields: TaskFields
  /** The people the user's version assigns (their names, for the comparison). */
  yourPeople?: readonly Person[]
  /** The fields the user changed. */
  yours: readonly TaskField[]
  /** The fields the other change made. */
  changedByThem: readonly TaskField[]
  zone: string
  busy: boolean
  onApply: () => void
  onDiscard: () => void
}

/** After a 412: the newer version next to the user's edits, and the two ways on (never a silent overwrite). */
export function ConflictPanel(props: ConflictPanelProps) {
  const { theirFields, yourFields, zone } = props
  const headingId = useId()
  const fields = [...new Set([...props.yours, ...props.changedByThem])]
  const projects = useProjects().data ?? []
  const sections = useSections(props.theirs.project_id).data ?? []
  const names: Names = {
    project: (id) => projects.find((project) => project.id === id)?.name ?? (id === null ? 'Inbox' : `Project #${id}`),
    section: (id) => (id === null ? 'No section' : (sections.find((section) => section.id === id)?.name ?? `Section #${id}`)),
    person: (id) =>
      [...props.theirs.assignees, ...(props.yourPeople ?? [])].find((person) => person.id === id)?.username ?? `User #${id}`,
  }
  return (
    <section className="alert alert-warning" aria-labelledby={headingId}>
      <div role="alert">
        <h3 id={headingId} className="fs-6 fw-bold">
          Someone else changed this task
        </h3>
        <p className="mb-2">
          It is now at version {props.theirs.version}. Compare the two versions, then keep your changes on top of
          theirs or take theirs.
        </p>
      </div>
      <div className="table-responsive">
        <table className="table table-sm mb-2">
          <caption className="visually-hidden">Their version and yours</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Their version</th>
              <th scope="col">Your version</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{LABELS[field]}</th>
                <td className="text-break">{describeField(field, theirFields, zone, names)}</td>
                <td className="text-break">
                  {props.yours.includes(field) ? describeField(field, yourFields, zone, names) : '(not changed by you)'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="d-flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary btn-sm" disabled={props.busy} onClick={props.onApply}>
          Apply my changes to the new version
        </button>
        <button type="button" className="btn btn-outline-secondary btn-sm" disabled={props.busy} onClick={props.onDiscard}>
          Discard my changes
        </button>
      </div>
    </section>
  )
}
