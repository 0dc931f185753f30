/** Comments as the API answers them, and a fake comments API, for msw handlers in component tests. */
import { http, HttpResponse, type RequestHandler } from 'msw'

import type { Schemas } from '@/lib/api/client'

import type { RecordedRequest } from './task-factory'

type Comment = Schemas['CommentOut']

let nextId = 1

export function makeComment(overrides: Partial<Comment> = {}): Comment {
  const id = overrides.id ?? nextId++
  return {
    id,
    task_id: 10,
    author: { id: 1, username: 'ada' },
    text: `Comment ${id}`,
    created_at: '2030-01-01T09:00:00Z',
    edited_at: null,
    version: 1,
    ...overrides,
  }
}

/**
 * An in-memory comments API for msw handlers: the thread of a task in pages of `perPage` (keyset, oldest first),
 * POST (by `author`), PATCH (with If-Match, bumps the version) and DELETE. Every write is recorded in `requests`;
 * push a Response onto `answers` to answer the next write with it instead.
 */
export function fakeCommentsApi(comments: Comment[], author: Schemas['UserRef']) {
  const fake = {
    comments,
    perPage: 50,
    requests: [] as RecordedRequest[],
    answers: [] as (() => Response)[],
    handlers: [] as RequestHandler[],
  }
  async function record(request: Request) {
    const text = request.method === 'GET' || request.method === 'DELETE' ? '' : await request.clone().text()
    const body = text ? (JSON.parse(text) as unknown) : undefined
    fake.requests.push({ method: request.method, url: new URL(request.url), body, headers: request.headers })
    return body as { text: string } | undefined
  }
  const notFound = () => HttpResponse.json({ status: 404, title: 'Not Found', detail: 'No such comment.' }, { status: 404 })
  fake.handlers = [
    http.get('*/api/tasks/:id/comments', async ({ request, params }) => {
      await record(request)
      const after = Number(new URL(request.url).searchParams.get('after') ?? 0)
      const thread = fake.comments.filter((comment) => comment.task_id === Number(params.id) && comment.id > after)
      const items = thread.slice(0, fake.perPage)
      const more = thread.length > fake.perPage
      return HttpResponse.json({ items, next_after: more ? (items.at(-1)?.id ?? null) : null })
    }),
    http.post('*/api/tasks/:id/comments', async ({ request, params }) => {
      const body = await record(request)
      const answer = fake.answers.shift()
      if (answer) return answer()
      const comment = makeComment({
        id: Math.max(0, ...fake.comments.map((existing) => existing.id)) + 1,
        task_id: Number(params.id),
        author,
        text: body?.text ?? '',
        created_at: new Date().toISOString(),
      })
      fake.comments = [...fake.comments, comment]
      return HttpResponse.json(comment, { status: 201 })
    }),
    http.patch('*/api/comments/:id', async ({ request, params }) => {
      const body = await record(request)
      const answer = fake.answers.shift()
      if (answer) return answer()
      const comment = fake.comments.find((candidate) => candidate.id === Number(params.id))
      if (!comment) return notFound()
      Object.assign(comment, { text: body?.text, version: comment.version + 1, edited_at: new Date().toISOString() })
      return HttpResponse.json(comment)
    }),
    http.delete('*/api/comments/:id', async ({ request, params }) => {
      await record(request)
      const answer = fake.answers.shift()
      if (answer) return answer()
      fake.comments = fake.comments.filter((comment) => comment.id !== Number(params.id))
      return new HttpResponse(null, { status: 204 })
    }),
  ]
  return fake
}

export type FakeCommentsApi = ReturnType<typeof fakeCommentsApi>
