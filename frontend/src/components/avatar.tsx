import { colorIndexOf, initialsOf } from './avatar-parts'

export interface AvatarUser {
  id: number
  username: string
}

interface AvatarProps {
  user: AvatarUser
  size?: 'sm' | 'md'
  /** The name is given next to it already: hidden from assistive technology. */
  decorative?: boolean
  className?: string
}

/** A person's initials on their colour; named by their username (and its tooltip). */
export function Avatar({ user, size = 'md', decorative = false, className = '' }: AvatarProps) {
  const classes = `avatar avatar-${size} avatar-color-${colorIndexOf(user.id)} ${className}`.trim()
  if (decorative) {
    return (
      <span className={classes} aria-hidden="true">
        {initialsOf(user.username)}
      </span>
    )
  }
  return (
    <span className={classes} role="img" aria-label={user.username} title={user.username}>
      <span aria-hidden="true">{initialsOf(user.username)}</span>
    </span>
  )
}

interface AvatarStackProps {
  users: readonly AvatarUser[]
  /** The group's name for assistive technology, e.g. "Assignees". */
  label: string
  /** Avatars shown before "+N" stands for the rest. */
  max?: number
  size?: 'sm' | 'md'
}

/** A few people as overlapping avatars, the rest as "+N" (named in its tooltip); nothing for nobody. */
export function AvatarStack({ users, label, max = 3, size = 'sm' }: AvatarStackProps) {
  if (users.length === 0) return null
  const shown = users.length > max ? users.slice(0, max - 1) : users
  const rest = users.slice(shown.length)
  const restNames = rest.map((user) => user.username).join(', ')
  return (
    <span className="avatar-stack" role="group" aria-label={label}>
      {shown.map((user) => (
        <Avatar key={user.id} user={user} size={size} />
      ))}
      {rest.length > 0 && (
        <span className={`avatar avatar-${size} avatar-more`} role="img" aria-label={`and ${rest.length} more: ${restNames}`} title={restNames}>
          <span aria-hidden="true">+{rest.length}</span>
        </span>
      )}
    </span>
  )
}
