/**
 * `@username` mentions as the API reads them (backend comments/mentions.py): `@` not after a word or address
 * character, then 3-32 of A-Z a-z 0-9 _ . - (matched ignoring case).
 */

/** A mention being typed: where its `@` is and the letters after it, up to the caret. */
export interface MentionQuery {
  start: number
  query: string
}

const TYPING = /(?:^|[^\w@.+-])@([A-Za-z0-9_.-]{0,32})$/

/** The mention the caret is at the end of, if any (`Hi @bo|` → { start: 3, query: 'bo' }). */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const match = TYPING.exec(text.slice(0, caret))
  if (!match) return null
  const query = match[1] ?? ''
  return { start: caret - query.length - 1, query }
}

/** The text with the mention being typed replaced by `@username ` and where the caret goes after it. */
export function insertMention(text: string, mention: MentionQuery, caret: number, username: string): { text: string; caret: number } {
  const inserted = `@${username} `
  const after = text.slice(caret).replace(/^[A-Za-z0-9_.-]*\s?/, '')
  return { text: `${text.slice(0, mention.start)}${inserted}${after}`, caret: mention.start + inserted.length }
}

/** Up to `limit` of `people` whose username starts with `query` (ignoring case), then those containing it. */
export function matchPeople<T extends { username: string }>(people: readonly T[], query: string, limit = 8): T[] {
  const needle = query.toLowerCase()
  const starts = people.filter((person) => person.username.toLowerCase().startsWith(needle))
  const contains = people.filter((person) => !starts.includes(person) && person.username.toLowerCase().includes(needle))
  return [...starts, ...contains].slice(0, limit)
}
