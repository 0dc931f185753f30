/** Projects, sections, members and teams as the API answers them, for msw handlers in component tests. */
import type { Schemas } from '@/lib/api/client'

type Project = Schemas['ProjectOut']

let nextId = 100

export function makeProject(overrides: Partial<Project> = {}): Project {
  const id = overrides.id ?? nextId++
  return {
    id,
    name: `Project ${id}`,
    description: null,
    color: '#4073ff',
    archived: false,
    inbox: false,
    favorite: false,
    position: String(id).padStart(6, '0'),
    owner_id: 1,
    role: 'owner',
    member_count: 1,
    counts: { open: 0, completed: 0 },
    created_at: '2030-01-01T09:00:00Z',
    updated_at: '2030-01-01T09:00:00Z',
    version: 1,
    ...overrides,
  }
}

/** The Inbox every account has (id 1, as makeTask's default `project_id`). */
export function makeInbox(overrides: Partial<Project> = {}): Project {
  return makeProject({ id: 1, name: 'Inbox', inbox: true, ...overrides })
}

export function makeSection(overrides: Partial<Schemas['SectionOut']> = {}): Schemas['SectionOut'] {
  const id = overrides.id ?? nextId++
  return {
    id,
    project_id: 1,
    name: `Section ${id}`,
    position: String(id).padStart(6, '0'),
    created_at: '2030-01-01T09:00:00Z',
    updated_at: '2030-01-01T09:00:00Z',
    version: 1,
    ...overrides,
  }
}

export function makeMember(
  username: string,
  id: number,
  role: Schemas['MemberOut']['role'],
  effective: Schemas['MemberOut']['effective_role'] = role,
): Schemas['MemberOut'] {
  return { user: { id, username }, role, effective_role: effective, created_at: '2030-01-01T09:00:00Z' }
}

/** Someone who can see a project, with their highest role (GET /api/projects/<id>/people). */
export function makePerson(username: string, id: number, role: Schemas['PersonOut']['role']): Schemas['PersonOut'] {
  return { user: { id, username }, role }
}

export function makeTeam(overrides: Partial<Schemas['TeamOut']> = {}): Schemas['TeamOut'] {
  const id = overrides.id ?? nextId++
  return {
    id,
    name: `Team ${id}`,
    description: null,
    role: 'admin',
    member_count: 1,
    created_at: '2030-01-01T09:00:00Z',
    updated_at: '2030-01-01T09:00:00Z',
    version: 1,
    ...overrides,
  }
}
