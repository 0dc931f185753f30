/** A centred spinner with a text for screen readers. */
export function Spinner({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="d-flex justify-content-center my-5">
      <div className="spinner-border text-secondary" role="status">
        <span className="visually-hidden">{label}</span>
      </div>
    </div>
  )
}
