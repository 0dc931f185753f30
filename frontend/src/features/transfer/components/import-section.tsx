import { useId, useRef, useState, type ChangeEvent } from 'react'
import { toast } from 'react-toastify/unstyled'

import { FormAlert } from '@/components/form/form-alert'
import { fieldMessagesOf } from '@/lib/api/form-errors'
import { describeError } from '@/lib/api/problem'

import { useImportTasks, type ImportDocument, type ImportReport } from '../api/import-tasks'
import { ImportErrors } from './import-errors'

interface Selected {
  name: string
  document: ImportDocument
  key: string
}

/** Reads the file as an export document; the API checks everything else. */
async function readDocument(file: File): Promise<ImportDocument> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await file.text())
  } catch {
    throw new Error('This file is not JSON. Choose a TaskForge export (.json).')
  }
  if (typeof parsed !== 'object' || parsed === null || !('tasks' in parsed) || !Array.isArray(parsed.tasks)) {
    throw new Error('This file is not a TaskForge export: it has no list of tasks.')
  }
  return parsed as ImportDocument
}

function Report({ report }: { report: ImportReport }) {
  const tags = report.tags_created
  return (
    <div className="alert alert-info" role="status">
      <p className="mb-1">
        <strong>{report.tasks_created}</strong> task{report.tasks_created === 1 ? '' : 's'} would be created
        {tags.length > 0 ? `, with ${tags.length} new tag${tags.length === 1 ? '' : 's'}` : ''}. Nothing has changed
        yet.
      </p>
      {tags.length > 0 && <p className="small mb-0 task-title">New tags: {tags.join(', ')}</p>}
    </div>
  )
}

/** Import: pick a TaskForge export, check it (dry run: counts and problems), then import it for real. */
export function ImportSection() {
  const inputId = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [selected, setSelected] = useState<Selected | null>(null)
  const [readError, setReadError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const check = useImportTasks()
  const run = useImportTasks()

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    setSelected(null)
    setReadError(null)
    setDone(null)
    check.reset()
    run.reset()
    if (!file) return
    try {
      const document = await readDocument(file)
      const next = { name: file.name, document, key: crypto.randomUUID() }
      setSelected(next)
      check.mutate({ document, dryRun: true, idempotencyKey: next.key })
    } catch (error) {
      setReadError(error instanceof Error ? error.message : 'The file could not be read.')
    }
  }

  const importNow = () => {
    if (!selected) return
    run.mutate(
      { document: selected.document, dryRun: false, idempotencyKey: selected.key },
      {
        onSuccess: (report) => {
          const text = `Imported ${report.tasks_created} task${report.tasks_created === 1 ? '' : 's'} from ${selected.name}.`
          setDone(text)
          toast.success(text)
          setSelected(null)
          check.reset()
          if (fileInput.current) fileInput.current.value = ''
        },
      },
    )
  }

  const failure = run.error ?? check.error
  const fieldErrors = fieldMessagesOf(failure, 'import')
  const hasFieldErrors = Object.keys(fieldErrors).length > 0
  const report = check.data

  return (
    <div>
      <h3 className="fs-6">Import</h3>
      <p className="small text-body-secondary">
        Adds the tasks and tags of a TaskForge export (.json) to yours; nothing is replaced. The file is checked first.
      </p>
      <div className="mb-3">
        <label htmlFor={inputId} className="form-label">
          Export file
        </label>
        <input
          ref={fileInput}
          id={inputId}
          type="file"
          className="form-control"
          accept=".json,application/json"
          onChange={(event) => void choose(event)}
        />
      </div>
      <FormAlert message={readError ?? (failure && !hasFieldErrors ? describeError(failure) : null)} />
      {hasFieldErrors && <ImportErrors errors={fieldErrors} document={selected?.document ?? null} />}
      {check.isPending && <p role="status">Checking the file…</p>}
      {report && selected && !run.isSuccess && (
        <>
          <Report report={report} />
          <button
            type="button"
            className="btn btn-primary"
            disabled={run.isPending || report.tasks_created === 0}
            onClick={importNow}
          >
            {run.isPending
              ? 'Importing…'
              : `Import ${report.tasks_created} task${report.tasks_created === 1 ? '' : 's'}`}
          </button>
        </>
      )}
      <p className="visually-hidden" role="status">
        {done}
      </p>
    </div>
  )
}
