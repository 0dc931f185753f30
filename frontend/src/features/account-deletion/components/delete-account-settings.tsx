import { useState } from 'react'

import { FormAlert } from '@/components/form/form-alert'
import { describeError } from '@/lib/api/problem'

import { useDownloadExport } from '../api/download-export'
import { DeletionForm } from './deletion-form'

/** Settings' danger zone: download your data, then delete the account (with a decision per shared project). */
export function DeleteAccountSettings() {
  const [open, setOpen] = useState(false)
  const download = useDownloadExport()
  return (
    <section className="card border-danger" aria-labelledby="delete-account-title">
      <div className="card-body">
        <h2 id="delete-account-title" className="fs-5 text-danger-emphasis">
          Delete account
        </h2>
        <p>
          Deleting your account removes your Inbox, the projects only you use, your tags and settings, and signs you
          out everywhere. It cannot be undone.
        </p>
        <p className="mb-2">First, you may want a copy of your data (TaskForge’s JSON, which import reads back).</p>
        <FormAlert message={download.error ? describeError(download.error) : null} />
        <div className="d-flex flex-wrap gap-2 mb-3">
          <button
            type="button"
            className="btn btn-outline-primary"
            disabled={download.isPending}
            onClick={() => download.mutate()}
          >
            {download.isPending ? 'Preparing…' : 'Download my data (JSON)'}
          </button>
          {!open && (
            <button type="button" className="btn btn-outline-danger" onClick={() => setOpen(true)}>
              Delete my account…
            </button>
          )}
        </div>
        {open && <DeletionForm onCancel={() => setOpen(false)} />}
      </div>
    </section>
  )
}
