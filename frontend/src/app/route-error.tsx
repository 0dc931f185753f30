import { isRouteErrorResponse, Link, useRouteError } from 'react-router'

/**
 * What a page shows instead of a blank screen when rendering it throws (a bug, or a code chunk that failed to
 * load after a deploy): the reason in words, a reload, and a way home. The error goes to the console for reports.
 */
export function RouteError() {
  const error = useRouteError()
  console.error(error)
  const detail = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : 'An unexpected error happened.'
  return (
    <div className="container py-5" role="alert">
      <h1 className="fs-3">Something went wrong on this page</h1>
      <p className="text-body-secondary">{detail}</p>
      <div className="d-flex gap-2">
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <Link className="btn btn-outline-secondary" to="/" reloadDocument>
          Back to your tasks
        </Link>
      </div>
    </div>
  )
}
