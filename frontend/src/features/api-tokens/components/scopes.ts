import type { ApiTokenScope } from '../api/get-api-tokens'

/** Every scope a token may hold, with the sentence the form explains it with (as the API documents them). */
export const SCOPES: readonly { scope: ApiTokenScope; label: string; explanation: string }[] = [
  { scope: 'tasks:read', label: 'Read tasks', explanation: 'Tasks, sections, tags, comments, history, statistics, exports and the change feed.' },
  { scope: 'tasks:write', label: 'Change tasks', explanation: 'Create, change, complete and delete tasks, sections, tags and comments.' },
  { scope: 'projects:read', label: 'Read projects', explanation: 'Projects, their members, sharing and teams.' },
  { scope: 'projects:write', label: 'Change projects', explanation: 'Create, change and delete projects, their members, sharing and teams.' },
  { scope: 'webhooks', label: 'Webhooks', explanation: 'Manage webhooks and read their deliveries.' },
  { scope: 'account:read', label: 'Read your profile', explanation: 'Your name, email address and time zone.' },
]
