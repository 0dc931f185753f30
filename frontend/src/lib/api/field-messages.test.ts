/**
 * The messages below are the API's own, as it answers them (taken from the backend's schemas and services:
 * pydantic 2's wording, taskforge/api/types.py, the services' ValidationFailed messages, export/checks.py).
 */
import { classifyFailure, isForPeople } from './field-failures'
import {
  failureMessage,
  fieldHint,
  fieldLabel,
  fieldSentence,
  fieldSentences,
  messageAt,
  standaloneSentence,
  unclaimedSentences,
} from './field-messages'
import type { Scope } from './field-specs'
import { humaniseReferences } from './service-messages'

const USERNAME_PATTERN = "String should match pattern '^[A-Za-z0-9_.-]{3,32}$'"
const COLOR_PATTERN = "String should match pattern '^#[0-9a-fA-F]{6}$'"
const NO_AT_SIGN = 'is not a valid email address: An email address must have an @-sign.'
const IANA = 'must be an IANA time zone name such as Europe/Berlin or America/New_York'
const PRIORITY = 'Choose a priority: Low, Medium, High or Urgent.'
const EMAIL = 'Enter an email address such as name@example.com.'

/** [scope, field, the API's message, the sentence shown] */
const CASES: readonly [Scope, string, string, string][] = [
  // Register (RegisterIn)
  ['register', 'username', USERNAME_PATTERN, 'Use 3 to 32 letters, digits, dots, dashes or underscores.'],
  ['register', 'username', 'Field required', 'Enter a username.'],
  ['register', 'username', 'Input should be a valid string', 'The username is not valid.'],
  ['register', 'email', NO_AT_SIGN, EMAIL],
  [
    'register',
    'email',
    'is not a valid email address: The email address contains invalid characters before the @-sign: SPACE.',
    EMAIL,
  ],
  ['register', 'email', 'String should have at least 3 characters', EMAIL],
  ['register', 'email', 'String should have at most 254 characters', 'An email address has at most 254 characters.'],
  ['register', 'password', 'String should have at least 8 characters', 'Use 8 to 128 characters.'],
  ['register', 'password', 'String should have at most 128 characters', 'Use 8 to 128 characters.'],
  [
    'register',
    'password',
    'must not contain NUL characters',
    'The password contains a character that cannot be saved (such as NUL): remove it.',
  ],
  [
    'register',
    'timezone',
    IANA,
    'TaskForge does not know your device’s time zone. Set a standard one (such as Europe/Berlin) and try again.',
  ],
  ['register', 'timezone', 'String should have at most 64 characters', 'The time zone can be at most 64 characters long.'],
  ['register', 'extra', 'Extra inputs are not permitted', 'The extra is not taken here. Reload the page and try again.'],
  // Sign in (LoginIn)
  ['login', 'username', 'String should have at least 1 character', 'Enter your username or email address.'],
  ['login', 'username', 'String should have at most 254 characters', 'A username or email address has at most 254 characters.'],
  ['login', 'password', 'String should have at least 1 character', 'Enter your password.'],
  ['login', 'password', 'String should have at most 128 characters', 'A password has at most 128 characters.'],
  // Settings › Profile (UserUpdate)
  ['profile', 'timezone', IANA, 'Use a time zone from the list, such as Europe/Berlin.'],
  ['profile', 'timezone', 'String should have at least 1 character', 'Enter a time zone.'],
  ['profile', 'timezone', 'String should have at most 64 characters', 'Use a time zone from the list, such as Europe/Berlin.'],
  // Tasks (TaskCreate, TaskUpdate; services)
  ['task', 'title', 'String should have at least 1 character', 'Enter a title.'],
  ['task', 'title', 'must not be blank', 'Enter a title.'],
  ['task', 'title', 'Field required', 'Enter a title.'],
  ['task', 'title', 'String should have at most 200 characters', 'Use up to 200 characters.'],
  [
    'task',
    'title',
    'must be valid Unicode text (no lone surrogates)',
    'The title contains a character that cannot be saved (such as NUL): remove it.',
  ],
  ['task', 'description', 'String should have at most 10000 characters', 'Use up to 10,000 characters.'],
  ['task', 'priority', 'Input should be less than or equal to 4', PRIORITY],
  ['task', 'priority', 'Input should be greater than or equal to 1', PRIORITY],
  ['task', 'priority', 'Input should be a valid integer', PRIORITY],
  [
    'task',
    'due_date',
    'must be a valid ISO 8601 date-time with an offset, such as 2030-01-31T09:00:00Z',
    'Enter a real date and time.',
  ],
  ['task', 'due_date', 'must carry a UTC offset, such as Z or +02:00', 'Enter a real date and time.'],
  ['task', 'due_date', 'must be an ISO 8601 date-time string with an offset', 'Enter a real date and time.'],
  ['task', 'due_date', 'is out of the supported range', 'Enter a real date and time.'],
  [
    'task',
    'due_date',
    'a recurring task needs a due date (clear recurrence first)',
    'A repeating task needs a due date: make it not repeat first.',
  ],
  ['task', 'tags', 'List should have at most 20 items after validation, not 21', 'A task can have at most 20 tags.'],
  ['task', 'tags[0]', 'String should have at most 50 characters', 'A tag name has at most 50 characters.'],
  ['task', 'tags[3]', 'must not be blank', 'A tag name cannot be blank.'],
  ['task', 'tags[0]', 'String should have at least 1 character', 'A tag name cannot be blank.'],
  ['task', 'recurrence', 'a recurring task needs a due_date', 'A repeating task needs a due date.'],
  ['task', 'recurrence.rrule', 'String should have at least 1 character', 'Choose how the task repeats.'],
  ['task', 'recurrence.rrule', 'Field required', 'Choose how the task repeats.'],
  ['task', 'recurrence.rrule', 'String should have at most 500 characters', 'A repeat rule has at most 500 characters.'],
  [
    'task',
    'recurrence.rrule',
    'FREQ=HOURLY is not supported; tasks recur DAILY, WEEKLY, MONTHLY or YEARLY',
    'FREQ=HOURLY is not supported; tasks recur DAILY, WEEKLY, MONTHLY or YEARLY.',
  ],
  [
    'task',
    'recurrence.rrule',
    "the rule has an empty part (two ';' in a row, or a ';' at an end)",
    "The rule has an empty part (two ';' in a row, or a ';' at an end).",
  ],
  [
    'task',
    'recurrence.rrule',
    "INTERVAL must be a whole number from 1 to 999, not '0'",
    "INTERVAL must be a whole number from 1 to 999, not '0'.",
  ],
  [
    'task',
    'recurrence.anchor',
    "Input should be 'due' or 'completion'",
    'Choose whether it repeats from the due date or from when you complete it.',
  ],
  ['task', 'reminders', 'List should have at most 10 items after validation, not 11', 'A task can have at most 10 reminders.'],
  [
    'task',
    'reminders[0].before_due',
    'a reminder before the due date needs a due_date',
    'A reminder before the due date needs a due date.',
  ],
  [
    'task',
    'reminders[1].ReminderBeforeDue.before_due',
    'Input should be less than or equal to 40320',
    'A reminder can be at most 4 weeks before the due date.',
  ],
  [
    'task',
    'reminders[0].ReminderBeforeDue.before_due',
    'Input should be greater than or equal to 0',
    'A reminder fires at the due time at the latest.',
  ],
  [
    'task',
    'reminders[0].ReminderAt.at',
    'must be a valid ISO 8601 date-time with an offset, such as 2030-01-31T09:00:00Z',
    'Enter a real date and time for the reminder.',
  ],
  [
    'task',
    'assignee_ids',
    'List should have at most 20 items after validation, not 21',
    'A task can be given to 20 people at most.',
  ],
  ['task', 'assignee_ids[0]', 'Input should be greater than or equal to 1', 'Choose people from the list.'],
  ['task', 'assignee_ids[0]', 'Input should be less than or equal to 9223372036854775807', 'Choose people from the list.'],
  [
    'task',
    'assignee_ids',
    'user 10 cannot edit this project, so cannot be assigned its tasks',
    'User 10 cannot edit this project, so cannot be given its tasks.',
  ],
  ['task', 'project_id', 'no project with that id', 'That project is gone, or you may not add tasks to it.'],
  ['task', 'project_id', 'Input should be greater than or equal to 1', 'Choose a project from the list.'],
  ['task', 'project_id', "a subtask lives in its parent's project: move its parent", "A subtask lives in its parent's project: move its parent."],
  ['task', 'section_id', "no section with that id in the task's project", 'That section is not in the task’s project.'],
  [
    'task',
    'section_id',
    'a subtask has no section of its own: it is shown under its parent',
    'A subtask has no section of its own: it is shown under its parent.',
  ],
  ['task', 'parent_id', 'no task with that id', 'That task is gone, or you may not see it.'],
  ['task', 'parent_id', 'subtasks nest at most 3 levels deep', 'Subtasks nest at most 3 levels deep.'],
  // Quick add (TaskCreate.text, read by the API)
  ['task', 'text', 'String should have at most 500 characters', 'Use up to 500 characters.'],
  ['task', 'text', 'the title it leaves: String should have at most 200 characters', 'The title it leaves: Use up to 200 characters.'],
  ['task', 'text', 'the title it leaves: must not be blank', 'The title it leaves: Enter a title.'],
  [
    'task',
    'text',
    "a reminder before the due date needs a due date: add one, such as 'tomorrow 9am'",
    "A reminder before the due date needs a due date: add one, such as 'tomorrow 9am'.",
  ],
  ['task', 'title', 'give a `title`, or the task in plain language as `text`', 'Enter a title.'],
  ['task', 'text', 'give either `title` or `text`, not both', 'Give the task as a title or in plain words, not both.'],
  // Projects, sections, tags, teams
  ['project', 'name', 'String should have at least 1 character', 'Enter a name.'],
  ['project', 'name', 'must not be blank', 'Enter a name.'],
  ['project', 'name', 'String should have at most 100 characters', 'Use up to 100 characters.'],
  ['project', 'name', 'the Inbox cannot be renamed or archived', 'The Inbox cannot be renamed or archived.'],
  ['project', 'description', 'String should have at most 10000 characters', 'Use up to 10,000 characters.'],
  ['project', 'color', COLOR_PATTERN, 'Choose a colour.'],
  ['section', 'name', 'String should have at most 100 characters', 'Use up to 100 characters.'],
  ['section', 'name', 'must not be blank', 'Enter a name.'],
  ['tag', 'name', 'String should have at most 50 characters', 'Use up to 50 characters.'],
  ['tag', 'name', 'must not be blank', 'Enter a name.'],
  ['tag', 'color', COLOR_PATTERN, 'Choose a colour.'],
  ['team', 'name', 'String should have at most 100 characters', 'Use up to 100 characters.'],
  ['team', 'description', 'String should have at most 10000 characters', 'Use up to 10,000 characters.'],
  // Sharing with a person (MemberAdd, TeamMemberAdd)
  ['person', 'body', 'give exactly one of `username` and `email`', 'Enter a username or an email address.'],
  ['person', 'username', 'String should have at least 1 character', 'Enter a username or an email address.'],
  ['person', 'username', 'String should have at most 32 characters', 'A username has at most 32 characters.'],
  ['person', 'username', 'no account with that username', 'Nobody has that username.'],
  ['person', 'email', 'no account with that email', 'No account has that email address.'],
  ['person', 'email', NO_AT_SIGN, EMAIL],
  ['person', 'role', "Input should be 'viewer', 'editor' or 'admin'", 'Choose a role from the list.'],
  ['person', 'role', "Input should be 'member' or 'admin'", 'Choose a role from the list.'],
  ['team-share', 'team_id', 'Input should be greater than or equal to 1', 'Choose one of your teams from the list.'],
  ['team-share', 'team_id', 'no team of yours with that id', 'That team is gone, or you are no longer in it.'],
  // Comments (CommentIn)
  ['comment', 'text', 'String should have at least 1 character', 'Write something first.'],
  ['comment', 'text', 'must not be blank', 'Write something first.'],
  ['comment', 'text', 'String should have at most 10000 characters', 'Use up to 10,000 characters.'],
  // Import (ImportDocument, export/checks.py)
  ['import', 'format', "Input should be 'taskforge'", 'This is not a TaskForge export.'],
  ['import', 'version', 'Input should be 1 or 2', 'This export comes from a newer TaskForge: this one reads versions 1 and 2.'],
  ['import', 'tasks', 'Field required', 'The file has no list of tasks.'],
  ['import', 'tasks', 'List should have at most 10000 items after validation, not 10001', 'At most 10,000 tasks per import: split the file.'],
  ['import', 'tasks[0].title', 'String should have at least 1 character', 'The title cannot be blank.'],
  ['import', 'tasks[0].priority', 'Input should be less than or equal to 4', 'The priority must be from 1 (low) to 4 (urgent).'],
  [
    'import',
    'tasks[0].due_date',
    'must be a valid ISO 8601 date-time with an offset, such as 2030-01-31T09:00:00Z',
    'The due date must be a date and time such as 2030-01-31T09:00:00Z.',
  ],
  ['import', 'tasks[0].tags[0]', 'String should have at most 50 characters', 'The tag name can be at most 50 characters long.'],
  ['import', 'tasks[0].recurrence.timezone', IANA, 'The time zone must be a time zone such as Europe/Berlin.'],
  ['import', 'tasks[0].comments[0].text', 'must not be blank', 'The comment cannot be blank.'],
  ['import', 'tasks[0].id', 'Field required', 'The ID is missing.'],
  ['import', 'tasks[4].id', 'is also the id of tasks[3]', 'The ID is also the id of task 4.'],
  ['import', 'tasks[1].parent_id', 'no task with this id in the document', 'No task in the file has that ID.'],
  ['import', 'tasks[2].previous_id', 'tasks[1] follows that occurrence already', 'Task 2 follows that occurrence already.'],
  [
    'import',
    'tasks[2].project_id',
    "a subtask is in its parent's project: tasks[1].project_id",
    "A subtask is in its parent's project: the project of task 2.",
  ],
  ['import', 'tasks[0].section_id', 'a task with a section needs its project_id', 'A task with a section needs its project.'],
  [
    'import',
    'projects[0].sections[1].id',
    'is also the id of projects[0].sections[0]',
    'The ID is also the id of section 1 of project 1.',
  ],
  ['import', 'projects[1].inbox', 'projects[0] is the Inbox already', 'Project 1 is the Inbox already.'],
  ['import', 'projects[0].name', 'String should have at least 1 character', 'The name cannot be blank.'],
  ['import', 'tags[0].color', COLOR_PATTERN, 'The colour contains characters that are not allowed.'],
  ['import', 'projects', 'at most 10,000 sections per import, in all', 'At most 10,000 sections per import, in all.'],
  // Fields no form shows (toasts use the generic scope)
  ['generic', 'before_id', 'a task cannot be placed next to itself', 'A task cannot be placed next to itself.'],
  ['generic', 'body', 'give exactly one of `before_id` and `after_id`', 'Choose where to move it.'],
  ['generic', 'user_id', 'you own this project already', 'You own this project already.'],
  ['generic', 'user_id', 'not a direct member of this project', 'Only a direct member of the project can become its owner.'],
  ['generic', 'after', 'is not a valid cursor', 'The list changed while you paged through it: start again from the first page.'],
  [
    'generic',
    'Idempotency-Key',
    'was already used for another request (method, path or body)',
    'This was sent before with other content. Reload the page and try again.',
  ],
  ['generic', 'endpoint', "must be the https:// URL of a browser's push service", 'This browser’s push service is not one TaskForge can send to.'],
  ['generic', 'endpoint', "String should match pattern '^https?://[!-Z^-~]+$'", 'The push service contains characters that are not allowed.'],
  ['generic', 'assignee', 'is not available through a shared link', 'A shared link does not show who tasks are assigned to.'],
  ['generic', 'expirationTime', 'Input should be a valid integer', 'The expiration time is not valid.'],
  ['generic', 'some_field', 'must match the_secret_rule', 'The some field is not valid.'],
]

