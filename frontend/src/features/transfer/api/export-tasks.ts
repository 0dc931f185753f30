import { useMutation } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

export type ExportFormat = 'json' | 'csv'

export interface ExportFile {
  blob: Blob
  filename: string
}

/** The file name from `Content-Disposition` (`attachment; filename=...`), or a dated default. */
export function filenameOf(disposition: string | null, format: ExportFormat): string {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null
  const name = match?.[1] ? decodeURIComponent(match[1]).replace(/[/\\]/g, '_') : null
  return name ?? `taskforge-export-${new Date().toISOString().slice(0, 10)}.${format}`
}

/** All tasks and tags as a file (json reads back with import; csv for spreadsheets). */
export async function exportTasks(format: ExportFormat): Promise<ExportFile> {
  // Through the api client (not a plain link): the export needs the Authorization header.
  const result = await api.GET('/api/export', { params: { query: { format } }, parseAs: 'blob' })
  const blob = expectData(result)
  return { blob, filename: filenameOf(result.response.headers.get('Content-Disposition'), format) }
}

export function useExportTasks() {
  return useMutation({ mutationFn: exportTasks })
}
