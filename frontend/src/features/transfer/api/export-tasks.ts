import { useMutation } from '@tanstack/react-query'

import { api } from '@/lib/api/client'
import { expectData } from '@/lib/api/problem'
import type { paths } from '@/lib/api/schema'

export type ExportFormat = NonNullable<NonNullable<paths['/api/export']['get']['parameters']['query']>['format']>

export interface ExportFile {
  blob: Blob
  filename: string
}

// RFC 6266: `filename*=charset'language'percent-encoded` (RFC 5987) wins over `filename=token` or a quoted string.
const EXTENDED = /(?:^|;)\s*filename\*\s*=\s*([\w!#$%&+^`{}~-]*)'[^']*'([^;\s]+)/i
const PLAIN = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s"]+))/i

/** A name safe to save under: no folders, no control characters; null when nothing usable is left. */
function safeName(name: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = name.replace(/[/\\]/g, '_').replace(/[\u0000-\u001f\u007f]/g, '').trim()
  return cleaned && cleaned !== '.' && cleaned !== '..' ? cleaned : null
}

function extendedName(disposition: string): string | null {
  const match = EXTENDED.exec(disposition)
  if (!match?.[2] || (match[1] && match[1].toUpperCase() !== 'UTF-8')) return null
  try {
    return safeName(decodeURIComponent(match[2]))
  } catch {
    return null // malformed percent-encoding: try the plain name
  }
}

function plainName(disposition: string): string | null {
  const match = PLAIN.exec(disposition)
  const name = match?.[1]?.replace(/\\(.)/g, '$1') ?? match?.[2]
  return name ? safeName(name) : null
}

/** The file name a `Content-Disposition` header gives, or a dated default (never throws). */
export function filenameOf(disposition: string | null, format: ExportFormat): string {
  const name = disposition ? (extendedName(disposition) ?? plainName(disposition)) : null
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
