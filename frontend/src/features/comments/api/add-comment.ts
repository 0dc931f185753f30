import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

import type { Comment } from './get-comments'

export interface AddCommentInput {
  taskId: number
  text: string
  /** One per submission: a retry of the same submission sends the same key, so the comment is made once. */
  idempotencyKey: string
}

/** POST /api/tasks/{id}/comments; throws ApiError (422 for a blank or too long text, 403 in an archived project, ...). */
export async function addComment({ taskId, text, idempotencyKey }: AddCommentInput): Promise<Comment> {
  return expectData(
    await api.POST('/api/tasks/{task_id}/comments', {
      params: { path: { task_id: taskId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { text },
    }),
  )
}

export function useAddComment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: addComment,
    // The thread (`commentsKeys`), and what a comment touches beyond it: the task's history, notifications.
    onSuccess: () => invalidateUserData(queryClient),
  })
}
