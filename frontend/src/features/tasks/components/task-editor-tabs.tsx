import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface EditorTab {
  id: string
  label: string
  content: ReactNode
}

interface EditorTabsProps {
  tabs: EditorTab[]
  selected: string
  onSelect: (id: string) => void
}

/**
 * WAI-ARIA tabs (arrow keys, Home, End move between them). Every panel stays mounted, so switching tabs
 * keeps unsaved edits.
 */
export function EditorTabs({ tabs, selected, onSelect }: EditorTabsProps) {
  const id = useId()
  const buttons = useRef(new Map<string, HTMLButtonElement>())

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = tabs.length - 1
    const next =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null
    const tab = next === null ? undefined : tabs[next]
    if (!tab) return
    event.preventDefault()
    onSelect(tab.id)
    buttons.current.get(tab.id)?.focus()
  }

  return (
    <>
      <div role="tablist" aria-label="Task sections" className="nav nav-tabs mb-3">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element)
              else buttons.current.delete(tab.id)
            }}
            id={`${id}-tab-${tab.id}`}
            type="button"
            role="tab"
            className={`nav-link${tab.id === selected ? ' active' : ''}`}
            aria-selected={tab.id === selected}
            aria-controls={`${id}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          id={`${id}-panel-${tab.id}`}
          role="tabpanel"
          aria-labelledby={`${id}-tab-${tab.id}`}
          hidden={tab.id !== selected}
        >
          {tab.content}
        </div>
      ))}
    </>
  )
}
