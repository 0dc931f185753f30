/** Whether `text` holds a character a browser strips or reads as a slash (control characters, backslash). */
function hasUnsafeCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code < 0x20 || code === 0x7f || code === 0x5c) return true
  }
  return false
}

/**
 * Where to go after signing in: the `next` page asked for, only if it is a page of this app. Anything that could
 * leave the origin (`//evil.com`, `/\evil.com`, `https://...`, control characters browsers strip) goes home.
 */
export function nextPath(search: URLSearchParams): string {
  const next = search.get('next')
  if (!next?.startsWith('/') || hasUnsafeCharacter(next)) return '/'
  try {
    const url = new URL(next, window.location.origin)
    if (url.origin !== window.location.origin) return '/'
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return '/'
  }
}
