import { useMutation, useQueryClient } from '@tanstack/react-query'

import { api, type Schemas } from '@/lib/api/client'
import { invalidateUserData } from '@/lib/query-client'
import { expectData } from '@/lib/api/problem'

export type ImportDocument = Schemas['ImportDocument']
export type ImportReport = Schemas['ImportReport']

export interface ImportInput {
  document: ImportDocument
  /** true: only check and report what would be created. */
  dryRun: boolean
  /** One key per document: a retried import replays the first answer instead of importing twice. */
  idempotencyKey: string
}

export async function importTasks({ document, dryRun, idempotencyKey }: ImportInput): Promise<ImportReport> {
  return expectData(
    await api.POST('/api/import', {
      params: { query: { dry_run: dryRun }, header: dryRun ? {} : { 'Idempotency-Key': idempotencyKey } },
      body: document,
    }),
  )
}

export function useImportTasks() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: importTasks,
    onSuccess: (report) => {
      if (report.dry_run) return
      // New tasks and tags show everywhere (lists, tags, statistics): everything but the session refetches.
      return invalidateUserData(queryClient)
    },
  })
}
