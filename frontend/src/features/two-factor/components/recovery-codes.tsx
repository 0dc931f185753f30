import { useState } from 'react'

/** Hands the codes to the browser as a text file. */
function download(codes: readonly string[]): void {
  const url = URL.createObjectURL(new Blob([`TaskForge recovery codes\n\n${codes.join('\n')}\n`], { type: 'text/plain' }))
  const link = document.createElement('a')
  link.href = url
  link.download = 'taskforge-recovery-codes.txt'
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Ten one-time recovery codes, shown this once: copy or download them, then confirm. */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const [status, setStatus] = useState<string | null>(null)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'))
      setStatus('Copied to the clipboard.')
    } catch {
      setStatus('Copying is blocked here: download them, or select the codes and copy them with Ctrl+C (⌘C).')
    }
  }

  return (
    <div className="alert alert-warning" role="region" aria-labelledby="recovery-codes-title">
      <h3 id="recovery-codes-title" className="fs-6 fw-semibold">
        Your recovery codes
      </h3>
      <p className="small">
        Each one signs you in once if you lose your authenticator. They are shown only this once: keep them somewhere
        safe (a password manager, or printed).
      </p>
      <ul className="list-unstyled font-monospace row row-cols-2 g-1 mb-2" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code} className="col">
            {code}
          </li>
        ))}
      </ul>
      <div className="d-flex flex-wrap gap-2 mb-2">
        <button type="button" className="btn btn-sm btn-secondary" onClick={() => void copy()}>
          Copy
        </button>
        <button
          type="button"
          className="btn btn-sm btn-secondary"
          onClick={() => {
            download(codes)
            setStatus('Downloaded as taskforge-recovery-codes.txt.')
          }}
        >
          Download
        </button>
        <button type="button" className="btn btn-sm btn-success" onClick={onDone}>
          I saved them
        </button>
      </div>
      <p className="small mb-0" aria-live="polite">
        {status}
      </p>
    </div>
  )
}