// What a person must never read.
const JARGON = /\^|\$'|\\|`|String should|Input should|List should|Field required|Extra inputs|\b[a-z]+_[a-z_]+\b/

describe('fieldSentence', () => {
  it.each(CASES)('%s › %s: %s', (scope, field, message, expected) => {
    const sentence = fieldSentence(scope, field, message)
    expect(sentence).toBe(expected)
    expect(sentence).not.toMatch(JARGON)
    expect(sentence).toMatch(/^[A-Z“]/)
    expect(sentence).toMatch(/[.]$/)
  })
})

describe('fieldSentences', () => {
  it('keeps the union member that fits what was sent: a reminder before the due date below 0', () => {
    const errors = [
      { field: 'reminders[0].ReminderAt.at', message: 'Field required' },
      { field: 'reminders[0].ReminderAt.before_due', message: 'Extra inputs are not permitted' },
      { field: 'reminders[0].ReminderBeforeDue.before_due', message: 'Input should be greater than or equal to 0' },
    ]
    expect(fieldSentences(errors, 'task')).toEqual({
      'reminders[0].before_due': 'A reminder fires at the due time at the latest.',
    })
  })

  it('keeps the union member that fits what was sent: a reminder at an unreadable time', () => {
    const errors = [
      { field: 'reminders[2].ReminderAt.at', message: 'must be a valid ISO 8601 date-time with an offset, such as 2030-01-31T09:00:00Z' },
      { field: 'reminders[2].ReminderBeforeDue.before_due', message: 'Field required' },
      { field: 'reminders[2].ReminderBeforeDue.at', message: 'Extra inputs are not permitted' },
    ]
    expect(fieldSentences(errors, 'task')).toEqual({ 'reminders[2].at': 'Enter a real date and time for the reminder.' })
  })

  it('says what is missing when no member fits (an empty reminder)', () => {
    const errors = [
      { field: 'reminders[0].ReminderAt.at', message: 'Field required' },
      { field: 'reminders[0].ReminderBeforeDue.before_due', message: 'Field required' },
    ]
    expect(fieldSentences(errors, 'task')).toEqual({ 'reminders[0].at': 'Enter a date and time for the reminder.' })
  })

  it('takes the first message of a field, and names a problem of the whole body', () => {
    const errors = [
      { field: 'title', message: 'must not be blank' },
      { field: 'title', message: 'String should have at most 200 characters' },
      { field: '', message: 'give exactly one of `username` and `email`' },
    ]
    expect(fieldSentences(errors, 'task')).toEqual({ title: 'Enter a title.', body: 'Enter a username or an email address.' })
  })
})

