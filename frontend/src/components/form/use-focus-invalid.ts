import { useEffect, type RefObject } from 'react'

/**
 * After a refused submit, moves the focus to the form's first invalid field (`aria-invalid="true"`), so the
 * keyboard and a screen reader land on the sentence that says what to fix. `failure` is what changes with each
 * refusal (the mutation's error, the errors' state); nothing happens while it is null.
 */
export function useFocusInvalid(form: RefObject<HTMLElement | null>, failure: unknown): void {
  useEffect(() => {
    if (!failure) return
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [form, failure])
}
