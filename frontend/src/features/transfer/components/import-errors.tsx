import type { FieldMessages } from '@/lib/api/field-messages'

import type { ImportDocument } from '../api/import-tasks'
import { describePlace } from './describe-place'

/** The 422's per-field problems of an import, as a list read as text (titles are never markup). */
export function ImportErrors({ errors, document }: { errors: FieldMessages; document: ImportDocument | null }) {
  const entries = Object.entries(errors)
  return (
    <div className="alert alert-danger" role="alert">
      <p className="fw-semibold mb-2">
        Nothing was imported: {entries.length} problem{entries.length === 1 ? '' : 's'} to fix in the file.
      </p>
      <ul className="mb-0 task-title">
        {entries.map(([field, sentence]) => (
          <li key={field}>
            {describePlace(field, document)}: {sentence}
          </li>
        ))}
      </ul>
    </div>
  )
}