describe('hints', () => {
  it('say what the error for a length or pattern says', () => {
    expect(fieldHint('register', 'username')).toBe('3 to 32 letters, digits, dots, dashes or underscores.')
    // The error is the hint, asked for.
    for (const [scope, field, message] of [
      ['register', 'username', USERNAME_PATTERN],
      ['register', 'password', 'String should have at least 8 characters'],
      ['profile', 'timezone', IANA],
      ['tag', 'name', 'String should have at most 50 characters'],
    ] as const) {
      const hint = fieldHint(scope, field) ?? ''
      expect(fieldSentence(scope, field, message)).toBe(`Use ${hint.charAt(0).toLowerCase()}${hint.slice(1)}`)
    }
    expect(fieldHint('register', 'password')).toBe('8 to 128 characters.')
    expect(fieldHint('profile', 'timezone')).toBe('A time zone from the list, such as Europe/Berlin.')
    expect(fieldHint('task', 'tags')).toBe('Up to 20 tags, each at most 50 characters long.')
    expect(fieldHint('tag', 'name')).toBe('Up to 50 characters.')
  })

  it('are left out where a field takes anything', () => {
    expect(fieldHint('task', 'priority')).toBeUndefined()
    expect(fieldHint('generic', 'whatever')).toBeUndefined()
  })
})

