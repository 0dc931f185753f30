import { Link } from 'react-router'

export function NotFoundRoute() {
  return (
    <>
      <h1 className="fs-3">Page not found</h1>
      <p>
        There is nothing here. <Link to="/">Back to your tasks</Link>
      </p>
    </>
  )
}
