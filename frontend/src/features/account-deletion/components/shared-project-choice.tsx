import { useId } from 'react'

import type { SharedProject } from '../api/get-deletion-preview'

export interface Choice {
  action: 'transfer' | 'delete'
  to: number | null
}

interface SharedProjectChoiceProps {
  project: SharedProject
  choice: Choice
  onChange: (choice: Choice) => void
}

/** One owned project other people use: hand it to one of them, or delete it for everyone. */
export function SharedProjectChoice({ project, choice, onChange }: SharedProjectChoiceProps) {
  const id = useId()
  const people = project.members_count === 1 ? '1 other person uses it' : `${project.members_count} other people use it`
  return (
    <fieldset className="border rounded p-2 mb-2">
      <legend className="fs-6 fw-semibold float-none w-auto px-1 mb-1">
        {project.name} <span className="fw-normal text-body-secondary">({people})</span>
      </legend>
      <div className="form-check">
        <input
          className="form-check-input"
          type="radio"
          id={`${id}-transfer`}
          name={`${id}-action`}
          checked={choice.action === 'transfer'}
          onChange={() => onChange({ ...choice, action: 'transfer' })}
        />
        <label className="form-check-label" htmlFor={`${id}-transfer`}>
          Give it to another member
        </label>
      </div>
      {choice.action === 'transfer' && (
        <div className="ms-4 mb-2">
          <label className="form-label small" htmlFor={`${id}-to`}>
            New owner of {project.name}
          </label>
          <select
            id={`${id}-to`}
            className="form-select form-select-sm"
            value={choice.to ?? ''}
            onChange={(event) => onChange({ ...choice, to: Number(event.target.value) })}
          >
            {project.members.map((member) => (
              <option key={member.id} value={member.id}>
                {member.username}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-check">
        <input
          className="form-check-input"
          type="radio"
          id={`${id}-delete`}
          name={`${id}-action`}
          checked={choice.action === 'delete'}
          onChange={() => onChange({ ...choice, action: 'delete' })}
        />
        <label className="form-check-label" htmlFor={`${id}-delete`}>
          Delete it for everyone, with its tasks
        </label>
      </div>
    </fieldset>
  )
}