describe('labels and sentences away from their field', () => {
  it('name the field by its label, never its API name', () => {
    expect(fieldLabel('task', 'reminders[0].ReminderAt.at')).toBe('Reminder')
    expect(fieldLabel('generic', 'assignee_ids[1]')).toBe('Assignee')
    expect(fieldLabel('generic', 'parent_id')).toBe('Parent task')
    expect(fieldLabel('generic', 'max_thing_id')).toBe('Max thing')
    expect(fieldLabel('generic', '')).toBe('This field')
    expect(fieldLabel('task', 'constructor')).toBe('Constructor')
  })

  it('add the label unless the sentence names it already', () => {
    expect(standaloneSentence('task', 'parent_id', 'That task is gone, or you may not see it.')).toBe(
      'Parent task: That task is gone, or you may not see it.',
    )
    expect(standaloneSentence('task', 'title', 'Enter a title.')).toBe('Enter a title.')
    expect(standaloneSentence('generic', 'body', 'Choose where to move it.')).toBe('Choose where to move it.')
  })

  it('list what no field of the form claims', () => {
    const messages = { title: 'Enter a title.', parent_id: 'That task is gone, or you may not see it.', 'tags[1]': 'A tag name cannot be blank.' }
    expect(unclaimedSentences(messages, ['title', 'tags'], 'task')).toEqual(['Parent task: That task is gone, or you may not see it.'])
    expect(messageAt(messages, 'tags')).toBe('A tag name cannot be blank.')
    expect(messageAt(messages, 'tag')).toBeUndefined()
  })

  it('give the form’s own checks the words the API’s error would get', () => {
    expect(failureMessage('task', 'due_date', { kind: 'date' })).toBe('Enter a real date and time.')
    expect(failureMessage('task', 'reminders[3].at', { kind: 'date' })).toBe('Enter a real date and time for the reminder.')
    expect(failureMessage('generic', 'count', { kind: 'too_few', limit: 2 })).toBe('The count needs at least 2.')
    expect(failureMessage('generic', 'count', { kind: 'too_small', limit: 2 })).toBe('The count must be at least 2.')
    expect(failureMessage('generic', 'count', { kind: 'too_large', limit: 2 })).toBe('The count must be at most 2.')
    expect(failureMessage('generic', 'code', { kind: 'too_short', limit: 4 })).toBe('The code needs at least 4 characters.')
    expect(failureMessage('generic', 'items', { kind: 'too_many', limit: 3 })).toBe('Use at most 3 items.')
    expect(failureMessage('generic', 'mode', { kind: 'choice', choices: ['a', 'b', 'c'] })).toBe('The mode must be “a”, “b” or “c”.')
    expect(failureMessage('generic', 'email', { kind: 'email' })).toBe(EMAIL)
  })
})

