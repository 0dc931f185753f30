/** The API's priorities (1-4) and the words the UI uses for them everywhere. */
export const PRIORITIES = [
  { value: 1, label: 'Low' },
  { value: 2, label: 'Medium' },
  { value: 3, label: 'High' },
  { value: 4, label: 'Urgent' },
] as const

export type Priority = (typeof PRIORITIES)[number]['value']

export function priorityLabel(value: number): string {
  return PRIORITIES.find((priority) => priority.value === value)?.label ?? String(value)
}
