import type { Location } from 'react-router'

/**
 * A page opened over another one (a task's editor over the list it was opened from) carries the list's location
 * in its history state: the app keeps rendering that list behind it, and Back returns to it.
 */
export interface BackgroundState {
  background: Location
}

/** The history state that opens a page over `background`. */
export function overState(background: Location): BackgroundState {
  return { background }
}

// The location the page was loaded at: a reload or a shared link has no list behind it, whatever its state says.
const loadedKey: unknown = typeof window === 'undefined' ? undefined : (window.history.state as { key?: unknown } | null)?.key

/** The list location to render behind this one, or null when the page stands on its own. */
export function backgroundOf(location: Location): Location | null {
  const state: unknown = location.state
  if (typeof state !== 'object' || state === null || !('background' in state)) return null
  if (location.key === (loadedKey ?? 'default')) return null
  const background = (state as { background?: Partial<Location> | null }).background
  return typeof background?.pathname === 'string' ? (background as Location) : null
}