describe('classifyFailure', () => {
  it.each([
    ['String should have at least 1 character', { kind: 'too_short', limit: 1 }],
    ['String should have at most 50 characters', { kind: 'too_long', limit: 50 }],
    ['List should have at least 1 item after validation, not 0', { kind: 'too_few', limit: 1 }],
    ['List should have at most 20 items after validation, not 21', { kind: 'too_many', limit: 20 }],
    ['Input should be greater than or equal to 1', { kind: 'too_small', limit: 1 }],
    ['Input should be less than or equal to 40320', { kind: 'too_large', limit: 40320 }],
    ['Input should be greater than 0', { kind: 'too_small', limit: 1 }],
    ['Input should be less than 5', { kind: 'too_large', limit: 4 }],
    ["Input should be 'viewer', 'editor' or 'admin'", { kind: 'choice', choices: ['viewer', 'editor', 'admin'] }],
    ['Input should be 1 or 2', { kind: 'choice', choices: ['1', '2'] }],
    ["Input should be 'taskforge'", { kind: 'choice', choices: ['taskforge'] }],
    ['Input should be a valid integer, unable to parse string as an integer', { kind: 'wrong_type' }],
    ['Input should be a valid dictionary or instance of ReminderAt', { kind: 'wrong_type' }],
    [USERNAME_PATTERN, { kind: 'pattern' }],
    ['Field required', { kind: 'missing' }],
    ['Extra inputs are not permitted', { kind: 'unexpected' }],
    ['no account with that username', { kind: 'other' }],
  ])('%s', (message, failure) => {
    expect(classifyFailure(message)).toEqual(failure)
  })
})

describe('isForPeople', () => {
  it.each([
    [USERNAME_PATTERN, false],
    ['give exactly one of `username` and `email`', false],
    ['a recurring task needs a due_date', false],
    ['Value error, nope', false],
    ['Input should be a valid integer', false],
    ['', false],
    ['You own this project already', true],
    ['FREQ is required, e.g. FREQ=WEEKLY', true],
  ])('%s: %s', (message, fit) => {
    expect(isForPeople(message)).toBe(fit)
  })
})

describe('humaniseReferences', () => {
  it('counts items from 1 and names their fields in words', () => {
    expect(humaniseReferences('see tasks[0].parent_id and tasks[2].title')).toBe('see the parent of task 1 and task 3')
    expect(humaniseReferences('is also the id of projects[1].sections[0]')).toBe('is also the id of section 1 of project 2')
    expect(humaniseReferences('needs a due_date')).toBe('needs a due date')
  })
})
