import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'


export type ParsedTask = Schemas['ParseOut']
export type ParsedSpan = Schemas['SpanOut']

/** A reading of `text`: the text it is of travels with it, so an answer is never shown for another text. */
export interface Reading extends ParsedTask {
  text: string
}

/** POST /api/tasks/parse: how `text` reads, without creating anything. Throws ApiError. */
export async function parseTask(text: string, signal?: AbortSignal): Promise<Reading> {
  const parsed = expectData(await api.POST('/api/tasks/parse', { body: { text, project_id: null }, signal }))
  return { ...parsed, text }
}

export const parseKeys = {
  all: ['task-parse'] as const,
  text: (text: string) => [...parseKeys.all, text] as const,
}

/**
 * One query per text: an answer for an older text lands under its own key and is never shown for the current one;
 * a text left behind before its answer came is cancelled (the fetch is aborted). Relative dates ("tomorrow") move
 * with the clock, so a reading is not kept long.
 */
export const parseTaskQueryOptions = (text: string) =>
  queryOptions({
    queryKey: parseKeys.text(text),
    queryFn: ({ signal }) => parseTask(text, signal),
    enabled: text.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    gcTime: 60_000,
    retry: false,
    refetchOnWindowFocus: false,
  })

export function useParseTask(text: string) {
  return useQuery(parseTaskQueryOptions(text))
}
