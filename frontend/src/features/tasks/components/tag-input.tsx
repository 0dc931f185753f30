import { useId, useState, type KeyboardEvent } from 'react'

import { LoadError } from '@/components/load-error'
import { fieldHint } from '@/lib/api/field-messages'

import { useTags } from '../api/get-tags'

interface TagInputProps {
  value: string[]
  onChange: (tags: string[]) => void
  error?: string | undefined
}

interface Suggestion {
  name: string
  color: string | null
  isNew: boolean
}

const MAX_SUGGESTIONS = 8
const lower = (name: string) => name.toLocaleLowerCase()

/**
 * Tags as removable chips plus a combobox that suggests the user's tags (WAI-ARIA combobox with listbox
 * popup); a name not among them is offered as a new tag, which the API creates.
 */
export function TagInput({ value, onChange, error }: TagInputProps) {
  const id = useId()
  const listId = `${id}-list`
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const tagsQuery = useTags()
  const tags = tagsQuery.data?.items ?? []

  const query = lower(text.trim())
  const chosen = new Set(value.map(lower))
  const suggestions: Suggestion[] = tags
    .filter((tag) => !chosen.has(lower(tag.name)) && lower(tag.name).includes(query))
    .slice(0, MAX_SUGGESTIONS)
    .map((tag) => ({ name: tag.name, color: tag.color, isNew: false }))
  if (query && !chosen.has(query) && !tags.some((tag) => lower(tag.name) === query)) {
    suggestions.push({ name: text.trim(), color: null, isNew: true })
  }
  const expanded = open && suggestions.length > 0
  const activeOption = expanded && active >= 0 && active < suggestions.length ? suggestions[active] : undefined

  function add(name: string) {
    const trimmed = name.trim()
    setText('')
    setActive(-1)
    if (!trimmed || chosen.has(lower(trimmed))) return
    // An existing tag keeps its own spelling.
    const existing = tags.find((tag) => lower(tag.name) === lower(trimmed))
    onChange([...value, existing?.name ?? trimmed])
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      const last = suggestions.length - 1
      if (event.key === 'ArrowDown') setActive((current) => (current >= last ? 0 : current + 1))
      else setActive((current) => (current <= 0 ? last : current - 1))
    } else if (event.key === 'Enter' || event.key === ',') {
      // Enter adds the tag instead of submitting the task form.
      if (!text.trim() && !activeOption) return
      event.preventDefault()
      add(activeOption?.name ?? text)
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      onChange(value.slice(0, -1))
    }
  }

  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label">
        Tags
      </label>
      {value.length > 0 && (
        <ul className="list-unstyled d-flex flex-wrap gap-1 mb-2" aria-label="Chosen tags">
          {value.map((name) => (
            <li key={lower(name)} className="badge text-bg-secondary d-inline-flex align-items-center gap-1 fw-normal">
              <span>{name}</span>
              <button
                type="button"
                className="btn-close btn-close-white"
                style={{ fontSize: '0.6rem' }}
                aria-label={`Remove tag ${name}`}
                onClick={() => onChange(value.filter((tag) => tag !== name))}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="position-relative">
        <input
          id={id}
          type="text"
          role="combobox"
          className={`form-control${error ? ' is-invalid' : ''}`}
          autoComplete="off"
          maxLength={50}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${id}-option-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setOpen(true)
            setActive(-1)
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <div
          id={listId}
          role="listbox"
          aria-label="Tag suggestions"
          className="list-group position-absolute w-100 shadow-sm"
          style={{ zIndex: 10 }}
          hidden={!expanded}
        >
          {expanded &&
            suggestions.map((suggestion, index) => (
              <div
                key={`${suggestion.isNew ? 'new' : 'tag'}-${suggestion.name}`}
                id={`${id}-option-${index}`}
                role="option"
                tabIndex={-1}
                aria-selected={index === active}
                className={`list-group-item list-group-item-action d-flex align-items-center gap-2${index === active ? ' active' : ''}`}
                // Keeps the focus in the input, so the blur does not close the list before the click.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => add(suggestion.name)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') add(suggestion.name)
                }}
              >
                {suggestion.color && (
                  <span className="d-inline-block rounded-circle border" style={{ width: '0.75rem', height: '0.75rem', background: suggestion.color }} />
                )}
                {suggestion.isNew ? `Create tag “${suggestion.name}”` : suggestion.name}
              </div>
            ))}
        </div>
      </div>
      <div id={hintId} className="form-text">
        Type to search your tags; Enter adds one. A new name creates a tag. {fieldHint('task', 'tags')}
      </div>
      {error && (
        <div id={errorId} className="invalid-feedback d-block">
          {error}
        </div>
      )}
      {tagsQuery.isError && (
        <LoadError
          compact
          what="your tags to suggest"
          error={tagsQuery.error}
          onRetry={tagsQuery.refetch}
          retrying={tagsQuery.isFetching}
        />
      )}
    </div>
  )
}
