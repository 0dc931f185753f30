import { useMutation } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'

/** Everything the account may see, in TaskForge's JSON export (which import reads back), as a download. */
export async function downloadExport(): Promise<void> {
  const result = await api.GET('/api/export', { params: { query: { format: 'json' } }, parseAs: 'blob' })
  const blob = expectData(result)
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = `taskforge-export-${new Date().toISOString().slice(0, 10)}.json`
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Some browsers read the URL after click() returns: release it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function useDownloadExport() {
  return useMutation({ mutationFn: downloadExport })
}
