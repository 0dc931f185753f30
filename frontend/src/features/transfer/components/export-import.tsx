import { useState } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { describeError } from '@/lib/api/problem'

import { useExportTasks, type ExportFormat } from '../api/export-tasks'
import { ImportSection } from './import-section'
import { saveFile } from './save-file'

function ExportSection() {
  const exportTasks = useExportTasks()
  const [format, setFormat] = useState<ExportFormat | null>(null)

  const download = (chosen: ExportFormat) => {
    setFormat(chosen)
    exportTasks.mutate(chosen, { onSuccess: ({ blob, filename }) => saveFile(blob, filename) })
  }

  return (
    <div className="mb-4">
      <h3 className="fs-6">Export</h3>
      <p className="small text-body-secondary">
        Everything you have: JSON keeps subtasks, tags and repeats and can be imported again; CSV opens in a
        spreadsheet.
      </p>
      <FormAlert message={exportTasks.error ? describeError(exportTasks.error) : null} />
      <div className="d-flex flex-wrap gap-2">
        {(['json', 'csv'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            className="btn btn-outline-primary"
            disabled={exportTasks.isPending}
            onClick={() => download(choice)}
          >
            {exportTasks.isPending && format === choice ? 'Preparing…' : `Download ${choice.toUpperCase()}`}
          </button>
        ))}
      </div>
    </div>
  )
}

/** Settings card: download all tasks (JSON or CSV) and import a TaskForge export. */
export function ExportImport() {
  return (
    <section className="card" aria-labelledby="export-import-title">
      <div className="card-body">
        <h2 id="export-import-title" className="fs-5">
          Export and import
        </h2>
        <ExportSection />
        <ImportSection />
      </div>
    </section>
  )
}
