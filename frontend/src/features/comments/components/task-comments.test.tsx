import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'

import type { Schemas } from '@/lib/api/client'
import { fakeCommentsApi, makeComment, type FakeCommentsApi } from '@/testing/comment-factory'
import { server, setupMswServer } from '@/testing/msw-server'
import { makeInbox, makePerson, makeProject } from '@/testing/project-factory'
import { renderWithProviders } from '@/testing/render-with-providers'
import { makeUser } from '@/testing/user-factory'

import { TaskComments } from './task-comments'

setupMswServer()

const me = makeUser({ id: 7, username: 'ann' })
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()
let project: Schemas['ProjectOut']
let api: FakeCommentsApi

const problem = (status: number, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: 'Error', detail: 'It failed.', status, request_id: 'r', ...extra }, { status })

beforeEach(() => {
  project = makeProject({ id: 5, name: 'Garden', role: 'editor', owner_id: 8 })
  api = fakeCommentsApi(
    [
      makeComment({ id: 1, author: { id: 8, username: 'bob' }, text: 'Start with **roses**', created_at: minutesAgo(30) }),
      makeComment({ id: 2, author: { id: 7, username: 'ann' }, text: 'On it', created_at: minutesAgo(5), edited_at: minutesAgo(4) }),
    ],
    { id: 7, username: 'ann' },
  )
  server.use(
    ...api.handlers,
    http.get('*/api/auth/me', () => HttpResponse.json(me)),
    http.get('*/api/projects', () => HttpResponse.json({ items: [makeInbox({ owner_id: 7 }), project] })),
    http.get('*/api/projects/5/people', () =>
      HttpResponse.json({ items: [makePerson('bob', 8, 'owner'), makePerson('ann', 7, 'editor'), makePerson('bea', 9, 'viewer')] }),
    ),
  )
})

function renderThread(active = true) {
  return renderWithProviders(<TaskComments taskId={10} projectId={5} active={active} />)
}

const thread = () => screen.getByRole('list', { name: 'Comments' })
const comment = (author: string) => within(thread()).getByRole('article', { name: new RegExp(`^${author},`) })
const composer = () => screen.getByRole('textbox', { name: 'Add a comment' })

