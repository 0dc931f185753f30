/**
 * Every field a form of the SPA sends, in people's words: its label, what it takes (the hint under the field and
 * the error say the same thing), and sentences for the failures the API reports. The limits are the backend's
 * (taskforge/**\/schemas.py, taskforge/api/types.py); field-messages.test.ts checks each against the API's real
 * messages.
 */
import type { FailureKind } from './field-failures'

export interface FieldSpec {
  /** What the field is called on screen ("Username"). */
  label: string
  /** The value asked for, for "Enter a username." (missing, blank or empty). */
  noun?: string
  /** What the field takes ("3 to 32 letters, digits, ..."): its hint, and "Use ..." when a length or pattern fails. */
  rule?: string
  /** A sentence per kind of failure, where the generic one would not do. */
  say?: Partial<Record<FailureKind, string>>
}

/** Where a field error comes from: the form (or request) whose fields it names. */
export type Scope =
  | 'generic'
  | 'register'
  | 'login'
  | 'password'
  | 'profile'
  | 'task'
  | 'project'
  | 'section'
  | 'tag'
  | 'team'
  | 'person'
  | 'team-share'
  | 'comment'
  | 'import'
  | 'webhook'

const MAX_TITLE = 200
const MAX_TEXT = 10_000
const MAX_NAME = 100
const MAX_TAG = 50
const MAX_TAGS = 20
const MAX_ASSIGNEES = 20
const MAX_REMINDERS = 10

const EMAIL_SENTENCE = 'Enter an email address such as name@example.com.'
const ZONE_RULE = 'a time zone from the list, such as Europe/Berlin'
const PRIORITY_SENTENCE = 'Choose a priority: Low, Medium, High or Urgent.'
const COLOUR_SENTENCE = 'Choose a colour.'
const ROLE_SENTENCE = 'Choose a role from the list.'
const PICK_SENTENCE = (what: string) => `Choose ${what} from the list.`
const upTo = (limit: number) => `up to ${limit.toLocaleString('en')} characters`

const username: FieldSpec = {
  label: 'Username',
  noun: 'a username',
  rule: '3 to 32 letters, digits, dots, dashes or underscores',
}
const email: FieldSpec = {
  label: 'Email',
  noun: 'an email address',
  say: { email: EMAIL_SENTENCE, too_short: EMAIL_SENTENCE, too_long: 'An email address has at most 254 characters.' },
}
const timezone: FieldSpec = { label: 'Time zone', noun: 'a time zone', rule: ZONE_RULE }
const description: FieldSpec = { label: 'Description', rule: upTo(MAX_TEXT) }
const name = (label: string, limit: number): FieldSpec => ({ label, noun: 'a name', rule: upTo(limit) })
const role: FieldSpec = { label: 'Role', noun: 'a role', say: { choice: ROLE_SENTENCE, wrong_type: ROLE_SENTENCE } }
const colour: FieldSpec = { label: 'Colour', say: { pattern: COLOUR_SENTENCE, wrong_type: COLOUR_SENTENCE, missing: COLOUR_SENTENCE } }
const pick = (label: string, what: string): FieldSpec => ({
  label,
  say: { too_small: PICK_SENTENCE(what), too_large: PICK_SENTENCE(what), wrong_type: PICK_SENTENCE(what) },
})

const TASK: Record<string, FieldSpec> = {
  title: { label: 'Title', noun: 'a title', rule: upTo(MAX_TITLE) },
  // The task in plain language (quick add), read by the API into its fields.
  text: { label: 'Task', noun: 'a task', rule: upTo(500) },
  description,
  priority: {
    label: 'Priority',
    say: { too_small: PRIORITY_SENTENCE, too_large: PRIORITY_SENTENCE, wrong_type: PRIORITY_SENTENCE, choice: PRIORITY_SENTENCE },
  },
  due_date: { label: 'Due date', say: { date: 'Enter a real date and time.', wrong_type: 'Enter a real date and time.' } },
  tags: {
    label: 'Tags',
    rule: `up to ${MAX_TAGS} tags, each at most ${MAX_TAG} characters long`,
    say: { too_many: `A task can have at most ${MAX_TAGS} tags.` },
  },
  'tags[]': {
    label: 'Tag',
    say: {
      too_long: `A tag name has at most ${MAX_TAG} characters.`,
      blank: 'A tag name cannot be blank.',
      too_short: 'A tag name cannot be blank.',
      missing: 'A tag name cannot be blank.',
    },
  },
  recurrence: { label: 'Repeat' },
  'recurrence.rrule': {
    label: 'Repeat rule',
    say: {
      too_long: 'A repeat rule has at most 500 characters.',
      missing: 'Choose how the task repeats.',
      too_short: 'Choose how the task repeats.',
      blank: 'Choose how the task repeats.',
    },
  },
  'recurrence.anchor': {
    label: 'Next occurrence',
    say: { choice: 'Choose whether it repeats from the due date or from when you complete it.' },
  },
  reminders: { label: 'Reminders', say: { too_many: `A task can have at most ${MAX_REMINDERS} reminders.` } },
  'reminders[]': { label: 'Reminder', say: { missing: 'Set when the reminder fires.', wrong_type: 'Set when the reminder fires.' } },
  'reminders[].before_due': {
    label: 'Reminder',
    say: {
      too_small: 'A reminder fires at the due time at the latest.',
      too_large: 'A reminder can be at most 4 weeks before the due date.',
      wrong_type: 'Enter a whole number.',
      missing: 'Set how long before the due date the reminder fires.',
    },
  },
  'reminders[].at': {
    label: 'Reminder',
    say: { date: 'Enter a real date and time for the reminder.', missing: 'Enter a date and time for the reminder.' },
  },
  assignee_ids: { label: 'Assignees', say: { too_many: `A task can be given to ${MAX_ASSIGNEES} people at most.` } },
  'assignee_ids[]': pick('Assignees', 'people'),
  project_id: pick('Project', 'a project'),
  section_id: pick('Section', 'a section'),
  parent_id: pick('Parent task', 'a task'),
  completed: { label: 'Done' },
}

