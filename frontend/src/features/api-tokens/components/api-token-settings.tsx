import { useState } from 'react'
import { toast } from 'react-toastify/unstyled'

import { Dialog } from '@/components/dialog'
import { FormAlert } from '@/components/form/form-alert'
import { LoadError } from '@/components/load-error'
import { Spinner } from '@/components/spinner'
import { describeError } from '@/lib/api/problem'

import type { IssuedApiToken } from '../api/create-api-token'
import { useApiTokens, type ApiToken } from '../api/get-api-tokens'
import { useRevokeApiToken } from '../api/revoke-api-token'
import { IssuedApiTokenNotice } from './issued-api-token'
import { NewApiTokenForm } from './new-api-token-form'

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const when = (value: string | null, otherwise: string) => (value ? WHEN.format(new Date(value)) : otherwise)

function TokenItem({ token, onRevoke }: { token: ApiToken; onRevoke: () => void }) {
  const expired = token.expires_at !== null && new Date(token.expires_at) <= new Date()
  return (
    <li className="list-group-item">
      <div className="d-flex flex-wrap align-items-center gap-2">
        <span className="fw-semibold text-break">{token.name}</span>
        <code className="small">{token.prefix}…</code>
        {expired && <span className="badge text-bg-secondary">Expired</span>}
        <button
          type="button"
          className="btn btn-sm btn-outline-danger ms-auto"
          aria-label={`Revoke ${token.name}`}
          onClick={onRevoke}
        >
          Revoke
        </button>
      </div>
      <div className="small text-body-secondary">
        Scopes: {token.scopes.join(', ')} · Created {when(token.created_at, '')} · Last used{' '}
        {when(token.last_used_at, 'never')} · {token.expires_at ? `Expires ${when(token.expires_at, '')}` : 'Never expires'}
      </div>
    </li>
  )
}

/** Personal API tokens for scripts: list, create (shown once), revoke with confirmation. */
export function ApiTokenSettings() {
  const tokens = useApiTokens()
  const revoke = useRevokeApiToken()
  const [issued, setIssued] = useState<IssuedApiToken | null>(null)
  const [revoking, setRevoking] = useState<ApiToken | null>(null)

  const confirmRevoke = () => {
    if (!revoking) return
    const { id, name } = revoking
    setRevoking(null)
    revoke.mutate(id, { onSuccess: () => toast.success(`Revoked ${name}: it no longer works.`) })
  }

  return (
    <section className="card" aria-labelledby="api-tokens-title">
      <div className="card-body">
        <h2 id="api-tokens-title" className="fs-5">
          API tokens
        </h2>
        <p>
          Personal tokens let scripts and other services use the TaskForge API as you, limited to the scopes you choose:
          send one as <code>Authorization: Bearer tf_…</code>. No token can change your account or its tokens.
        </p>
        <FormAlert message={revoke.error ? describeError(revoke.error) : null} />
        {issued && <IssuedApiTokenNotice token={issued} onDone={() => setIssued(null)} />}
        <NewApiTokenForm onIssued={setIssued} />
        {tokens.isPending && <Spinner label="Loading API tokens" />}
        {tokens.isError && <LoadError what="your API tokens" error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.data?.length === 0 && <p className="text-body-secondary mb-0">You have no API tokens.</p>}
        {tokens.data && tokens.data.length > 0 && (
          <ul className="list-group" aria-label="Your API tokens">
            {tokens.data.map((token) => (
              <TokenItem key={token.id} token={token} onRevoke={() => setRevoking(token)} />
            ))}
          </ul>
        )}
      </div>
      <Dialog
        open={revoking !== null}
        title={`Revoke ${revoking?.name ?? 'the token'}?`}
        onClose={() => setRevoking(null)}
        size="sm"
        footer={
          <>
            <button type="button" className="btn btn-outline-secondary" onClick={() => setRevoking(null)}>
              Cancel
            </button>
            <button type="button" className="btn btn-danger" onClick={confirmRevoke}>
              Revoke
            </button>
          </>
        }
      >
        <p className="mb-0">Scripts using it stop working at once. This cannot be undone.</p>
      </Dialog>
    </section>
  )
}
