import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

import type { Comment } from './get-comments'

/** DELETE /api/comments/{id} (its author, or an admin of the project); throws ApiError (403, 404, ...). */
export async function deleteComment(comment: Pick<Comment, 'id'>): Promise<void> {
  expectData(await api.DELETE('/api/comments/{comment_id}', { params: { path: { comment_id: comment.id } } }))
}

export function useDeleteComment() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: deleteComment, onSettled: () => invalidateUserData(queryClient) })
}
