/** `g` then one of these keys goes to a view (the app layer's chords; listed in the shortcuts help). */
export const GO_TO: readonly { key: string; path: string; view: string }[] = [
  { key: 'i', path: '/inbox', view: 'Inbox' },
  { key: 't', path: '/today', view: 'Today' },
  { key: 'u', path: '/upcoming', view: 'Upcoming' },
  { key: 'c', path: '/calendar', view: 'Calendar' },
]
