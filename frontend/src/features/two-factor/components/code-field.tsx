import type { Ref } from 'react'

import { TextField } from '@/components/form/text-field'

interface CodeFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  /** Recovery codes take letters and dashes: only a 6-digit code gets the numeric keyboard. */
  recovery?: boolean
  inputRef?: Ref<HTMLInputElement>
}

/** A one-time code input: the numeric keyboard and the browser's one-time-code autofill. */
export function CodeField({ label, value, onChange, error, recovery = false, inputRef }: CodeFieldProps) {
  return (
    <TextField
      label={label}
      name={recovery ? 'recovery_code' : 'code'}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      inputRef={inputRef}
      required
      spellCheck={false}
      autoCapitalize="off"
      {...(recovery
        ? { autoComplete: 'off', hint: 'Such as ABCD-EFGH-JKLM-NPQR.' }
        : { autoComplete: 'one-time-code', inputMode: 'numeric', pattern: '[0-9]*', maxLength: 6 })}
    />
  )
}
