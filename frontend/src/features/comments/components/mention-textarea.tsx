import { useLayoutEffect, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react'

import { Avatar, type AvatarUser } from '@/components/avatar'

import { insertMention, matchPeople, mentionAt } from '../utils/mentions'

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'onKeyDown' | 'onSelect' | 'onBlur'>

interface MentionTextareaProps extends TextareaProps {
  id: string
  value: string
  onChange: (value: string) => void
  /** Whom `@` offers, by username. */
  people: readonly AvatarUser[]
  /** Ctrl+Enter (⌘+Enter): send. */
  onSubmit?: () => void
}

/**
 * A textarea that offers the people to mention as `@` and letters are typed: a listbox under it, Up and Down to
 * choose (announced through aria-activedescendant, focus stays in the text), Enter or Tab to insert, Escape to
 * close. Clicking a name inserts it too.
 */
export function MentionTextarea({ id, value, onChange, people, onSubmit, className, ...textarea }: MentionTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const pendingCaret = useRef<number | null>(null)
  const [caret, setCaret] = useState<number | null>(null)
  const [active, setActive] = useState({ key: '', index: 0 })
  const [dismissed, setDismissed] = useState<number | null>(null)

  const mention = caret === null ? null : mentionAt(value, caret)
  const matches = mention && mention.start !== dismissed ? matchPeople(people, mention.query) : []
  const open = matches.length > 0
  const key = mention ? `${mention.start}:${mention.query}` : ''
  const activeIndex = active.key === key ? Math.min(active.index, matches.length - 1) : 0
  const listId = `${id}-mentions`
  const optionId = (index: number) => `${listId}-${index}`

  // After inserting a name, the caret goes right after it (the new value has to be rendered first).
  useLayoutEffect(() => {
    const at = pendingCaret.current
    if (at === null || !ref.current) return
    pendingCaret.current = null
    ref.current.setSelectionRange(at, at)
  })

  const track = (element: HTMLTextAreaElement) =>
    setCaret(element.selectionStart === element.selectionEnd ? element.selectionStart : null)

  function choose(username: string) {
    if (!mention || caret === null) return
    const next = insertMention(value, mention, caret, username)
    pendingCaret.current = next.caret
    setCaret(next.caret)
    onChange(next.text)
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (open && mention) {
      const move = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0
      if (move !== 0) {
        event.preventDefault()
        setActive({ key, index: (activeIndex + move + matches.length) % matches.length })
        return
      }
      const chosen = matches[activeIndex]
      if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey && chosen) {
        event.preventDefault()
        choose(chosen.username)
        return
      }
      if (event.key === 'Escape') {
        // Closes the list, not the dialog around it.
        event.preventDefault()
        event.stopPropagation()
        setDismissed(mention.start)
        return
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmit) {
      event.preventDefault()
      onSubmit()
    }
  }

  return (
    <div className="position-relative">
      <textarea
        {...textarea}
        ref={ref}
        id={id}
        className={className ?? 'form-control'}
        value={value}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(activeIndex) : undefined}
        onChange={(event) => {
          onChange(event.target.value)
          track(event.target)
        }}
        onSelect={(event) => track(event.currentTarget)}
        onKeyDown={onKeyDown}
        onBlur={() => setCaret(null)}
      />
      {open && (
        <div id={listId} role="listbox" aria-label="People to mention" className="mention-list list-group shadow-sm mt-1">
          {matches.map((person, index) => (
            <div
              key={person.id}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === activeIndex}
              className="list-group-item d-flex align-items-center gap-2 py-1"
              // Keeps the focus (and the caret) in the text.
              onMouseDown={(event) => {
                event.preventDefault()
                choose(person.username)
              }}
            >
              <Avatar user={person} size="sm" decorative />
              {person.username}
            </div>
          ))}
        </div>
      )}
      <div className="visually-hidden" role="status">
        {open ? `${matches.length} ${matches.length === 1 ? 'person matches' : 'people match'}: up and down to choose, Enter to insert.` : ''}
      </div>
    </div>
  )
}
