/** A toast's content: what happened, and an Undo button that closes the toast. */
export function UndoToast({
  message,
  onUndo,
  closeToast,
}: {
  message: string
  onUndo: () => void
  closeToast?: () => void
}) {
  return (
    <div className="d-flex align-items-center gap-2">
      <span className="me-auto">{message}</span>
      <button
        type="button"
        className="btn btn-sm btn-outline-primary"
        onClick={() => {
          onUndo()
          closeToast?.()
        }}
      >
        Undo
      </button>
    </div>
  )
}
