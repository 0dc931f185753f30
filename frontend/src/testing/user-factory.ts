/** The signed-in user as `GET /api/auth/me` answers, for msw handlers in component tests. */
import type { Schemas } from '@/lib/api/client'

export function makeUser(overrides: Partial<Schemas['UserOut']> = {}): Schemas['UserOut'] {
  const username = overrides.username ?? 'ada'
  return {
    id: 1,
    username,
    email: `${username}@example.com`,
    timezone: 'UTC',
    created_at: '2026-01-01T00:00:00Z',
    calendar_feed: false,
    two_factor: false,
    email_verified: true,
    ...overrides,
  }
}
