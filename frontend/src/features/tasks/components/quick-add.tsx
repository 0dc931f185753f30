import './quick-add.css'

import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react'

import { useTimeZone } from '@/lib/auth/current-user'
import { useOnline } from '@/lib/online'
import { useProjects } from '@/lib/projects/projects-query'
import { useShortcut } from '@/lib/shortcuts'

import { useParseTask, type Reading } from '../api/parse-task'
import { piecesOf, spansFor, summaryOf, type Piece } from './quick-add-text'
import { useQuickAddSubmit, type QuickAddDefaults } from './quick-add-submit'

/** How long typing pauses before the text is read. */
export const PARSE_DELAY_MS = 250

function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}

/** The text again behind the input, its recognised parts marked; hidden from assistive technology (the summary says it). */
function Highlights({ pieces, overlayRef }: { pieces: readonly Piece[]; overlayRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div ref={overlayRef} className="form-control quick-add-overlay" aria-hidden="true" data-testid="quick-add-highlights">
      {pieces.map((piece, index) =>
        piece.kind ? (
          <mark key={index} data-kind={piece.kind}>
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </div>
  )
}

/** What the reading of exactly `text` says, for the live summary ('' while the text is still being read). */
function useSummary(text: string, reading: Reading | undefined): string {
  const timeZone = useTimeZone()
  const projects = useProjects().data
  if (!text.trim() || reading?.text !== text) return ''
  return summaryOf(reading, {
    timeZone,
    now: new Date(),
    projectName: (projectId) => projects?.find((project) => project.id === projectId)?.name,
  })
}

export interface QuickAddProps extends QuickAddDefaults {
  /** How long typing pauses before the text is read (tests shorten it). */
  delayMs?: number
}

/**
 * One line to add a task in plain language ("Buy milk tomorrow 5pm #groceries p1"): what the API recognises is
 * highlighted as you type and said in a polite live summary; Enter creates the task and empties the box at once,
 * focused for the next one (a refused text comes back, with the reason beside it). `q` (the app's quick-add
 * shortcut) focuses it.
 */
export function QuickAdd({ projectId, assigneeIds, dueToday, delayMs = PARSE_DELAY_MS }: QuickAddProps) {
  const online = useOnline()
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const overlayRef = useRef<HTMLDivElement>(null)
  const [text, setText] = useState('')
  const reading = useParseTask(useDebounced(text, delayMs)).data
  const summary = useSummary(text, reading)
  // A refused text comes back to the box, unless the next one is being typed there already.
  const onFailed = useCallback((failed: string) => setText((current) => (current === '' ? failed : current)), [])
  const { submit, error, clearError } = useQuickAddSubmit({ projectId, assigneeIds, dueToday }, onFailed)
  useShortcut('quick-add', useCallback(() => inputRef.current?.focus(), []))

  // The overlay scrolls with the input when the text is longer than the box.
  const syncScroll = () => {
    if (overlayRef.current && inputRef.current) overlayRef.current.scrollLeft = inputRef.current.scrollLeft
  }
  useEffect(syncScroll)

  return (
    <form
      className="mb-3"
      aria-label="Quick add"
      onSubmit={(event) => {
        event.preventDefault()
        if (!text.trim()) return
        setText('')
        void submit(text, reading)
      }}
    >
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        Quick add a task
      </label>
      <div className="quick-add-field">
        <Highlights pieces={piecesOf(text, spansFor(reading, text))} overlayRef={overlayRef} />
        <input
          ref={inputRef}
          id={`${id}-input`}
          className={`form-control quick-add-input${error ? ' is-invalid' : ''}`}
          placeholder={online ? 'Add a task: Buy milk tomorrow 5pm #groceries p1' : 'Offline: adding tasks is off until you are back online'}
          disabled={!online}
          autoComplete="off"
          spellCheck={false}
          maxLength={500}
          value={text}
          aria-describedby={error ? `${id}-summary ${id}-error` : `${id}-summary`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            setText(event.target.value)
            if (error) clearError()
          }}
          onScroll={syncScroll}
          onSelect={syncScroll}
        />
      </div>
      <p id={`${id}-summary`} className="small text-body-secondary mb-0 mt-1" aria-live="polite">
        {summary}
      </p>
      <p id={`${id}-error`} className="small text-danger-emphasis mb-0" aria-live="assertive">
        {error}
      </p>
    </form>
  )
}
