import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { announceShortcut } from '@/lib/shortcuts'
import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makeProject } from '@/testing/project-factory'
import { makeTask } from '@/testing/task-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { parseKeys } from '../api/parse-task'
import { QuickAdd } from './quick-add'

setupMswServer()

type Span = Schemas['SpanOut']

/** How the fake API reads a text: the spans of the tokens it knows, found by code point (as the API counts). */
const TOKENS: { token: string; kind: Span['kind']; value: Span['value'] }[] = [
  { token: '#groceries', kind: 'tag', value: 'groceries' },
  { token: 'p1', kind: 'priority', value: 4 },
  { token: 'tomorrow 5pm', kind: 'date', value: '2030-01-02T17:00:00Z' },
  { token: '@Work', kind: 'project', value: 7 },
]

function readText(text: string): Schemas['ParseOut'] {
  const spans: Span[] = []
  for (const { token, kind, value } of TOKENS) {
    const at = text.indexOf(token)
    if (at < 0) continue
    const start = Array.from(text.slice(0, at)).length
    spans.push({ start, end: start + Array.from(token).length, kind, text: token, value })
  }
  let title = text
  for (const span of spans) title = title.replace(span.text, '')
  return {
    task: { title: title.trim(), project_id: 1, due_date: null, priority: 2, tags: [], recurrence: null, reminders: [] },
    spans: spans.sort((a, b) => a.start - b.start),
    unrecognized: [],
  }
}

const parsed: string[] = []
const created: unknown[] = []

beforeEach(() => {
  parsed.length = 0
  created.length = 0
  server.use(
    http.get('*/api/auth/me', () => HttpResponse.json(makeUser({ timezone: 'UTC' }))),
    http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox(), makeProject({ id: 7, name: 'Work' })] })),
    http.post('*/api/tasks/parse', async ({ request }) => {
      const { text } = (await request.json()) as { text: string }
      parsed.push(text)
      return HttpResponse.json(readText(text))
    }),
    http.post('*/api/tasks', async ({ request }) => {
      const body = (await request.json()) as { text: string }
      created.push(body)
      return HttpResponse.json(makeTask({ id: 50, title: readText(body.text).task.title }), { status: 201 })
    }),
  )
})

const input = () => screen.getByRole('textbox', { name: 'Quick add a task' })
const marks = () =>
  Array.from(screen.getByTestId('quick-add-highlights').querySelectorAll('mark')).map((mark) => [
    mark.dataset.kind,
    mark.textContent,
  ])

describe('QuickAdd: highlighting', () => {
  it('marks what was recognised by code point, an emoji before a token included, and says it', async () => {
    const user = userEvent.setup()
    renderWithProviders(<QuickAdd delayMs={5} />)
    await user.type(input(), '🛒 Buy milk #groceries p1')
    await waitFor(() => expect(marks()).toEqual([['tag', '#groceries'], ['priority', 'p1']]))
    expect(screen.getByTestId('quick-add-highlights')).toHaveAttribute('aria-hidden', 'true')
    await waitFor(() =>
      expect(input()).toHaveAccessibleDescription('Title: 🛒 Buy milk · #groceries · Priority 1 (Urgent)'),
    )
  })

  it('never shows an answer for an older text, even when it comes last', async () => {
    const release: Record<string, () => void> = {}
    server.use(
      http.post('*/api/tasks/parse', async ({ request }) => {
        const { text } = (await request.json()) as { text: string }
        await new Promise<void>((resolve) => (release[text] = resolve))
        return HttpResponse.json(readText(text === 'Call p1' ? 'Call tomorrow 5pm' : text))
      }),
    )
    const user = userEvent.setup()
    const { queryClient } = renderWithProviders(<QuickAdd delayMs={5} />)
    await user.type(input(), 'Call p1')
    await waitFor(() => expect(release['Call p1']).toBeDefined())
    await user.type(input(), ' #groceries')
    await waitFor(() => expect(release['Call p1 #groceries']).toBeDefined())
    act(() => release['Call p1 #groceries']?.())
    await waitFor(() => expect(marks()).toEqual([['priority', 'p1'], ['tag', '#groceries']]))
    // The older text's reading was dropped when the text changed: its request was aborted, nothing is kept of it.
    const older = queryClient.getQueryState(parseKeys.text('Call p1'))
    expect(older?.fetchStatus).toBe('idle')
    expect(older?.data).toBeUndefined()
    // Its answer (a date, for a text that has none) arrives last: nothing changes.
    act(() => release['Call p1']?.())
    expect(marks()).toEqual([['priority', 'p1'], ['tag', '#groceries']])
    expect(queryClient.getQueryState(parseKeys.text('Call p1'))?.data).toBeUndefined()
    expect(input()).toHaveAccessibleDescription('Title: Call · Priority 1 (Urgent) · #groceries')
  })
})