const IMPORT: Record<string, FieldSpec> = {
  format: { label: 'File', say: { choice: 'This is not a TaskForge export.', missing: 'This is not a TaskForge export.' } },
  version: {
    label: 'Format version',
    say: { choice: 'This export comes from a newer TaskForge: this one reads versions 1 and 2.' },
  },
  tasks: { label: 'Tasks', say: { missing: 'The file has no list of tasks.', too_many: 'At most 10,000 tasks per import: split the file.' } },
  'tasks[].priority': {
    label: 'Priority',
    say: { too_small: 'The priority must be from 1 (low) to 4 (urgent).', too_large: 'The priority must be from 1 (low) to 4 (urgent).' },
  },
  'tasks[].id': { label: 'ID' },
  'tasks[].previous_id': { label: 'Previous occurrence' },
}

export const SCOPES: Record<Scope, Record<string, FieldSpec>> = {
  generic: {},
  register: {
    username,
    email,
    password: { label: 'Password', noun: 'a password', rule: '8 to 128 characters' },
    timezone: {
      label: 'Time zone',
      say: {
        time_zone: 'TaskForge does not know your device’s time zone. Set a standard one (such as Europe/Berlin) and try again.',
      },
    },
  },
  login: {
    username: { label: 'Username or email', noun: 'your username or email address', say: { too_long: 'A username or email address has at most 254 characters.' } },
    password: { label: 'Password', noun: 'your password', say: { too_long: 'A password has at most 128 characters.' } },
  },
  password: {
    current_password: { label: 'Current password', noun: 'your current password', say: { too_long: 'A password has at most 128 characters.' } },
    new_password: { label: 'New password', noun: 'a new password', rule: '8 to 128 characters' },
  },
  profile: { timezone },
  task: TASK,
  project: { name: name('Name', MAX_NAME), description, color: colour },
  section: { name: name('Section name', MAX_NAME) },
  tag: { name: name('Name', MAX_TAG), color: colour },
  team: { name: name('Team name', MAX_NAME), description },
  person: {
    username: {
      label: 'Username or email',
      noun: 'a username or an email address',
      say: { too_long: 'A username has at most 32 characters.' },
    },
    email: { ...email, label: 'Username or email' },
    body: { label: 'Username or email', noun: 'a username or an email address' },
    role,
  },
  'team-share': { team_id: pick('Team', 'one of your teams'), role },
  comment: { text: { label: 'Comment', noun: 'a comment', rule: upTo(MAX_TEXT), say: { blank: 'Write something first.', too_short: 'Write something first.', missing: 'Write something first.' } } },
  import: IMPORT,
  webhook: {
    url: { label: 'URL', noun: 'a URL', rule: 'an http:// or https:// address on the public internet' },
    events: { label: 'Events', say: { too_short: 'Pick at least one event.', missing: 'Pick at least one event.' } },
  },
}

/** Labels of the API's field names wherever they appear: for errors whose form is unknown (toasts). */
export const LABELS: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  name: 'Name',
  username: 'Username',
  email: 'Email',
  password: 'Password',
  current_password: 'Current password',
  new_password: 'New password',
  timezone: 'Time zone',
  color: 'Colour',
  text: 'Comment',
  priority: 'Priority',
  due_date: 'Due date',
  tags: 'Tags',
  recurrence: 'Repeat',
  rrule: 'Repeat rule',
  anchor: 'Next occurrence',
  series_start: 'Series start',
  occurrence: 'Occurrence',
  reminders: 'Reminders',
  before_due: 'Reminder',
  at: 'Reminder',
  assignee_ids: 'Assignees',
  project_id: 'Project',
  section_id: 'Section',
  parent_id: 'Parent task',
  previous_id: 'Previous occurrence',
  before_id: 'Position',
  after_id: 'Position',
  user_id: 'Person',
  team_id: 'Team',
  role: 'Role',
  archived: 'Archived',
  favorite: 'Favourite',
  completed: 'Done',
  completed_at: 'Completion date',
  created_at: 'Creation date',
  edited_at: 'Edit date',
  exported_at: 'Export date',
  author: 'Author',
  comments: 'Comments',
  sections: 'Sections',
  projects: 'Projects',
  tasks: 'Tasks',
  inbox: 'Inbox',
  format: 'File format',
  version: 'Format version',
  id: 'ID',
  read: 'Read',
  endpoint: 'Push service',
  keys: 'Push keys',
  refresh_token: 'Session',
  after: 'Page',
  page: 'Page',
  per_page: 'Page size',
  'Idempotency-Key': 'Request',
  body: 'Form',
}

/** Labels of one item of a list (`tags[2]`), by the list's name. */
export const ITEM_LABELS: Record<string, string> = {
  tags: 'Tag name',
  assignee_ids: 'Assignee',
  reminders: 'Reminder',
  tasks: 'Task',
  projects: 'Project',
  sections: 'Section',
  comments: 'Comment',
}
