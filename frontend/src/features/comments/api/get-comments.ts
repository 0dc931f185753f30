import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type Comment = Schemas['CommentOut']
export type CommentPage = Schemas['CommentPage']

/** Every comments query key starts here; the live stream's refetch of everything reaches them too. */
export const commentsKeys = {
  all: ['comments'] as const,
  of: (taskId: number) => [...commentsKeys.all, taskId] as const,
}

/** Oldest first; each `after` continues with newer ones. */
export const COMMENTS_PER_PAGE = 50

export async function getComments(taskId: number, after: number | null, signal?: AbortSignal): Promise<CommentPage> {
  const query = after === null ? { per_page: COMMENTS_PER_PAGE } : { per_page: COMMENTS_PER_PAGE, after }
  return expectData(
    await api.GET('/api/tasks/{task_id}/comments', { params: { path: { task_id: taskId }, query }, signal }),
  )
}

export const commentsQueryOptions = (taskId: number) =>
  infiniteQueryOptions({
    queryKey: commentsKeys.of(taskId),
    queryFn: ({ pageParam, signal }) => getComments(taskId, pageParam, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.next_after,
  })

export function useComments(taskId: number, { enabled = true }: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...commentsQueryOptions(taskId), enabled })
}

/** The strong ETag the API gives a comment (`"v<version>"`), for If-Match. */
export function commentEtag(comment: Pick<Comment, 'version'>): string {
  return `"v${comment.version}"`
}
