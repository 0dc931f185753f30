import { useEffect, useId, useRef, useState } from 'react'

import type { IssuedApiToken } from '../api/create-api-token'

/** The new token, shown this once with a Copy button and a warning; gone from the page after "Done". */
export function IssuedApiTokenNotice({ token, onDone }: { token: IssuedApiToken; onDone: () => void }) {
  const inputId = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<string | null>(null)
  // Focus moves to the token as it appears, so keyboard and screen reader users land on what to copy.
  useEffect(() => input.current?.focus(), [])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token.token)
      setCopied('Copied to the clipboard.')
    } catch {
      input.current?.select()
      setCopied('Copying is blocked here: the token is selected, copy it with Ctrl+C (⌘C).')
    }
  }

  return (
    <div className="alert alert-success" role="group" aria-labelledby={`${inputId}-label`}>
      <label id={`${inputId}-label`} htmlFor={inputId} className="form-label fw-semibold">
        Your new token “{token.name}”
      </label>
      <div className="input-group mb-2">
        <input
          ref={input}
          id={inputId}
          className="form-control font-monospace"
          readOnly
          value={token.token}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className="small mb-2" aria-live="polite">
        {copied}
      </p>
      <p className="small mb-2">
        <strong>It is shown only this once:</strong> copy it into your script’s configuration now. Anyone holding it
        can act as you within its scopes, so keep it secret; revoke it here if it leaks.
      </p>
      <button type="button" className="btn btn-sm btn-success" onClick={onDone}>
        Done
      </button>
    </div>
  )
}
