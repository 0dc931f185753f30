import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react'

import './dialog-sheet.css'

interface DialogProps {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
  size?: 'sm' | 'lg' | 'xl'
  /** On small screens, fill the screen (a sheet) rather than float over the page. */
  sheet?: boolean
}

/**
 * A modal on the native <dialog> element: the browser traps focus, closes on Escape and returns focus to
 * what opened it; styled with Bootstrap's modal classes.
 */
export function Dialog({ open, title, onClose, children, footer, size, sheet = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else dialog.setAttribute('open', '')
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else dialog.removeAttribute('open')
    }
  }, [open])

  // Removed while open (its page went away, e.g. Back from a task's address): closing it first lets the browser
  // return focus to what opened it, as when it closes on its own.
  useLayoutEffect(() => {
    const dialog = ref.current
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className={`tf-dialog p-0 border-0 rounded-3 shadow${size ? ` tf-dialog-${size}` : ''}${sheet ? ' tf-dialog-sheet' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      {open && (
        <div className="modal-content">
          <div className="modal-header">
            <h2 id={titleId} className="modal-title fs-5">
              {title}
            </h2>
            <button type="button" className="btn-close" aria-label="Close" onClick={onClose} />
          </div>
          <div className="modal-body">{children}</div>
          {footer && <div className="modal-footer">{footer}</div>}
        </div>
      )}
    </dialog>
  )
}
