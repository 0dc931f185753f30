import { describeError } from '@/lib/api/problem'

interface LoadErrorProps {
  /** What did not load, as it ends "Could not load …": "the tasks", "your profile". */
  what: string
  error: unknown
  /** Loads it again (the query's refetch). */
  onRetry: () => unknown
  /** A load is under way (the query is fetching): the button waits. */
  retrying?: boolean
  /** Inside a card, a panel or a sidebar: a smaller alert. */
  compact?: boolean
}

/** A read that failed: what, why in words (never a status code alone), and a Retry that loads it again. */
export function LoadError({ what, error, onRetry, retrying = false, compact = false }: LoadErrorProps) {
  return (
    <div
      className={`alert alert-danger d-flex flex-wrap align-items-center gap-2${compact ? ' small p-2' : ''}`}
      role="alert"
    >
      <span className="me-auto">
        Could not load {what}. {describeError(error)}
      </span>
      <button
        type="button"
        className="btn btn-sm btn-outline-danger"
        disabled={retrying}
        aria-busy={retrying || undefined}
        onClick={() => void onRetry()}
      >
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  )
}
