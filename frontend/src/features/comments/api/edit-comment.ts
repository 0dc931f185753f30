import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import { invalidateUserData } from '@/lib/query-client'

import { commentEtag, type Comment } from './get-comments'

export interface EditCommentInput {
  comment: Pick<Comment, 'id' | 'version'>
  text: string
}

/**
 * PATCHes a comment's text with If-Match on the version the user edited; throws ApiError (412 when someone
 * changed it since, 409 when a change raced this one, 403 when it is not the caller's, 404, 422).
 */
export async function editComment({ comment, text }: EditCommentInput): Promise<Comment> {
  return expectData(
    await api.PATCH('/api/comments/{comment_id}', {
      params: { path: { comment_id: comment.id }, header: { 'If-Match': commentEtag(comment) } },
      body: { text },
    }),
  )
}

export function useEditComment() {
  const queryClient = useQueryClient()
  return useMutation({ mutationFn: editComment, onSettled: () => invalidateUserData(queryClient) })
}
