import { useId, type InputHTMLAttributes, type Ref } from 'react'

import { hintBeside } from './hint'

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string
  /** The API's message for this field (422 problem+json), shown under it and announced. */
  error?: string | undefined
  /** What the field takes; left out while an error says the same. */
  hint?: string | undefined
  inputRef?: Ref<HTMLInputElement>
}

/** A labelled Bootstrap input whose error is tied to it with aria-describedby and aria-invalid. */
export function TextField({ label, error, hint: givenHint, className, inputRef, ...input }: TextFieldProps) {
  const id = useId()
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const hint = hintBeside(givenHint, error)
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined
  return (
    <div className={className ?? 'mb-3'}>
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        className={`form-control${error ? ' is-invalid' : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {hint && (
        <div id={hintId} className="form-text">
          {hint}
        </div>
      )}
      {error && (
        <div id={errorId} className="invalid-feedback">
          {error}
        </div>
      )}
    </div>
  )
}
