import { useEffect, useId, useRef, useState, type ReactNode } from 'react'

interface MenuItem {
  label: string
  onSelect: () => void
  danger?: boolean
}

/**
 * A button that shows a short list of actions below it (the disclosure pattern: Tab moves through them, Escape or
 * a click elsewhere closes the list and focus goes back to the button).
 */
export function DisclosureMenu({
  label,
  items,
  children,
  buttonClassName = 'btn btn-outline-secondary',
  tabIndex,
}: {
  label: string
  items: readonly MenuItem[]
  children: ReactNode
  buttonClassName?: string
  /** -1 keeps the button out of the tab order (a list row's menu, reached through its row). */
  tabIndex?: number
}) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('keydown', onKey)
    }
  }, [open])

  if (items.length === 0) return null
  return (
    <div ref={root} className="position-relative">
      <button
        ref={button}
        type="button"
        className={buttonClassName}
        tabIndex={tabIndex}
        aria-label={label}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((shown) => !shown)}
      >
        {children}
      </button>
      <ul id={id} className={`dropdown-menu tf-menu${open ? ' show' : ''}`} hidden={!open}>
        {items.map((item) => (
          <li key={item.label}>
            <button
              type="button"
              className={`dropdown-item${item.danger ? ' text-danger' : ''}`}
              onClick={() => {
                setOpen(false)
                item.onSelect()
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