describe('QuickAdd: creating', () => {
  it('creates from the text on Enter in the page’s project, then is empty and focused for the next one', async () => {
    const user = userEvent.setup()
    renderWithProviders(<QuickAdd projectId={3} delayMs={5} />)
    await user.type(input(), 'Buy milk p1{Enter}')
    await waitFor(() => expect(created).toEqual([{ text: 'Buy milk p1', project_id: 3 }]))
    await waitFor(() => expect(input()).toHaveValue(''))
    expect(input()).toHaveFocus()
    await user.type(input(), 'Call mum{Enter}')
    await waitFor(() => expect(created).toHaveLength(2))
  })

  it('leaves the page’s project out when the text names one', async () => {
    const user = userEvent.setup()
    renderWithProviders(<QuickAdd projectId={3} delayMs={5} />)
    await user.type(input(), 'Plan @Work{Enter}')
    await waitFor(() => expect(created).toEqual([{ text: 'Plan @Work' }]))
    expect(parsed).toContain('Plan @Work')
  })

  it('says a refusal as a sentence next to the box and keeps the text', async () => {
    server.use(
      http.post('*/api/tasks', () =>
        HttpResponse.json(
          {
            status: 422,
            title: 'Unprocessable Content',
            errors: [{ field: 'text', message: 'the title it leaves: String should have at least 1 character' }],
          },
          { status: 422 },
        ),
      ),
    )
    const user = userEvent.setup()
    renderWithProviders(<QuickAdd delayMs={5} />)
    await user.type(input(), 'p1{Enter}')
    await waitFor(() => expect(input()).toBeInvalid())
    expect(input()).toHaveAccessibleDescription(expect.stringContaining('The title it leaves: '))
    expect(input()).not.toHaveAccessibleDescription(expect.stringContaining('String should'))
    expect(input()).toHaveValue('p1')
    // The text back in the box is read again.
    await waitFor(() => expect(input()).toHaveAccessibleDescription(expect.stringContaining('Priority 1 (Urgent)')))
  })

  it('is free for the next task at once, and a refusal never overwrites what is typed next', async () => {
    let answer: () => void = () => undefined
    server.use(
      http.post('*/api/tasks', async () => {
        await new Promise<void>((resolve) => (answer = resolve))
        return HttpResponse.json(
          { status: 422, title: 'Unprocessable Content', errors: [{ field: 'text', message: 'String should have at most 500 characters' }] },
          { status: 422 },
        )
      }),
    )
    const user = userEvent.setup()
    renderWithProviders(<QuickAdd delayMs={5} />)
    await user.type(input(), 'First{Enter}')
    expect(input()).toHaveValue('')
    await user.type(input(), 'Second')
    act(() => answer())
    await waitFor(() => expect(input()).toHaveAccessibleDescription(expect.stringContaining('Use up to 500 characters.')))
    expect(input()).toHaveValue('Second')
  })

  it('is focused by the quick-add shortcut', async () => {
    renderWithProviders(<QuickAdd delayMs={5} />)
    act(() => announceShortcut('quick-add'))
    await waitFor(() => expect(input()).toHaveFocus())
  })
})
