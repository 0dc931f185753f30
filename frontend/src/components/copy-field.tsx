import { useId, useRef, useState } from 'react'

/** A read-only address with a Copy button; where the clipboard is blocked, the text is selected for Ctrl+C. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<string | null>(null)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setCopied('Copied to the clipboard.')
    } catch {
      input.current?.select()
      setCopied('Copying is blocked here: the address is selected, copy it with Ctrl+C (⌘C).')
    }
  }

  return (
    <div>
      <label htmlFor={id} className="form-label fw-semibold">
        {label}
      </label>
      <div className="input-group">
        <input
          ref={input}
          id={id}
          className="form-control font-monospace"
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className="small mb-0 mt-1" aria-live="polite">
        {copied}
      </p>
    </div>
  )
}
