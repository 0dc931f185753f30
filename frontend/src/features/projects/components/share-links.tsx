import { useId, useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { CopyField } from '@/components/copy-field'
import { LoadError } from '@/components/load-error'
import { describeError } from '@/lib/api/problem'
import { useTimeZone } from '@/lib/auth/current-user'
import { formatInZone } from '@/lib/zoned-time'

import { useCreateLink, type CreatedLink } from '../api/create-link'
import { useLinks } from '../api/get-links'
import { useRevokeLink } from '../api/revoke-link'

/** Read-only links (admins): make one (its address is shown once), copy it, revoke any. */
export function ShareLinks({ projectId }: { projectId: number }) {
  const id = useId()
  const timeZone = useTimeZone()
  const links = useLinks(projectId)
  const create = useCreateLink()
  const revoke = useRevokeLink()
  const [created, setCreated] = useState<CreatedLink | null>(null)
  const fail = (error: unknown) => toast.error(describeError(error))

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="fs-6">
        Read-only links
      </h3>
      <p className="small text-body-secondary">
        Anyone with a link sees the project’s tasks without signing in, and cannot change them.
      </p>
      {created && (
        <div className="alert alert-success">
          <CopyField label="New link" value={created.url} />
          <p className="small mb-2 mt-2">It is shown only this once: copy it now. Revoke it below to turn it off.</p>
          <button type="button" className="btn btn-sm btn-success" onClick={() => setCreated(null)}>
            Done
          </button>
        </div>
      )}
      {links.isError && (
        <LoadError what="the links" error={links.error} onRetry={links.refetch} retrying={links.isFetching} compact />
      )}
      {links.data && links.data.length > 0 && (
        <ul className="list-group mb-2" aria-label="Active links">
          {links.data.map((link) => (
            <li key={link.id} className="list-group-item d-flex flex-wrap align-items-center gap-2">
              <span className="me-auto small">
                Link made {formatInZone(link.created_at, timeZone, 'd MMM yyyy, HH:mm')}
                {link.created_by && ` by ${link.created_by.username}`}
              </span>
              <button
                type="button"
                className="btn btn-sm btn-outline-danger"
                disabled={revoke.isPending}
                aria-label={`Revoke the link made ${formatInZone(link.created_at, timeZone, 'd MMM yyyy, HH:mm')}`}
                onClick={() =>
                  revoke.mutate(
                    { projectId, linkId: link.id },
                    {
                      onSuccess: () => {
                        if (created?.id === link.id) setCreated(null)
                        toast.success('Link revoked: its address no longer works.')
                      },
                      onError: fail,
                    },
                  )
                }
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="btn btn-outline-primary"
        disabled={create.isPending}
        onClick={() => create.mutate(projectId, { onSuccess: setCreated, onError: fail })}
      >
        Create a link
      </button>
    </section>
  )
}
