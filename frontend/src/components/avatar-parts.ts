/** How many colours avatars take (styles.css: `.avatar-color-0` ... `-7`, each 4.5:1 or more against white text). */
const COLORS = 8

/** One or two letters for a username: the first letters of its first two parts (`ada.lovelace` → AL), else its first. */
export function initialsOf(username: string): string {
  const parts = username.split(/[\s._-]+/).filter(Boolean)
  const letters = parts.length >= 2 ? `${parts[0]?.[0] ?? ''}${parts[1]?.[0] ?? ''}` : (parts[0]?.[0] ?? '?')
  return letters.toUpperCase()
}

/** The same colour for a person everywhere and on every visit, from their id (never from a name they can change). */
export function colorIndexOf(id: number): number {
  return ((id % COLORS) + COLORS) % COLORS
}
