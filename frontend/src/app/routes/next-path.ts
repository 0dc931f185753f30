/** Where to go after signing in: the `next` page asked for, if it is one of ours. */
export function nextPath(search: URLSearchParams): string {
  const next = search.get('next')
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}
