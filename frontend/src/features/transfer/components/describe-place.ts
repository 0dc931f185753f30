import type { ImportDocument } from '../api/import-tasks'

const PLACE = /^(tasks|projects|tags)\[(\d+)\](?:\.(sections|comments)\[(\d+)\])?/
const ITEM: Record<string, string> = { tasks: 'Task', projects: 'Project', tags: 'Tag', sections: 'section', comments: 'comment' }

const quoted = (name: unknown) => (typeof name === 'string' && name ? ` “${name}”` : '')

function nameOf(document: ImportDocument | null, list: string, index: number): unknown {
  if (list === 'tasks') return document?.tasks[index]?.title
  if (list === 'projects') return document?.projects?.[index]?.name
  return document?.tags?.[index]?.name
}

/**
 * Where in the file a problem is, in people's words: "Task 4 “Buy milk”" for `tasks[3].parent_id` (people count
 * from 1 and know their tasks by title), "Project 1 “Home”, section 2", or "The file" for the document itself.
 * The field is left to the sentence that follows.
 */
export function describePlace(field: string, document: ImportDocument | null): string {
  const match = PLACE.exec(field)
  if (!match) return 'The file'
  const [, list = '', index = '0', inner, innerIndex] = match
  const place = `${ITEM[list] ?? list} ${Number(index) + 1}${quoted(nameOf(document, list, Number(index)))}`
  return inner ? `${place}, ${ITEM[inner] ?? inner} ${Number(innerIndex) + 1}` : place
}
