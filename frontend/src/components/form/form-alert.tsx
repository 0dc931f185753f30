/** An error for the whole form (not one field), announced to screen readers. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <div className="alert alert-danger" role="alert">
      {message}
    </div>
  )
}