describe('TaskComments', () => {
  it('lists the comments oldest first with who, when and whether edited', async () => {
    renderThread()
    expect(await screen.findByRole('list', { name: 'Comments' })).toBeInTheDocument()
    const items = within(thread()).getAllByRole('article')
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(['bob, 30 minutes ago', 'ann, 5 minutes ago'])
    expect(within(comment('bob')).getByText('roses').tagName).toBe('STRONG')
    expect(within(comment('ann')).getByText('(edited)')).toBeInTheDocument()
    expect(within(comment('bob')).queryByText('(edited)')).not.toBeInTheDocument()
    // Mine can be edited and deleted; someone else's, by an editor, neither.
    expect(within(comment('ann')).getByRole('button', { name: 'Edit your comment from 5 minutes ago' })).toBeInTheDocument()
    expect(within(comment('ann')).getByRole('button', { name: 'Delete your comment from 5 minutes ago' })).toBeInTheDocument()
    expect(within(comment('bob')).queryByRole('button')).not.toBeInTheDocument()
  })

  it('shows a comment whose author deleted their account as by a deleted account, which no one but an admin may delete', async () => {
    api = fakeCommentsApi([makeComment({ id: 3, author: null, text: 'Left behind', created_at: minutesAgo(10) })], { id: 7, username: 'ann' })
    server.use(...api.handlers)
    renderThread()
    expect(await screen.findByRole('list', { name: 'Comments' })).toBeInTheDocument()
    const left = comment('Deleted account')
    expect(within(left).getByText('Left behind')).toBeInTheDocument()
    expect(within(left).queryByRole('button')).not.toBeInTheDocument()
  })

  it('renders Markdown safely: no raw HTML, no script links, links in a new tab, no remote images', async () => {
    api.comments = [
      makeComment({
        id: 3,
        text: 'See <b>this</b> <img src=x onerror=alert(1)> [docs](https://example.com/a) [bad](javascript:alert(1)) ![chart](https://evil.example/pixel.png)\n\n# Big',
      }),
    ]
    const { container } = renderThread()
    const body = await screen.findByText(/See/)
    expect(body).toHaveTextContent('See <b>this</b> <img src=x onerror=alert(1)>')
    expect(container.querySelector('b, img, script, h1')).toBeNull()
    const docs = screen.getByRole('link', { name: 'docs' })
    expect(docs).toHaveAttribute('href', 'https://example.com/a')
    expect(docs).toHaveAttribute('target', '_blank')
    expect(docs).toHaveAttribute('rel', 'noopener noreferrer')
    expect(screen.getByText('bad')).not.toHaveAttribute('href')
    expect(screen.getByRole('link', { name: 'Image: chart' })).toHaveAttribute('href', 'https://evil.example/pixel.png')
    expect(screen.getByText('Big')).toHaveClass('fw-bold')
  })

  it('loads nothing until its tab shows, then shows newer pages on request', async () => {
    api.perPage = 1
    const { rerender } = renderThread(false)
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(api.requests).toHaveLength(0)
    rerender(<TaskComments taskId={10} projectId={5} active />)
    expect(await screen.findByText('roses')).toBeInTheDocument()
    expect(screen.queryByText('On it')).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Show newer comments' }))
    expect(await screen.findByText('On it')).toBeInTheDocument()
    expect(api.requests.map((request) => request.url.searchParams.get('after'))).toEqual([null, '1'])
    expect(screen.queryByRole('button', { name: 'Show newer comments' })).not.toBeInTheDocument()
  })

  it('says when there is nothing yet, and shows a load error with a retry', async () => {
    server.use(http.get('*/api/tasks/:id/comments', () => problem(500, { detail: 'Boom.' }), { once: true }))
    api.comments = []
    renderThread()
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the comments. Boom.')
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('No comments yet.')).toBeInTheDocument()
  })

  it('posts a comment with an Idempotency-Key, @mentioning a member picked from the list', async () => {
    const user = userEvent.setup()
    renderThread()
    await user.type(await screen.findByRole('textbox', { name: 'Add a comment' }), '@b')
    // Everyone who sees the project can be mentioned, but not the writer.
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Bbob', 'Bbea'])
    await user.keyboard('{Enter}please look')
    await user.click(screen.getByRole('button', { name: 'Comment' }))

    expect(await within(thread()).findByText('@bob please look')).toBeInTheDocument()
    const post = api.requests.find((request) => request.method === 'POST')
    expect(post?.body).toEqual({ text: '@bob please look' })
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/)
    expect(composer()).toHaveValue('')
  })

  it('asks for text first, and shows the API’s refusal under the box, retrying with the same key', async () => {
    const user = userEvent.setup()
    renderThread()
    await user.click(await screen.findByRole('button', { name: 'Comment' }))
    expect(composer()).toHaveAccessibleDescription(/Write something first\./)
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(0)

    api.answers.push(() => problem(422, { errors: [{ field: 'text', message: 'String should have at most 10000 characters' }] }))
    await user.type(composer(), 'Long')
    await user.click(screen.getByRole('button', { name: 'Comment' }))
    expect(await screen.findByText('Use up to 10,000 characters.')).toBeInTheDocument()
    expect(composer()).toHaveAttribute('aria-invalid', 'true')
    await user.click(screen.getByRole('button', { name: 'Comment' }))
    await waitFor(() => expect(composer()).toHaveValue(''))
    const keys = api.requests.filter((request) => request.method === 'POST').map((request) => request.headers.get('Idempotency-Key'))
    expect(keys).toHaveLength(2)
    expect(keys[0]).toBe(keys[1])
  })

  it('edits my comment inline with If-Match', async () => {
    const user = userEvent.setup()
    renderThread()
    await user.click(await screen.findByRole('button', { name: 'Edit your comment from 5 minutes ago' }))
    const box = screen.getByRole('textbox', { name: 'Edit your comment' })
    expect(box).toHaveFocus()
    await user.clear(box)
    await user.type(box, 'Done, see photos')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await within(thread()).findByText('Done, see photos')).toBeInTheDocument()
    const patch = api.requests.find((request) => request.method === 'PATCH')
    expect(patch?.url.pathname).toBe('/api/comments/2')
    expect(patch?.body).toEqual({ text: 'Done, see photos' })
    expect(patch?.headers.get('If-Match')).toBe('"v1"')
  })

  it('on a conflict shows the latest text and saves over it only when asked again', async () => {
    const user = userEvent.setup()
    renderThread()
    await user.click(await screen.findByRole('button', { name: 'Edit your comment from 5 minutes ago' }))
    const box = screen.getByRole('textbox', { name: 'Edit your comment' })
    await user.type(box, ' today')
    // Meanwhile, in another tab, the comment changed.
    const mine = api.comments[1]
    if (mine) Object.assign(mine, { text: 'On it (from my phone)', version: 2 })
    api.answers.push(() => problem(412))
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('This comment was changed elsewhere')
    expect(await screen.findByText('On it (from my phone)')).toBeInTheDocument()
    expect(screen.getByText('Latest version')).toBeInTheDocument()
    expect(box).toHaveValue('On it today')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Edit your comment' })).not.toBeInTheDocument())
    const ifMatches = api.requests.filter((request) => request.method === 'PATCH').map((request) => request.headers.get('If-Match'))
    expect(ifMatches).toEqual(['"v1"', '"v2"'])
  })

  it('cancels an edit, and refuses an empty one', async () => {
    const user = userEvent.setup()
    renderThread()
    await user.click(await screen.findByRole('button', { name: 'Edit your comment from 5 minutes ago' }))
    await user.clear(screen.getByRole('textbox', { name: 'Edit your comment' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.getByRole('alert')).toHaveTextContent('A comment cannot be empty: delete it instead.')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(within(thread()).getByText('On it')).toBeInTheDocument()
    expect(api.requests.filter((request) => request.method === 'PATCH')).toHaveLength(0)
  })

  it('closes an unchanged edit without a request, and says when the comment is gone', async () => {
    const user = userEvent.setup()
    renderThread()
    await user.click(await screen.findByRole('button', { name: 'Edit your comment from 5 minutes ago' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(screen.queryByRole('textbox', { name: 'Edit your comment' })).not.toBeInTheDocument()
    expect(api.requests.filter((request) => request.method === 'PATCH')).toHaveLength(0)

    await user.click(screen.getByRole('button', { name: 'Edit your comment from 5 minutes ago' }))
    await user.type(screen.getByRole('textbox', { name: 'Edit your comment' }), '!')
    api.answers.push(() => problem(404))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This comment was deleted meanwhile.')
    api.answers.push(() => problem(403, { detail: 'Only its author may change a comment.' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Only its author may change a comment.')
  })

  it('deletes my comment after confirming', async () => {
    const user = userEvent.setup()
    renderThread()
    await user.click(await screen.findByRole('button', { name: 'Delete your comment from 5 minutes ago' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete this comment?' })
    await user.click(within(dialog).getByRole('button', { name: 'Delete comment' }))
    expect(await screen.findByText('Comment deleted')).toBeInTheDocument()
    await waitFor(() => expect(within(thread()).queryByText('On it')).not.toBeInTheDocument())
    expect(api.requests.find((request) => request.method === 'DELETE')?.url.pathname).toBe('/api/comments/2')
  })

  it('lets a project admin delete anyone’s comment, but edit only their own', async () => {
    project = { ...project, role: 'admin' }
    api.answers.push(() => problem(404))
    const user = userEvent.setup()
    renderThread()
    await screen.findByRole('list', { name: 'Comments' })
    expect(within(comment('bob')).queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument()
    await user.click(within(comment('bob')).getByRole('button', { name: 'Delete bob’s comment from 30 minutes ago' }))
    await user.click(screen.getByRole('button', { name: 'Delete comment' }))
    expect(await screen.findByText('That comment was already deleted.')).toBeInTheDocument()
  })

  it('lets a viewer comment, and nobody change anything in an archived project', async () => {
    project = { ...project, role: 'viewer' }
    const { unmount } = renderThread()
    expect(await screen.findByRole('textbox', { name: 'Add a comment' })).toBeInTheDocument()
    unmount()
    project = { ...project, archived: true }
    renderThread()
    expect(await screen.findByText('The project is archived: its comments can be read, not changed.')).toBeInTheDocument()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(within(thread()).queryByRole('button')).not.toBeInTheDocument()
  })
})
