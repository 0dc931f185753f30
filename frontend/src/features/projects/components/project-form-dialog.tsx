import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react'

import { ColorDot } from '@/components/color-dot'
import { Dialog } from '@/components/dialog'
import { FormAlert } from '@/components/form/form-alert'
import { TextField } from '@/components/form/text-field'
import { useFocusInvalid } from '@/components/form/use-focus-invalid'
import { failureMessage, fieldHint, type FieldMessages } from '@/lib/api/field-messages'
import { formErrors } from '@/lib/api/form-errors'

import type { Project } from '../api/get-projects'
import { colorLabel, PROJECT_COLORS } from './project-colors'

/** The fields the form shows errors for; the API's others go in its alert. */
const FIELDS = ['name', 'color', 'description'] as const

export interface ProjectFormValues {
  name: string
  color: string
  description: string
  favorite: boolean
}

interface ProjectFormDialogProps {
  open: boolean
  /** The project to edit; a new one when left out. */
  project?: Project
  busy: boolean
  onClose: () => void
  /** Saves the values; rejects with the API's error, shown in the form. */
  onSubmit: (values: ProjectFormValues) => Promise<unknown>
}

/** Create or edit a project: name, colour, description (and, for a new one, whether it is a favourite). */
export function ProjectFormDialog({ open, project, busy, onClose, onSubmit }: ProjectFormDialogProps) {
  return (
    <Dialog open={open} title={project ? 'Edit project' : 'New project'} onClose={onClose}>
      {open && <ProjectForm key={project?.id ?? 'new'} project={project} busy={busy} onClose={onClose} onSubmit={onSubmit} />}
    </Dialog>
  )
}

function ProjectForm({ project, busy, onClose, onSubmit }: Omit<ProjectFormDialogProps, 'open'>) {
  const id = useId()
  const [values, setValues] = useState<ProjectFormValues>(() => ({
    name: project?.name ?? '',
    color: project?.color ?? PROJECT_COLORS[0].value,
    description: project?.description ?? '',
    favorite: project?.favorite ?? false,
  }))
  const [errors, setErrors] = useState<FieldMessages>({})
  const formRef = useRef<HTMLFormElement>(null)
  useFocusInvalid(formRef, errors)
  const nameRef = useRef<HTMLInputElement>(null)
  // The dialog's showModal() focuses the element marked autofocus (it runs after this effect).
  useEffect(() => {
    nameRef.current?.setAttribute('autofocus', '')
    nameRef.current?.focus()
  }, [])
  const [alert, setAlert] = useState<string | null>(null)
  const set = <K extends keyof ProjectFormValues>(key: K, value: ProjectFormValues[K]) => setValues({ ...values, [key]: value })
  // A colour set elsewhere (through the API) stays choosable.
  const colors = PROJECT_COLORS.some((color) => color.value === values.color)
    ? PROJECT_COLORS
    : [...PROJECT_COLORS, { value: values.color, label: colorLabel(values.color) }]

  function submit(event: SyntheticEvent) {
    event.preventDefault()
    if (busy) return
    if (!values.name.trim()) {
      setErrors({ name: failureMessage('project', 'name', { kind: 'blank' }) })
      return
    }
    setErrors({})
    setAlert(null)
    onSubmit(values).then(onClose, (error: unknown) => {
      const { fields, alert: rest } = formErrors(error, 'project', FIELDS)
      setErrors(fields)
      setAlert(rest)
    })
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit}>
      <FormAlert message={alert} />
      <TextField
        label="Name"
        value={values.name}
        maxLength={100}
        required
        inputRef={nameRef}
        error={errors.name}
        hint={fieldHint('project', 'name')}
        onChange={(event) => set('name', event.target.value)}
      />
      <div className="mb-3">
        <label htmlFor={`${id}-color`} className="form-label">
          Colour
        </label>
        <div className="d-flex align-items-center gap-2">
          <ColorDot color={values.color} className="fs-4" />
          <select
            id={`${id}-color`}
            className={`form-select${errors.color ? ' is-invalid' : ''}`}
            value={values.color}
            aria-invalid={errors.color ? true : undefined}
            aria-describedby={errors.color ? `${id}-color-error` : undefined}
            onChange={(event) => set('color', event.target.value)}
          >
            {colors.map((color) => (
              <option key={color.value} value={color.value}>
                {color.label}
              </option>
            ))}
          </select>
        </div>
        {errors.color && (
          <div id={`${id}-color-error`} className="invalid-feedback d-block">
            {errors.color}
          </div>
        )}
      </div>
      <div className="mb-3">
        <label htmlFor={`${id}-description`} className="form-label">
          Description
        </label>
        <textarea
          id={`${id}-description`}
          className={`form-control${errors.description ? ' is-invalid' : ''}`}
          rows={2}
          value={values.description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? `${id}-description-error` : undefined}
          onChange={(event) => set('description', event.target.value)}
        />
        {errors.description && (
          <div id={`${id}-description-error`} className="invalid-feedback">
            {errors.description}
          </div>
        )}
      </div>
      {!project && (
        <div className="form-check mb-3">
          <input
            id={`${id}-favorite`}
            type="checkbox"
            className="form-check-input"
            checked={values.favorite}
            onChange={(event) => set('favorite', event.target.checked)}
          />
          <label htmlFor={`${id}-favorite`} className="form-check-label">
            Add to favourites
          </label>
        </div>
      )}
      <div className="d-flex justify-content-end gap-2 border-top pt-3">
        <button type="button" className="btn btn-outline-secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {project ? 'Save' : 'Add project'}
        </button>
      </div>
    </form>
  )
}
