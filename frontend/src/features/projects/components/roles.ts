import type { MemberRole } from '../api/get-members'

/** The roles a project can be shared with, weakest first, in the words the UI uses. */
export const SHARE_ROLES: readonly { value: MemberRole; label: string; hint: string }[] = [
  { value: 'viewer', label: 'Viewer', hint: 'sees the tasks' },
  { value: 'editor', label: 'Editor', hint: 'adds and changes tasks' },
  { value: 'admin', label: 'Admin', hint: 'also shares, renames and archives the project and manages its sections' },
]

export const roleLabel = (role: string): string =>
  role === 'owner' ? 'Owner' : (SHARE_ROLES.find((option) => option.value === role)?.label ?? role)

export const isMemberRole = (value: string): value is MemberRole => SHARE_ROLES.some((option) => option.value === value)
