/**
 * The services' own validation messages (backend ValidationFailed raised by taskforge/*\/service.py, placement.py,
 * members.py, export/checks.py, ...): fragments written to follow a field name ("no account with that username"),
 * some naming internal fields. Each is rewritten as a sentence for people; any other message of theirs that is
 * fit to read is kept, starting with a capital and ending with a full stop.
 */
import { isForPeople } from './field-failures'

type Rewrite = string | ((match: RegExpExecArray) => string)

const KNOWN: readonly [RegExp, Rewrite][] = [
  [/^no account with that username$/, 'Nobody has that username.'],
  [/^no account with that email$/, 'No account has that email address.'],
  [/^give exactly one of `username` and `email`$/, 'Enter a username or an email address.'],
  [/^give exactly one of `before_id` and `after_id`$/, 'Choose where to move it.'],
  [/^give a `title`, or the task in plain language as `text`$/, 'Enter a title.'],
  [/^give either `title` or `text`, not both$/, 'Give the task as a title or in plain words, not both.'],
  [/^a recurring task needs a due_date$/, 'A repeating task needs a due date.'],
  [/^a recurring task needs a due date \(clear recurrence first\)$/, 'A repeating task needs a due date: make it not repeat first.'],
  [/^a reminder before the due date needs a due_date$/, 'A reminder before the due date needs a due date.'],
  [
    /^user (\d+) cannot edit this project, so cannot be assigned its tasks$/,
    (match) => `User ${match[1]} cannot edit this project, so cannot be given its tasks.`,
  ],
  [/^no project with that id$/, 'That project is gone, or you may not add tasks to it.'],
  [/^no section with that id in the task's project$/, 'That section is not in the task’s project.'],
  [/^no section with that id in this project$/, 'That section is no longer in this project.'],
  [/^no task with that id in this project$/, 'That task is no longer in this project.'],
  [/^no task with that id$/, 'That task is gone, or you may not see it.'],
  [/^no team of yours with that id$/, 'That team is gone, or you are no longer in it.'],
  [/^not a direct member of this project$/, 'Only a direct member of the project can become its owner.'],
  [/^you own this project already$/, 'You own this project already.'],
  [/^(is not a valid cursor|belongs to another sort or order\b.*)$/, 'The list changed while you paged through it: start again from the first page.'],
  [/^was already used for another request\b/, 'This was sent before with other content. Reload the page and try again.'],
  [/^must be the https:\/\/ URL of a browser's push service$/, 'This browser’s push service is not one TaskForge can send to.'],
  [/^is not a valid refresh token of this account$/, 'Your session has ended. Sign in again.'],
  [/^is not the account's password$/, 'That is not your current password.'],
  [/^is not available through a shared link$/, 'A shared link does not show who tasks are assigned to.'],
  [/^must be given once$/, 'Give this only once.'],
  [/^no user has an id that large$/, 'Nobody has that id.'],
  [/^give either `page` or `after`, not both$/, 'The list changed while you paged through it: start again from the first page.'],
  [/^must not be before from$/, 'The end must not be before the start.'],
  [/^must be at most 10 years after from$/, 'The end must be at most 10 years after the start.'],
  // An import's checks (backend taskforge/export/checks.py).
  [/^no task with this id in the document$/, 'No task in the file has that ID.'],
  [/^not a project of the document$/, 'No project in the file has that ID.'],
  [/^not a section of the task's project in the document$/, 'Its project in the file has no section with that ID.'],
  [/^a task with a section needs its project_id$/, 'A task with a section needs its project.'],
]

// `tasks[3].project_id` in a message: "the project of task 4"; `projects[0].sections[2]`: "section 3 of project 1".
const ITEM = /\b(tasks|projects|sections|tags|comments|reminders)\[(\d+)\]/g
const SINGULAR: Record<string, string> = {
  tasks: 'task',
  projects: 'project',
  sections: 'section',
  tags: 'tag',
  comments: 'comment',
  reminders: 'reminder',
}
const FIELD_WORDS: Record<string, string> = {
  project_id: 'project',
  section_id: 'section',
  parent_id: 'parent',
  previous_id: 'previous occurrence',
  due_date: 'due date',
  id: 'ID',
}

function item(kind: string, index: string): string {
  return `${SINGULAR[kind] ?? kind} ${Number(index) + 1}`
}

/** References to the items of a list, as people count them (from 1), with their fields in words. */
export function humaniseReferences(message: string): string {
  return message
    .replace(/\b((?:\w+\[\d+\]\.)*\w+\[\d+\])\.(\w+)\b(?!\[)/g, (_text, where: string, field: string) => {
      const word = FIELD_WORDS[field]
      return word ? `the ${word} of ${where}` : where
    })
    .replace(/\b(\w+\[\d+\])\.(\w+\[\d+\])/g, '$2 of $1')
    .replace(ITEM, (_text, kind: string, index: string) => item(kind, index))
    .replace(/\bdue_date\b/g, 'due date')
}

// Fragments that follow the field's name: "is also the id of tasks[3]", "must be ...".
const FRAGMENT = /^(is|are|must|was|has|have|belongs|cannot|should|needs)\b/

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const sentence = (text: string) => capitalise(/[.!?]$/.test(text) ? text : `${text}.`)

/**
 * A service's own message as a sentence, `theField` ("The ID") starting a fragment; null when it is not fit for
 * people (a regex, an internal name) and a generic sentence should stand in.
 */
export function serviceSentence(message: string, theField: string): string | null {
  const text = message.trim()
  for (const [pattern, rewrite] of KNOWN) {
    const match = pattern.exec(text)
    if (match) return typeof rewrite === 'string' ? rewrite : rewrite(match)
  }
  const readable = humaniseReferences(text)
  if (!isForPeople(readable)) return null
  return sentence(FRAGMENT.test(readable) ? `${theField} ${readable}` : readable)
}
