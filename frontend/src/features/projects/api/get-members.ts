import type { Schemas } from '@/lib/api/client'
import { getMembers, membersKeys, membersQueryOptions, useMembers, type Member } from '@/lib/projects/members-query'

export type { Member }
export type MemberRole = Schemas['MemberUpdate']['role']

/** A project's direct members: the same cache entry the task editor and comments read (src/lib/projects). */
export { getMembers, membersKeys, membersQueryOptions, useMembers }
