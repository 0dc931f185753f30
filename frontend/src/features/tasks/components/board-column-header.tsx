import { useState, type SyntheticEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { ConfirmDialog } from '@/components/confirm-dialog'
import { PencilIcon, TrashIcon } from '@/components/icons'
import { formErrors } from '@/lib/api/form-errors'
import { describeError } from '@/lib/api/problem'

import { useDeleteSection } from '../api/delete-section'
import type { Section } from '../api/get-sections'
import { useRenameSection } from '../api/rename-section'

/** A section's name, renamed in place, and its removal (the board's admins). */
export function SectionActions({ section }: { section: Section }) {
  const rename = useRenameSection()
  const remove = useDeleteSection()
  const [editing, setEditing] = useState(false)
  const [name, setName] = useState(section.name)
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const fail = (failure: unknown) => toast.error(describeError(failure))

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    const next = name.trim()
    if (!next || next === section.name) {
      setEditing(false)
      return
    }
    setError(undefined)
    rename.mutate(
      { section, name: next },
      {
        onSuccess: () => setEditing(false),
        onError: (failure) => {
          // The name's problem under the name; anything else (no right, no answer) in a toast.
          const { fields, alert } = formErrors(failure, 'section', ['name'])
          setError(fields.name)
          if (alert) toast.error(alert)
        },
      },
    )
  }

  if (editing) {
    return (
      <form className="d-flex flex-wrap gap-1 w-100" onSubmit={submit}>
        <label htmlFor={`section-name-${section.id}`} className="visually-hidden">
          Name of the section
        </label>
        <input
          id={`section-name-${section.id}`}
          className={`form-control form-control-sm w-auto flex-grow-1${error ? ' is-invalid' : ''}`}
          value={name}
          maxLength={100}
          ref={(input) => input?.focus()}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `section-name-${section.id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault()
              setName(section.name)
              setEditing(false)
            }
          }}
        />
        <button type="submit" className="btn btn-sm btn-primary" disabled={rename.isPending}>
          Save
        </button>
        {error && (
          <div id={`section-name-${section.id}-error`} className="invalid-feedback d-block mt-0 w-100">
            {error}
          </div>
        )}
      </form>
    )
  }
  return (
    <>
      <button
        type="button"
        className="btn btn-sm btn-link link-secondary p-0 px-1"
        aria-label={`Rename section ${section.name}`}
        title="Rename"
        onClick={() => {
          setName(section.name)
          setEditing(true)
        }}
      >
        <PencilIcon />
      </button>
      <button
        type="button"
        className="btn btn-sm btn-link link-danger p-0 px-1"
        aria-label={`Delete section ${section.name}`}
        title="Delete"
        onClick={() => setConfirming(true)}
      >
        <TrashIcon />
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Delete the section “${section.name}”?`}
        confirmLabel="Delete section"
        danger
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(section, { onSuccess: () => setConfirming(false), onError: fail })}
      >
        <p className="mb-0">Its tasks stay in the project, under “No section”.</p>
      </ConfirmDialog>
    </>
  )
}
