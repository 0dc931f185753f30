/** A toast's content: what happened, and one button (Undo, Delete anyway, ...) that closes the toast. */
export function ActionToast({
  message,
  action,
  onAction,
  closeToast,
}: {
  message: string
  action: string
  onAction: () => void
  closeToast?: () => void
}) {
  return (
    <div className="d-flex flex-wrap align-items-center gap-2">
      <span className="me-auto">{message}</span>
      <button
        type="button"
        className="btn btn-sm btn-outline-primary"
        onClick={() => {
          onAction()
          closeToast?.()
        }}
      >
        {action}
      </button>
    </div>
  )
}
